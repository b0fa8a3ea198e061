#pragma once

#include "domain/ApprovalPolicy.h"

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Identity;
class Store;
struct Draft;

// Reads and changes the approval rules. Only an administrator changes them, and every change is
// a timeline event carrying the whole new policy, so the trail shows which rules applied when.
class ApprovalPolicyService {
    Q_DECLARE_TR_FUNCTIONS(ApprovalPolicyService)

public:
    ApprovalPolicyService(const Store& store, const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    ApprovalPolicy current() const;
    // What the draft needs under the current rules: its template's audience, its incident's kind
    // and severity, and its channels.
    ApprovalRequirement requirementFor(const Draft& draft, Audience audience) const;
    // Throws HeraldError unless the actor is an administrator and the policy is valid.
    int change(const ApprovalPolicy& policy, const Identity& actor) const;

private:
    const Store& m_store;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
