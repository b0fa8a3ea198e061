// What the previews cost per refresh: rendering a 2 KB draft for every channel and running every
// wording check on the result. Prints the median and the 99th percentile over 500 runs.

#include "base/ManualClock.h"
#include "channels/UpdateComposer.h"
#include "checks/WordingChecker.h"
#include "templating/TemplateLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const TemplateLibrary templates = TemplateLibrary::shipped();
    const MessageTemplate* t = templates.find(u"partial-outage-identified"_s);
    if (!t)
        return 1;
    Incident incident;
    incident.id = 2;
    incident.title = u"Card payments failing"_s;
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Identified;
    incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                           {u"Dashboard"_s, ComponentImpact::DegradedPerformance}};
    QVariantMap values;
    for (const TemplateVariable& v : t->variables)
        values.insert(v.name, v.example);
    // Grow what customers notice until the base text is 2 KB, as a long real update is.
    const QString sentence =
        u"Some card payments are declined at checkout, and customers may see the message "
        u"\"payment could not be completed\". "_s;
    QString impact = values.value(u"impact"_s).toString();
    const UpdateComposer composer;
    const QList<ChannelKind> channels = allChannels();
    while (composer.compose(*t, incident, values, {ChannelKind::Email}).messages.first().text.size() < 2048) {
        impact += u' ' + sentence;
        values.insert(u"impact"_s, impact);
    }
    const WordingChecker checker;

    constexpr int runs = 500;
    QList<double> renderMs;
    QList<double> composeMs;
    QElapsedTimer timer;
    int findings = 0;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const ComposedUpdate update = composer.compose(*t, incident, values, channels);
        composeMs << double(timer.nsecsElapsed()) / 1e6;
        findings = int(checker.check(update, incident, composer).size());
        renderMs << double(timer.nsecsElapsed()) / 1e6;
        if (update.messages.size() != channels.size())
            return 1;
    }
    std::printf("render-draft-bytes: %d\n", int(composer.compose(*t, incident, values, {ChannelKind::Email})
                                                    .messages.first()
                                                    .text.toUtf8()
                                                    .size()));
    std::printf("render-channels: %d\n", int(channels.size()));
    std::printf("render-findings: %d\n", findings);
    std::printf("compose-all-channels-median-ms: %.3f\n", percentile(composeMs, 50));
    std::printf("render-all-channels-median-ms: %.3f\n", percentile(renderMs, 50));
    std::printf("render-all-channels-p99-ms: %.3f\n", percentile(renderMs, 99));
    return 0;
}
