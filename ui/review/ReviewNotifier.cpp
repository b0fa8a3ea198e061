#include "review/ReviewNotifier.h"

#include "base/Clock.h"
#include "identity/ActingPerson.h"
#include "models/ReviewQueueModel.h"
#include "session/Session.h"

#include <QTimer>

#include <KNotification>
#include <exception>

using namespace Qt::StringLiterals;

namespace Herald {

ReviewNotifier::ReviewNotifier(Session& session, ActingPerson& acting, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_acting(acting)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(tickMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &ReviewNotifier::tick);
    m_timer->start();
    ChangeNotifier& notifier = session.notifier();
    connect(&notifier, &ChangeNotifier::draftChanged, this, &ReviewNotifier::check);
    connect(&notifier, &ChangeNotifier::reviewsChanged, this, &ReviewNotifier::check);
    connect(&acting, &ActingPerson::changed, this, &ReviewNotifier::check);
    check();
}

void ReviewNotifier::tick()
{
    try {
        m_session.reviews().escalateDue(); // announces itself through reviewsChanged
    } catch (const std::exception& error) {
        // A busy or read-only database must not stop the reminders; the next tick tries again.
        qWarning("Escalating overdue reviews failed: %s", error.what());
    }
    check();
}

void ReviewNotifier::check()
{
    const qint64 personId = m_acting.personId();
    const bool newPerson = personId != m_personId;
    m_personId = personId;
    if (!personId) {
        m_told.clear();
        return;
    }
    const QList<ReviewItem> queue = m_session.reviews().queueFor(personId);
    const QDateTime now = m_session.clock().now();
    QHash<qint64, Told> told;
    for (const ReviewItem& item : queue) {
        const Told state = item.escalatedToMe ? Told::Escalated
                           : item.overdue     ? Told::Overdue
                                              : Told::Requested;
        told.insert(item.review.id, state);
        if (newPerson)
            continue; // what was there before signing in is on the Reviews tab, not news
        const auto before = m_told.constFind(item.review.id);
        if (before != m_told.constEnd() && *before >= state)
            continue;
        const QString where = tr("%1 — written by %2").arg(item.incident.title, item.authorName);
        const QString due = ReviewQueueModel::dueText(item.review.dueAt, now);
        if (state == Told::Escalated)
            notify(u"reviewDue"_s, item.draft.id,
                   tr("Review escalated to you: update #%1").arg(item.draft.id),
                   tr("%1. Its approver did not answer in time; it is %2.").arg(where, due));
        else if (state == Told::Overdue)
            notify(u"reviewDue"_s, item.draft.id, tr("Review overdue: update #%1").arg(item.draft.id),
                   tr("%1. It is %2.").arg(where, due));
        else if (item.review.kind == ReviewKind::AfterSend)
            notify(u"reviewRequested"_s, item.draft.id,
                   tr("After-send review requested: update #%1").arg(item.draft.id),
                   tr("%1. It was sent in an emergency and needs a review, %2.").arg(where, due));
        else
            notify(u"reviewRequested"_s, item.draft.id, tr("Review requested: update #%1").arg(item.draft.id),
                   tr("%1. It waits for your approval, %2.").arg(where, due));
    }
    m_told = told;
}

void ReviewNotifier::notify(const QString& eventId, qint64 draftId, const QString& title, const QString& text)
{
    auto* notification = new KNotification(eventId, KNotification::CloseOnTimeout);
    notification->setComponentName(u"herald"_s); // herald.notifyrc, whatever the executable is called
    notification->setTitle(title);
    notification->setText(text);
    // Set here rather than in herald.notifyrc: KNotification applies the file's urgency after
    // sending, which makes it send the same notification twice.
    notification->setUrgency(eventId == u"reviewDue"_s ? KNotification::HighUrgency
                                                       : KNotification::NormalUrgency);
    KNotificationAction* open = notification->addDefaultAction(tr("Review"));
    connect(open, &KNotificationAction::activated, this, [this, draftId] { Q_EMIT openRequested(draftId); });
    notification->sendEvent(); // deletes itself once closed
    Q_EMIT notified(eventId, title, text);
}

} // namespace Herald
