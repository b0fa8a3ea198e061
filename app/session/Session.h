#pragma once

#include "channels/UpdateComposer.h"
#include "copydesk/CopyDesk.h"
#include "delivery/DispatcherThread.h"
#include "identity/PassphraseVerifier.h"
#include "review/ReviewService.h"
#include "store/Store.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"
#include "workflow/PeopleService.h"
#include "workflow/TemplateService.h"

#include <memory>

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
    DispatcherThread& dispatcher() { return *m_dispatcher; }

    // Sends an approved draft and wakes the dispatcher; never waits for the network.
    void send(qint64 draftId, const Identity& actor);
    void sendEmergency(qint64 draftId, const Identity& actor, const QString& reason);
    // Reads the wording checks' severities and lists from a JSON file (CheckSettings::toJson);
    // a missing file keeps the defaults. On a bad file the defaults stay and the error says
    // where and what.
    std::optional<QString> loadCheckSettings(const QString& path);
    // Adds or changes a channel endpoint, recorded on the timeline.
    qint64 saveEndpoint(const ChannelEndpoint& endpoint, qint64 actorId);

private:
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
    TemplateService m_templateService;
    std::unique_ptr<DispatcherThread> m_dispatcher;
};

} // namespace Herald
