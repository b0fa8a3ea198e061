#include "common/ScreenshotWriter.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "copydesk/CopyDeskView.h"
#include "demo/DeliveryProgressScene.h"
#include "demo/DemoSeeder.h"
#include "incidents/NewIncidentDialog.h"
#include "review/ReviewQueueView.h"
#include "session/Session.h"
#include "settings/ApprovalRulesDialog.h"
#include "settings/ChannelSettingsDialog.h"
#include "settings/PeopleDialog.h"
#include "templates/TemplateManagerDialog.h"
#include "timeline/TimelineView.h"
#include "workspace/NewDraftDialog.h"
#include "workspace/WorkspaceWidget.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
bool save(QWidget& widget, const QString& directory, const QString& name)
{
    if (!widget.isVisible())
        widget.show();
    QApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    const QString path = QDir(directory).filePath(name + u".png"_s);
    const bool ok = pixmap.save(path);
    qInfo("%s %s (%dx%d)", ok ? "wrote" : "FAILED", qPrintable(path), pixmap.width(), pixmap.height());
    return ok;
}

// The copy desk as the support lead sees it: signed in as Sam Lee, on the live incident.
int writeCopyDesk(MainWindow& window, const QString& directory)
{
    const Store& store = window.session().store();
    for (const Person& person : store.people().all())
        if (person.name == u"Sam Lee"_s) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            window.setActor(person.id);
        }
    for (const Incident& incident : store.incidents().all())
        if (incident.isOngoing())
            window.selectIncident(incident.id);
    window.resize(1366, 768);
    window.tabs()->setCurrentWidget(window.copyDesk());
    return save(window, directory, u"copy-desk-1366x768"_s);
}

// The review queue as an approver sees it: Priya Shah, with the demo's third update waiting.
int writeReviews(MainWindow& window, const QString& directory)
{
    for (const Person& person : window.session().store().people().all())
        if (person.name == u"Priya Shah"_s) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            window.setActor(person.id);
        }
    window.resize(1366, 768);
    window.tabs()->setCurrentWidget(window.reviews());
    return save(window, directory, u"reviews-1366x768"_s);
}
// The resolved incident, whose first update went out before review: red on the timeline.
int writeEmergencyTimeline(MainWindow& window, const QString& directory)
{
    for (const Incident& incident : window.session().store().incidents().all())
        if (!incident.isOngoing())
            window.selectIncident(incident.id);
    window.resize(1366, 768);
    window.tabs()->setCurrentWidget(window.timeline());
    return save(window, directory, u"timeline-emergency-send"_s);
}

// An update going out during a bad hour: the workspace's delivery panel with each target's
// state, the one that gave up selected (Retry Now, Cancel Delivery).
int writeDeliveryProgress(MainWindow& window, const QString& directory)
{
    Session& session = window.session();
    const qint64 draftId = DeliveryProgressScene::stage(session.store(), QDateTime::currentDateTimeUtc());
    const auto draft = session.store().drafts().byId(draftId);
    if (!draft)
        return 0;
    for (const Person& person : session.store().people().all())
        if (person.name == u"Alex Morgan"_s) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            window.setActor(person.id);
        }
    window.selectIncident(draft->incidentId);
    window.tabs()->setCurrentWidget(window.workspace());
    window.workspace()->selectDraft(draftId);
    window.showOutboxState();
    window.resize(1366, 768);
    if (auto* view = window.workspace()->findChild<QTableView*>(u"deliveryView"_s))
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(Qt::DisplayRole).toString().contains(u"Teams"_s))
                view->selectRow(row);
    return save(window, directory, u"workspace-delivery-progress-1366x768"_s);
}

// People and approval rules as the administrator sees them.
int writeAdministration(MainWindow& window, const QString& directory)
{
    for (const Person& person : window.session().store().people().all())
        if (person.hasRole(Role::Administrator)) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            window.setActor(person.id);
            break;
        }
    PeopleDialog people(window.session(), *window.acting(), &window);
    int written = save(people, directory, u"dialog-people"_s);
    ApprovalRulesDialog rules(window.session(), *window.acting(), &window);
    written += save(rules, directory, u"dialog-approval-rules"_s);
    return written;
}
} // namespace

int ScreenshotWriter::writeAll(MainWindow& window, const QString& directory)
{
    int written = 0;
    window.show();
    // The workspace as its author sees it.
    for (const Person& person : window.session().store().people().all())
        if (person.name == u"Alex Morgan"_s) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            window.setActor(person.id);
        }
    for (const QSize& size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        const QString suffix = u"-%1x%2"_s.arg(size.width()).arg(size.height());
        window.tabs()->setCurrentIndex(0);
        // Every channel at the common laptop size; the large size shows the layout grows well.
        const QList<ChannelKind> channels =
            size.width() < 1600 ? allChannels() : QList<ChannelKind>{ChannelKind::Sms, ChannelKind::Email};
        for (ChannelKind channel : channels) {
            window.workspace()->showPreview(channel);
            written += save(window, directory, u"workspace-"_s + channelKey(channel) + suffix);
        }
        window.workspace()->showPreview(ChannelKind::Sms);
        window.tabs()->setCurrentIndex(1);
        written += save(window, directory, u"timeline"_s + suffix);
        window.tabs()->setCurrentIndex(0);
    }
    NewIncidentDialog newIncident(&window);
    written += save(newIncident, directory, u"dialog-new-incident"_s);
    const Session& session = window.session();
    const QList<Incident> incidents = session.store().incidents().all();
    if (!incidents.isEmpty()) {
        NewDraftDialog newDraft(session.templates(), incidents.first(), &window);
        written += save(newDraft, directory, u"dialog-new-update"_s);
    }
    ChannelSettingsDialog channels(window.session(), window.actorId(), &window);
    written += save(channels, directory, u"dialog-channels"_s);
    TemplateManagerDialog templates(window.session(), window.actorId(), &window);
    templates.selectTemplate(u"partial-outage-identified"_s);
    written += save(templates, directory, u"dialog-templates"_s);
    written += writeCopyDesk(window, directory);
    written += writeReviews(window, directory);
    written += writeEmergencyTimeline(window, directory);
    written += writeAdministration(window, directory);
    written += writeDeliveryProgress(window, directory);
    return written;
}

} // namespace Herald
