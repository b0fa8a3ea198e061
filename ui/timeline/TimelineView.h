#pragma once

#include "timeline/TimelineChain.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace Herald {

class Session;
class TimelineModel;

// What was said and done, when and by whom, with the chain's verification state.
class TimelineView final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(Session& session, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);
    TimelineModel* model() const { return m_model; }

private:
    void verify();

    Session& m_session;
    TimelineModel* m_model;
    QTreeView* m_view;
    QComboBox* m_order;
    QLabel* m_verification;
    qint64 m_verifiedSequence = 0;
    QByteArray m_verifiedHash;
    std::optional<TimelineChain::Break> m_broken;
};

} // namespace Herald
