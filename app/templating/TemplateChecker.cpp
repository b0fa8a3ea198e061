#include "templating/TemplateChecker.h"

#include "templating/TemplateLoops.h"

#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Block tags and the tags that may stand between them and their end.
const QHash<QString, QString>& blockEnds()
{
    static const QHash<QString, QString> ends{
        {u"if"_s, u"endif"_s},
        {u"for"_s, u"endfor"_s},
        {u"with"_s, u"endwith"_s},
        {u"ifequal"_s, u"endifequal"_s},
        {u"ifnotequal"_s, u"endifnotequal"_s},
        {u"autoescape"_s, u"endautoescape"_s},
        {u"filter"_s, u"endfilter"_s},
        {u"spaceless"_s, u"endspaceless"_s},
        {u"comment"_s, u"endcomment"_s},
        {u"ifchanged"_s, u"endifchanged"_s},
        {u"block"_s, u"endblock"_s},
        {u"range"_s, u"endrange"_s},
    };
    return ends;
}
const QHash<QString, QStringList>& middles()
{
    static const QHash<QString, QStringList> m{
        {u"if"_s, {u"elif"_s, u"else"_s}}, {u"for"_s, {u"empty"_s}},      {u"ifequal"_s, {u"else"_s}},
        {u"ifnotequal"_s, {u"else"_s}},    {u"ifchanged"_s, {u"else"_s}},
    };
    return m;
}
const QSet<QString>& operators()
{
    static const QSet<QString> ops{u"and"_s, u"or"_s, u"not"_s, u"in"_s, u"=="_s, u"!="_s,
                                   u"<"_s,   u">"_s,  u"<="_s,  u">="_s, u"as"_s, u"reversed"_s};
    return ops;
}

struct Word {
    QString text;
    int start = 0; // offset in the whole text
};

// Splits text[from, to) on white space outside quotes.
QList<Word> wordsOf(const QString& text, int from, int to)
{
    QList<Word> out;
    int i = from;
    while (i < to) {
        while (i < to && text.at(i).isSpace())
            ++i;
        if (i >= to)
            break;
        const int start = i;
        QChar quote;
        while (i < to && (!quote.isNull() || !text.at(i).isSpace())) {
            const QChar c = text.at(i);
            if (!quote.isNull() && c == quote)
                quote = QChar();
            else if (quote.isNull() && (c == u'"' || c == u'\''))
                quote = c;
            ++i;
        }
        out << Word{text.mid(start, i - start), start};
    }
    return out;
}

// Splits a word on a separator outside quotes, keeping offsets.
QList<Word> splitOutsideQuotes(const Word& word, QChar separator)
{
    QList<Word> out;
    QChar quote;
    int start = 0;
    for (int i = 0; i <= word.text.size(); ++i) {
        if (i == word.text.size() || (quote.isNull() && word.text.at(i) == separator)) {
            out << Word{word.text.mid(start, i - start), word.start + start};
            start = i + 1;
            continue;
        }
        const QChar c = word.text.at(i);
        if (!quote.isNull() && c == quote)
            quote = QChar();
        else if (quote.isNull() && (c == u'"' || c == u'\''))
            quote = c;
    }
    return out;
}

bool isLiteral(const QString& text)
{
    if (text.isEmpty())
        return true;
    const QChar c = text.front();
    return c == u'"' || c == u'\'' || c.isDigit() || c == u'-' || text.startsWith(u"_("_s) ||
           text == u"True"_s || text == u"False"_s || text == u"None"_s;
}

struct Scope {
    QString tag;
    QString end;
    Word opener; // the whole "{% ... %}" token
    QSet<QString> locals;
};

// One pass over a text: its tokens, the names they read and what is wrong with them.
class Scan {
public:
    Scan(const QString& text, std::function<bool(const QString&)> filterExists,
         std::function<bool(const QString&)> tagExists)
        : m_text(text)
        , m_filterExists(std::move(filterExists))
        , m_tagExists(std::move(tagExists))
    {
        m_lineStarts << 0;
        for (int i = 0; i < text.size(); ++i)
            if (text.at(i) == u'\n')
                m_lineStarts << i + 1;
    }

    struct Reference {
        QString name;
        int start = 0;
        int length = 0;
        bool local = false;
    };

    void run()
    {
        int i = 0;
        while (true) {
            const int open = nextOpener(i);
            if (open < 0)
                break;
            const QChar kind = m_text.at(open + 1);
            const QString closer = kind == u'{' ? u"}}"_s : kind == u'%' ? u"%}"_s : u"#}"_s;
            const int close = m_text.indexOf(closer, open + 2);
            if (close < 0) {
                problem(
                    open, 2,
                    TemplateChecker::tr("\"%1\" is not closed with \"%2\"").arg(m_text.mid(open, 2), closer));
                m_syntaxError = true;
                break;
            }
            if (kind == u'{')
                variableToken(open, close + 2);
            else if (kind == u'%')
                tagToken(open, close + 2);
            i = close + 2;
        }
        for (const Scope& scope : std::as_const(m_scopes)) {
            problem(scope.opener.start, scope.opener.text.size(),
                    TemplateChecker::tr("\"{% %1 %}\" is not closed: add \"{% %2 %}\"")
                        .arg(scope.tag, scope.end));
            m_syntaxError = true;
        }
    }

    QList<TemplateProblem> problems;
    QList<Reference> references;
    bool syntaxError() const { return m_syntaxError; }

    TemplateProblem at(int offset, int length, const QString& message) const
    {
        const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - 1;
        return TemplateProblem{QString(), int(line - m_lineStarts.cbegin()) + 1, offset - *line + 1, message,
                               length};
    }

private:
    int nextOpener(int from) const
    {
        for (int i = m_text.indexOf(u'{', from); i >= 0 && i + 1 < m_text.size();
             i = m_text.indexOf(u'{', i + 1)) {
            const QChar next = m_text.at(i + 1);
            if (next == u'{' || next == u'%' || next == u'#')
                return i;
        }
        return -1;
    }

    void problem(int offset, int length, const QString& message) { problems << at(offset, length, message); }

    bool isLocal(const QString& name) const
    {
        for (const Scope& scope : m_scopes)
            if (scope.locals.contains(name))
                return true;
        return false;
    }

    // "name.attr|filter:arg|filter"
    void expression(const Word& word)
    {
        const QList<Word> parts = splitOutsideQuotes(word, u'|');
        value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p) {
            const QList<Word> nameAndArg = splitOutsideQuotes(parts.at(p), u':');
            const Word name{nameAndArg.first().text.trimmed(),
                            nameAndArg.first().start +
                                int(nameAndArg.first().text.indexOf(nameAndArg.first().text.trimmed()))};
            if (name.text.isEmpty()) {
                problem(parts.at(p).start - 1, 1,
                        TemplateChecker::tr("a filter name is missing after \"|\""));
                m_syntaxError = true;
            } else if (!m_filterExists(name.text)) {
                problem(name.start, name.text.size(),
                        TemplateChecker::tr("unknown filter \"%1\"").arg(name.text));
                m_syntaxError = true;
            }
            if (nameAndArg.size() > 1)
                value(nameAndArg.at(1));
        }
    }

    void value(const Word& raw)
    {
        const QString trimmed = raw.text.trimmed();
        if (isLiteral(trimmed))
            return;
        const int start = raw.start + int(raw.text.indexOf(trimmed));
        const QString name = trimmed.section(u'.', 0, 0);
        static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        if (!identifier.match(name).hasMatch()) {
            problem(start, trimmed.size(), TemplateChecker::tr("\"%1\" is not a variable name").arg(trimmed));
            m_syntaxError = true;
            return;
        }
        references << Reference{name, start, int(name.size()), isLocal(name)};
    }

    void variableToken(int open, int end)
    {
        const QList<Word> words = wordsOf(m_text, open + 2, end - 2);
        if (words.isEmpty()) {
            problem(open, end - open, TemplateChecker::tr("\"{{ }}\" is empty: put a variable name in it"));
            m_syntaxError = true;
            return;
        }
        // Spaces around "|" are allowed by people, not by the expression grammar: rejoin.
        Word whole{m_text.mid(words.first().start,
                              words.last().start + words.last().text.size() - words.first().start),
                   words.first().start};
        expression(whole);
    }

    void tagToken(int open, int end)
    {
        const QList<Word> words = wordsOf(m_text, open + 2, end - 2);
        const Word token{m_text.mid(open, end - open), open};
        if (words.isEmpty()) {
            problem(open, end - open, TemplateChecker::tr("\"{% %}\" is empty: put a tag in it"));
            m_syntaxError = true;
            return;
        }
        const Word& tag = words.first();
        const QList<Word> args = words.mid(1);
        if (!m_scopes.isEmpty() && m_scopes.last().tag == u"comment"_s && tag.text != u"endcomment"_s)
            return;
        if (blockEnds().contains(tag.text)) {
            Scope scope{tag.text, blockEnds().value(tag.text), token, {}};
            if (tag.text == u"for"_s) {
                scope.locals << u"forloop"_s;
                qsizetype in = 0;
                for (; in < args.size() && args.at(in).text != u"in"_s; ++in)
                    for (const QString& name : args.at(in).text.split(u',', Qt::SkipEmptyParts))
                        scope.locals << name.trimmed();
                for (qsizetype a = in + 1; a < args.size(); ++a)
                    if (args.at(a).text != u"reversed"_s)
                        expression(args.at(a));
            } else if (tag.text == u"with"_s) {
                for (qsizetype a = 0; a < args.size(); ++a) {
                    if (args.at(a).text == u"as"_s && a + 1 < args.size()) {
                        scope.locals << args.at(a + 1).text;
                        ++a;
                    } else if (const qsizetype eq = args.at(a).text.indexOf(u'='); eq > 0) {
                        scope.locals << args.at(a).text.left(eq);
                        expression(Word{args.at(a).text.mid(eq + 1), args.at(a).start + int(eq) + 1});
                    } else {
                        expression(args.at(a));
                    }
                }
            } else if (tag.text == u"range"_s) {
                // "{% range [start] stop [step] as name %}": the name is the loop's own.
                qsizetype as = 0;
                for (; as < args.size() && args.at(as).text != u"as"_s; ++as)
                    expression(args.at(as));
                if (as + 1 < args.size())
                    scope.locals << args.at(as + 1).text;
            } else if (tag.text == u"filter"_s) {
                if (!args.isEmpty()) {
                    expression(Word{u"x|"_s + args.first().text, args.first().start - 2});
                    references.removeLast(); // the "x" above is ours, not the author's
                }
            } else if (tag.text != u"comment"_s && tag.text != u"autoescape"_s && tag.text != u"block"_s &&
                       tag.text != u"spaceless"_s) {
                conditionArgs(args);
            }
            m_scopes << scope;
            return;
        }
        if (isMiddleOrEnd(tag.text))
            return closeOrContinue(tag, args, token);
        static const QSet<QString> simple{u"cycle"_s,      u"firstof"_s, u"now"_s,  u"templatetag"_s,
                                          u"widthratio"_s, u"debug"_s,   u"load"_s, u"regroup"_s};
        if (!simple.contains(tag.text) && !m_tagExists(token.text.mid(2, token.text.size() - 4).trimmed())) {
            problem(tag.start, tag.text.size(), TemplateChecker::tr("unknown tag \"%1\"").arg(tag.text));
            m_syntaxError = true;
            return;
        }
        if (tag.text == u"cycle"_s || tag.text == u"firstof"_s || tag.text == u"widthratio"_s)
            conditionArgs(args);
    }

    bool isMiddleOrEnd(const QString& name) const
    {
        for (auto it = blockEnds().cbegin(); it != blockEnds().cend(); ++it)
            if (it.value() == name || middles().value(it.key()).contains(name))
                return true;
        return false;
    }

    void closeOrContinue(const Word& tag, const QList<Word>& args, const Word& token)
    {
        const Scope* open = m_scopes.isEmpty() ? nullptr : &m_scopes.last();
        if (open && middles().value(open->tag).contains(tag.text)) {
            if (tag.text == u"elif"_s)
                conditionArgs(args);
            return;
        }
        if (open && open->end == tag.text) {
            m_scopes.removeLast();
            return;
        }
        const QString message = open ? TemplateChecker::tr("\"{% %1 %}\" does not belong here: \"{% %2 %}\" "
                                                           "is still open and needs \"{% %3 %}\"")
                                           .arg(tag.text, open->tag, open->end)
                                     : TemplateChecker::tr("\"{% %1 %}\" has no opening tag").arg(tag.text);
        problem(token.start, token.text.size(), message);
        m_syntaxError = true;
        if (open)
            m_scopes.removeLast(); // taken as the end meant for it: one mistake, one problem
    }

    void conditionArgs(const QList<Word>& args)
    {
        for (const Word& arg : args)
            if (!operators().contains(arg.text))
                expression(arg);
    }

    const QString& m_text;
    std::function<bool(const QString&)> m_filterExists;
    std::function<bool(const QString&)> m_tagExists;
    QList<int> m_lineStarts;
    QList<Scope> m_scopes;
    bool m_syntaxError = false;
};
} // namespace

TemplateChecker::TemplateChecker() : m_engine(std::make_unique<KTextTemplate::Engine>()) {}

TemplateChecker::~TemplateChecker() = default;

bool TemplateChecker::filterExists(const QString& name) const
{
    const auto known = m_knownFilters.constFind(name);
    if (known != m_knownFilters.cend())
        return *known;
    const KTextTemplate::Template t = m_engine->newTemplate(u"{{ x|"_s + name + u" }}"_s, u"filter"_s);
    const bool exists = t->error() != KTextTemplate::UnknownFilterError;
    m_knownFilters.insert(name, exists);
    return exists;
}

bool TemplateChecker::tagExists(const QString& tagContent) const
{
    const auto known = m_knownTags.constFind(tagContent);
    if (known != m_knownTags.cend())
        return *known;
    const KTextTemplate::Template t = m_engine->newTemplate(u"{% "_s + tagContent + u" %}"_s, u"tag"_s);
    const bool exists = t->error() != KTextTemplate::InvalidBlockTagError;
    m_knownTags.insert(tagContent, exists);
    return exists;
}

QList<TemplateProblem> TemplateChecker::check(const QString& text, const QList<TemplateVariable>& declared,
                                              const std::optional<QVariantMap>& filled) const
{
    Scan scan(
        text, [this](const QString& name) { return filterExists(name); },
        [this](const QString& content) { return tagExists(content); });
    scan.run();
    QList<TemplateProblem> problems = scan.problems;
    for (const TemplateLoops::Problem& loop : TemplateLoops::scan(text).problems)
        problems << scan.at(loop.offset, loop.length, loop.message);

    QHash<QString, const TemplateVariable*> byName;
    for (const TemplateVariable& v : declared)
        byName.insert(v.name, &v);
    for (const auto& reference : std::as_const(scan.references)) {
        if (reference.local || reference.name == u"incident"_s)
            continue;
        const TemplateVariable* variable = byName.value(reference.name);
        if (!variable) {
            problems << scan.at(
                reference.start, reference.length,
                tr("unknown variable \"%1\": declare it under \"variables\"").arg(reference.name));
            continue;
        }
        if (filled && variable->required && filled->value(reference.name).toString().trimmed().isEmpty())
            problems << scan.at(reference.start, reference.length,
                                tr("\"%1\" is required but empty")
                                    .arg(variable->label.isEmpty() ? variable->name : variable->label));
    }

    // KTextTemplate has the last word on syntax: report what it rejects even when the scan
    // above did not see why.
    if (!scan.syntaxError()) {
        const KTextTemplate::Template compiled = m_engine->newTemplate(text, u"text"_s);
        if (compiled->error()) {
            static const QRegularExpression lineOf(u"line (\\d+)"_s);
            const auto match = lineOf.match(compiled->errorString());
            const int line = match.hasMatch() ? match.captured(1).toInt() : 1;
            const int lineLength = int(text.section(u'\n', line - 1, line - 1).size());
            problems << TemplateProblem{QString(), line, 1, compiled->errorString(), lineLength};
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const TemplateProblem& a, const TemplateProblem& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return problems;
}

QStringList TemplateChecker::referencedVariables(const QString& text) const
{
    Scan scan(
        text, [this](const QString& name) { return filterExists(name); },
        [this](const QString& content) { return tagExists(content); });
    scan.run();
    QStringList names;
    for (const auto& reference : std::as_const(scan.references))
        if (!reference.local && !names.contains(reference.name))
            names << reference.name;
    return names;
}

} // namespace Herald
