#pragma once

#include "TestDatabase.h"
#include "TestPeople.h"
#include "channels/UpdateComposer.h"
#include "copydesk/CopyDesk.h"
#include "review/ReviewService.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"
#include "workflow/PeopleService.h"

#include <functional>

namespace Herald::Test {

// The workflow services on a fresh database with the shipped templates, a cast of people
// (all with Test::passphrase) and a few endpoints: what the approval, review and copy desk
// tests start from. Nothing is faked: real store, real renderer, real passphrase hashes.
class WorkflowFixture {
    TestDatabase m_db; // first: everything below is built on it

public:
    // On a fresh database, or on the one at `path`: a file a child process works on across
    // restarts, whose people and endpoints are added once.
    explicit WorkflowFixture(const QString& path = {});

    Store& store() { return m_db.store(); }
    ManualClock& clock() { return m_db.clock(); }
    void tick(int seconds = 30) { m_db.clock().advanceSeconds(seconds); }
    Identity as(qint64 person) { return Test::as(store(), clock(), person); }

    ChangeNotifier notifier;
    const TemplateLibrary& templates() const;
    UpdateComposer composer;
    IncidentService incidents;
    PeopleService people;
    ApprovalPolicyService policies;
    DraftService drafts;
    ReviewService reviews;
    CopyDesk copyDesk;

    qint64 alex = 0;     // communications manager: writes the updates
    qint64 jordan = 0;   // approver
    qint64 priya = 0;    // incident manager: may approve, has no approver role
    qint64 sam = 0;      // support lead
    qint64 morgan = 0;   // administrator
    qint64 incident = 0; // Sev2 partial outage of the Payments API

    // An incident of the given kind and severity.
    qint64 addIncident(IncidentKind kind, Severity severity);
    // A draft by Alex from `templateId` with values filled in and saved.
    qint64 filledDraft(const QList<ChannelKind>& channels, const QString& templateId = defaultTemplate,
                       qint64 incidentId = 0, const QString& impact = defaultImpact);
    // A webhook endpoint with its signing secret in the (test process's own) keychain.
    qint64 addWebhook(const QString& name, const QString& url);
    // Disables every endpoint the fixture started with.
    void disableEndpoints();
    qint64 submittedDraft(const QList<ChannelKind>& channels = {ChannelKind::Webhook});
    qint64 approvedDraft(const QList<ChannelKind>& channels = {ChannelKind::Webhook});
    // The message of a HeraldError the action throws, empty when it does not throw.
    static QString errorOf(const std::function<void()>& action);

    static inline const QString defaultTemplate = QStringLiteral("partial-outage-investigating");
    static inline const QString defaultImpact =
        QStringLiteral("About one in five card payments is declined.");
};

} // namespace Herald::Test
