#include "workflow/TemplateService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "templating/TemplateLibrary.h"
#include "templating/TemplateParser.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString describe(const QList<TemplateProblem>& problems)
{
    QStringList lines;
    for (const TemplateProblem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}
} // namespace

void TemplateService::reload() const
{
    m_library = TemplateLibrary::shipped();
    m_library.addStored(m_store.templates().all());
}

void TemplateService::store(const QString& id, int version, const QString& document, qint64 authorId,
                            const QString& summary) const
{
    Transaction transaction(m_store.connection());
    const int saved =
        m_store.templates().save(StoredTemplate{id, version, document, authorId, m_clock.now(), false});
    TimelineRecorder(m_store, m_clock)
        .record(0, authorId, TimelineEventType::TemplateSaved, summary.arg(saved),
                {{u"template"_s, id}, {u"version"_s, saved}});
    transaction.commit();
    reload();
    if (m_notifier)
        Q_EMIT m_notifier->templatesChanged();
}

QString TemplateService::save(const QString& document, qint64 authorId) const
{
    const auto parsed = TemplateParser::parseAll(document.toUtf8(), tr("template"));
    if (!parsed)
        throw HeraldError(tr("The template was not saved:\n%1").arg(describe(parsed.error())));
    const int version = m_library.nextVersion(parsed->id);
    store(parsed->id, version, TemplateLibrary::withIdAndVersion(document, parsed->id, version), authorId,
          tr("Saved template \"%1\" (version %2)").arg(parsed->name, u"%1"_s));
    return parsed->id;
}

QString TemplateService::importFile(const QString& path, qint64 authorId) const
{
    const auto prepared = m_library.prepareImport(path, authorId, m_clock.now());
    if (!prepared)
        throw HeraldError(tr("%1 was not imported:\n%2").arg(path, describe(prepared.error())));
    store(prepared->id, prepared->version, prepared->document, authorId,
          tr("Imported template \"%1\" (version %2)").arg(prepared->id, u"%1"_s));
    return prepared->id;
}

QString TemplateService::duplicate(const QString& id, qint64 authorId) const
{
    const auto copy = m_library.duplicate(id, authorId, m_clock.now());
    if (!copy)
        throw HeraldError(copy.error());
    store(copy->id, copy->version, copy->document, authorId,
          tr("Copied template \"%1\" as \"%2\" (version %3)").arg(id, copy->id, u"%1"_s));
    return copy->id;
}

void TemplateService::remove(const QString& id, qint64 authorId) const
{
    Transaction transaction(m_store.connection());
    const int version = m_store.templates().remove(id, authorId, m_clock.now());
    if (version == 0)
        throw HeraldError(
            tr("\"%1\" is a shipped template; only templates written in Herald can be deleted.").arg(id));
    TimelineRecorder(m_store, m_clock)
        .record(0, authorId, TimelineEventType::TemplateDeleted, tr("Deleted template \"%1\"").arg(id),
                {{u"template"_s, id}, {u"version"_s, version}});
    transaction.commit();
    reload();
    if (m_notifier)
        Q_EMIT m_notifier->templatesChanged();
}

void TemplateService::exportTo(const QString& id, const QString& path) const
{
    const MessageTemplate* current = m_library.find(id);
    if (!current)
        throw HeraldError(tr("There is no template \"%1\".").arg(id));
    if (const auto written = m_library.exportTo(id, current->version, path); !written)
        throw HeraldError(written.error());
}

QString TemplateService::document(const QString& id) const
{
    const MessageTemplate* current = m_library.find(id);
    if (!current)
        throw HeraldError(tr("There is no template \"%1\".").arg(id));
    return current->document;
}

bool TemplateService::isStored(const QString& id) const
{
    for (const StoredTemplate& stored : m_store.templates().latest())
        if (stored.id == id)
            return true;
    return false;
}

} // namespace Herald
