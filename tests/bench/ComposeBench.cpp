// How long composing an update for every channel takes: what the preview costs per keystroke.

#include "base/ManualClock.h"
#include "channels/UpdateComposer.h"
#include "demo/DemoSeeder.h"
#include "support/TestDatabase.h"
#include "templating/TemplateLibrary.h"
#include "workflow/DraftService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Herald;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Test::TestDatabase db;
    const TemplateLibrary templates = TemplateLibrary::shipped();
    const UpdateComposer composer;
    DemoSeeder::seed(db.store(), templates, db.clock().now());
    const DraftService drafts(db.store(), templates, composer, db.clock());
    const Draft draft = db.store().drafts().forIncident(2).first(); // the update being written
    const DraftContent content = drafts.content(draft);

    constexpr int runs = 500;
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const ComposedUpdate update = drafts.compose(draft, content);
        ms << double(timer.nsecsElapsed()) / 1e6;
        if (update.messages.size() != draft.channels.size())
            return 1;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("compose-channels: %d\n", int(draft.channels.size()));
    std::printf("compose-all-channels-median-ms: %.3f\n", ms.at(runs / 2));
    std::printf("compose-all-channels-p99-ms: %.3f\n", ms.at(runs * 99 / 100));
    return 0;
}
