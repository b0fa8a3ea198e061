// Email throughput: N approved deliveries through the outbox to a real SMTP server (aiosmtpd)
// on loopback, each a full SMTP session (EHLO, MAIL, RCPT, DATA) with its MIME message built by
// KMime, the password read from a real keychain, and every claim and outcome committed durably.
// HERALD_BENCH_SMTP_SECURITY=starttls runs it over STARTTLS (default: none, loopback only).

#include "PrivateSecretService.h"
#include "app/email/SmtpServer.h"
#include "channels/UpdateComposer.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "support/TestDatabase.h"
#include "support/TestPeople.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

int main(int argc, char* argv[])
{
    Test::PrivateSecretService keyring; // before anything talks to D-Bus
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIntValue("HERALD_BENCH_DELIVERIES") > 0
                          ? qEnvironmentVariableIntValue("HERALD_BENCH_DELIVERIES")
                          : 1000;
    const bool tls = qEnvironmentVariable("HERALD_BENCH_SMTP_SECURITY") == u"starttls"_s;
    if (!keyring.error().isEmpty()) {
        std::fprintf(stderr, "no keychain: %s\n", qPrintable(keyring.error()));
        return 1;
    }
    QTemporaryDir certs;
    Test::SmtpServer::Options serverOptions;
    if (tls) {
        if (const QString problem = Test::SmtpServer::makeCertificate(certs.path(), u"server"_s);
            !problem.isEmpty())
            return 1;
        serverOptions = {Test::SmtpServer::Mode::StartTls, certs.filePath(u"server.pem"_s),
                         certs.filePath(u"server.key"_s)};
    }
    Test::SmtpServer server(serverOptions);
    if (!server.error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    Test::TestDatabase db;
    const Store& store = db.store();
    const TemplateLibrary templates = TemplateLibrary::shipped();
    const UpdateComposer composer;
    const qint64 alex = Test::addPerson(store, u"Alex Morgan"_s, {Role::CommunicationsManager});
    const qint64 jordan = Test::addPerson(store, u"Jordan Kim"_s, {Role::Approver});
    const auto as = [&](qint64 person) { return Test::as(store, db.clock(), person); };
    QJsonObject settings{{u"host"_s, u"127.0.0.1"_s},
                         {u"port"_s, int(server.port())},
                         {u"security"_s, tls ? u"starttls"_s : u"none"_s},
                         {u"from_address"_s, u"status@example.com"_s},
                         {u"from_name"_s, u"Status"_s}};
    if (tls)
        settings.insert(u"ca_file"_s, certs.filePath(u"server.pem"_s));
    for (int i = 0; i < count; ++i) {
        ChannelEndpoint endpoint{0, ChannelKind::Email, u"List %1"_s.arg(i),
                                 u"subscriber%1@example.com"_s.arg(i), true};
        endpoint.settings = settings;
        store.endpoints().add(endpoint);
    }
    Incident incident;
    incident.title = u"Benchmark outage"_s;
    const qint64 incidentId = IncidentService(store, db.clock()).create(incident, jordan);
    const ApprovalPolicyService policies(store, db.clock());
    const DraftService drafts(store, templates, composer, policies, db.clock());
    const qint64 draft =
        drafts.create(incidentId, u"partial-outage-investigating"_s, {ChannelKind::Email}, as(alex));
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
    options.maxInFlightPerChannel = 16;
    options.secrets = std::make_shared<KeychainSecretStore>(u"herald-bench"_s);
    Dispatcher dispatcher(store.sharedDatabase(), db.clock(), notifier, options);
    QElapsedTimer timer;
    QObject::connect(&dispatcher, &Dispatcher::idle, &app, [&] {
        if (store.drafts().byId(draft)->state != DraftState::Sending)
            app.quit();
    });
    QTimer::singleShot(300'000, &app, [&] { app.exit(1); });
    timer.start();
    dispatcher.start();
    const int rc = app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int delivered = 0;
    for (const Delivery& d : store.deliveries().forDraft(draft))
        delivered += d.state == DeliveryState::Delivered;
    std::printf("smtp-security: %s\n", tls ? "starttls" : "none");
    std::printf("smtp-deliveries: %d\n", delivered);
    std::printf("smtp-messages-received: %d\n", int(server.messages().size()));
    std::printf("smtp-messages-per-second: %.1f\n", delivered / seconds);
    return rc == 0 && delivered == count ? 0 : 1;
}
