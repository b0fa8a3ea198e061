#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QTextBrowser;

namespace Herald {

// A helpdesk ticket's reply box with the macro applied: the ticket it answers, the macro's
// name, the reply as the agent will send it, and its word count in the limit list.
class SupportMacroPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SupportMacroPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::SupportMacro; }
    void showMessage(const ChannelMessage* message) override;

private:
    QLabel* m_macroName;
    QTextBrowser* m_reply;
};

} // namespace Herald
