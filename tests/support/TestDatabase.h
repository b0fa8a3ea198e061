#pragma once

#include "base/ManualClock.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <memory>

namespace Herald::Test {

// A fresh database in its own temporary folder (or the file at `path`, e.g. in a child process a
// test starts), with a manual clock at a fixed moment.
class TestDatabase {
public:
    explicit TestDatabase(const QString& path = {});
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Store& store() { return *m_store; }
    ManualClock& clock() { return m_clock; }
    static QDateTime epoch();

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
};

} // namespace Herald::Test
