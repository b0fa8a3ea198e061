#include "templating/TemplateRenderer.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/OutputStream>
#include <KTextTemplate/Template>
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

KTextTemplate::Template TemplateRenderer::compiled(const QString& source) const
{
    if (const auto it = m_compiled.constFind(source); it != m_compiled.cend())
        return *it;
    if (m_compiled.size() >= 512) // texts being typed: drop the old versions now and then
        m_compiled.clear();
    const KTextTemplate::Template compiled = m_engine->newTemplate(source, u"message"_s);
    m_compiled.insert(source, compiled);
    return compiled;
}

TemplateRenderer::Result TemplateRenderer::render(const QString& source, const QVariantHash& context,
                                                  Escaping escaping) const
{
    const KTextTemplate::Template compiled = this->compiled(source);
    if (compiled->error())
        return {QString(), compiled->errorString()};
    KTextTemplate::Context c(context);
    c.setAutoEscape(escaping != Escaping::None);
    QString output;
    QTextStream stream(&output);
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
    return {tidy(output), QString()};
}

} // namespace Herald
