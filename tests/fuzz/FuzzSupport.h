#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: an application object (KTextTemplate finds its tag plugins
// through it) and a check that aborts with a message, so libFuzzer records the input.
namespace HeraldFuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "herald-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

[[noreturn]] inline void fail(const QString& what)
{
    std::fprintf(stderr, "herald fuzz: %s\n", what.toUtf8().constData());
    std::abort();
}

inline void require(bool condition, const QString& what)
{
    if (!condition)
        fail(what);
}

} // namespace HeraldFuzz
