#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextToSpeech;

namespace Herald {

// The voice script: the SSML that goes to the speech service, how long it takes to say, and
// Play/Stop through the system's speech engine (Qt TextToSpeech). Without an engine Play is
// off and the preview says why.
class VoicePreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit VoicePreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Voice; }
    void showMessage(const ChannelMessage* message) override;
    // SSML with a line per paragraph and sentence, for reading.
    static QString readableSsml(const QString& ssml);

private:
    void play();
    void stop();
    void updateButtons();

    QPlainTextEdit* m_ssml;
    QLabel* m_duration;
    QLabel* m_engine;
    QPushButton* m_play;
    QPushButton* m_stop;
    QTextToSpeech* m_speech = nullptr;
    QString m_spoken;
};

} // namespace Herald
