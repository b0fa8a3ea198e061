#pragma once

#include "channels/ComposedUpdate.h"
#include "checks/WordingChecker.h"
#include "domain/ApprovalPolicy.h"
#include "domain/ChannelEndpoint.h"
#include "domain/Draft.h"
#include "domain/DraftContent.h"
#include "templating/TemplateChecker.h"
#include "workflow/DraftPermissions.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Herald {

class ApprovalPolicyService;
class ChangeNotifier;
class Clock;
class Identity;
class Store;
class TemplateLibrary;
class UpdateComposer;
struct Approval;
struct Person;

// How far a draft in review is from approved.
struct ApprovalProgress {
    ApprovalRequirement requirement;
    QList<qint64> approvers; // distinct, not authors, for the current content
    bool approverRoleMet = false;

    bool isComplete() const
    {
        return approvers.size() >= requirement.approvals &&
               (!requirement.needsApproverRole || approverRoleMet);
    }
};

// The life of an update: draft, revise, submit, approve or send back, send. Every rule is
// enforced here, not in the UI: nobody approves text they wrote or submitted, an approval
// covers exactly the content hash it was given, the approval rules decide how many approvals
// an update needs, and nothing is sent without them (or an audited emergency reason).
// Decisions take an Identity proven moments ago. Every step is a timeline event committed
// with the change. Failures throw HeraldError.
class DraftService {
    Q_DECLARE_TR_FUNCTIONS(DraftService)

public:
    DraftService(const Store& store, const TemplateLibrary& templates, const UpdateComposer& composer,
                 const ApprovalPolicyService& policies, const Clock& clock,
                 ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_templates(templates)
        , m_composer(composer)
        , m_policies(policies)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // Starts a draft from a template, with its default values as revision 1.
    qint64 create(qint64 incidentId, const QString& templateId, const QList<ChannelKind>& channels,
                  const Identity& author) const;
    // Saves the content as a new revision when it differs from the latest. Editing a draft
    // that is in review or approved takes it back to draft and voids its approvals.
    int save(qint64 draftId, const DraftContent& content, const Identity& author) const;
    // Asks for review, with a due time by severity; when the rules ask for no review, the
    // update is approved by policy at once.
    void submit(qint64 draftId, const Identity& actor) const;
    void approve(qint64 draftId, const Identity& approver, const QString& comment) const;
    void requestChanges(qint64 draftId, const Identity& reviewer, const QString& comment) const;
    void withdraw(qint64 draftId, const Identity& actor, const QString& reason) const;
    // Writes one outbox row per channel target, in the transaction that marks the draft as
    // sending. The dispatcher takes it from there.
    void send(qint64 draftId, const Identity& actor) const;
    // "Send now, review after": for when waiting would do more harm. Needs a written reason
    // and the communications or incident manager role; opens a mandatory after-send review.
    void sendEmergency(qint64 draftId, const Identity& actor, const QString& reason) const;
    void completeAfterSendReview(qint64 draftId, const Identity& reviewer, const QString& comment) const;

    Draft draft(qint64 draftId) const;
    DraftContent content(const Draft& draft) const;
    // The template the draft started from, without the draft's own texts.
    const MessageTemplate& messageTemplate(const Draft& draft) const;
    ComposedUpdate compose(const Draft& draft, const DraftContent& content) const;
    // Where problems in a rewritten text say they are: TemplateProblem::source for that part.
    static QString textSource(const QString& part);
    // The wording checks on a composed update of the draft; blocking findings stop submission.
    QList<Finding> check(const Draft& draft, const ComposedUpdate& update) const;
    void setCheckSettings(const CheckSettings& settings) { m_checker = WordingChecker(settings); }
    const WordingChecker& checker() const { return m_checker; }
    // The enabled endpoints of the draft's channels: who will receive it.
    QList<ChannelEndpoint> targets(const Draft& draft) const;
    QByteArray contentHash(const Draft& draft) const;
    // Who wrote or submitted any revision, or sent it in an emergency: none of them may
    // approve or review it.
    QList<qint64> authors(qint64 draftId) const;
    ApprovalProgress progress(const Draft& draft) const;
    // Whether the person may approve the draft now, and if not, why.
    std::optional<QString> whyCannotApprove(const Draft& draft, const Person& person) const;
    // Whether the person may take the action on the draft now (role, state, authorship), and
    // if not, why: what front ends ask before offering an action. The actions themselves
    // check the same and throw.
    std::optional<QString> whyCannot(const Draft& draft, const Person& person, DraftAction action) const;

private:
    // The role check for edits, which need no fresh proof of identity.
    void requireRole(const Identity& actor, DraftAction action) const;
    void transition(const Draft& draft, DraftState to, qint64 actorId, const QString& type,
                    const QString& summary, QJsonObject details) const;
    void requireNoBlockingFindings(const Draft& draft, const ComposedUpdate& update,
                                   const QString& what) const;
    ApprovalProgress progress(const Draft& draft, const QByteArray& hash) const;
    Approval approvalOf(const Draft& draft, const ComposedUpdate& update, const QByteArray& hash) const;
    void closeOpenReview(const Draft& draft, qint64 by, const QString& outcome) const;
    void writeOutbox(const Draft& draft, const ComposedUpdate& update,
                     const QList<ChannelEndpoint>& endpoints, const QByteArray& hash, qint64 actorId,
                     const QString& type, const QString& summary, QJsonObject details) const;
    void notify(const Draft& draft) const;

    const Store& m_store;
    const TemplateLibrary& m_templates;
    const UpdateComposer& m_composer;
    const ApprovalPolicyService& m_policies;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
    WordingChecker m_checker;
    TemplateChecker m_templateChecker; // for the texts a draft rewrote
};

} // namespace Herald
