#pragma once

#include "previews/ChannelPreview.h"

class QTextBrowser;

namespace Herald {

// A Teams channel post from a Workflows webhook as Teams draws it: the sender line, then the
// Adaptive Card full width with its coloured header, the fact set in two columns and the text
// blocks in the card's Markdown subset.
class TeamsPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit TeamsPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Teams; }
    void showMessage(const ChannelMessage* message) override;
    // One TextBlock's Markdown (**bold**, _italic_, [text](url), "- " lists, backslash escapes)
    // as HTML.
    static QString textBlockToHtml(const QString& markdown);
    // Teams' light-theme colour for an Adaptive Card "color" name.
    static QString colorValue(const QString& name);

private:
    QTextBrowser* m_view;
};

} // namespace Herald
