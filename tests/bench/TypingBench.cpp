// The longest time the UI thread is busy while someone types 500 characters into a 10 KB draft
// with every channel's preview open: the stall a person would feel as a lag. A zero-interval
// timer ticks on every pass of the event loop; the longest gap between ticks is the stall.

#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "demo/DemoSeeder.h"
#include "editor/TemplateEditor.h"
#include "identity/ActingPerson.h"
#include "session/Session.h"
#include "workspace/DraftEditor.h"
#include "workspace/WorkspaceWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
    Session session(Database::open(dir.filePath(u"t.sqlite"_s), clock), clock, Dispatcher::Options{});
    DemoSeeder::seed(session.store(), session.templates(), clock.now());
    ActingPerson acting(session);
    for (const Person& p : session.store().people().all())
        if (p.hasRole(Role::CommunicationsManager)) {
            Dialogs::setNextPassphrase(DemoSeeder::passphrase);
            acting.signIn(nullptr, p.id);
        }
    WorkspaceWidget workspace(session, acting);
    workspace.resize(1366, 768);
    workspace.show();
    if (!QTest::qWaitForWindowExposed(&workspace))
        return 1;
    for (const Incident& incident : session.store().incidents().all())
        if (incident.isOngoing())
            workspace.setIncident(incident.id);
    for (const Draft& d : session.store().drafts().forIncident(workspace.currentIncidentId()))
        if (d.templateId == u"partial-outage-monitoring"_s) // the update in review
            workspace.selectDraft(d.id);
    DraftEditor* draft = workspace.editor();
    draft->showPart(u"body"_s);
    TemplateEditor* editor = draft->editor();

    // A 10 KB base text: the template's own, then paragraphs of a long incident report.
    QString text = editor->toPlainText();
    const QString paragraph =
        u"\n\nCustomers who pay by card may see the payment declined at checkout. Bank "
        u"transfers and saved payment methods are working as usual. We are working with our "
        u"card network provider on a fix and will post the next update by {{ next_update }}."_s;
    while (text.toUtf8().size() < 10 * 1024)
        text += paragraph;
    editor->setPlainText(text);
    QTest::qWait(300);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);

    QElapsedTimer clockTick;
    qint64 maxGapNs = 0;
    qint64 lastNs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clockTick.nsecsElapsed();
        maxGapNs = std::max(maxGapNs, now - lastNs);
        lastNs = now;
    });
    const QString typed = u"We are sorry for the trouble. "_s;
    clockTick.start();
    heartbeat.start();
    // About seven keys a second: each key is followed by a full preview refresh, the worst case.
    const int characters = qEnvironmentVariableIntValue("HERALD_TYPING_CHARACTERS") > 0 // for profiling
                               ? qEnvironmentVariableIntValue("HERALD_TYPING_CHARACTERS")
                               : 500;
    for (int i = 0; i < characters; ++i) {
        QTest::keyClick(editor, typed.at(i % typed.size()).toLatin1());
        QTest::qWait(130);
    }
    heartbeat.stop();
    const QString finalText = editor->toPlainText();
    std::printf("typing-draft-bytes: %d\n", int(finalText.toUtf8().size()));
    std::printf("typing-characters: %d\n", characters);
    std::printf("typing-max-stall-ms: %.1f\n", double(maxGapNs) / 1e6);
    return finalText.size() == text.size() + characters ? 0 : 1;
}
