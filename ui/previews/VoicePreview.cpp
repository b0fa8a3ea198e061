#include "previews/VoicePreview.h"

#include "channels/voice/SpokenText.h"
#include "channels/voice/VoiceComposer.h"
#include "previews/LimitList.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextToSpeech>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

VoicePreview::VoicePreview(QWidget* parent) : ChannelPreview(parent)
{
    m_duration = new QLabel;
    m_duration->setObjectName(u"voiceDuration"_s);
    QFont durationFont = m_duration->font();
    durationFont.setBold(true);
    durationFont.setPointSizeF(durationFont.pointSizeF() * 1.2);
    m_duration->setFont(durationFont);
    m_play = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("Play"));
    m_play->setObjectName(u"voicePlay"_s);
    m_stop = new QPushButton(QIcon::fromTheme(u"media-playback-stop"_s), tr("Stop"));
    m_stop->setObjectName(u"voiceStop"_s);
    connect(m_play, &QPushButton::clicked, this, &VoicePreview::play);
    connect(m_stop, &QPushButton::clicked, this, &VoicePreview::stop);
    m_engine = new QLabel;
    m_engine->setObjectName(u"voiceEngine"_s);
    m_engine->setWordWrap(true);

    if (QTextToSpeech::availableEngines().isEmpty()) {
        m_engine->setText(tr("No speech engine is installed, so the script cannot be played here. "
                             "Install speech-dispatcher or flite to hear it."));
    } else {
        m_speech = new QTextToSpeech(this);
        connect(m_speech, &QTextToSpeech::stateChanged, this, &VoicePreview::updateButtons);
        if (m_speech->state() == QTextToSpeech::Error)
            m_engine->setText(tr("The speech engine does not work: %1").arg(m_speech->errorString()));
        else
            m_engine->setText(tr("Played with the %1 speech engine; the service that calls people may "
                                 "sound different.")
                                  .arg(m_speech->engine()));
    }
    m_engine->setStyleSheet(u"color: #6b7280;"_s);

    m_ssml = new QPlainTextEdit;
    m_ssml->setObjectName(u"voiceSsml"_s);
    m_ssml->setReadOnly(true);
    m_ssml->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ssml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_duration, 1);
    controls->addWidget(m_play);
    controls->addWidget(m_stop);
    auto* scriptLabel = new QLabel(tr("SSML script"));
    scriptLabel->setStyleSheet(u"color: #6b7280;"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_engine);
    layout->addWidget(scriptLabel);
    layout->addWidget(m_ssml, 1);
    layout->addWidget(limitList());
    updateButtons();
}

QString VoicePreview::readableSsml(const QString& ssml)
{
    QString out = ssml;
    out.replace(u"<speak>"_s, u"<speak>\n"_s);
    out.replace(u"</speak>"_s, u"\n</speak>"_s);
    out.replace(u"<p>"_s, u"  <p>\n"_s);
    out.replace(u"</p>"_s, u"\n  </p>"_s);
    out.replace(u"<s>"_s, u"    <s>"_s);
    out.replace(u"</s>"_s, u"</s>\n"_s);
    out.replace(u"</s>\n\n"_s, u"</s>\n"_s);
    out.replace(u"<break"_s, u"\n  <break"_s);
    out.replace(u"/>"_s, u"/>\n"_s);
    out.replace(u"\n\n"_s, u"\n"_s);
    return out;
}

void VoicePreview::showMessage(const ChannelMessage* message)
{
    stop();
    if (!message) {
        m_spoken.clear();
        m_ssml->setPlainText(tr("This update is not read out by voice."));
        m_duration->clear();
        updateButtons();
        return;
    }
    m_spoken = message->text;
    m_ssml->setPlainText(readableSsml(QString::fromUtf8(message->wire)));
    const int seconds = VoiceComposer::estimatedSeconds(message->text);
    m_duration->setText(
        tr("About %1:%2 to say").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_duration->setToolTip(
        tr("%n word(s) at %1 words per minute, plus pauses", nullptr, SpokenText::words(message->text))
            .arg(SpokenText::wordsPerMinute));
    updateButtons();
}

void VoicePreview::play()
{
    if (m_speech && !m_spoken.isEmpty())
        m_speech->say(m_spoken);
}

void VoicePreview::stop()
{
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
}

void VoicePreview::updateButtons()
{
    const bool engine = m_speech && m_speech->state() != QTextToSpeech::Error;
    const bool speaking = engine && m_speech->state() == QTextToSpeech::Speaking;
    m_play->setEnabled(engine && !m_spoken.isEmpty() && !speaking);
    m_stop->setEnabled(speaking);
}

} // namespace Herald
