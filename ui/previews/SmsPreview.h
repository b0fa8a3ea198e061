#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QPushButton;

namespace Herald {

// A message bubble on a phone, with the encoding, length and segment count carriers bill; the
// characters that force UCS-2 are highlighted, and a button offers to replace look-alikes.
class SmsPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SmsPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Sms; }
    void showMessage(const ChannelMessage* message) override;
    QString measureText() const;
    // The message as bubble HTML: the characters that forced UCS-2 on a coloured background.
    static QString bubbleHtml(const QString& text);

Q_SIGNALS:
    // "Replace look-alikes" was clicked; the editor replaces them (SmsLookalikes::replace).
    void replaceLookalikesRequested();

private:
    QLabel* m_bubble;
    QLabel* m_measure;
    QPushButton* m_replaceLookalikes;
};

} // namespace Herald
