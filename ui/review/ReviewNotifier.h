#pragma once

#include <QHash>
#include <QObject>

class QTimer;

namespace Herald {

class ActingPerson;
class Session;

// Tells the signed-in person on their desktop (KNotification, events in herald.notifyrc) when
// an update starts waiting for their review, and when one becomes overdue or is escalated to
// them. Every 30 s it also escalates overdue reviews, so a review nobody answers finds its
// backup approver even when no one touches Herald.
class ReviewNotifier final : public QObject {
    Q_OBJECT
public:
    static constexpr int tickMilliseconds = 30'000;

    ReviewNotifier(Session& session, ActingPerson& acting, QObject* parent = nullptr);

    // What the timer does: escalates what is overdue, then check().
    void tick();
    // Compares the person's queue with what they were already told, and notifies what is new.
    // After someone signs in, their current queue is taken as known (the Reviews tab shows it).
    void check();

Q_SIGNALS:
    // After each desktop notification is handed to the notification service.
    void notified(const QString& eventId, const QString& title, const QString& text);
    // The person clicked a notification: show this update.
    void openRequested(qint64 draftId);

private:
    // How much a person was told about one review, so each step is announced once.
    enum class Told { Requested, Overdue, Escalated };

    void notify(const QString& eventId, qint64 draftId, const QString& title, const QString& text);

    Session& m_session;
    ActingPerson& m_acting;
    QTimer* m_timer;
    qint64 m_personId = 0;
    QHash<qint64, Told> m_told; // review id -> what the person knows
};

} // namespace Herald
