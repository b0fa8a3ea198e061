#pragma once

#include "channels/ChannelSender.h"
#include "channels/sns/ProviderHttp.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <functional>

namespace Herald {

// Atlassian Statuspage's management API: the first update of a Herald incident creates the
// Statuspage incident (POST /v1/pages/{page}/incidents), later ones update it (PATCH .../{id}).
// The Statuspage incident id is the delivery's provider reference, so the next update finds it
// on the earlier delivery to the same endpoint. The endpoint's address is the page id; the
// keychain holds the API key.
class StatusPageSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(StatusPageSender)

public:
    // The provider reference of the last delivered row of (incident, endpoint); empty if none.
    using ReferenceLookup = std::function<QString(qint64 incidentId, qint64 endpointId)>;

    StatusPageSender(OutboxNetwork& network, const Clock& clock, int timeoutMs,
                     ReferenceLookup earlierIncident = {});
    ChannelKind channel() const override { return ChannelKind::StatusPage; }
    bool needsSecret() const override { return true; }
    // "1 request per second per token" (Statuspage API docs).
    double defaultRatePerSecond() const override { return 1.0; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // The composer's wire with component names turned into the page's component ids (setting
    // "components": "Payments API=abc123; Checkout=def456"); unknown names are left out.
    static QByteArray body(const QByteArray& wire, const QString& componentMap);
    static SendOutcome outcome(const ProviderHttp::Answer& answer);

private:
    struct Waiting {
        Delivery delivery;
        SendContext context;
        Done done;
    };
    using IncidentOnPage = QPair<qint64, qint64>; // Herald incident, endpoint
    void start(const Waiting& send);
    void startNext(const IncidentOnPage& key);
    ProviderHttp::Request request(const Delivery& delivery, const SendContext& context,
                                  const QByteArray& key) const;

    ProviderHttp m_http;
    ReferenceLookup m_earlierIncident;
    // One request at a time per incident and page, so a second update waits for the first to
    // have created the Statuspage incident (and its id to be recorded) instead of creating another.
    QHash<IncidentOnPage, QList<Waiting>> m_waiting;
};

} // namespace Herald
