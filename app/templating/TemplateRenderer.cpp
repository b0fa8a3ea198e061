#include "templating/TemplateRenderer.h"

#include "templating/TemplateLimits.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/OutputStream>
#include <KTextTemplate/Template>
#include <QIODevice>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Values go through the output stream's escape(); one stream class serves every chat format.
class ChatOutputStream final : public KTextTemplate::OutputStream {
public:
    ChatOutputStream(QTextStream* stream, TemplateRenderer::Escaping escaping)
        : KTextTemplate::OutputStream(stream)
        , m_escaping(escaping)
    {
    }
    QString escape(const QString& input) const override
    {
        return TemplateRenderer::escape(input, m_escaping);
    }
    QSharedPointer<KTextTemplate::OutputStream> clone(QTextStream* stream) const override
    {
        return QSharedPointer<ChatOutputStream>::create(stream, m_escaping);
    }

private:
    TemplateRenderer::Escaping m_escaping;
};

// Keeps what a render writes up to a limit and drops the rest, so a template that writes
// without end cannot exhaust memory; the render is then refused.
class BoundedBuffer final : public QIODevice {
public:
    explicit BoundedBuffer(qsizetype limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    QByteArray bytes;
    bool overflowed = false;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (overflowed || bytes.size() + size > m_limit)
            overflowed = true;
        else
            bytes.append(data, size);
        return size;
    }

private:
    qsizetype m_limit;
};

// The longest text and the longest list in a value, lists and maps inside it included.
void sizeOf(const QVariant& value, qsizetype& longestText, qsizetype& longestList, int depth = 0)
{
    if (depth > 16)
        return;
    switch (value.typeId()) {
    case QMetaType::QString:
        longestText = std::max(longestText, value.toString().size());
        return;
    case QMetaType::QByteArray:
        longestText = std::max(longestText, value.toByteArray().size());
        return;
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        longestList = std::max(longestList, list.size());
        for (const QVariant& item : list)
            sizeOf(item, longestText, longestList, depth + 1);
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        longestList = std::max(longestList, map.size());
        for (const QVariant& item : map)
            sizeOf(item, longestText, longestList, depth + 1);
        return;
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        longestList = std::max(longestList, hash.size());
        for (const QVariant& item : hash)
            sizeOf(item, longestText, longestList, depth + 1);
        return;
    }
    default:
        return;
    }
}

// A backslash before each character of `special`, and before a list marker ("- ", "+ ",
// "1. ") that starts a line, so a value never turns into formatting.
QString backslashEscape(const QString& text, QStringView special)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool nextIsSpace = i + 1 < text.size() && text.at(i + 1) == u' ';
        if (special.contains(c) || (lineStart && (c == u'-' || c == u'+') && nextIsSpace))
            out += u'\\';
        else if (c == u'.' && nextIsSpace && i > 0 && text.at(i - 1).isDigit()) {
            // "12. " at the start of a line is an ordered list item
            qsizetype start = i;
            while (start > 0 && text.at(start - 1).isDigit())
                --start;
            if (start == 0 || text.at(start - 1) == u'\n')
                out += u'\\';
        }
        out += c;
        lineStart = c == u'\n' || (lineStart && c == u' ');
    }
    return out;
}

// Tags on lines of their own leave blank lines behind; keep at most one between paragraphs and
// drop trailing spaces, so the text reads as written whatever the conditions chose.
QString tidy(const QString& rendered)
{
    QStringList lines = rendered.split(u'\n');
    QStringList out;
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty() && (out.isEmpty() || out.last().isEmpty()))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}
} // namespace

TemplateRenderer::TemplateRenderer() : m_engine(std::make_unique<KTextTemplate::Engine>()) {}

TemplateRenderer::~TemplateRenderer() = default;

QString TemplateRenderer::escapeSlack(const QString& text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return out;
}

QString TemplateRenderer::escapeTeams(const QString& text)
{
    return backslashEscape(text, u"\\*_[]`~");
}

QString TemplateRenderer::escapeMattermost(const QString& text)
{
    return quietMattermostMentions(backslashEscape(text, u"\\*_[]`~<>#|"));
}

QString TemplateRenderer::quietMattermostMentions(const QString& text)
{
    // Mattermost finds mentions in words split at anything but letters, digits and ".-_:@";
    // U+2060 (word joiner, invisible) after a word-initial "@" leaves no "@channel" word.
    QString out = text;
    for (qsizetype i = out.size() - 2; i >= 0; --i) {
        if (out.at(i) != u'@' || !out.at(i + 1).isLetterOrNumber())
            continue;
        const QChar before = i > 0 ? out.at(i - 1) : QChar(u' ');
        if (!(before.isLetterOrNumber() || before == u'.' || before == u'-' || before == u'_'))
            out.insert(i + 1, QChar(0x2060));
    }
    return out;
}

QString TemplateRenderer::escape(const QString& text, Escaping escaping)
{
    switch (escaping) {
    case Escaping::None:
        return text;
    case Escaping::Html:
        return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
    case Escaping::SlackMrkdwn:
        return escapeSlack(text);
    case Escaping::TeamsMarkdown:
        return escapeTeams(text);
    case Escaping::MattermostMarkdown:
        return escapeMattermost(text);
    }
    return text;
}

const TemplateRenderer::Compiled& TemplateRenderer::compiled(const QString& source) const
{
    if (const auto it = m_compiled.constFind(source); it != m_compiled.cend())
        return *it;
    if (m_compiled.size() >= 512) // texts being typed: drop the old versions now and then
        m_compiled.clear();
    return *m_compiled.insert(source,
                              {m_engine->newTemplate(source, u"message"_s), TemplateLoops::scan(source)});
}

QString TemplateRenderer::refusal(const QString& source, const Compiled& compiled,
                                  const QVariantHash& context)
{
    const auto lineOf = [&](int offset) { return int(QStringView(source).left(offset).count(u'\n')) + 1; };
    if (!compiled.loops.problems.isEmpty()) {
        const TemplateLoops::Problem& p = compiled.loops.problems.first();
        return tr("line %1: %2").arg(lineOf(p.offset)).arg(p.message);
    }
    if (context.size() > TemplateLimits::variables + 1) // "incident" is Herald's own
        return tr("%1 values were given; a template takes at most %2")
            .arg(context.size() - 1)
            .arg(TemplateLimits::variables);
    for (auto it = context.cbegin(); it != context.cend(); ++it) {
        qsizetype text = 0;
        qsizetype list = 0;
        sizeOf(it.value(), text, list);
        if (text > TemplateLimits::valueCharacters)
            return tr("the value of \"%1\" has %2 characters; a value has at most %3")
                .arg(it.key())
                .arg(text)
                .arg(TemplateLimits::valueCharacters);
        if (list > TemplateLimits::loopCount)
            return tr("the value of \"%1\" has %2 items; a value has at most %3")
                .arg(it.key())
                .arg(list)
                .arg(TemplateLimits::loopCount);
    }
    for (const QString& name : compiled.loops.iterated) {
        const QVariant value = context.value(name);
        const qsizetype count =
            value.typeId() == QMetaType::QString ? value.toString().size() : value.toList().size();
        if (count > TemplateLimits::loopCount) {
            const QRegularExpression loop(u"\\{%-?\\s*for\\b[^%]*\\bin\\s+"_s +
                                          QRegularExpression::escape(name));
            const int offset = int(std::max<qsizetype>(0, source.indexOf(loop)));
            return tr("line %1: \"{% for %}\" over \"%2\" would repeat %3 times; a loop repeats at most %4 "
                      "times")
                .arg(lineOf(offset))
                .arg(name)
                .arg(count)
                .arg(TemplateLimits::loopCount);
        }
    }
    return {};
}

TemplateRenderer::Result TemplateRenderer::render(const QString& source, const QVariantHash& context,
                                                  Escaping escaping) const
{
    const Compiled& entry = this->compiled(source);
    const KTextTemplate::Template compiled = entry.compiled;
    if (compiled->error())
        return {QString(), compiled->errorString()};
    if (const QString why = refusal(source, entry, context); !why.isEmpty())
        return {QString(), why};
    KTextTemplate::Context c(context);
    c.setAutoEscape(escaping != Escaping::None);
    BoundedBuffer buffer(TemplateLimits::outputCharacters * 3); // UTF-8: at most 3 bytes a UTF-16 unit
    QTextStream stream(&buffer);
    if (escaping != Escaping::None && escaping != Escaping::Html) {
        ChatOutputStream out(&stream, escaping);
        compiled->render(&out, &c);
    } else {
        KTextTemplate::OutputStream out(&stream);
        compiled->render(&out, &c);
    }
    stream.flush();
    if (compiled->error())
        return {QString(), compiled->errorString()};
    const QString output = QString::fromUtf8(buffer.bytes);
    if (buffer.overflowed || output.size() > TemplateLimits::outputCharacters)
        return {QString(), tr("the rendered text is longer than %1 characters, the most a text may have")
                               .arg(TemplateLimits::outputCharacters)};
    return {tidy(output), QString()};
}

} // namespace Herald
