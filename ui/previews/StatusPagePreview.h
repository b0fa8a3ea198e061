#pragma once

#include "previews/ChannelPreview.h"

class QLabel;
class QVBoxLayout;

namespace Herald {

// A public status page showing the update: the page header, the incident name with its status
// badge, the affected components in their impact colours, and the update with its time.
class StatusPagePreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit StatusPagePreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::StatusPage; }
    void showMessage(const ChannelMessage* message) override;

    // Statuspage's own colours for a component status key ("partial_outage", ...).
    static QColor impactColor(const QString& status);

private:
    QLabel* m_pageStatus;
    QLabel* m_name;
    QLabel* m_badge;
    QWidget* m_components;
    QVBoxLayout* m_componentRows;
    QLabel* m_updateStatus;
    QLabel* m_body;
    QLabel* m_time;
};

} // namespace Herald
