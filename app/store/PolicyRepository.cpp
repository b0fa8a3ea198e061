#include "store/PolicyRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald {

std::optional<ApprovalPolicy> PolicyRepository::current() const
{
    SqlQuery q(m_db.connection(), u"SELECT policy FROM approval_policies ORDER BY version DESC LIMIT 1"_s);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return ApprovalPolicy::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

int PolicyRepository::add(const ApprovalPolicy& policy, qint64 changedBy, const QDateTime& at) const
{
    SqlQuery q(m_db.connection(), u"INSERT INTO approval_policies (policy, changed_by, changed_at) "
                                  u"VALUES (:p, :b, :at)"_s);
    q.bind(u":p"_s, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)))
        .bind(u":b"_s, changedBy)
        .bind(u":at"_s, SqlTime::toText(at))
        .exec();
    return int(q.lastInsertId());
}

} // namespace Herald
