#include "demo/DemoSeeder.h"

#include "base/ManualClock.h"
#include "channels/UpdateComposer.h"
#include "domain/TimelineEventType.h"
#include "identity/PassphraseVerifier.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"
#include "workflow/PeopleService.h"
#include "workflow/SendCompletion.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
struct Cast {
    qint64 alex, priya, sam, jordan, morgan;
};

// The demo opens (and proves its people) quickly; these hashes are marked as the demo
// database's own and refused in any other (PassphraseHash::encodeDemo).
constexpr int demoIterations = 1000;

Cast addPeople(const Store& store, const Clock& clock, const IdentityVerifier& verifier)
{
    const PeopleService people = PeopleService::forDemo(store, clock, demoIterations);
    const qint64 morgan = people.addFirstAdministrator(
        Person::named(u"Morgan Diaz"_s, u"morgan.diaz@example.com"_s, {Role::Administrator}),
        DemoSeeder::passphrase);
    const Identity admin = verifier.prove(morgan, DemoSeeder::passphrase);
    const auto add = [&](const QString& name, const QString& email, QList<Role> roles) {
        return people.add(Person::named(name, email, roles), DemoSeeder::passphrase, admin);
    };
    Cast cast;
    cast.alex = add(u"Alex Morgan"_s, u"alex.morgan@example.com"_s, {Role::CommunicationsManager});
    cast.priya = add(u"Priya Shah"_s, u"priya.shah@example.com"_s, {Role::IncidentManager, Role::Approver});
    cast.sam = add(u"Sam Lee"_s, u"sam.lee@example.com"_s, {Role::SupportLead});
    cast.jordan = add(u"Jordan Kim"_s, u"jordan.kim@example.com"_s, {Role::Approver});
    cast.morgan = morgan;
    ApprovalPolicy policy = ApprovalPolicy::defaults();
    policy.backupApprovers = {cast.jordan, cast.priya};
    ApprovalPolicyService(store, clock).change(policy, admin);
    return cast;
}

// Demo deliveries did not really go anywhere: record them as accepted by the demo endpoint.
void markDelivered(const Store& store, const Clock& clock, qint64 draftId)
{
    Transaction transaction(store.connection());
    for (Delivery d : store.deliveries().forDraft(draftId)) {
        store.deliveries().claim(d.id, clock.now());
        d.attempts = 1;
        d.state = DeliveryState::Delivered;
        d.providerReference = u"demo-%1"_s.arg(d.id);
        d.updatedAt = clock.now();
        store.deliveries().recordOutcome(d);
        TimelineRecorder(store, clock)
            .record(d.incidentId, 0, TimelineEventType::DeliveryDelivered,
                    u"Delivered update #%1 to %2 (HTTP 200 OK, demo)"_s.arg(d.draftId).arg(d.target),
                    {{u"delivery"_s, d.id},
                     {u"draft"_s, d.draftId},
                     {u"attempt"_s, 1},
                     {u"outcome"_s, u"delivered"_s}});
    }
    SendCompletion::update(store, clock, draftId);
    transaction.commit();
}

Identity as(const IdentityVerifier& verifier, qint64 person)
{
    return verifier.prove(person, DemoSeeder::passphrase);
}

void publish(const DraftService& drafts, ManualClock& clock, const Store& store, qint64 draftId,
             const QVariantMap& variables, const Cast& cast, const IdentityVerifier& verifier)
{
    drafts.save(draftId, variables, as(verifier, cast.alex));
    clock.advanceSeconds(90);
    drafts.submit(draftId, as(verifier, cast.alex));
    clock.advanceSeconds(150);
    drafts.approve(draftId, as(verifier, cast.priya), u"Clear and accurate."_s);
    clock.advanceSeconds(30);
    drafts.send(draftId, as(verifier, cast.alex));
    clock.advanceSeconds(2);
    markDelivered(store, clock, draftId);
}
} // namespace

void DemoSeeder::seed(const Store& store, const TemplateLibrary& templates, const QDateTime& now)
{
    ManualClock clock(now.addDays(-6).addSecs(-3 * 3600));
    const UpdateComposer composer;
    const IncidentService incidents(store, clock);
    const ApprovalPolicyService policies(store, clock);
    const DraftService drafts(store, templates, composer, policies, clock);
    const PassphraseVerifier verifier(store, clock);
    const QList<ChannelKind> channels = allChannels();

    Cast cast;
    {
        Transaction transaction(store.connection());
        cast = addPeople(store, clock, verifier);
        store.endpoints().add(ChannelEndpoint{0, ChannelKind::Webhook, u"Customer status webhook"_s,
                                              u"https://status.example.com/hooks/herald"_s, true});
        transaction.commit();
    }

    // Last week: a short dashboard incident, from first word to resolution.
    Incident old;
    old.title = u"Dashboard login failures"_s;
    old.severity = Severity::Sev3;
    old.components = {{u"Dashboard"_s, ComponentImpact::PartialOutage}};
    old.assignments = {{Role::IncidentManager, cast.priya}, {Role::CommunicationsManager, cast.alex}};
    const qint64 oldId = incidents.create(old, cast.priya);
    clock.advanceSeconds(600);
    const qint64 oldDraft =
        drafts.create(oldId, u"partial-outage-investigating"_s, channels, as(verifier, cast.alex));
    // Customers were locked out and calling: Alex sent the first word before review, and Jordan
    // reviewed it afterwards, as the after-send review requires.
    drafts.save(
        oldDraft,
        {{u"service"_s, u"the dashboard"_s},
         {u"impact"_s,
          u"Some customers cannot sign in to the dashboard. Payments and the API are not affected."_s},
         {u"workaround"_s, u"If you are signed in already, stay signed in. The API keeps working."_s},
         {u"next_update"_s, u"14:30 UTC"_s}},
        as(verifier, cast.alex));
    clock.advanceSeconds(60);
    drafts.sendEmergency(oldDraft, as(verifier, cast.alex),
                         u"Customers are locked out and calling support; the status page must say so now."_s);
    clock.advanceSeconds(2);
    markDelivered(store, clock, oldDraft);
    clock.advanceSeconds(20 * 60);
    drafts.completeAfterSendReview(oldDraft, as(verifier, cast.jordan),
                                   u"Accurate and calm; no change needed."_s);
    clock.advanceSeconds(1200);
    incidents.changeStatus(oldId, IncidentStatus::Resolved, cast.priya);

    // Now: the payments API, two hours in.
    clock.set(now.addSecs(-2 * 3600));
    Incident live;
    live.title = u"Payments API partial outage"_s;
    live.severity = Severity::Sev2;
    live.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                       {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
    live.assignments = {{Role::IncidentManager, cast.priya},
                        {Role::CommunicationsManager, cast.alex},
                        {Role::SupportLead, cast.sam}};
    const qint64 liveId = incidents.create(live, cast.priya);
    clock.advanceSeconds(5 * 60);
    const QString next1 = clock.now().addSecs(30 * 60).toString(u"HH:mm 'UTC'"_s);
    const qint64 first =
        drafts.create(liveId, u"partial-outage-investigating"_s, channels, as(verifier, cast.alex));
    publish(
        drafts, clock, store, first,
        {{u"service"_s, u"the Payments API"_s},
         {u"impact"_s, u"About one in five card payments is declined with an error. Payouts and refunds are "
                       u"working."_s},
         {u"workaround"_s, u"Retry a declined payment after a minute; most retries succeed."_s},
         {u"next_update"_s, next1}},
        cast, verifier);

    clock.set(now.addSecs(-70 * 60));
    incidents.changeStatus(liveId, IncidentStatus::Identified, cast.priya);
    clock.advanceSeconds(4 * 60);
    const QString next2 = clock.now().addSecs(60 * 60).toString(u"HH:mm 'UTC'"_s);
    const qint64 second =
        drafts.create(liveId, u"partial-outage-identified"_s, channels, as(verifier, cast.alex));
    publish(drafts, clock, store, second,
            {{u"service"_s, u"the Payments API"_s},
             {u"cause"_s, u"A configuration change at our card network provider"_s},
             {u"impact"_s,
              u"About one in five card payments is still declined. Payouts and refunds are working."_s},
             {u"workaround"_s, u"Retry a declined payment after a minute."_s},
             {u"fix"_s, u"We are rolling back the change together with the provider"_s},
             {u"next_update"_s, next2}},
            cast, verifier);

    // The update being written now, not yet submitted.
    clock.set(now.addSecs(-6 * 60));
    const QString next3 = now.addSecs(60 * 60).toString(u"HH:mm 'UTC'"_s);
    const qint64 third =
        drafts.create(liveId, u"partial-outage-monitoring"_s, channels, as(verifier, cast.alex));
    clock.advanceSeconds(180);
    drafts.save(
        third,
        {{u"service"_s, u"the Payments API"_s},
         {u"fix"_s, u"The provider rolled back the change, and declines are back to normal levels"_s},
         {u"workaround"_s, u"If a payment was declined in the last two hours, it is safe to try it again."_s},
         {u"next_update"_s, next3}},
        as(verifier, cast.alex));
    // Submitted three minutes ago: it waits in Priya's and Jordan's review queues.
    clock.set(now.addSecs(-3 * 60));
    drafts.submit(third, as(verifier, cast.alex));
}

} // namespace Herald
