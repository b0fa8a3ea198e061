// Approval routing on the real store: who may approve what, what the rules ask for, and that
// no path lets an author approve their own text. Every refusal is asserted by its reason.
#include "WorkflowFixture.h"
#include "domain/TimelineEventType.h"
#include "identity/PassphraseVerifier.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::WorkflowFixture;

class ApprovalRoutingTest : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkflowFixture> f;

    QStringList eventTypes(qint64 incidentId)
    {
        QStringList types;
        for (const TimelineEvent& event : f->store().timeline().events(incidentId))
            types << event.type;
        return types;
    }

    DraftState state(qint64 draftId) { return f->drafts.draft(draftId).state; }

private Q_SLOTS:
    void init() { f = std::make_unique<WorkflowFixture>(); }
    void cleanup() { f.reset(); }

    void authorsAndSubmittersCannotApprove()
    {
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        // Jordan (an approver, who also writes) edits one word, so Jordan is an author too.
        Person jordan = *f->store().people().byId(f->jordan);
        jordan.roles << Role::CommunicationsManager;
        f->people.update(jordan, f->as(f->morgan));
        DraftContent content = f->drafts.content(f->drafts.draft(id));
        content.variables.insert(u"impact"_s, u"Some card payments are declined."_s);
        f->drafts.save(id, content, f->as(f->jordan));
        // Priya submits: the submitter vouches for the text and is an author as well.
        f->drafts.submit(id, f->as(f->priya));
        QVERIFY(f->errorOf([&] {
                     f->drafts.approve(id, f->as(f->jordan), {});
                 }).contains(u"wrote or submitted"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.approve(id, f->as(f->priya), {});
                 }).contains(u"wrote or submitted"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.requestChanges(id, f->as(f->jordan), u"x"_s);
                 }).contains(u"wrote or submitted"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.approve(id, f->as(f->sam), {});
                 }).contains(u"approver or incident"_s));
        QCOMPARE(state(id), DraftState::InReview);
        QCOMPARE(f->drafts.progress(f->drafts.draft(id)).approvers.size(), 0);
    }

    void grantingYourselfTheRoleDoesNotHelp()
    {
        // Morgan, the administrator, gives himself the role to write an update, writes one,
        // and then gives himself the approver role.
        Person writer = *f->store().people().byId(f->morgan);
        writer.roles << Role::CommunicationsManager;
        f->people.update(writer, f->as(f->morgan));
        const qint64 id = f->drafts.create(f->incident, WorkflowFixture::defaultTemplate,
                                           {ChannelKind::Webhook}, f->as(f->morgan));
        DraftContent content = f->drafts.content(f->drafts.draft(id));
        content.variables = {{u"service"_s, u"the API"_s},
                             {u"impact"_s, u"Requests fail."_s},
                             {u"next_update"_s, u"14:30 UTC"_s}};
        f->drafts.save(id, content, f->as(f->morgan));
        f->drafts.submit(id, f->as(f->morgan));
        Person morgan = *f->store().people().byId(f->morgan);
        morgan.roles << Role::Approver;
        f->people.update(morgan, f->as(f->morgan));
        QVERIFY(f->errorOf([&] {
                     f->drafts.approve(id, f->as(f->morgan), {});
                 }).contains(u"wrote or submitted"_s));

        // Nor does lowering the rules: an outside audience still needs one approver.
        ApprovalPolicy policy = f->policies.current();
        for (ApprovalRule& rule : policy.rules)
            rule.approvals = 0;
        f->policies.change(policy, f->as(f->morgan));
        const ApprovalProgress progress = f->drafts.progress(f->drafts.draft(id));
        QCOMPARE(progress.requirement.approvals, 1);
        QVERIFY(progress.requirement.floorApplied);
        QVERIFY(f->errorOf([&] {
                     f->drafts.approve(id, f->as(f->morgan), {});
                 }).contains(u"wrote or submitted"_s));

        // Nor does a person whose passphrase he set: that could be him under another name.
        Person puppet = Person::named(u"Pat Doe"_s, QString(), {Role::Approver});
        const qint64 pat = f->people.add(puppet, u"known to morgan"_s, f->as(f->morgan));
        const Identity patIdentity =
            PassphraseVerifier(f->store(), f->clock()).prove(pat, u"known to morgan"_s);
        QVERIFY(
            f->errorOf([&] { f->drafts.approve(id, patIdentity, {}); }).contains(u"passphrase was set by"_s));
        QCOMPARE(state(id), DraftState::InReview);
        // Once Pat chooses a passphrase of their own, Pat is someone else.
        f->people.setPassphrase(pat, u"only pat knows"_s, patIdentity);
        f->drafts.approve(id, PassphraseVerifier(f->store(), f->clock()).prove(pat, u"only pat knows"_s), {});
        QCOMPARE(state(id), DraftState::Approved);
    }

    void ruleChangesNeedAnAdministratorAndAreAudited()
    {
        ApprovalPolicy policy = f->policies.current();
        policy.rules.first().approvals = 3;
        QVERIFY(f->errorOf([&] { f->policies.change(policy, f->as(f->alex)); }).contains(u"administrator"_s));
        QVERIFY(
            f->errorOf([&] { f->policies.change(policy, f->as(f->jordan)); }).contains(u"administrator"_s));
        QCOMPARE(f->policies.current(), ApprovalPolicy::defaults());
        policy.backupApprovers = {f->sam}; // not an approver
        QVERIFY(
            f->errorOf([&] { f->policies.change(policy, f->as(f->morgan)); }).contains(u"backup approver"_s));
        policy.backupApprovers = {f->jordan};
        QCOMPARE(f->policies.change(policy, f->as(f->morgan)), 1);
        QCOMPARE(f->policies.current(), policy);
        const QList<TimelineEvent> events = f->store().timeline().events(0);
        QCOMPARE(events.last().type, TimelineEventType::PolicyChanged);
        QCOMPARE(events.last().actorId, f->morgan);
        QCOMPARE(ApprovalPolicy::fromJson(events.last().details[u"policy"_s].toObject()), policy);
    }

    void securityIncidentsNeedTwoIncludingAnApprover()
    {
        const qint64 security = f->addIncident(IncidentKind::Security, Severity::Sev1);
        const qint64 id = f->filledDraft({ChannelKind::Webhook}, u"security-incident"_s, security);
        f->drafts.submit(id, f->as(f->alex));
        const qint64 casey = Test::addPerson(f->store(), u"Casey Park"_s, {Role::IncidentManager});
        f->drafts.approve(id, f->as(f->priya), {});
        QCOMPARE(state(id), DraftState::InReview); // 1 of 2
        f->drafts.approve(id, f->as(casey), {});
        QCOMPARE(state(id), DraftState::InReview); // 2, but neither holds the approver role
        QVERIFY(!f->drafts.progress(f->drafts.draft(id)).isComplete());
        QVERIFY(f->errorOf([&] { f->drafts.send(id, f->as(f->alex)); }).contains(u"only approved"_s));
        f->drafts.approve(id, f->as(f->jordan), u"Legal is fine with it."_s);
        QCOMPARE(state(id), DraftState::Approved);
        QVERIFY(eventTypes(security).contains(TimelineEventType::ApprovalRecorded));
        f->drafts.send(id, f->as(f->alex));
        QCOMPARE(state(id), DraftState::Sending);
    }

    void internalChatNeedsNoReview()
    {
        const qint64 id = f->filledDraft({ChannelKind::Slack}, u"internal-staff-update"_s);
        QCOMPARE(f->errorOf([&] { f->drafts.submit(id, f->as(f->alex)); }), QString());
        QCOMPARE(state(id), DraftState::Approved);
        const QList<Approval> approvals = f->store().approvals().forDraft(id);
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().kind, ApprovalKind::Policy);
        QCOMPARE(approvals.first().approverId, f->alex); // who asked; nobody reviewed it
        // The policy approval binds the content and targets like any other: a new target voids it.
        f->store().endpoints().add(
            {0, ChannelKind::Slack, u"#all-staff"_s, u"https://hooks.slack.com/services/T/B/y"_s, true});
        QVERIFY(f->errorOf([&] { f->drafts.send(id, f->as(f->alex)); }).contains(u"not what was approved"_s));
        // The same update by email needs an approver.
        const qint64 mail = f->filledDraft({ChannelKind::Email}, u"internal-staff-update"_s);
        f->drafts.submit(mail, f->as(f->alex));
        QCOMPARE(state(mail), DraftState::InReview);
    }

    void editAfterApprovalVoidsItAndSendingRefuses()
    {
        const qint64 id = f->approvedDraft();
        DraftContent content = f->drafts.content(f->drafts.draft(id));
        content.variables.insert(u"impact"_s, u"All card payments are declined."_s);
        f->drafts.save(id, content, f->as(f->alex));
        QCOMPARE(state(id), DraftState::Draft);
        QVERIFY(f->store().approvals().forDraft(id).first().voided);
        QVERIFY(eventTypes(f->incident).contains(TimelineEventType::ApprovalVoided));
        QVERIFY(f->errorOf([&] { f->drafts.send(id, f->as(f->alex)); }).contains(u"only approved"_s));
    }

    void invalidTransitionsAreRefused()
    {
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        QVERIFY(
            f->errorOf([&] { f->drafts.approve(id, f->as(f->jordan), {}); }).contains(u"not in review"_s));
        QVERIFY(f->errorOf([&] { f->drafts.send(id, f->as(f->alex)); }).contains(u"only approved"_s));
        f->drafts.withdraw(id, f->as(f->alex), u"Superseded"_s);
        QCOMPARE(state(id), DraftState::Withdrawn);
        QVERIFY(f->errorOf([&] { f->drafts.submit(id, f->as(f->alex)); }).contains(u"Only a draft"_s));
        QVERIFY(
            f->errorOf([&] { f->drafts.withdraw(id, f->as(f->alex), {}); }).contains(u"cannot go from"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.sendEmergency(id, f->as(f->alex), u"It is urgent, really."_s);
                 }).contains(u"cannot be sent"_s));
        // Sam, a support lead, takes no decision on an update.
        const qint64 other = f->filledDraft({ChannelKind::Webhook});
        QVERIFY(f->errorOf([&] {
                     f->drafts.withdraw(other, f->as(f->sam), {});
                 }).contains(u"needs the communications manager or incident manager role"_s));
        QVERIFY(!isAllowedDraftTransition(DraftState::Sent, DraftState::Draft));
        QVERIFY(!isAllowedDraftTransition(DraftState::Sending, DraftState::Withdrawn));
    }

    void decisionsNeedAFreshProof()
    {
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        const Identity proven = f->as(f->alex);
        f->tick(Identity::freshSeconds + 1);
        QVERIFY(f->errorOf([&] { f->drafts.submit(id, proven); }).contains(u"passphrase again"_s));
        f->drafts.submit(id, f->as(f->alex));
        QCOMPARE(state(id), DraftState::InReview);
    }

    void emergencySendOpensAnAfterSendReview()
    {
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        QVERIFY(f->errorOf([&] {
                     f->drafts.sendEmergency(id, f->as(f->alex), u"urgent"_s);
                 }).contains(u"at least 10"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.sendEmergency(id, f->as(f->jordan), u"Customers are calling."_s);
                 }).contains(u"needs the communications manager or incident manager role"_s));
        f->drafts.sendEmergency(id, f->as(f->alex), u"Checkout is down; customers must hear now."_s);
        QCOMPARE(state(id), DraftState::Sending);
        QCOMPARE(f->store().deliveries().forDraft(id).size(), 1);
        const Approval approval = f->store().approvals().forDraft(id).first();
        QCOMPARE(approval.kind, ApprovalKind::Emergency);
        QCOMPARE(approval.comment, u"Checkout is down; customers must hear now."_s);
        const TimelineEvent sent = f->store().timeline().events(f->incident).last();
        QCOMPARE(sent.type, TimelineEventType::DraftEmergencySent);
        QVERIFY(sent.summary.contains(u"Checkout is down"_s));

        const auto review = f->store().reviews().openFor(id, ReviewKind::AfterSend);
        QVERIFY(review);
        QCOMPARE(review->dueAt, sent.at.addSecs(24 * 3600));
        // It waits in an approver's queue, not the sender's.
        QCOMPARE(f->reviews.queueFor(f->alex).size(), 0);
        QCOMPARE(f->reviews.queueFor(f->jordan).size(), 1);
        QCOMPARE(f->reviews.queueFor(f->jordan).first().review.kind, ReviewKind::AfterSend);
        QVERIFY(f->errorOf([&] {
                     f->drafts.completeAfterSendReview(id, f->as(f->alex), u"fine"_s);
                 }).contains(u"wrote or submitted"_s));
        QVERIFY(f->errorOf([&] {
                     f->drafts.completeAfterSendReview(id, f->as(f->jordan), u" "_s);
                 }).contains(u"what the review found"_s));
        f->drafts.completeAfterSendReview(id, f->as(f->jordan), u"Fine as sent."_s);
        QVERIFY(!f->store().reviews().openFor(id, ReviewKind::AfterSend));
        QCOMPARE(f->store().timeline().events(f->incident).last().type, TimelineEventType::AfterSendReviewed);
        QCOMPARE(f->reviews.queueFor(f->jordan).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ApprovalRoutingTest)
#include "ApprovalRoutingTest.moc"
