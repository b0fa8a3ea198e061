#include "previews/SlackPreview.h"

#include "previews/LimitList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

SlackPreview::SlackPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_view = new QTextBrowser;
    m_view->setObjectName(u"slackView"_s);
    m_view->setOpenLinks(false);
    // Slack's light theme whatever the desktop's palette, so it looks as it will arrive.
    m_view->setStyleSheet(
        u"QTextBrowser { background: #ffffff; color: #1d1c1d; border: 1px solid #dddddd; }"_s);
    m_view->document()->setDocumentMargin(16);
    m_notification = new QLabel;
    m_notification->setObjectName(u"slackNotification"_s);
    m_notification->setWordWrap(true);
    m_notification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notification);
    layout->addWidget(limitList());
}

QString SlackPreview::mrkdwnToHtml(const QString& mrkdwn)
{
    // The text is already entity-escaped for Slack (&amp; &lt; &gt;), which is valid HTML too.
    QString html = mrkdwn;
    static const QRegularExpression link(u"<(https?://[^|>]+)\\|([^>]+)>"_s);
    static const QRegularExpression bareLink(u"<(https?://[^|>]+)>"_s);
    static const QRegularExpression bold(u"(^|[\\s(])\\*([^*\\n]+)\\*"_s);
    static const QRegularExpression italic(u"(^|[\\s(])_([^_\\n]+)_"_s);
    static const QRegularExpression strike(u"(^|[\\s(])~([^~\\n]+)~"_s);
    static const QRegularExpression code(u"`([^`\\n]+)`"_s);
    html.replace(link, u"<a href='\\1' style='color:#1264a3;'>\\2</a>"_s);
    html.replace(bareLink, u"<a href='\\1' style='color:#1264a3;'>\\1</a>"_s);
    html.replace(bold, u"\\1<b>\\2</b>"_s);
    html.replace(italic, u"\\1<i>\\2</i>"_s);
    html.replace(strike, u"\\1<s>\\2</s>"_s);
    html.replace(code, u"<code style='background:#f8f8f8;color:#e01e5a;'>\\1</code>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

QString SlackPreview::blocksToHtml(const QByteArray& wire)
{
    QString html;
    const QJsonArray blocks = QJsonDocument::fromJson(wire).object().value(u"blocks"_s).toArray();
    for (const QJsonValue& block : blocks) {
        const QString type = block[u"type"_s].toString();
        if (type == u"header"_s)
            html +=
                u"<p style='font-size:14pt;font-weight:bold;margin-top:2px;margin-bottom:6px;'>%1</p>"_s.arg(
                    block[u"text"_s][u"text"_s].toString().toHtmlEscaped());
        else if (type == u"section"_s)
            html += u"<p style='margin-top:0;margin-bottom:8px;line-height:135%;'>%1</p>"_s.arg(
                mrkdwnToHtml(block[u"text"_s][u"text"_s].toString()));
        else if (type == u"divider"_s)
            html += u"<hr>"_s;
        else if (type == u"context"_s) {
            QStringList parts;
            for (const QJsonValue& element : block[u"elements"_s].toArray())
                parts << mrkdwnToHtml(element[u"text"_s].toString());
            html +=
                u"<p style='color:#616061;font-size:9pt;margin-top:2px;'>%1</p>"_s.arg(parts.join(u"  "_s));
        }
    }
    return html;
}

void SlackPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_view->setHtml(tr("<i>This update does not go to Slack.</i>"));
        m_notification->clear();
        return;
    }
    const QString html =
        u"<table cellspacing='0' cellpadding='0' width='100%'><tr>"
        u"<td valign='top' width='46'>"
        // A nested table keeps the avatar square; a div would stretch to the message's height.
        u"<table cellpadding='8' bgcolor='#4a154b'><tr><td>"
        u"<span "
        u"style='color:white;font-weight:bold;font-size:13pt;'>&nbsp;H&nbsp;</span></td></tr></table></td>"
        u"<td valign='top'><b style='font-size:11pt;'>Herald</b>&nbsp;<span "
        u"style='background:#e8e8e8;color:#616061;font-size:7pt;font-weight:bold;'>&nbsp;APP&nbsp;</span>"
        u"&nbsp;&nbsp;<span style='color:#616061;font-size:8pt;'>%1</span>"
        u"<div style='margin-top:4px;'>%2</div>"
        u"</td></tr></table>"_s.arg(QTime::currentTime().toString(u"h:mm AP"_s), blocksToHtml(message->wire));
    m_view->setHtml(html);
    // Slack's notification shows the top-level text, which is mrkdwn with entities.
    const QString notification = QJsonDocument::fromJson(message->wire).object().value(u"text"_s).toString();
    m_notification->setText(tr("Notification: %1").arg(notification));
    m_notification->setTextFormat(Qt::RichText);
}

} // namespace Herald
