#pragma once

namespace Herald::Test::FaultyVfs {

// What the disk does from now on.
enum class Fault {
    None,     // works
    DiskFull, // every write fails as on a full disk (SQLITE_FULL)
    IoError,  // every write and sync fails with an I/O error
};

// Puts a VFS in front of SQLite's default one and makes it the default, so every connection
// opened afterwards (Qt's included: the QSQLITE driver uses the system SQLite) reads and writes
// through it. Call before opening the database under test; installing twice does nothing.
void install();
void set(Fault fault);
// How many reads or writes failed because of set() so far.
int injected();

} // namespace Herald::Test::FaultyVfs
