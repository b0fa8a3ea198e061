#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QTextBrowser;

namespace Herald {

// An email as a mail client shows it: sender, subject line, and the HTML body.
class EmailPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit EmailPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Email; }
    void showMessage(const ChannelMessage* message) override;

private:
    QLabel* m_subject;
    QLabel* m_from;
    QTextBrowser* m_body;
};

} // namespace Herald
