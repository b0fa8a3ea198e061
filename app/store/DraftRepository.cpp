#include "store/DraftRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString columns = u"SELECT id, incident_id, template_id, template_version, state, author_id, channels, "
                        u"revision, created_at, updated_at FROM drafts"_s;

Draft read(const SqlQuery& q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.incidentId = q.value(1).toLongLong();
    d.templateId = q.value(2).toString();
    d.templateVersion = q.value(3).toInt();
    d.state = draftStateFromKey(q.value(4).toString()).value_or(DraftState::Draft);
    d.authorId = q.value(5).toLongLong();
    const QStringList keys = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& key : keys)
        if (auto channel = channelFromKey(key))
            d.channels << *channel;
    d.revision = q.value(7).toInt();
    d.createdAt = SqlTime::fromText(q.value(8).toString());
    d.updatedAt = SqlTime::fromText(q.value(9).toString());
    return d;
}

QString channelKeys(const QList<ChannelKind>& channels)
{
    QStringList keys;
    for (ChannelKind channel : channels)
        keys << channelKey(channel);
    return keys.join(u',');
}
} // namespace

qint64 DraftRepository::add(const Draft& draft) const
{
    SqlQuery q(m_db.connection(),
               u"INSERT INTO drafts (incident_id, template_id, template_version, state, author_id, channels, "
               u"revision, created_at, updated_at) VALUES (:i, :t, :v, :s, :a, :c, 0, :at, :at)"_s);
    q.bind(u":i"_s, draft.incidentId)
        .bind(u":t"_s, draft.templateId)
        .bind(u":v"_s, draft.templateVersion)
        .bind(u":s"_s, draftStateKey(draft.state))
        .bind(u":a"_s, draft.authorId)
        .bind(u":c"_s, channelKeys(draft.channels))
        .bind(u":at"_s, SqlTime::toText(draft.createdAt))
        .exec();
    return q.lastInsertId();
}

std::optional<Draft> DraftRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Draft> DraftRepository::forIncident(qint64 incidentId) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE incident_id = :id ORDER BY id DESC"_s);
    q.bind(u":id"_s, incidentId).exec();
    QList<Draft> drafts;
    while (q.next())
        drafts << read(q);
    return drafts;
}

void DraftRepository::setState(qint64 id, DraftState state, const QDateTime& at) const
{
    SqlQuery(m_db.connection(), u"UPDATE drafts SET state = :s, updated_at = :at WHERE id = :id"_s)
        .bind(u":s"_s, draftStateKey(state))
        .bind(u":at"_s, SqlTime::toText(at))
        .bind(u":id"_s, id)
        .exec();
}

void DraftRepository::addRevision(DraftRevision& revision) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery next(db, u"SELECT revision FROM drafts WHERE id = :id"_s);
    next.bind(u":id"_s, revision.draftId).exec();
    revision.number = next.next() ? next.value(0).toInt() + 1 : 1;
    const QByteArray variables =
        QJsonDocument(QJsonObject::fromVariantMap(revision.content.variables)).toJson(QJsonDocument::Compact);
    QJsonObject texts;
    for (auto it = revision.content.texts.cbegin(); it != revision.content.texts.cend(); ++it)
        texts.insert(it.key(), it.value());
    SqlQuery q(db, u"INSERT INTO draft_revisions (draft_id, number, variables, texts, author_id, created_at) "
                   u"VALUES (:d, :n, :v, :t, :a, :at)"_s);
    q.bind(u":d"_s, revision.draftId)
        .bind(u":n"_s, revision.number)
        .bind(u":v"_s, QString::fromUtf8(variables))
        .bind(u":t"_s, QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact)))
        .bind(u":a"_s, revision.authorId)
        .bind(u":at"_s, SqlTime::toText(revision.createdAt))
        .exec();
    revision.id = q.lastInsertId();
    SqlQuery(db, u"UPDATE drafts SET revision = :n, updated_at = :at WHERE id = :id"_s)
        .bind(u":n"_s, revision.number)
        .bind(u":at"_s, SqlTime::toText(revision.createdAt))
        .bind(u":id"_s, revision.draftId)
        .exec();
}

std::optional<DraftRevision> DraftRepository::revision(qint64 draftId, int number) const
{
    SqlQuery q(m_db.connection(), u"SELECT id, variables, author_id, created_at, texts FROM draft_revisions "
                                  u"WHERE draft_id = :d AND number = :n"_s);
    q.bind(u":d"_s, draftId).bind(u":n"_s, number).exec();
    if (!q.next())
        return std::nullopt;
    DraftRevision r;
    r.id = q.value(0).toLongLong();
    r.draftId = draftId;
    r.number = number;
    r.content.variables = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().toVariantMap();
    const QJsonObject texts = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        r.content.texts.insert(it.key(), it.value().toString());
    r.authorId = q.value(2).toLongLong();
    r.createdAt = SqlTime::fromText(q.value(3).toString());
    return r;
}

QList<qint64> DraftRepository::revisionAuthors(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), u"SELECT DISTINCT author_id FROM draft_revisions WHERE draft_id = :d "
                                  u"UNION SELECT author_id FROM drafts WHERE id = :d"_s);
    q.bind(u":d"_s, draftId).exec();
    QList<qint64> authors;
    while (q.next())
        authors << q.value(0).toLongLong();
    return authors;
}

} // namespace Herald
