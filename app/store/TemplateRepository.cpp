#include "store/TemplateRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString columns = u"SELECT id, version, source, author_id, created_at, deleted FROM templates"_s;

StoredTemplate read(const SqlQuery& q)
{
    return StoredTemplate{q.value(0).toString(),
                          q.value(1).toInt(),
                          q.value(2).toString(),
                          q.value(3).toLongLong(),
                          SqlTime::fromText(q.value(4).toString()),
                          q.value(5).toInt() != 0};
}

QList<StoredTemplate> readAll(SqlQuery& q)
{
    QList<StoredTemplate> out;
    while (q.next())
        out << read(q);
    return out;
}

int newestVersion(const QSqlDatabase& db, const QString& id)
{
    SqlQuery q(db, u"SELECT MAX(version) FROM templates WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void insert(const QSqlDatabase& db, const StoredTemplate& t)
{
    SqlQuery(db, u"INSERT INTO templates (id, version, source, author_id, created_at, deleted) "
                 u"VALUES (:id, :v, :s, :a, :at, :d)"_s)
        .bind(u":id"_s, t.id)
        .bind(u":v"_s, t.version)
        .bind(u":s"_s, t.document)
        .bind(u":a"_s, t.authorId)
        .bind(u":at"_s, SqlTime::toText(t.createdAt))
        .bind(u":d"_s, t.deleted ? 1 : 0)
        .exec();
}
} // namespace

int TemplateRepository::save(const StoredTemplate& storedTemplate) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    StoredTemplate row = storedTemplate;
    row.version = std::max(storedTemplate.version, newestVersion(db, storedTemplate.id) + 1);
    row.deleted = false;
    insert(db, row);
    transaction.commit();
    return row.version;
}

QList<StoredTemplate> TemplateRepository::latest() const
{
    SqlQuery q(m_db.connection(), columns + u" t WHERE version = (SELECT MAX(version) FROM templates "
                                            u"WHERE id = t.id) AND deleted = 0 ORDER BY id"_s);
    q.exec();
    return readAll(q);
}

QList<StoredTemplate> TemplateRepository::all() const
{
    SqlQuery q(m_db.connection(), columns + u" ORDER BY id, version"_s);
    q.exec();
    return readAll(q);
}

std::optional<StoredTemplate> TemplateRepository::get(const QString& id, int version) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id AND version = :v"_s);
    q.bind(u":id"_s, id).bind(u":v"_s, version).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

int TemplateRepository::remove(const QString& id, qint64 authorId, const QDateTime& at) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QList<StoredTemplate> versions = history(id);
    if (versions.isEmpty() || versions.last().deleted)
        return 0;
    // The tombstone keeps the last text, so the history reads as what was deleted.
    StoredTemplate tombstone = versions.last();
    tombstone.version += 1;
    tombstone.authorId = authorId;
    tombstone.createdAt = at;
    tombstone.deleted = true;
    insert(db, tombstone);
    transaction.commit();
    return tombstone.version;
}

QList<StoredTemplate> TemplateRepository::history(const QString& id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id ORDER BY version"_s);
    q.bind(u":id"_s, id).exec();
    return readAll(q);
}

} // namespace Herald
