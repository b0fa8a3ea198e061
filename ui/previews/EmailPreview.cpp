#include "previews/EmailPreview.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

EmailPreview::EmailPreview(QWidget* parent) : ChannelPreview(parent)
{
    m_subject = new QLabel;
    m_subject->setObjectName(u"emailSubject"_s);
    m_subject->setWordWrap(true);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.35);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_from = new QLabel;
    m_from->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_body = new QTextBrowser;
    m_body->setObjectName(u"emailBody"_s);
    m_body->setOpenExternalLinks(false);
    m_body->document()->setDocumentMargin(12);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_from);
    layout->addWidget(m_body, 1);
}

void EmailPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_subject->setText(tr("This update does not go out by email."));
        m_from->clear();
        m_body->clear();
        return;
    }
    m_subject->setText(message->title.isEmpty() ? tr("(no subject)") : message->title);
    m_from->setText(
        tr("From: Status updates  ·  Subject: %n character(s)", nullptr, int(message->title.size())));
    m_body->setHtml(u"<div style='font-size: 11pt; line-height: 140%;'>"_s + message->html + u"</div>"_s);
}

} // namespace Herald
