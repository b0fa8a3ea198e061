#include "templating/TemplateRenderer.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/OutputStream>
#include <KTextTemplate/Template>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
class SlackOutputStream final : public KTextTemplate::OutputStream {
public:
    explicit SlackOutputStream(QTextStream* stream) : KTextTemplate::OutputStream(stream) {}
    QString escape(const QString& input) const override { return TemplateRenderer::escapeSlack(input); }
    QSharedPointer<KTextTemplate::OutputStream> clone(QTextStream* stream) const override
    {
        return QSharedPointer<SlackOutputStream>::create(stream);
    }
};
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

TemplateRenderer::Result TemplateRenderer::render(const QString& source, const QVariantHash& context,
                                                  Escaping escaping) const
{
    const KTextTemplate::Template compiled = m_engine->newTemplate(source, u"message"_s);
    if (compiled->error())
        return {QString(), compiled->errorString()};
    KTextTemplate::Context c(context);
    c.setAutoEscape(escaping != Escaping::None);
    QString output;
    QTextStream stream(&output);
    if (escaping == Escaping::SlackMrkdwn) {
        SlackOutputStream out(&stream);
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
