#pragma once

#include "domain/MessageTemplate.h"
#include "domain/StoredTemplate.h"
#include "templating/TemplateProblem.h"

#include <QCoreApplication>
#include <QList>

#include <expected>

namespace Herald {

// The templates a person can start a draft from: the shipped ones and those people wrote in the
// app (saved in the database as StoredTemplate versions). A stored template with the id of a
// shipped one replaces it when its version is newer. A broken file is reported and skipped; the
// others still load.
//
// The library does not touch the database (it sits below the store): import and duplicate give
// the StoredTemplate to save with TemplateRepository::save, and addStored takes what the
// repository returns.
class TemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)

public:
    // The templates shipped with Herald (compiled in from templates/).
    static TemplateLibrary shipped();

    void loadDirectory(const QString& path);
    void loadFile(const QString& path);
    void add(const MessageTemplate& messageTemplate);
    // Stored versions (any order, any mix of ids; tombstones included): the newest version of
    // each id replaces a shipped template with an older version, and a tombstone removes the
    // stored template (the shipped one, if any, comes back). Every stored version stays
    // findable by find(id, version), for drafts made from it.
    void addStored(const QList<StoredTemplate>& versions);

    const QList<MessageTemplate>& templates() const { return m_templates; }
    const QList<TemplateProblem>& problems() const { return m_problems; }
    // The current template with this id.
    const MessageTemplate* find(const QString& id) const;
    // A given version, current or not (what a draft was started from).
    const MessageTemplate* find(const QString& id, int version) const;

    // Reads and checks a template file; every problem when it is not valid.
    static std::expected<MessageTemplate, QList<TemplateProblem>> readFile(const QString& path);
    // A file to import: checked, then given the next version after any template with its id, for
    // TemplateRepository::save. Refused with the problems when invalid.
    std::expected<StoredTemplate, QList<TemplateProblem>> prepareImport(const QString& path, qint64 authorId,
                                                                        const QDateTime& at) const;
    // A copy of a template as "<id>-copy" (or "-copy-2", ...), version 1, named "... (copy)".
    std::expected<StoredTemplate, QString> duplicate(const QString& id, qint64 authorId,
                                                     const QDateTime& at) const;
    // Writes the template's file text (shipped ones too); an error message on failure.
    std::expected<void, QString> exportTo(const QString& id, int version, const QString& path) const;
    // The next version to save for an id: one after the newest shipped or stored one.
    int nextVersion(const QString& id) const;

    // The document with its "version:" and "id:" lines set, so an exported file says what it is.
    static QString withIdAndVersion(QString document, const QString& id, int version);

private:
    QList<MessageTemplate> m_templates;
    QList<MessageTemplate> m_shipped; // as loaded from files, for when a stored one is deleted
    QList<MessageTemplate> m_stored;  // every stored version that parses
    QList<TemplateProblem> m_problems;
};

} // namespace Herald
