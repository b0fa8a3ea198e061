#pragma once

#include <QCoreApplication>
#include <QString>

namespace Herald {

class ChangeNotifier;
class Clock;
class Store;
class TemplateLibrary;

// Templates people write in the app: each save, import, copy or delete is a new stored version
// (nothing is overwritten, so drafts keep the version they started from) and a settings event
// on the timeline. The library is reloaded after each change. Failures throw HeraldError.
class TemplateService {
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    TemplateService(const Store& store, TemplateLibrary& library, const Clock& clock,
                    ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_library(library)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // Shipped templates plus every stored version.
    void reload() const;
    // Saves a template file's text as the next version of its id; refused with every problem
    // (line:column) when it does not parse. Returns the id.
    QString save(const QString& document, qint64 authorId) const;
    QString importFile(const QString& path, qint64 authorId) const;
    QString duplicate(const QString& id, qint64 authorId) const;
    void remove(const QString& id, qint64 authorId) const;
    void exportTo(const QString& id, const QString& path) const;
    // The file text of the current version, to edit.
    QString document(const QString& id) const;
    // True when the current version was written in the app, not shipped.
    bool isStored(const QString& id) const;

private:
    void store(const QString& id, int version, const QString& document, qint64 authorId,
               const QString& summary) const;

    const Store& m_store;
    TemplateLibrary& m_library;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
