#include "previews/TeamsPreview.h"

#include "previews/ChatAvatar.h"
#include "previews/LimitList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

TeamsPreview::TeamsPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_view = new QTextBrowser;
    m_view->setObjectName(u"teamsView"_s);
    m_view->setOpenLinks(false);
    // Teams' light theme: a grey channel with white posts.
    m_view->setStyleSheet(
        u"QTextBrowser { background: #f5f5f5; color: #242424; border: 1px solid #e0e0e0; }"_s);
    m_view->document()->setDocumentMargin(16);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(limitList());
}

QString TeamsPreview::colorValue(const QString& name)
{
    if (name == u"attention"_s)
        return u"#c4314b"_s;
    if (name == u"warning"_s)
        return u"#835c00"_s;
    if (name == u"good"_s)
        return u"#237b4b"_s;
    if (name == u"accent"_s)
        return u"#5b5fc7"_s;
    return u"#242424"_s;
}

QString TeamsPreview::textBlockToHtml(const QString& markdown)
{
    // Escaped characters become private-use placeholders so no rule below sees them.
    QString text;
    QStringList escaped;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const bool escape = markdown.at(i) == u'\\' && i + 1 < markdown.size() &&
                            (markdown.at(i + 1).isPunct() || markdown.at(i + 1).isSymbol());
        if (escape) {
            escaped << QString(markdown.at(++i));
            text += QChar(char16_t(0xE000 + escaped.size() - 1));
        } else {
            text += markdown.at(i);
        }
    }
    QString html = text.toHtmlEscaped();
    static const QRegularExpression link(u"\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"_s);
    static const QRegularExpression bold(u"\\*\\*(.+?)\\*\\*"_s);
    static const QRegularExpression italic(u"(^|\\W)_(.+?)_(?=\\W|$)"_s);
    static const QRegularExpression starItalic(u"\\*([^*\\s][^*]*)\\*"_s);
    static const QRegularExpression bullet(u"^[-+*] "_s);
    html.replace(link, u"<a href='\\2' style='color:#5b5fc7;'>\\1</a>"_s);
    html.replace(bold, u"<b>\\1</b>"_s);
    html.replace(italic, u"\\1<i>\\2</i>"_s);
    html.replace(starItalic, u"<i>\\1</i>"_s);
    html.replace(bullet, u"•&nbsp;"_s);
    for (qsizetype i = 0; i < escaped.size(); ++i)
        html.replace(QChar(char16_t(0xE000 + i)), escaped.at(i).toHtmlEscaped());
    return html;
}

void TeamsPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_view->setHtml(tr("<i>This update does not go to Microsoft Teams.</i>"));
        return;
    }
    const QJsonObject card =
        QJsonDocument::fromJson(message->wire).object()[u"attachments"_s][0][u"content"_s].toObject();
    QString cardHtml;
    for (const QJsonValue& element : card[u"body"_s].toArray()) {
        const QString type = element[u"type"_s].toString();
        if (type == u"TextBlock"_s) {
            QString style = u"margin-top:%1px;margin-bottom:0;"_s.arg(
                element[u"spacing"_s].toString() == u"None"_s ? 0 : 10);
            if (element[u"size"_s].toString() == u"Large"_s)
                style += u"font-size:14pt;"_s;
            if (element[u"weight"_s].toString() == u"Bolder"_s)
                style += u"font-weight:bold;"_s;
            if (element[u"color"_s].isString())
                style += u"color:%1;"_s.arg(colorValue(element[u"color"_s].toString()));
            cardHtml += u"<p style='%1'>%2</p>"_s.arg(style, textBlockToHtml(element[u"text"_s].toString()));
        } else if (type == u"FactSet"_s) {
            cardHtml += u"<table cellspacing='0' cellpadding='2' style='margin-top:10px;'>"_s;
            for (const QJsonValue& fact : element[u"facts"_s].toArray())
                cardHtml +=
                    u"<tr><td style='font-weight:bold;padding-right:16px;'>%1</td><td>%2</td></tr>"_s.arg(
                        textBlockToHtml(fact[u"title"_s].toString()),
                        textBlockToHtml(fact[u"value"_s].toString()));
            cardHtml += u"</table>"_s;
        }
    }
    const QString avatar = ChatAvatar::add(m_view->document(), u"avatar:workflows"_s,
                                           QColor(0x0f, 0x6c, 0xbd), u"W"_s, ChatAvatar::Shape::Circle, 32);
    const QString html =
        u"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        u"<td valign='top' width='44'>%1</td>"
        u"<td valign='top'>"
        u"<table width='100%' cellspacing='0' cellpadding='12' bgcolor='#ffffff'><tr><td>"
        u"<b>Workflows</b>&nbsp;&nbsp;<span style='color:#616161;font-size:8pt;'>%2</span>"
        // The card: white with a light border, as wide as the post (msteams.width Full).
        u"<table width='100%' cellspacing='0' cellpadding='14' border='1' "
        u"style='border-color:#e0e0e0;border-style:solid;margin-top:8px;'><tr><td>%3</td></tr></table>"
        u"</td></tr></table></td></tr></table>"_s.arg(avatar, QTime::currentTime().toString(u"h:mm AP"_s),
                                                      cardHtml);
    m_view->setHtml(html);
}

} // namespace Herald
