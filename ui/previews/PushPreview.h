#pragma once

#include "previews/ChannelPreview.h"

class QLabel;

namespace Herald {

// A phone's lock screen with the notification cut exactly as LockScreenText says: title to
// one line, body to four, each ending in "…" when cut; the payload size under the phone.
class PushPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit PushPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Push; }
    void showMessage(const ChannelMessage* message) override;

private:
    QLabel* m_title;
    QLabel* m_body;
    QLabel* m_payload;
};

} // namespace Herald
