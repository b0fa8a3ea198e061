// The victim of StoreCrashTest: opens the database it is given (upgrading it if it is old), then
// drafts, submits, approves and sends updates for ever, printing a line after each commit that
// returned, so the test knows what was acknowledged when it kills this process.
//   store_worker PATH        work until killed
//   store_worker PATH open   open (migrate) only
#include "WorkflowFixture.h"
#include "base/HeraldError.h"
#include "store/Migrator.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
void acknowledge(const char* what, qint64 id)
{
    std::printf("%s %lld\n", what, static_cast<long long>(id));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    try {
        if (args.value(2) == u"open"_s) {
            Test::TestDatabase database(args[1]);
            acknowledge("open", Migrator::currentVersion(database.store().connection()));
            return 0;
        }
        Test::WorkflowFixture f(args[1]);
        for (;;) {
            const qint64 incident = f.addIncident(IncidentKind::Incident, Severity::Sev2);
            acknowledge("incident", incident);
            const qint64 draft =
                f.filledDraft({ChannelKind::Webhook}, Test::WorkflowFixture::defaultTemplate, incident);
            acknowledge("saved", draft);
            f.drafts.submit(draft, f.as(f.alex));
            acknowledge("submitted", draft);
            f.drafts.approve(draft, f.as(f.jordan), u"Clear."_s);
            acknowledge("approved", draft);
            f.drafts.send(draft, f.as(f.alex));
            acknowledge("sent", draft);
        }
    } catch (const HeraldError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
