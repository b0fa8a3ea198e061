#include "store/ApprovalRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

using namespace Qt::StringLiterals;

namespace Herald {

qint64 ApprovalRepository::add(const Approval& approval) const
{
    SqlQuery q(m_db.connection(), u"INSERT INTO approvals (draft_id, revision, content_hash, approver_id, "
                                  u"comment, approved_at, voided) VALUES (:d, :r, :h, :a, :c, :at, 0)"_s);
    q.bind(u":d"_s, approval.draftId)
        .bind(u":r"_s, approval.revision)
        .bind(u":h"_s, QString::fromLatin1(approval.contentHash))
        .bind(u":a"_s, approval.approverId)
        .bind(u":c"_s, approval.comment)
        .bind(u":at"_s, SqlTime::toText(approval.approvedAt))
        .exec();
    return q.lastInsertId();
}

QList<Approval> ApprovalRepository::forDraft(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), u"SELECT id, revision, content_hash, approver_id, comment, approved_at, "
                                  u"voided FROM approvals WHERE draft_id = :d ORDER BY id"_s);
    q.bind(u":d"_s, draftId).exec();
    QList<Approval> approvals;
    while (q.next()) {
        Approval a;
        a.id = q.value(0).toLongLong();
        a.draftId = draftId;
        a.revision = q.value(1).toInt();
        a.contentHash = q.value(2).toString().toLatin1();
        a.approverId = q.value(3).toLongLong();
        a.comment = q.value(4).toString();
        a.approvedAt = SqlTime::fromText(q.value(5).toString());
        a.voided = q.value(6).toInt() != 0;
        approvals << a;
    }
    return approvals;
}

int ApprovalRepository::voidAll(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), u"UPDATE approvals SET voided = 1 WHERE draft_id = :d AND voided = 0"_s);
    q.bind(u":d"_s, draftId).exec();
    return q.rowsAffected();
}

} // namespace Herald
