#include "previews/SlackPreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

SlackPreview::SlackPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_view = new QTextBrowser;
    m_view->setObjectName(u"slackView"_s);
    m_view->document()->setDocumentMargin(14);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

QString SlackPreview::mrkdwnToHtml(const QString& mrkdwn)
{
    // The text is already entity-escaped for Slack (&amp; &lt; &gt;), which is valid HTML too.
    QString html = mrkdwn;
    static const QRegularExpression link(u"<(https?://[^|>]+)\\|([^>]+)>"_s);
    static const QRegularExpression bold(u"\\*([^*\\n]+)\\*"_s);
    static const QRegularExpression italic(u"(^|\\s)_([^_\\n]+)_"_s);
    static const QRegularExpression code(u"`([^`\\n]+)`"_s);
    html.replace(link, u"<a href='\\1'>\\2</a>"_s);
    html.replace(bold, u"<b>\\1</b>"_s);
    html.replace(italic, u"\\1<i>\\2</i>"_s);
    html.replace(code, u"<code style='background:#f6f6f6;color:#c7254e;'>\\1</code>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

void SlackPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_view->setHtml(tr("<i>This update does not go to Slack.</i>"));
        return;
    }
    const QJsonArray blocks = QJsonDocument::fromJson(message->wire).object().value(u"blocks"_s).toArray();
    QString context;
    for (const QJsonValue& block : blocks)
        if (block[u"type"_s].toString() == u"context"_s)
            context = block[u"elements"_s][0][u"text"_s].toString();
    const QString html =
        u"<table cellspacing='0' cellpadding='0'><tr>"
        u"<td valign='top' style='padding-right:10px;'>"
        // A nested table keeps the avatar square; a div would stretch to the message's height.
        u"<table cellpadding='7' bgcolor='#4a154b'><tr><td>"
        u"<span style='color:white;font-weight:bold;font-size:14pt;'>H</span></td></tr></table></td>"
        u"<td valign='top'><b>Herald</b> <span "
        u"style='background:#e8e8e8;color:#616061;font-size:8pt;'>&nbsp;APP&nbsp;</span>"
        u"<div style='font-size:12pt;font-weight:bold;margin-top:4px;'>%1</div>"
        u"<div style='margin-top:6px;line-height:140%;'>%2</div>"
        u"<div style='margin-top:8px;color:#616061;font-size:9pt;'>%3</div>"
        u"</td></tr></table>"_s.arg(message->title.toHtmlEscaped(), mrkdwnToHtml(message->text), context);
    m_view->setHtml(html);
}

} // namespace Herald
