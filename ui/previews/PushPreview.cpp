#include "previews/PushPreview.h"

#include "channels/push/LockScreenText.h"
#include "channels/push/PushComposer.h"
#include "previews/LimitList.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

PushPreview::PushPreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* phone = new QFrame;
    phone->setObjectName(u"lockScreen"_s);
    phone->setStyleSheet(
        u"#lockScreen { border: 9px solid #1c1c1e; border-radius: 30px;"
        " background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #2b3a67, stop:1 #5b3f72); }"
        "#lockScreen QLabel { color: #ffffff; background: transparent; }"
        "#pushCard { background: rgba(245, 245, 247, 215); border-radius: 16px; }"
        "#pushCard QLabel { color: #111111; }"_s);
    // Wide enough that a 50-character title fits the one line a lock screen gives it.
    phone->setFixedWidth(400);
    phone->setMinimumHeight(440);
    const QDateTime now = QDateTime::currentDateTime();
    auto* clock = new QLabel(QLocale().toString(now.time(), u"HH:mm"_s));
    clock->setAlignment(Qt::AlignHCenter);
    QFont clockFont = clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 4.2);
    clockFont.setWeight(QFont::Light);
    clock->setFont(clockFont);
    auto* date = new QLabel(QLocale().toString(now.date(), u"dddd d MMMM"_s));
    date->setAlignment(Qt::AlignHCenter);

    auto* card = new QFrame;
    card->setObjectName(u"pushCard"_s);
    auto* icon = new QLabel(u"H"_s);
    icon->setFixedSize(22, 22);
    icon->setAlignment(Qt::AlignCenter);
    icon->setStyleSheet(u"background: #c62828; color: #ffffff; border-radius: 5px; font-weight: 700;"_s);
    auto* app = new QLabel(tr("STATUS"));
    app->setStyleSheet(u"color: #555555; font-size: 8pt; letter-spacing: 1px;"_s);
    auto* when = new QLabel(tr("now"));
    when->setStyleSheet(u"color: #555555; font-size: 8pt;"_s);
    auto* appRow = new QHBoxLayout;
    appRow->addWidget(icon);
    appRow->addWidget(app);
    appRow->addStretch();
    appRow->addWidget(when);
    m_title = new QLabel;
    m_title->setObjectName(u"pushTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    m_body = new QLabel;
    m_body->setObjectName(u"pushBody"_s);
    m_body->setWordWrap(true);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 0.9);
    m_body->setFont(bodyFont);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(12, 10, 12, 12);
    cardLayout->setSpacing(3);
    cardLayout->addLayout(appRow);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_body);

    auto* phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(12, 28, 12, 16);
    phoneLayout->addWidget(clock);
    phoneLayout->addWidget(date);
    phoneLayout->addSpacing(24);
    phoneLayout->addWidget(card);
    phoneLayout->addStretch();

    m_payload = new QLabel;
    m_payload->setObjectName(u"pushPayload"_s);
    m_payload->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(phone, 0, Qt::AlignHCenter);
    layout->addWidget(m_payload);
    layout->addWidget(limitList());
    layout->addStretch();
}

void PushPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_title->setText(tr("No push notification"));
        m_body->setText(tr("This update is not sent as a push notification."));
        m_payload->clear();
        return;
    }
    m_title->setText(LockScreenText::truncated(message->title, LockScreenText::titleLimit));
    m_body->setText(LockScreenText::truncated(message->text, LockScreenText::bodyLimit));
    m_title->setToolTip(message->title);
    m_body->setToolTip(message->text);
    m_payload->setText(
        tr("Payload: %1 of %2 bytes").arg(message->wire.size()).arg(PushComposer::maxPayloadBytes));
}

} // namespace Herald
