#include "domain/Approval.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<ApprovalKind, 3> table("ApprovalKind",
                                          {{
                                              {ApprovalKind::Review, u"review", "Review"},
                                              {ApprovalKind::Policy, u"policy", "Policy"},
                                              {ApprovalKind::Emergency, u"emergency", "Emergency"},
                                          }});
} // namespace

QString approvalKindKey(ApprovalKind kind)
{
    return table.key(kind);
}

std::optional<ApprovalKind> approvalKindFromKey(QStringView key)
{
    return table.fromKey(key);
}

} // namespace Herald
