#pragma once

#include "channels/ChannelSender.h"
#include "channels/UpdateComposer.h"
#include "channels/http/OutboxNetwork.h"
#include "copydesk/CopyDesk.h"
#include "delivery/DispatcherThread.h"
#include "delivery/ManualDeliveries.h"
#include "delivery/OutboxService.h"
#include "identity/PassphraseVerifier.h"
#include "review/ReviewService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"
#include "templating/TemplateLibrary.h"
#include "timeline/ChainWitness.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"
#include "workflow/PeopleService.h"
#include "workflow/TemplateService.h"

#include <functional>
#include <memory>
#include <vector>

namespace Herald {

class Clock;

// Everything that works on one open database: the store, the templates, the workflow services
// and the outbox dispatcher on its own thread. Front ends (GUI, CLI, tests) build one of these.
class Session {
public:
    // passphraseIterations: PBKDF2 cost of new passphrases; 0 for the default (tests pass less).
    Session(std::shared_ptr<Database> database, const Clock& clock, const Dispatcher::Options& dispatch,
            int passphraseIterations = 0);
    ~Session();

    const Store& store() const { return m_store; }
    const Clock& clock() const { return m_clock; }
    const TemplateLibrary& templates() const { return m_templates; }
    const UpdateComposer& composer() const { return m_composer; }
    ChangeNotifier& notifier() { return m_notifier; }
    const IncidentService& incidents() const { return m_incidents; }
    const DraftService& drafts() const { return m_drafts; }
    const TemplateService& templateService() const { return m_templateService; }
    const IdentityVerifier& verifier() const { return m_verifier; }
    const PeopleService& people() const { return m_people; }
    const ApprovalPolicyService& policies() const { return m_policies; }
    const ReviewService& reviews() const { return m_reviews; }
    const CopyDesk& copyDesk() const { return m_copyDesk; }
    const ManualDeliveries& manualDeliveries() const { return m_manual; }
    DispatcherThread& dispatcher() { return *m_dispatcher; }
    // Keeps the timeline's head in the keychain as changes commit; flushed when the session ends.
    ChainWitness& chainWitness() { return *m_witness; }

    // Sends an approved draft and wakes the dispatcher; never waits for the network.
    void send(qint64 draftId, const Identity& actor);
    void sendEmergency(qint64 draftId, const Identity& actor, const QString& reason);
    // A person's answer to a delivery that gave up; wakes the dispatcher.
    void retryDelivery(qint64 deliveryId, const Identity& actor);
    void cancelDelivery(qint64 deliveryId, const Identity& actor);
    // Reads the wording checks' severities and lists from a JSON file (CheckSettings::toJson);
    // a missing file keeps the defaults. On a bad file the defaults stay and the error says
    // where and what.
    std::optional<QString> loadCheckSettings(const QString& path);
    // Adds or changes a channel endpoint, recorded on the timeline. Throws HeraldError with what
    // is wrong with its address or settings.
    qint64 saveEndpoint(const ChannelEndpoint& endpoint, qint64 actorId);
    // The private network ranges senders may reach (SSRF guard), as in Herald's configuration file.
    AddressPolicy allowedNetworks() const { return m_allowedNetworks; }
    // Saves new ranges ("10.20.0.0/16, fd00:1::/64"; empty: none) to the configuration file, hands
    // them to the dispatcher and records who changed them. Throws HeraldError naming a bad range.
    void setAllowedNetworks(const QString& ranges, qint64 actorId);
    // Puts the endpoint's credential in the system keychain (never the database), under this
    // database's key for it; done gets an empty string on success, otherwise why not.
    void saveEndpointSecret(qint64 endpointId, const QByteArray& secret,
                            std::function<void(const QString&)> done);
    // A new Standard Webhooks signing secret ("whsec_...") for a webhook endpoint.
    static QString newWebhookSecret();
    // Writes the demo (DemoSeeder) into this empty database, and gives each of its webhook
    // endpoints a new signing secret in the keychain (never the database) so the demo can send.
    // Keys name this database, so no other database's secrets are touched. done gets an empty
    // string once every secret is in place, otherwise the first reason why not (the session must
    // live until then).
    void seedDemo(const QDateTime& now, std::function<void(const QString&)> done);
    // What the channel would carry for a sample update (a shipped template's examples): what a
    // dry run shows before any real update exists.
    QByteArray samplePayload(ChannelKind channel) const;
    // The channel's sender, for what it describes (settings, validation, dry run): never sends.
    const ChannelSender* senderInfo(ChannelKind channel);

private:
    void startChainWitness();

    std::shared_ptr<Database> m_database;
    Store m_store;
    const Clock& m_clock;
    TemplateLibrary m_templates;
    UpdateComposer m_composer;
    ChangeNotifier m_notifier;
    IncidentService m_incidents;
    PassphraseVerifier m_verifier;
    PeopleService m_people;
    ApprovalPolicyService m_policies;
    DraftService m_drafts;
    ReviewService m_reviews;
    CopyDesk m_copyDesk;
    OutboxService m_outbox;
    ManualDeliveries m_manual;
    KeychainSecretStore m_secrets;
    TemplateService m_templateService;
    std::unique_ptr<DispatcherThread> m_dispatcher;
    std::unique_ptr<ChainWitness> m_witness;
    AddressPolicy m_allowedNetworks;
    std::unique_ptr<OutboxNetwork> m_infoNetwork; // only for building senderInfo
    std::vector<std::unique_ptr<ChannelSender>> m_senderInfo;
};

} // namespace Herald
