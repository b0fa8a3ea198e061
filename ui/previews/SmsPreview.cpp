#include "previews/SmsPreview.h"

#include "channels/sms/SmsLookalikes.h"
#include "channels/sms/SmsMeasure.h"
#include "previews/LimitList.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

SmsPreview::SmsPreview(QWidget* parent) : ChannelPreview(parent)
{
    auto* phone = new QFrame;
    phone->setObjectName(u"phone"_s);
    phone->setStyleSheet(
        u"#phone { background: #f2f2f7; border: 9px solid #1c1c1e; border-radius: 30px; }"_s);
    phone->setFixedWidth(340);
    phone->setMinimumHeight(300); // short enough that the limits below stay in view
    auto* sender = new QLabel(tr("Status alerts"));
    sender->setAlignment(Qt::AlignHCenter);
    sender->setStyleSheet(u"color: #3a3a3c; font-weight: 600; padding: 10px 0 6px 0;"_s);
    m_bubble = new QLabel;
    m_bubble->setObjectName(u"smsBubble"_s);
    m_bubble->setWordWrap(true);
    m_bubble->setTextFormat(Qt::RichText);
    m_bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bubble->setStyleSheet(u"background: #e5e5ea; color: #000; border-radius: 16px; padding: 9px 12px;"_s);
    m_bubble->setFixedWidth(260); // a fixed width lets the label compute its wrapped height
    auto* phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(12, 8, 12, 12);
    phoneLayout->addWidget(sender);
    phoneLayout->addWidget(m_bubble, 0, Qt::AlignLeft);
    phoneLayout->addStretch();

    m_measure = new QLabel;
    m_measure->setObjectName(u"smsMeasure"_s);
    m_measure->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(phone, 0, Qt::AlignHCenter);
    layout->addWidget(m_measure);
    m_replaceLookalikes = new QPushButton(tr("Replace look-alikes"));
    m_replaceLookalikes->setObjectName(u"replaceLookalikesButton"_s);
    m_replaceLookalikes->setToolTip(tr("Curly quotes, dashes, ellipses and special spaces become their GSM-7 "
                                       "equivalents, so the message is not sent as UCS-2."));
    m_replaceLookalikes->hide();
    connect(m_replaceLookalikes, &QPushButton::clicked, this, &SmsPreview::replaceLookalikesRequested);
    layout->addWidget(m_replaceLookalikes, 0, Qt::AlignHCenter);
    layout->addWidget(limitList());
    layout->addStretch();
}

QString SmsPreview::measureText() const
{
    return m_measure->text();
}

void SmsPreview::showMessage(const ChannelMessage* message)
{
    if (!message) {
        m_bubble->setText(tr("This update does not go out by SMS."));
        m_measure->clear();
        m_replaceLookalikes->hide();
        return;
    }
    m_bubble->setText(bubbleHtml(message->text));
    // Layouts do not ask a word-wrapped label for its height at a width; give it the height.
    m_bubble->setFixedHeight(m_bubble->heightForWidth(m_bubble->width()));
    const SmsMeasure::Result m = SmsMeasure::measure(message->text);
    const int limit = m.segments == 1 ? m.singleLimit : m.segments * m.segmentLimit;
    QString text = tr("%1 · %2 of %3 characters · %n segment(s)", nullptr, m.segments)
                       .arg(SmsMeasure::encodingName(m.encoding))
                       .arg(m.length)
                       .arg(limit);
    if (m.encoding == SmsMeasure::Encoding::Ucs2)
        text += u"\n"_s +
                tr("UCS-2 because of %n character(s) outside GSM-7", nullptr, int(m.nonGsmPositions.size()));
    const qsizetype lookalikes = SmsLookalikes::positions(message->text).size();
    m_replaceLookalikes->setVisible(lookalikes > 0);
    m_measure->setText(text);
    m_measure->setStyleSheet(m.segments > 1 ? u"color: #b26a00;"_s : QString());
}

QString SmsPreview::bubbleHtml(const QString& text)
{
    const SmsMeasure::Result m = SmsMeasure::measure(text);
    const QList<int>& forcing = m.nonGsmPositions;
    const QSet<int> marked(forcing.cbegin(), forcing.cend());
    QString html;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QString c = text.mid(i, length).toHtmlEscaped();
        if (c == u"\n"_s)
            c = u"<br>"_s;
        if (marked.contains(int(i)))
            html += u"<span style=\"background:#ffd60a\" title=\"UCS-2\">"_s + c + u"</span>"_s;
        else
            html += c;
        i += length - 1;
    }
    return html;
}

} // namespace Herald
