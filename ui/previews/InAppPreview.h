#pragma once

#include "previews/ChannelPreview.h"

class QFrame;
class QLabel;
class QToolButton;

namespace Herald {

// The top of the product's own app window with the banner across it, in the severity's
// colour (Palette::severityColor), with its link and, when allowed, a close button.
class InAppPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit InAppPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::InApp; }
    void showMessage(const ChannelMessage* message) override;

private:
    QFrame* m_banner;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_link;
    QToolButton* m_dismiss;
};

} // namespace Herald
