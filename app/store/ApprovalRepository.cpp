#include "store/ApprovalRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString messagesToText(const QList<ChannelMessage>& messages)
{
    QJsonArray array;
    for (const ChannelMessage& m : messages)
        array << QJsonObject{{u"channel"_s, channelKey(m.channel)},
                             {u"title"_s, m.title},
                             {u"text"_s, m.text},
                             {u"html"_s, m.html},
                             {u"wire"_s, QString::fromUtf8(m.wire)}};
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ChannelMessage> messagesFromText(const QString& text)
{
    QList<ChannelMessage> messages;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        const auto channel = channelFromKey(o.value(u"channel"_s).toString());
        if (!channel)
            continue;
        messages << ChannelMessage{*channel, o.value(u"title"_s).toString(), o.value(u"text"_s).toString(),
                                   o.value(u"html"_s).toString(), o.value(u"wire"_s).toString().toUtf8()};
    }
    return messages;
}

const QString columns = u"SELECT id, draft_id, revision, content_hash, approver_id, comment, approved_at, "
                        u"voided, kind, messages FROM approvals"_s;

Approval read(const SqlQuery& q)
{
    Approval a;
    a.id = q.value(0).toLongLong();
    a.draftId = q.value(1).toLongLong();
    a.revision = q.value(2).toInt();
    a.contentHash = q.value(3).toString().toLatin1();
    a.approverId = q.value(4).toLongLong();
    a.comment = q.value(5).toString();
    a.approvedAt = SqlTime::fromText(q.value(6).toString());
    a.voided = q.value(7).toInt() != 0;
    a.kind = approvalKindFromKey(q.value(8).toString()).value_or(ApprovalKind::Review);
    a.messages = messagesFromText(q.value(9).toString());
    return a;
}
} // namespace

qint64 ApprovalRepository::add(const Approval& approval) const
{
    SqlQuery q(m_db.connection(), u"INSERT INTO approvals (draft_id, revision, content_hash, approver_id, "
                                  u"comment, approved_at, voided, kind, messages) "
                                  u"VALUES (:d, :r, :h, :a, :c, :at, 0, :k, :m)"_s);
    q.bind(u":d"_s, approval.draftId)
        .bind(u":r"_s, approval.revision)
        .bind(u":h"_s, QString::fromLatin1(approval.contentHash))
        .bind(u":a"_s, approval.approverId)
        .bind(u":c"_s, approval.comment)
        .bind(u":at"_s, SqlTime::toText(approval.approvedAt))
        .bind(u":k"_s, approvalKindKey(approval.kind))
        .bind(u":m"_s, messagesToText(approval.messages))
        .exec();
    return q.lastInsertId();
}

std::optional<Approval> ApprovalRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Approval> ApprovalRepository::forDraft(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE draft_id = :d ORDER BY id"_s);
    q.bind(u":d"_s, draftId).exec();
    QList<Approval> approvals;
    while (q.next())
        approvals << read(q);
    return approvals;
}

int ApprovalRepository::voidAll(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), u"UPDATE approvals SET voided = 1 WHERE draft_id = :d AND voided = 0"_s);
    q.bind(u":d"_s, draftId).exec();
    return q.rowsAffected();
}

} // namespace Herald
