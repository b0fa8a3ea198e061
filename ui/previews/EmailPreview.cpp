#include "previews/EmailPreview.h"

#include "channels/email/EmailComposer.h"
#include "channels/email/Rfc2047.h"
#include "previews/LimitList.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QLabel* fieldName(const QString& text)
{
    auto* label = new QLabel(text);
    label->setStyleSheet(u"color: #6b7280;"_s);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return label;
}
} // namespace

EmailPreview::EmailPreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* window = new QFrame;
    window->setObjectName(u"emailWindow"_s);
    window->setStyleSheet(
        u"#emailWindow { background: #ffffff; border: 1px solid #d0d4da; border-radius: 6px; }"
        "#emailHeader { background: #f6f7f9; border-bottom: 1px solid #e3e6ea;"
        " border-top-left-radius: 6px; border-top-right-radius: 6px; }"
        "QLabel { color: #1f2328; }"_s);
    auto* header = new QFrame;
    header->setObjectName(u"emailHeader"_s);
    m_subject = new QLabel;
    m_subject->setObjectName(u"emailSubject"_s);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.3);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_from = new QLabel;
    m_from->setObjectName(u"emailFrom"_s);
    m_to = new QLabel;
    m_to->setObjectName(u"emailTo"_s);
    m_date = new QLabel;
    m_date->setObjectName(u"emailDate"_s);
    m_encoded = new QLabel;
    m_encoded->setObjectName(u"emailEncodedSubject"_s);
    m_encoded->setWordWrap(true);
    m_encoded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_encoded->setFont(small);
    m_encoded->setStyleSheet(u"color: #6b7280;"_s);
    m_plainToggle = new QToolButton;
    m_plainToggle->setObjectName(u"emailPlainToggle"_s);
    m_plainToggle->setText(tr("Plain text"));
    m_plainToggle->setCheckable(true);
    m_plainToggle->setToolTip(tr("Show the text/plain part that text-only mail readers show"));
    connect(m_plainToggle, &QToolButton::toggled, this, &EmailPreview::showPlainText);

    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_subject, 0, 0, 1, 3);
    grid->addWidget(fieldName(tr("From")), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(m_plainToggle, 1, 2, 2, 1, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(fieldName(tr("To")), 2, 0);
    grid->addWidget(m_to, 2, 1);
    grid->addWidget(fieldName(tr("Date")), 3, 0);
    grid->addWidget(m_date, 3, 1);
    grid->addWidget(m_encoded, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    m_body = new QTextBrowser;
    m_body->setObjectName(u"emailBody"_s);
    m_body->setOpenExternalLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->document()->setDocumentMargin(16);
    m_body->setStyleSheet(u"background: #ffffff; color: #1f2328;"_s);
    m_plain = new QPlainTextEdit;
    m_plain->setObjectName(u"emailPlainBody"_s);
    m_plain->setReadOnly(true);
    m_plain->setFrameShape(QFrame::NoFrame);
    m_plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plain->setStyleSheet(u"background: #ffffff; color: #1f2328; padding: 12px;"_s);
    m_bodies = new QStackedWidget;
    m_bodies->setObjectName(u"emailBodies"_s);
    m_bodies->addWidget(m_body);
    m_bodies->addWidget(m_plain);

    auto* windowLayout = new QVBoxLayout(window);
    windowLayout->setContentsMargins(1, 1, 1, 1);
    windowLayout->setSpacing(0);
    windowLayout->addWidget(header);
    windowLayout->addWidget(m_bodies, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(window, 1);
    layout->addWidget(limitList());
}

void EmailPreview::showPlainText(bool plain)
{
    m_bodies->setCurrentWidget(plain ? static_cast<QWidget*>(m_plain) : m_body);
}

void EmailPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_subject->setText(tr("This update does not go out by email."));
        for (QLabel* label : {m_from, m_to, m_date, m_encoded})
            label->clear();
        m_subject->setToolTip(QString());
        m_body->clear();
        m_plain->clear();
        return;
    }
    m_subject->setText(message->title.isEmpty() ? tr("(no subject)") : message->title);
    m_from->setText(tr("Status updates <status@example.com>"));
    m_to->setText(tr("Subscribers (each gets their own copy)"));
    m_date->setText(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    const QJsonObject wire = QJsonDocument::fromJson(message->wire).object();
    const QString encoded =
        wire.contains(u"encoded_subject"_s)
            ? wire.value(u"encoded_subject"_s).toString()
            : QString::fromLatin1(Rfc2047::encode(message->title, EmailComposer::subjectPrefix));
    const bool isEncoded = Rfc2047::needsEncoding(message->title);
    const QString wireLine = u"Subject: "_s + encoded;
    m_encoded->setText(isEncoded
                           ? tr("Sent as (RFC 2047): %1").arg(QString(encoded).replace(u"\r\n"_s, u"⏎"_s))
                           : tr("Sent as plain ASCII"));
    m_subject->setToolTip(wireLine);
    m_body->setHtml(u"<div style='font-size: 11pt; line-height: 140%;'>"_s + message->html + u"</div>"_s);
    m_plain->setPlainText(message->text);
}

} // namespace Herald
