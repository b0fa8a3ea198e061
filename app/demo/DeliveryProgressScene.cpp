#include "demo/DeliveryProgressScene.h"

#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
struct Target {
    ChannelKind channel;
    QString name;
    QString address;
    DeliveryState state;
    int attempts;
    QString lastError;
    qint64 nextAttemptInSeconds;
};
} // namespace

qint64 DeliveryProgressScene::stage(const Store& store, const QDateTime& now)
{
    std::optional<Draft> latest;
    for (const Incident& incident : store.incidents().all())
        if (incident.isOngoing())
            for (const Draft& draft : store.drafts().forIncident(incident.id))
                if (draft.state == DraftState::Sent && (!latest || draft.id > latest->id))
                    latest = draft;
    if (!latest)
        return 0;
    const QList<Delivery> sent = store.deliveries().forDraft(latest->id);
    if (sent.isEmpty())
        return 0;
    const QList<Target> targets = {
        {ChannelKind::Slack, u"#payments-incident"_s, u"https://hooks.slack.com/services/T0/B0/•••"_s,
         DeliveryState::Delivered, 1, QString(), 0},
        {ChannelKind::Email, u"Customer list"_s, u"customers@lists.example.com"_s, DeliveryState::Delivered,
         1, QString(), 0},
        {ChannelKind::Sms, u"On-call merchants (Twilio)"_s, u"+14155550100"_s, DeliveryState::Pending, 2,
         u"HTTP 503 Service Unavailable: Twilio is temporarily unavailable"_s, 240},
        {ChannelKind::Mastodon, u"@status@social.example.com"_s, u"https://social.example.com"_s,
         DeliveryState::InFlight, 1, QString(), 0},
        {ChannelKind::Teams, u"Support leads (Teams)"_s, u"https://example.webhook.office.com/•••"_s,
         DeliveryState::DeadLetter, 6, u"HTTP 502 Bad Gateway"_s, 0},
        {ChannelKind::StatusPage, u"status.example.com (Statuspage)"_s, u"https://api.statuspage.io"_s,
         DeliveryState::Failed, 1, u"HTTP 401 Unauthorized: invalid API key"_s, 0},
        {ChannelKind::Webhook, u"Partner portal (by hand)"_s, u"https://partners.example.com/status"_s,
         DeliveryState::AwaitingPerson, 1, QString(), 0},
    };
    Transaction transaction(store.connection());
    const QDateTime sentAt = now.addSecs(-150);
    int n = 0;
    for (const Target& target : targets) {
        QJsonObject settings;
        if (target.state == DeliveryState::AwaitingPerson)
            settings.insert(u"provider"_s, u"manual"_s);
        const qint64 endpoint =
            store.endpoints().add({0, target.channel, target.name, target.address, true, settings});
        Delivery row = sent.first();
        row.endpointId = endpoint;
        row.channel = target.channel;
        row.target = target.address;
        row.idempotencyKey = u"%1-scene-%2"_s.arg(sent.first().idempotencyKey).arg(++n);
        row.state = DeliveryState::Pending;
        row.createdAt = row.nextAttemptAt = sentAt;
        row.id = store.deliveries().add(row);
        // Each attempt as the dispatcher records it: claimed (counted), then its outcome.
        for (int attempt = 1; attempt <= target.attempts; ++attempt) {
            store.deliveries().claim(row.id, sentAt.addSecs(attempt * 5));
            const bool last = attempt == target.attempts;
            row.state = last ? target.state : DeliveryState::Pending;
            row.lastError = target.lastError;
            row.providerReference =
                row.state == DeliveryState::Delivered ? u"demo-%1"_s.arg(row.id) : QString();
            row.nextAttemptAt = last ? now.addSecs(target.nextAttemptInSeconds) : sentAt;
            row.updatedAt = sentAt.addSecs(attempt * 5 + 1);
            if (row.state != DeliveryState::InFlight)
                store.deliveries().recordOutcome(row);
        }
    }
    store.drafts().setState(latest->id, DraftState::Sending, sentAt);
    transaction.commit();
    return latest->id;
}

} // namespace Herald
