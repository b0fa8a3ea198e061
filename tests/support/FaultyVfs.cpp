#include "FaultyVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace Herald::Test::FaultyVfs {

namespace {
std::atomic<Fault> current = Fault::None;
std::atomic<int> failures = 0;
sqlite3_vfs* real = nullptr;
sqlite3_vfs faulty;

// A file of the faulty VFS: the real file's handle follows this header in the same allocation.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

int writeFailure()
{
    switch (current.load()) {
    case Fault::None:
        return SQLITE_OK;
    case Fault::DiskFull:
        ++failures;
        return SQLITE_FULL;
    case Fault::IoError:
        ++failures;
        return SQLITE_IOERR_WRITE;
    }
    return SQLITE_OK;
}

int fileClose(sqlite3_file* f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int fileRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int fileWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (const int failure = writeFailure())
        return failure;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int fileTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (const int failure = writeFailure())
        return failure == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int fileSync(sqlite3_file* f, int flags)
{
    if (current.load() == Fault::IoError) {
        ++failures;
        return SQLITE_IOERR_FSYNC;
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int fileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int fileLock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int fileUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int fileCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int fileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int fileSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int fileDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int fileShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int fileShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void fileShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int fileShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int fileFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int fileUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

// Version 3 methods (shared memory for WAL, memory-mapped reads), all passed through but
// writes and syncs.
const sqlite3_io_methods methods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<File*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    const int rc = real->xOpen(real, name, wrapper->real, flags, outFlags);
    // Without methods SQLite does not call xClose; with them, every call goes to the real file.
    wrapper->base.pMethods = wrapper->real->pMethods ? &methods : nullptr;
    return rc;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return real->xDelete(real, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return real->xAccess(real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return real->xFullPathname(real, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return real->xDlOpen(real, name);
}
void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    real->xDlError(real, size, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return real->xDlSym(real, handle, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* handle)
{
    real->xDlClose(real, handle);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return real->xRandomness(real, size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return real->xSleep(real, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return real->xCurrentTime(real, out);
}
int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return real->xCurrentTimeInt64(real, out);
}
} // namespace

void install()
{
    if (real)
        return;
    real = sqlite3_vfs_find(nullptr);
    std::memset(&faulty, 0, sizeof faulty);
    faulty.iVersion = 2;
    faulty.szOsFile = int(sizeof(File)) + real->szOsFile;
    faulty.mxPathname = real->mxPathname;
    faulty.zName = "herald-faulty";
    faulty.xOpen = vfsOpen;
    faulty.xDelete = vfsDelete;
    faulty.xAccess = vfsAccess;
    faulty.xFullPathname = vfsFullPathname;
    faulty.xDlOpen = vfsDlOpen;
    faulty.xDlError = vfsDlError;
    faulty.xDlSym = vfsDlSym;
    faulty.xDlClose = vfsDlClose;
    faulty.xRandomness = vfsRandomness;
    faulty.xSleep = vfsSleep;
    faulty.xCurrentTime = vfsCurrentTime;
    faulty.xGetLastError = vfsGetLastError;
    faulty.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    sqlite3_vfs_register(&faulty, 1);
}

void set(Fault fault)
{
    current = fault;
}

int injected()
{
    return failures;
}

} // namespace Herald::Test::FaultyVfs
