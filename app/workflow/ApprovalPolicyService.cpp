#include "workflow/ApprovalPolicyService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DecisionGuard.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

ApprovalPolicy ApprovalPolicyService::current() const
{
    return m_store.policies().current().value_or(ApprovalPolicy::defaults());
}

ApprovalRequirement ApprovalPolicyService::requirementFor(const Draft& draft, Audience audience) const
{
    const auto incident = m_store.incidents().byId(draft.incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(draft.incidentId));
    return current().requirementFor(audience, incident->kind, incident->severity, draft.channels);
}

int ApprovalPolicyService::change(const ApprovalPolicy& policy, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Person admin =
        DecisionGuard(m_store, m_clock).require(actor, Role::Administrator, tr("change the approval rules"));
    for (qint64 backupId : policy.backupApprovers) {
        const auto backup = m_store.people().byId(backupId);
        if (!backup)
            throw HeraldError(tr("Backup approver #%1 does not exist.").arg(backupId));
        if (!backup->canApprove())
            throw HeraldError(tr("%1 cannot be a backup approver: give them the approver or incident "
                                 "manager role first.")
                                  .arg(backup->name));
    }
    if (policy.rules.isEmpty())
        throw HeraldError(tr("The approval policy needs at least one rule."));
    const int version = m_store.policies().add(policy, admin.id, m_clock.now());
    TimelineRecorder(m_store, m_clock)
        .record(0, admin.id, TimelineEventType::PolicyChanged,
                tr("Changed the approval rules (version %1)").arg(version),
                {{u"version"_s, version}, {u"policy"_s, policy.toJson()}});
    transaction.commit();
    if (m_notifier)
        Q_EMIT m_notifier->timelineAppended(0);
    return version;
}

} // namespace Herald
