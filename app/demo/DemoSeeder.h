#pragma once

#include <QDateTime>

namespace Herald {

class Store;
class TemplateLibrary;

// Writes the demo history a newcomer sees on first run: a payments API partial outage, two
// hours old, with two approved and delivered updates and a third waiting for review, plus a
// resolved incident from last week. It goes through the real workflow, so the timeline and
// its hash chain are genuine.
class DemoSeeder {
public:
    // Every demo person's passphrase; it is published, so demo hashes are cheap.
    static inline const QString passphrase = QStringLiteral("herald-demo");

    // `now` is the moment the demo should look current at.
    static void seed(const Store& store, const TemplateLibrary& templates, const QDateTime& now);
};

} // namespace Herald
