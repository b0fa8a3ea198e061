// Outbox throughput: N approved deliveries to a real HTTP server on loopback, every claim and
// outcome committed durably (WAL, synchronous=FULL) with its timeline event.

#include "channels/UpdateComposer.h"
#include "delivery/Dispatcher.h"
#include "support/HttpReceiver.h"
#include "support/TestDatabase.h"
#include "support/TestPeople.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIntValue("HERALD_BENCH_DELIVERIES") > 0
                          ? qEnvironmentVariableIntValue("HERALD_BENCH_DELIVERIES")
                          : 1000;
    Test::TestDatabase db;
    Test::HttpReceiver receiver;
    const Store& store = db.store();
    const TemplateLibrary templates = TemplateLibrary::shipped();
    const UpdateComposer composer;
    const qint64 alex = Test::addPerson(store, u"Alex Morgan"_s, {Role::CommunicationsManager});
    const qint64 jordan = Test::addPerson(store, u"Jordan Kim"_s, {Role::Approver});
    const auto as = [&](qint64 person) { return Test::as(store, db.clock(), person); };
    for (int i = 0; i < count; ++i)
        store.endpoints().add(
            {0, ChannelKind::Webhook, u"Hook %1"_s.arg(i), receiver.url().toString(), true});
    Incident incident;
    incident.title = u"Benchmark outage"_s;
    const qint64 incidentId = IncidentService(store, db.clock()).create(incident, jordan);
    const ApprovalPolicyService policies(store, db.clock());
    const DraftService drafts(store, templates, composer, policies, db.clock());
    const qint64 draft =
        drafts.create(incidentId, u"partial-outage-investigating"_s, {ChannelKind::Webhook}, as(alex));
    drafts.save(draft,
                {{u"service"_s, u"the API"_s},
                 {u"impact"_s, u"Requests fail."_s},
                 {u"next_update"_s, u"10:00 UTC"_s}},
                as(alex));
    drafts.submit(draft, as(alex));
    drafts.approve(draft, as(jordan), {});
    drafts.send(draft, as(alex));

    ChangeNotifier notifier;
    Dispatcher::Options options;
    options.maxInFlightPerChannel = 50;
    Dispatcher dispatcher(store.sharedDatabase(), db.clock(), notifier, options);
    QElapsedTimer timer;
    QObject::connect(&dispatcher, &Dispatcher::idle, &app, [&] {
        if (store.drafts().byId(draft)->state != DraftState::Sending)
            app.quit();
    });
    QTimer::singleShot(120'000, &app, [&] { app.exit(1); });
    timer.start();
    dispatcher.start();
    const int rc = app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int delivered = 0;
    for (const Delivery& d : store.deliveries().forDraft(draft))
        delivered += d.state == DeliveryState::Delivered;
    std::printf("outbox-deliveries: %d\n", delivered);
    std::printf("outbox-requests-received: %d\n", int(receiver.requests().size()));
    std::printf("outbox-deliveries-per-second: %.1f\n", delivered / seconds);
    return rc == 0 && delivered == count ? 0 : 1;
}
