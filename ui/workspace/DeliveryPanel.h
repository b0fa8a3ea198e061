#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Herald {

class ActingPerson;
class DeliveryModel;
class Session;

// Where an update is going, live: one row per channel target with its state, attempts and the
// provider's answer; a red line when a delivery gave up, with "Retry Now" and "Cancel".
class DeliveryPanel final : public QWidget {
    Q_OBJECT
public:
    DeliveryPanel(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    void setDraft(qint64 draftId);
    void reload();
    DeliveryModel* model() const { return m_model; }
    void retrySelected();
    void cancelSelected();
    // For a manual endpoint's row: copies the approved text, then records it sent (or not) by hand.
    void markSelected(bool sent);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void update();
    qint64 selectedId() const;

    Session& m_session;
    ActingPerson& m_acting;
    DeliveryModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_markSent;
    QPushButton* m_markFailed;
};

} // namespace Herald
