#include "workflow/DraftService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/UpdateComposer.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/ContentHash.h"
#include "workflow/DecisionGuard.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

Draft DraftService::draft(qint64 draftId) const
{
    const auto found = m_store.drafts().byId(draftId);
    if (!found)
        throw HeraldError(tr("Draft #%1 does not exist.").arg(draftId));
    return *found;
}

QString DraftService::textSource(const QString& part)
{
    return tr("update text \"%1\"").arg(part);
}

DraftContent DraftService::content(const Draft& draft) const
{
    const auto revision = m_store.drafts().revision(draft.id, draft.revision);
    return revision ? revision->content : DraftContent();
}

const MessageTemplate& DraftService::messageTemplate(const Draft& draft) const
{
    // The version the draft started from, so a later edit of the template cannot change it.
    const MessageTemplate* messageTemplate = m_templates.find(draft.templateId, draft.templateVersion);
    if (!messageTemplate)
        messageTemplate = m_templates.find(draft.templateId);
    if (!messageTemplate)
        throw HeraldError(
            tr("The template \"%1\" of draft #%2 is not available.").arg(draft.templateId).arg(draft.id));
    return *messageTemplate;
}

ComposedUpdate DraftService::compose(const Draft& draft, const DraftContent& content) const
{
    const MessageTemplate edited = content.applyTo(messageTemplate(draft));
    const auto incident = m_store.incidents().byId(draft.incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(draft.incidentId));
    ComposedUpdate update = m_composer.compose(edited, *incident, content.variables, draft.channels);
    // Rewritten texts are checked like a template file: an unknown variable renders as nothing,
    // so it must be caught here, at its line and column in that text.
    for (auto it = content.texts.cbegin(); it != content.texts.cend(); ++it)
        for (TemplateProblem problem : m_templateChecker.check(it.value(), edited.variables)) {
            problem.source = textSource(it.key());
            update.problems << problem;
        }
    return update;
}

QList<Finding> DraftService::check(const Draft& draft, const ComposedUpdate& update) const
{
    const auto incident = m_store.incidents().byId(draft.incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(draft.incidentId));
    return m_checker.check(update, *incident, m_composer, messageTemplate(draft).locale);
}

QList<ChannelEndpoint> DraftService::targets(const Draft& draft) const
{
    QList<ChannelEndpoint> targets;
    for (ChannelKind channel : draft.channels)
        targets << m_store.endpoints().enabledFor(channel);
    return targets;
}

QByteArray DraftService::contentHash(const Draft& draft) const
{
    return ContentHash::of(compose(draft, content(draft)).messages, targets(draft));
}

QList<qint64> DraftService::authors(qint64 draftId) const
{
    QList<qint64> people = m_store.drafts().revisionAuthors(draftId);
    for (const Review& review : m_store.reviews().forDraft(draftId))
        if (!people.contains(review.requestedBy))
            people << review.requestedBy;
    return people;
}

ApprovalProgress DraftService::progress(const Draft& draft) const
{
    return progress(draft, contentHash(draft));
}

ApprovalProgress DraftService::progress(const Draft& draft, const QByteArray& hash) const
{
    ApprovalProgress progress;
    progress.requirement = m_policies.requirementFor(draft, messageTemplate(draft).audience);
    const QList<qint64> writers = authors(draft.id);
    for (const Approval& approval : m_store.approvals().forDraft(draft.id)) {
        if (approval.voided || approval.contentHash != hash || approval.kind != ApprovalKind::Review ||
            writers.contains(approval.approverId) || progress.approvers.contains(approval.approverId))
            continue;
        const auto approver = m_store.people().byId(approval.approverId);
        if (!approver || !approver->canApprove())
            continue; // a role taken away since no longer counts
        progress.approvers << approval.approverId;
        progress.approverRoleMet |= approver->hasRole(Role::Approver);
    }
    return progress;
}

std::optional<QString> DraftService::whyCannotApprove(const Draft& draft, const Person& person) const
{
    if (authors(draft.id).contains(person.id))
        return tr("%1 wrote or submitted update #%2 and cannot approve it: someone else must review it.")
            .arg(person.name)
            .arg(draft.id);
    if (auto why = DraftPermissions::whyNot(person, DraftAction::Approve))
        return why;
    // Someone whose passphrase an author set could be that author in disguise.
    if (person.passphraseSetBy != person.id && authors(draft.id).contains(person.passphraseSetBy))
        return tr("%1's passphrase was set by an author of update #%2. %1 must choose their own passphrase "
                  "before approving it.")
            .arg(person.name)
            .arg(draft.id);
    return std::nullopt;
}

void DraftService::requireRole(const Identity& actor, DraftAction action) const
{
    const auto person = m_store.people().byId(actor.personId());
    if (!person)
        throw HeraldError(tr("Person #%1 does not exist.").arg(actor.personId()));
    DraftPermissions::require(*person, action);
}

std::optional<QString> DraftService::whyCannot(const Draft& draft, const Person& person,
                                               DraftAction action) const
{
    if (auto why = DraftPermissions::whyNot(person, action))
        return why;
    const DraftState state = draft.state;
    const QString is = draftStateLabel(state).toLower();
    switch (action) {
    case DraftAction::Edit:
        if (state == DraftState::Draft || state == DraftState::ChangesRequested ||
            state == DraftState::InReview || state == DraftState::Approved)
            return std::nullopt;
        return tr("Update #%1 is %2 and can no longer be edited.").arg(draft.id).arg(is);
    case DraftAction::Submit:
        if (state == DraftState::Draft || state == DraftState::ChangesRequested)
            return std::nullopt;
        return tr("Only a draft can be submitted for review; update #%1 is %2.").arg(draft.id).arg(is);
    case DraftAction::Approve:
    case DraftAction::RequestChanges:
        if (state != DraftState::InReview)
            return tr("Update #%1 is %2, not in review.").arg(draft.id).arg(is);
        return whyCannotApprove(draft, person);
    case DraftAction::Send:
        if (state == DraftState::Approved)
            return std::nullopt;
        return tr("Update #%1 is %2: only approved updates are sent.").arg(draft.id).arg(is);
    case DraftAction::EmergencySend:
        if (isAllowedDraftTransition(state, DraftState::Sending))
            return std::nullopt;
        return tr("Update #%1 is %2 and cannot be sent.").arg(draft.id).arg(is);
    case DraftAction::Withdraw:
        if (isAllowedDraftTransition(state, DraftState::Withdrawn))
            return std::nullopt;
        return tr("Update #%1 is %2 and cannot be withdrawn.").arg(draft.id).arg(is);
    }
    return std::nullopt;
}

qint64 DraftService::create(qint64 incidentId, const QString& templateId, const QList<ChannelKind>& channels,
                            const Identity& author) const
{
    const MessageTemplate* messageTemplate = m_templates.find(templateId);
    if (!messageTemplate)
        throw HeraldError(tr("There is no template \"%1\".").arg(templateId));
    if (channels.isEmpty())
        throw HeraldError(tr("Choose at least one channel for the update."));
    QVariantMap defaults;
    for (const TemplateVariable& variable : messageTemplate->variables)
        defaults.insert(variable.name, variable.defaultValue);

    Transaction transaction(m_store.connection());
    requireRole(author, DraftAction::Edit);
    if (!m_store.incidents().byId(incidentId))
        throw HeraldError(tr("Incident #%1 does not exist.").arg(incidentId));
    Draft draft;
    draft.incidentId = incidentId;
    draft.templateId = templateId;
    draft.templateVersion = messageTemplate->version;
    draft.authorId = author.personId();
    draft.channels = channels;
    draft.createdAt = m_clock.now();
    draft.id = m_store.drafts().add(draft);
    DraftRevision revision{0, draft.id, 0, defaults, draft.authorId, draft.createdAt};
    m_store.drafts().addRevision(revision);
    draft.revision = revision.number;
    TimelineRecorder(m_store, m_clock)
        .record(incidentId, draft.authorId, TimelineEventType::DraftCreated,
                tr("Started update #%1 from template \"%2\"").arg(draft.id).arg(messageTemplate->name),
                {{u"draft"_s, draft.id},
                 {u"template"_s, templateId},
                 {u"template_version"_s, draft.templateVersion}});
    transaction.commit();
    notify(draft);
    return draft.id;
}

int DraftService::save(qint64 draftId, const DraftContent& content, const Identity& author) const
{
    Transaction transaction(m_store.connection());
    requireRole(author, DraftAction::Edit);
    Draft current = draft(draftId);
    if (current.state == DraftState::Sending || current.state == DraftState::Sent ||
        current.state == DraftState::PartlyFailed || current.state == DraftState::Withdrawn)
        throw HeraldError(tr("Update #%1 is %2 and can no longer be edited.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    if (this->content(current) == content)
        return current.revision;
    const qint64 actorId = author.personId();
    DraftRevision revision{0, draftId, 0, content, actorId, m_clock.now()};
    m_store.drafts().addRevision(revision);
    const TimelineRecorder timeline(m_store, m_clock);
    timeline.record(current.incidentId, actorId, TimelineEventType::DraftRevised,
                    tr("Edited update #%1 (revision %2)").arg(draftId).arg(revision.number),
                    {{u"draft"_s, draftId}, {u"revision"_s, revision.number}});
    if (current.state == DraftState::InReview || current.state == DraftState::Approved) {
        const int voided = m_store.approvals().voidAll(draftId);
        closeOpenReview(current, actorId, u"text changed"_s);
        m_store.drafts().setState(draftId, DraftState::Draft, m_clock.now());
        timeline.record(
            current.incidentId, actorId, TimelineEventType::ApprovalVoided,
            voided ? tr("Approval of update #%1 voided: the text changed after approval").arg(draftId)
                   : tr("Review of update #%1 withdrawn: the text changed during review").arg(draftId),
            {{u"draft"_s, draftId}, {u"voided"_s, voided}});
    }
    transaction.commit();
    notify(current);
    return revision.number;
}

void DraftService::transition(const Draft& draft, DraftState to, qint64 actorId, const QString& type,
                              const QString& summary, QJsonObject details) const
{
    if (!isAllowedDraftTransition(draft.state, to))
        throw HeraldError(tr("Update #%1 cannot go from %2 to %3.")
                              .arg(draft.id)
                              .arg(draftStateLabel(draft.state).toLower(), draftStateLabel(to).toLower()));
    details.insert(u"draft"_s, draft.id);
    details.insert(u"revision"_s, draft.revision);
    details.insert(u"from"_s, draftStateKey(draft.state));
    details.insert(u"to"_s, draftStateKey(to));
    m_store.drafts().setState(draft.id, to, m_clock.now());
    TimelineRecorder(m_store, m_clock).record(draft.incidentId, actorId, type, summary, details);
}

void DraftService::requireNoBlockingFindings(const Draft& draft, const ComposedUpdate& update,
                                             const QString& what) const
{
    QStringList blocking;
    for (const Finding& finding : check(draft, update))
        if (finding.blocks())
            blocking << (finding.channel ? channelLabel(*finding.channel) + u": "_s : QString()) +
                            finding.message;
    if (!blocking.isEmpty())
        throw HeraldError(
            tr("Update #%1 cannot be %2 until %n problem(s) are fixed:\n%3", nullptr, int(blocking.size()))
                .arg(draft.id)
                .arg(what, blocking.mid(0, 5).join(u'\n')));
}

Approval DraftService::approvalOf(const Draft& draft, const ComposedUpdate& update,
                                  const QByteArray& hash) const
{
    Approval approval;
    approval.draftId = draft.id;
    approval.revision = draft.revision;
    approval.contentHash = hash;
    approval.approvedAt = m_clock.now();
    approval.messages = update.messages;
    return approval;
}

void DraftService::closeOpenReview(const Draft& draft, qint64 by, const QString& outcome) const
{
    if (const auto review = m_store.reviews().openFor(draft.id, ReviewKind::Approval))
        m_store.reviews().close(review->id, by, m_clock.now(), outcome);
}

void DraftService::submit(qint64 draftId, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Person submitter = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(submitter, DraftAction::Submit);
    Draft current = draft(draftId);
    if (current.state != DraftState::Draft && current.state != DraftState::ChangesRequested)
        throw HeraldError(tr("Only a draft can be submitted for review; update #%1 is %2.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    requireNoBlockingFindings(current, update, tr("submitted"));
    const ApprovalRequirement requirement =
        m_policies.requirementFor(current, messageTemplate(current).audience);
    const auto incident = m_store.incidents().byId(current.incidentId);
    Review review;
    review.draftId = draftId;
    review.requestedBy = submitter.id;
    review.requestedAt = m_clock.now();
    review.dueAt = review.requestedAt.addSecs(60LL * m_policies.current().dueMinutes(incident->severity));
    review.id = m_store.reviews().add(review);
    transition(current, DraftState::InReview, submitter.id, TimelineEventType::DraftSubmitted,
               requirement.approvals == 0 ? tr("Submitted update #%1").arg(draftId)
                                          : tr("Submitted update #%1 for review, due %2 UTC")
                                                .arg(draftId)
                                                .arg(review.dueAt.toString(u"HH:mm"_s)),
               {{u"due_at"_s, review.dueAt.toString(Qt::ISODateWithMs)},
                {u"approvals_needed"_s, requirement.approvals},
                {u"rule"_s, requirement.ruleName}});
    if (requirement.approvals == 0) {
        // The rules ask for no review: the approval still binds the exact content and targets.
        const QByteArray hash = contentHash(current);
        Approval approval = approvalOf(current, update, hash);
        approval.kind = ApprovalKind::Policy;
        approval.approverId = submitter.id; // who asked; the kind says nobody reviewed it
        approval.comment = requirement.ruleName;
        m_store.approvals().add(approval);
        m_store.reviews().close(review.id, 0, m_clock.now(), u"no review needed"_s);
        current.state = DraftState::InReview;
        transition(
            current, DraftState::Approved, 0, TimelineEventType::DraftApproved,
            tr("Update #%1 needs no review under the rule \"%2\"").arg(draftId).arg(requirement.ruleName),
            {{u"content_hash"_s, QString::fromLatin1(hash)}, {u"kind"_s, u"policy"_s}});
    }
    transaction.commit();
    notify(current);
}

void DraftService::approve(qint64 draftId, const Identity& actor, const QString& comment) const
{
    Transaction transaction(m_store.connection());
    const Person approver = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(approver, DraftAction::Approve);
    const Draft current = draft(draftId);
    if (const auto why = whyCannotApprove(current, approver))
        throw HeraldError(*why);
    if (current.state != DraftState::InReview)
        throw HeraldError(tr("Update #%1 is %2, not in review.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    const QByteArray hash = ContentHash::of(update.messages, targets(current));
    if (progress(current, hash).approvers.contains(approver.id))
        throw HeraldError(tr("%1 has already approved update #%2.").arg(approver.name).arg(draftId));
    Approval approval = approvalOf(current, update, hash);
    approval.approverId = approver.id;
    approval.comment = comment;
    m_store.approvals().add(approval);
    const ApprovalProgress now = progress(current, hash);
    const QJsonObject details{{u"content_hash"_s, QString::fromLatin1(hash)},
                              {u"comment"_s, comment},
                              {u"approvals"_s, int(now.approvers.size())},
                              {u"approvals_needed"_s, now.requirement.approvals}};
    const QString said = comment.isEmpty() ? QString() : u": "_s + comment;
    if (now.isComplete()) {
        closeOpenReview(current, approver.id, u"approved"_s);
        transition(current, DraftState::Approved, approver.id, TimelineEventType::DraftApproved,
                   tr("Approved update #%1").arg(draftId) + said, details);
    } else {
        TimelineRecorder(m_store, m_clock)
            .record(current.incidentId, approver.id, TimelineEventType::ApprovalRecorded,
                    (now.approvers.size() < now.requirement.approvals
                         ? tr("Approved update #%1 (%2 of %3 approvals)")
                               .arg(draftId)
                               .arg(now.approvers.size())
                               .arg(now.requirement.approvals)
                         : tr("Approved update #%1; one approval must still come from the approver role")
                               .arg(draftId)) +
                        said,
                    details);
    }
    transaction.commit();
    notify(current);
}

void DraftService::requestChanges(qint64 draftId, const Identity& actor, const QString& comment) const
{
    Transaction transaction(m_store.connection());
    const Person reviewer = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(reviewer, DraftAction::RequestChanges);
    const Draft current = draft(draftId);
    if (current.state != DraftState::InReview)
        throw HeraldError(tr("Update #%1 is %2, not in review.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    if (const auto why = whyCannotApprove(current, reviewer))
        throw HeraldError(*why);
    if (comment.trimmed().isEmpty())
        throw HeraldError(tr("Say what should change."));
    m_store.approvals().voidAll(draftId);
    closeOpenReview(current, reviewer.id, u"changes requested"_s);
    transition(current, DraftState::ChangesRequested, reviewer.id, TimelineEventType::DraftChangesRequested,
               tr("Asked for changes to update #%1: %2").arg(draftId).arg(comment),
               {{u"comment"_s, comment}});
    transaction.commit();
    notify(current);
}

void DraftService::withdraw(qint64 draftId, const Identity& actor, const QString& reason) const
{
    Transaction transaction(m_store.connection());
    const Person person = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(person, DraftAction::Withdraw);
    const Draft current = draft(draftId);
    m_store.approvals().voidAll(draftId);
    closeOpenReview(current, person.id, u"withdrawn"_s);
    transition(current, DraftState::Withdrawn, person.id, TimelineEventType::DraftWithdrawn,
               reason.trimmed().isEmpty() ? tr("Withdrew update #%1").arg(draftId)
                                          : tr("Withdrew update #%1: %2").arg(draftId).arg(reason),
               {{u"reason"_s, reason}});
    transaction.commit();
    notify(current);
}

void DraftService::send(qint64 draftId, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Person sender = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(sender, DraftAction::Send);
    const Draft current = draft(draftId);
    if (current.state != DraftState::Approved)
        throw HeraldError(tr("Update #%1 is %2: only approved updates are sent.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    const QList<ChannelEndpoint> endpoints = targets(current);
    const QByteArray hash = ContentHash::of(update.messages, endpoints);
    // Checked again here, against the rules as they are now: the approvals must cover exactly
    // this content and these targets.
    const ApprovalProgress approved = progress(current, hash);
    bool byPolicy = false;
    for (const Approval& approval : m_store.approvals().forDraft(draftId))
        byPolicy |= approval.kind == ApprovalKind::Policy && !approval.voided && approval.contentHash == hash;
    // With no review required, the policy approval must still cover this exact content.
    const bool covered = approved.requirement.approvals == 0 ? byPolicy || !approved.approvers.isEmpty()
                                                             : approved.isComplete();
    if (!covered)
        throw HeraldError(
            tr("Update #%1 was not sent: what would go out (text, channels or recipients) is not what "
               "was approved, or the approval rules now ask for more. Submit it for review again.")
                .arg(draftId));
    writeOutbox(current, update, endpoints, hash, sender.id, TimelineEventType::DraftSendStarted, QString(),
                {});
    transaction.commit();
    notify(current);
    if (m_notifier)
        Q_EMIT m_notifier->deliveriesChanged(draftId, current.incidentId);
}

void DraftService::sendEmergency(qint64 draftId, const Identity& actor, const QString& reason) const
{
    Transaction transaction(m_store.connection());
    const Person sender = DecisionGuard(m_store, m_clock).require(actor);
    DraftPermissions::require(sender, DraftAction::EmergencySend);
    if (reason.trimmed().size() < 10)
        throw HeraldError(tr("Write why this update cannot wait for review (at least 10 characters); the "
                             "reason goes on the timeline and to the after-send review."));
    const Draft current = draft(draftId);
    if (!isAllowedDraftTransition(current.state, DraftState::Sending))
        throw HeraldError(tr("Update #%1 is %2 and cannot be sent.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    requireNoBlockingFindings(current, update, tr("sent"));
    const QList<ChannelEndpoint> endpoints = targets(current);
    const QByteArray hash = ContentHash::of(update.messages, endpoints);
    Approval approval = approvalOf(current, update, hash);
    approval.kind = ApprovalKind::Emergency;
    approval.approverId = sender.id;
    approval.comment = reason.trimmed();
    m_store.approvals().add(approval);
    closeOpenReview(current, sender.id, u"sent in an emergency"_s);
    Review review;
    review.draftId = draftId;
    review.kind = ReviewKind::AfterSend;
    review.requestedBy = sender.id;
    review.requestedAt = m_clock.now();
    review.dueAt = review.requestedAt.addSecs(3600LL * m_policies.current().afterSendReviewHours);
    m_store.reviews().add(review);
    writeOutbox(
        current, update, endpoints, hash, sender.id, TimelineEventType::DraftEmergencySent,
        tr("EMERGENCY: sent update #%1 before review: %2").arg(draftId).arg(approval.comment),
        {{u"reason"_s, approval.comment}, {u"review_due_at"_s, review.dueAt.toString(Qt::ISODateWithMs)}});
    transaction.commit();
    notify(current);
    if (m_notifier)
        Q_EMIT m_notifier->deliveriesChanged(draftId, current.incidentId);
}

void DraftService::completeAfterSendReview(qint64 draftId, const Identity& actor,
                                           const QString& comment) const
{
    Transaction transaction(m_store.connection());
    const Person reviewer = DecisionGuard(m_store, m_clock).require(actor);
    const Draft current = draft(draftId);
    const auto review = m_store.reviews().openFor(draftId, ReviewKind::AfterSend);
    if (!review)
        throw HeraldError(tr("Update #%1 has no open after-send review.").arg(draftId));
    if (const auto why = whyCannotApprove(current, reviewer))
        throw HeraldError(*why);
    if (comment.trimmed().isEmpty())
        throw HeraldError(tr("Write what the review found, even if it is \"fine as sent\"."));
    m_store.reviews().close(review->id, reviewer.id, m_clock.now(), comment.trimmed());
    TimelineRecorder(m_store, m_clock)
        .record(current.incidentId, reviewer.id, TimelineEventType::AfterSendReviewed,
                tr("Reviewed emergency update #%1 after sending: %2").arg(draftId).arg(comment.trimmed()),
                {{u"draft"_s, draftId}, {u"review"_s, review->id}, {u"comment"_s, comment.trimmed()}});
    transaction.commit();
    notify(current);
}

void DraftService::writeOutbox(const Draft& current, const ComposedUpdate& update,
                               const QList<ChannelEndpoint>& endpoints, const QByteArray& hash,
                               qint64 actorId, const QString& type, const QString& summary,
                               QJsonObject details) const
{
    if (endpoints.isEmpty())
        throw HeraldError(tr("Update #%1 has no recipients: configure an endpoint for one of its channels in "
                             "File → Channels.")
                              .arg(current.id));
    const QDateTime now = m_clock.now();
    const auto incident = m_store.incidents().byId(current.incidentId);
    const bool drill = incident && incident->drill;
    QJsonArray rows;
    for (const ChannelEndpoint& endpoint : endpoints) {
        const ChannelMessage* message = update.message(endpoint.channel);
        if (!message)
            continue;
        Delivery delivery;
        delivery.draftId = current.id;
        delivery.incidentId = current.incidentId;
        delivery.revision = current.revision;
        delivery.endpointId = endpoint.id;
        delivery.channel = endpoint.channel;
        // A drill never reaches a real audience: its sandbox, or a dry run recorded like a send.
        delivery.target = !drill                              ? endpoint.address
                          : endpoint.sandboxAddress.isEmpty() ? Delivery::dryRunTarget(endpoint.address)
                                                              : endpoint.sandboxAddress;
        // Stable across retries and restarts; unique per message, target and content.
        delivery.idempotencyKey = u"herald-d%1-r%2-e%3-%4"_s.arg(current.id)
                                      .arg(current.revision)
                                      .arg(endpoint.id)
                                      .arg(QString::fromLatin1(hash.left(16)));
        delivery.payload = message->wire.isEmpty() ? message->text.toUtf8() : message->wire;
        delivery.state = DeliveryState::Pending;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        m_store.deliveries().add(delivery);
        rows << QJsonObject{{u"channel"_s, channelKey(endpoint.channel)}, {u"endpoint"_s, endpoint.name}};
    }
    details.insert(u"content_hash"_s, QString::fromLatin1(hash));
    details.insert(u"deliveries"_s, rows);
    transition(current, DraftState::Sending, actorId, type,
               summary.isEmpty()
                   ? tr("Sent update #%1 to %n recipient(s)", nullptr, int(rows.size())).arg(current.id)
                   : summary,
               details);
}

void DraftService::notify(const Draft& draft) const
{
    if (!m_notifier)
        return;
    Q_EMIT m_notifier->draftChanged(draft.id, draft.incidentId);
    Q_EMIT m_notifier->timelineAppended(draft.incidentId);
}

} // namespace Herald
