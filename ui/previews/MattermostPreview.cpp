#include "previews/MattermostPreview.h"

#include "previews/ChatAvatar.h"
#include "previews/LimitList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

MattermostPreview::MattermostPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_view = new QTextBrowser;
    m_view->setObjectName(u"mattermostView"_s);
    m_view->setOpenLinks(false);
    // Mattermost's default light theme ("Denim").
    m_view->setStyleSheet(
        u"QTextBrowser { background: #ffffff; color: #3f4350; border: 1px solid #dddddd; }"_s);
    m_view->document()->setDocumentMargin(16);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(limitList());
}

QString MattermostPreview::markdownToHtml(const QString& markdown)
{
    // Mattermost breaks lines where the text does; CommonMark would join them into one line.
    QString withBreaks = markdown;
    withBreaks.replace(u'\n', u"  \n"_s);
    QTextDocument document;
    document.setMarkdown(withBreaks, QTextDocument::MarkdownDialectGitHub);
    // Qt draws h4 to h6 at the body size; Mattermost makes them larger than the text.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 4)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat larger;
        larger.setProperty(QTextFormat::FontSizeAdjustment, 1); // "large", 1.2 times the text
        larger.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(larger);
    }
    const QString html = document.toHtml();
    // Only what is inside <body ...>: the fragment goes into a table cell.
    const qsizetype open = html.indexOf(u"<body"_s);
    const qsizetype start = open < 0 ? 0 : html.indexOf(u'>', open) + 1;
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    return html.mid(start, end < 0 ? -1 : end - start);
}

void MattermostPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_view->setHtml(tr("<i>This update does not go to Mattermost.</i>"));
        return;
    }
    const QJsonObject payload = QJsonDocument::fromJson(message->wire).object();
    QString attachments;
    for (const QJsonValue& attachment : payload[u"attachments"_s].toArray()) {
        QString fields = u"<table width='100%' cellspacing='0' cellpadding='4'>"_s;
        bool rowOpen = false;
        for (const QJsonValue& field : attachment[u"fields"_s].toArray()) {
            const QString content = u"<p style='margin:0;font-weight:bold;'>%1</p>%2"_s.arg(
                field[u"title"_s].toString().toHtmlEscaped(), markdownToHtml(field[u"value"_s].toString()));
            if (!field[u"short"_s].toBool()) {
                fields += (rowOpen ? u"</tr>"_s : QString()) + u"<tr><td colspan='2' valign='top'>"_s +
                          content + u"</td></tr>"_s;
                rowOpen = false;
                continue;
            }
            fields += (rowOpen ? QString() : u"<tr>"_s) + u"<td valign='top' width='50%'>"_s + content +
                      u"</td>"_s + (rowOpen ? u"</tr>"_s : QString());
            rowOpen = !rowOpen;
        }
        fields += (rowOpen ? u"</tr>"_s : QString()) + u"</table>"_s;
        // The colour bar is a narrow coloured cell left of a light-bordered box.
        attachments += u"<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:6px;'><tr>"
                       u"<td width='4' bgcolor='%1'></td>"
                       u"<td><table width='100%' cellspacing='0' cellpadding='10' border='1' "
                       u"style='border-color:#dddddd;border-style:solid;'><tr><td>%2</td></tr></table></td>"
                       u"</tr></table>"_s.arg(attachment[u"color"_s].toString(), fields);
    }
    const QString avatar = ChatAvatar::add(m_view->document(), u"avatar:herald"_s, QColor(0x1e, 0x32, 0x5c),
                                           u"H"_s, ChatAvatar::Shape::Circle, 36);
    const QString html =
        u"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        u"<td valign='top' width='48'>%1</td>"
        u"<td valign='top'><b>%2</b>&nbsp;<span style='background:#e8e9ed;color:#3f4350;font-size:7pt;"
        u"font-weight:bold;'>&nbsp;BOT&nbsp;</span>&nbsp;&nbsp;<span style='color:#8b8e96;font-size:8pt;'>%3"
        u"</span>%4%5</td></tr></table>"_s.arg(avatar, payload[u"username"_s].toString().toHtmlEscaped(),
                                               QTime::currentTime().toString(u"h:mm AP"_s),
                                               markdownToHtml(payload[u"text"_s].toString()), attachments);
    m_view->setHtml(html);
}

} // namespace Herald
