#include "workflow/DraftService.h"

#include "base/HeraldError.h"
#include "channels/UpdateComposer.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "support/TestDatabase.h"
#include "support/TestPeople.h"
#include "templating/TemplateLibrary.h"
#include "timeline/TimelineChain.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/IncidentService.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

// The life of an update, with the real store, the shipped templates and the real renderer:
// who may approve what, what voids an approval, and what a send writes to the outbox.
class DraftServiceTest : public QObject {
    Q_OBJECT

private:
    static inline const QString templateId = u"partial-outage-investigating"_s;

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    TemplateLibrary m_templates;
    UpdateComposer m_composer;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<ApprovalPolicyService> m_policies;
    std::unique_ptr<DraftService> m_drafts;

    qint64 m_alex = 0;   // communications manager: writes the updates
    qint64 m_jordan = 0; // approver
    qint64 m_priya = 0;  // incident manager: may approve too
    qint64 m_sam = 0;    // support lead: may not approve
    qint64 m_casey = 0;  // approver who also edits
    qint64 m_hookA = 0, m_hookB = 0, m_hookOff = 0, m_slack = 0, m_sms = 0;
    qint64 m_incident = 0;

    const Store& store() { return m_db->store(); }
    Identity as(qint64 person) { return Test::as(store(), m_db->clock(), person); }
    void tick(int seconds = 30) { m_db->clock().advanceSeconds(seconds); }

    QVariantMap values(const QString& impact = u"About one in five card payments is declined."_s) const
    {
        return {{u"service"_s, u"the Payments API"_s},
                {u"impact"_s, impact},
                {u"workaround"_s, u"Retry a declined payment after a minute."_s},
                {u"next_update"_s, u"14:30 UTC"_s}};
    }

    // A draft by Alex with its values saved (revision 2), for the webhook, Slack and email channels.
    qint64 filledDraft()
    {
        const qint64 id =
            m_drafts->create(m_incident, templateId,
                             {ChannelKind::Webhook, ChannelKind::Slack, ChannelKind::Email}, as(m_alex));
        tick();
        m_drafts->save(id, values(), as(m_alex));
        tick();
        return id;
    }

    qint64 approvedDraft()
    {
        const qint64 id = filledDraft();
        m_drafts->submit(id, as(m_alex));
        tick();
        m_drafts->approve(id, as(m_jordan), u"Clear."_s);
        tick();
        return id;
    }

    static QString errorOf(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const HeraldError& error) {
            return error.message().isEmpty() ? u"(empty message)"_s : error.message();
        }
        return {};
    }

    QStringList types(qsizetype lastN = -1)
    {
        QStringList out;
        for (const TimelineEvent& e : store().timeline().events(m_incident))
            out << e.type;
        return lastN < 0 ? out : out.mid(out.size() - lastN);
    }

    DraftState state(qint64 draftId) { return store().drafts().byId(draftId)->state; }

private Q_SLOTS:
    void initTestCase()
    {
        m_templates = TemplateLibrary::shipped();
        QVERIFY(m_templates.find(templateId));
    }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_notifier = std::make_unique<ChangeNotifier>();
        m_incidents = std::make_unique<IncidentService>(store(), m_db->clock(), m_notifier.get());
        m_policies = std::make_unique<ApprovalPolicyService>(store(), m_db->clock(), m_notifier.get());
        m_drafts = std::make_unique<DraftService>(store(), m_templates, m_composer, *m_policies,
                                                  m_db->clock(), m_notifier.get());
        m_alex = Test::addPerson(store(), u"Alex Morgan"_s, {Role::CommunicationsManager});
        m_jordan = Test::addPerson(store(), u"Jordan Kim"_s, {Role::Approver});
        m_priya = Test::addPerson(store(), u"Priya Shah"_s, {Role::IncidentManager});
        m_sam = Test::addPerson(store(), u"Sam Lee"_s, {Role::SupportLead});
        m_casey = Test::addPerson(store(), u"Casey Park"_s, {Role::Approver, Role::CommunicationsManager});
        const EndpointRepository endpoints = store().endpoints();
        m_hookA = endpoints.add(
            {0, ChannelKind::Webhook, u"Status page"_s, u"https://status.example.com/hook"_s, true});
        m_hookB = endpoints.add(
            {0, ChannelKind::Webhook, u"Partner feed"_s, u"https://partner.example.com/in"_s, true});
        m_hookOff =
            endpoints.add({0, ChannelKind::Webhook, u"Retired"_s, u"https://old.example.com/in"_s, false});
        m_slack = endpoints.add(
            {0, ChannelKind::Slack, u"#status"_s, u"https://hooks.slack.com/services/T/B/x"_s, true});
        m_sms = endpoints.add({0, ChannelKind::Sms, u"On-call phones"_s, u"+15550100"_s, true});
        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        incident.severity = Severity::Sev2;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
        m_incident = m_incidents->create(incident, m_priya);
        tick();
    }

    void cleanup()
    {
        m_drafts.reset();
        m_policies.reset();
        m_incidents.reset();
        m_notifier.reset();
        m_db.reset();
    }

    void happyPath()
    {
        QSignalSpy draftChanged(m_notifier.get(), &ChangeNotifier::draftChanged);
        QSignalSpy deliveriesChanged(m_notifier.get(), &ChangeNotifier::deliveriesChanged);
        const QDateTime createdAt = m_db->clock().now();
        const qint64 id =
            m_drafts->create(m_incident, templateId,
                             {ChannelKind::Webhook, ChannelKind::Slack, ChannelKind::Email}, as(m_alex));
        Draft draft = m_drafts->draft(id);
        QCOMPARE(draft.state, DraftState::Draft);
        QCOMPARE(draft.revision, 1);
        QCOMPARE(draft.templateVersion, m_templates.find(templateId)->version);
        QCOMPARE(draft.createdAt, createdAt);
        QCOMPARE(m_drafts->content(draft).variables.value(u"service"_s).toString(), QString()); // defaults
        tick();

        QCOMPARE(m_drafts->save(id, values(), as(m_alex)), 2);
        QCOMPARE(m_drafts->save(id, values(), as(m_alex)), 2); // unchanged: no new revision
        tick();
        m_drafts->submit(id, as(m_alex));
        QCOMPARE(state(id), DraftState::InReview);
        tick();
        const QDateTime approvedAt = m_db->clock().now();
        m_drafts->approve(id, as(m_jordan), u"Clear and accurate."_s);
        QCOMPARE(state(id), DraftState::Approved);
        tick();
        const QDateTime sentAt = m_db->clock().now();
        m_drafts->send(id, as(m_alex));
        QCOMPARE(state(id), DraftState::Sending);

        QCOMPARE(types(),
                 (QStringList{TimelineEventType::IncidentCreated, TimelineEventType::DraftCreated,
                              TimelineEventType::DraftRevised, TimelineEventType::DraftSubmitted,
                              TimelineEventType::DraftApproved, TimelineEventType::DraftSendStarted}));
        const QList<TimelineEvent> events = store().timeline().events(m_incident);
        QCOMPARE(events.at(1).actorId, m_alex);
        QCOMPARE(events.at(1).at, createdAt);
        QCOMPARE(events.at(4).actorId, m_jordan);
        QCOMPARE(events.at(4).at, approvedAt);
        QCOMPARE(events.at(4).details.value(u"from"_s).toString(), u"in_review"_s);
        QCOMPARE(events.at(4).details.value(u"to"_s).toString(), u"approved"_s);
        QCOMPARE(events.at(5).at, sentAt);
        QVERIFY(!TimelineChain::verify(store().timeline().events()));

        draft = m_drafts->draft(id);
        QCOMPARE(draft.revision, 2);
        const QList<Approval> approvals = store().approvals().forDraft(id);
        QCOMPARE(approvals.size(), 1);
        const Approval& approval = approvals.first();
        QCOMPARE(approval.approverId, m_jordan);
        QCOMPARE(approval.revision, 2);
        QCOMPARE(approval.comment, u"Clear and accurate."_s);
        QCOMPARE(approval.approvedAt, approvedAt);
        QVERIFY(!approval.voided);
        QCOMPARE(approval.contentHash.size(), 64);
        QCOMPARE(approval.contentHash, m_drafts->contentHash(draft)); // stable: nothing changed since
        QCOMPARE(events.at(4).details.value(u"content_hash"_s).toString(),
                 QString::fromLatin1(approval.contentHash));
        QCOMPARE(events.at(5).details.value(u"content_hash"_s).toString(),
                 QString::fromLatin1(approval.contentHash));
        QCOMPARE(events.at(5).details.value(u"deliveries"_s).toArray().size(), 3);

        // One outbox row per enabled endpoint of the draft's channels: not the disabled hook, not
        // the SMS endpoint (SMS is not one of the draft's channels), none for email (no endpoint).
        const ComposedUpdate composed = m_drafts->compose(draft, values());
        const QList<Delivery> rows = store().deliveries().forDraft(id);
        QCOMPARE(rows.size(), 3);
        const QList<std::pair<qint64, ChannelKind>> expected{
            {m_hookA, ChannelKind::Webhook}, {m_hookB, ChannelKind::Webhook}, {m_slack, ChannelKind::Slack}};
        QSet<QString> keys;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Delivery& row = rows.at(i);
            QCOMPARE(row.endpointId, expected.at(i).first);
            QCOMPARE(row.channel, expected.at(i).second);
            QCOMPARE(row.target, store().endpoints().byId(row.endpointId)->address);
            QCOMPARE(row.draftId, id);
            QCOMPARE(row.incidentId, m_incident);
            QCOMPARE(row.revision, 2);
            QCOMPARE(row.state, DeliveryState::Pending);
            QCOMPARE(row.attempts, 0);
            QCOMPARE(row.nextAttemptAt, sentAt);
            QCOMPARE(row.createdAt, sentAt);
            QCOMPARE(row.payload, composed.message(row.channel)->wire);
            QCOMPARE(row.idempotencyKey, u"herald-d%1-r2-e%2-%3"_s.arg(id)
                                             .arg(row.endpointId)
                                             .arg(QString::fromLatin1(approval.contentHash.left(16))));
            keys.insert(row.idempotencyKey);
        }
        QCOMPARE(keys.size(), 3);
        QVERIFY(draftChanged.count() >= 5);
        QCOMPARE(deliveriesChanged.count(), 1);

        // Sent once: a second send is refused and adds nothing.
        QVERIFY(!errorOf([&] { m_drafts->send(id, as(m_alex)); }).isEmpty());
        QCOMPARE(store().deliveries().forDraft(id).size(), 3);
    }

    void authorCannotApprove()
    {
        // Casey has the approver role, but started this draft; Alex wrote its text.
        const qint64 id = m_drafts->create(m_incident, templateId, {ChannelKind::Webhook}, as(m_casey));
        m_drafts->save(id, values(), as(m_alex));
        m_drafts->submit(id, as(m_alex));
        const qint64 before = store().timeline().count();
        const QString error = errorOf([&] { m_drafts->approve(id, as(m_casey), u"Fine by me"_s); });
        QVERIFY2(error.contains(u"Casey Park"_s), qPrintable(error));
        QCOMPARE(state(id), DraftState::InReview);
        QVERIFY(store().approvals().forDraft(id).isEmpty());
        QCOMPARE(store().timeline().count(), before);
    }

    void anyoneWhoRevisedCannotApprove()
    {
        const qint64 id = filledDraft();
        m_drafts->save(id, values(u"Card payments fail for some customers."_s), as(m_casey)); // Casey edits
        m_drafts->submit(id, as(m_alex));
        QVERIFY(!errorOf([&] { m_drafts->approve(id, as(m_casey), QString()); }).isEmpty());
        QVERIFY(store().approvals().forDraft(id).isEmpty());
        QCOMPARE(state(id), DraftState::InReview);
        QCOMPARE(errorOf([&] { m_drafts->approve(id, as(m_jordan), QString()); }), QString());
        QCOMPARE(state(id), DraftState::Approved);
    }

    void approverNeedsTheRole()
    {
        const qint64 id = filledDraft();
        m_drafts->submit(id, as(m_alex));
        const qint64 before = store().timeline().count();
        const QString error = errorOf([&] { m_drafts->approve(id, as(m_sam), QString()); });
        QVERIFY2(error.contains(u"Sam Lee"_s), qPrintable(error));
        QCOMPARE(state(id), DraftState::InReview);
        QCOMPARE(store().timeline().count(), before);
        QVERIFY(!errorOf([&] { m_drafts->approve(id, as(9999), QString()); }).isEmpty()); // nobody
        // The incident manager role is enough.
        QCOMPARE(errorOf([&] { m_drafts->approve(id, as(m_priya), QString()); }), QString());
        QCOMPARE(store().approvals().forDraft(id).first().approverId, m_priya);
    }

    void approvalOnlyInReview()
    {
        const qint64 id = filledDraft();
        QVERIFY(!errorOf([&] { m_drafts->approve(id, as(m_jordan), QString()); }).isEmpty()); // still a draft
        QCOMPARE(state(id), DraftState::Draft);
        QVERIFY(store().approvals().forDraft(id).isEmpty());

        m_drafts->submit(id, as(m_alex));
        m_drafts->approve(id, as(m_jordan), QString());
        QVERIFY(
            !errorOf([&] { m_drafts->approve(id, as(m_priya), QString()); }).isEmpty()); // already approved
        QCOMPARE(store().approvals().forDraft(id).size(), 1);
    }

    void editingAfterApprovalVoidsIt()
    {
        const qint64 id = approvedDraft();
        const QDateTime editedAt = m_db->clock().now();
        QCOMPARE(m_drafts->save(id, values(u"All card payments are declined."_s), as(m_alex)), 3);

        const QList<Approval> approvals = store().approvals().forDraft(id);
        QCOMPARE(approvals.size(), 1);
        QVERIFY(approvals.first().voided);
        QCOMPARE(state(id), DraftState::Draft);
        QCOMPARE(types(2), (QStringList{TimelineEventType::DraftRevised, TimelineEventType::ApprovalVoided}));
        const TimelineEvent voided = store().timeline().events(m_incident).last();
        QCOMPARE(voided.details.value(u"voided"_s).toInt(), 1);
        QCOMPARE(voided.at, editedAt);
        QCOMPARE(voided.actorId, m_alex);

        QVERIFY(!errorOf([&] { m_drafts->send(id, as(m_alex)); }).isEmpty());
        QVERIFY(store().deliveries().forDraft(id).isEmpty());
        QCOMPARE(state(id), DraftState::Draft);
    }

    void editingDuringReviewWithdrawsIt()
    {
        const qint64 id = filledDraft();
        m_drafts->submit(id, as(m_alex));
        m_drafts->save(id, values(u"Most card payments are declined."_s), as(m_alex));
        QCOMPARE(state(id), DraftState::Draft);
        QCOMPARE(types(1), QStringList{TimelineEventType::ApprovalVoided});
        QCOMPARE(store().timeline().events(m_incident).last().details.value(u"voided"_s).toInt(), 0);
        QVERIFY(!errorOf([&] { m_drafts->approve(id, as(m_jordan), QString()); }).isEmpty());
    }

    void changedEndpointAddressBlocksTheSend()
    {
        const qint64 id = approvedDraft();
        ChannelEndpoint partner = *store().endpoints().byId(m_hookB);
        partner.address = u"https://attacker.example.net/in"_s;
        store().endpoints().update(partner);
        const qint64 before = store().timeline().count();

        const QString error = errorOf([&] { m_drafts->send(id, as(m_alex)); });
        QVERIFY2(!error.isEmpty(), "a send to recipients nobody approved must be refused");
        QVERIFY(store().deliveries().forDraft(id).isEmpty());
        QCOMPARE(state(id), DraftState::Approved);
        QCOMPARE(store().timeline().count(), before);
    }

    void newEndpointAfterApprovalBlocksTheSend()
    {
        const qint64 id = approvedDraft();
        store().endpoints().add(
            {0, ChannelKind::Slack, u"#everyone"_s, u"https://hooks.slack.com/services/T/C/y"_s, true});
        QVERIFY(!errorOf([&] { m_drafts->send(id, as(m_alex)); }).isEmpty());
        QVERIFY(store().deliveries().forDraft(id).isEmpty());
    }

    void submitNeedsRequiredValues()
    {
        const qint64 id = m_drafts->create(m_incident, templateId, {ChannelKind::Webhook}, as(m_alex));
        QVariantMap partial = values();
        partial.remove(u"next_update"_s);
        m_drafts->save(id, partial, as(m_alex));
        const qint64 before = store().timeline().count();
        const QString error = errorOf([&] { m_drafts->submit(id, as(m_alex)); });
        QVERIFY2(error.contains(m_templates.find(templateId)->variable(u"next_update"_s)->label),
                 qPrintable(error));
        QCOMPARE(state(id), DraftState::Draft);
        QCOMPARE(store().timeline().count(), before);
    }

    void requestChangesNeedsAComment()
    {
        const qint64 id = filledDraft();
        m_drafts->submit(id, as(m_alex));
        QVERIFY(!errorOf([&] { m_drafts->requestChanges(id, as(m_jordan), QString()); }).isEmpty());
        QVERIFY(!errorOf([&] { m_drafts->requestChanges(id, as(m_jordan), u" \n "_s); }).isEmpty());
        QCOMPARE(state(id), DraftState::InReview);

        m_drafts->requestChanges(id, as(m_jordan), u"Say which cards are affected."_s);
        QCOMPARE(state(id), DraftState::ChangesRequested);
        const TimelineEvent e = store().timeline().events(m_incident).last();
        QCOMPARE(e.type, TimelineEventType::DraftChangesRequested);
        QCOMPARE(e.actorId, m_jordan);
        QCOMPARE(e.details.value(u"comment"_s).toString(), u"Say which cards are affected."_s);

        // The author answers and submits again.
        m_drafts->save(id, values(u"Visa card payments are declined."_s), as(m_alex));
        QCOMPARE(state(id), DraftState::ChangesRequested);
        m_drafts->submit(id, as(m_alex));
        QCOMPARE(state(id), DraftState::InReview);
        QVERIFY(!errorOf([&] { m_drafts->requestChanges(id, as(m_jordan), QString()); }).isEmpty());
    }

    void sendNeedsRecipients()
    {
        const qint64 id =
            m_drafts->create(m_incident, templateId, {ChannelKind::Email}, as(m_alex)); // no email endpoint
        m_drafts->save(id, values(), as(m_alex));
        m_drafts->submit(id, as(m_alex));
        m_drafts->approve(id, as(m_jordan), QString());
        QVERIFY(!errorOf([&] { m_drafts->send(id, as(m_alex)); }).isEmpty());
        QCOMPARE(state(id), DraftState::Approved);
    }

    void sentDraftsCannotBeEdited()
    {
        const qint64 id = approvedDraft();
        m_drafts->send(id, as(m_alex));
        QVERIFY(
            !errorOf([&] { m_drafts->save(id, values(u"Changed after sending."_s), as(m_alex)); }).isEmpty());
        QCOMPARE(m_drafts->draft(id).revision, 2);
        QCOMPARE(store().approvals().forDraft(id).first().voided, false);
    }

    void createChecksItsInputs()
    {
        QVERIFY(!errorOf([&] {
                     m_drafts->create(m_incident, u"no-such-template"_s, {ChannelKind::Sms}, as(m_alex));
                 }).isEmpty());
        QVERIFY(!errorOf([&] { m_drafts->create(m_incident, templateId, {}, as(m_alex)); }).isEmpty());
        QVERIFY(
            !errorOf([&] { m_drafts->create(404, templateId, {ChannelKind::Sms}, as(m_alex)); }).isEmpty());
        QVERIFY(store().drafts().forIncident(m_incident).isEmpty());
        QVERIFY(store().drafts().forIncident(404).isEmpty());
        QCOMPARE(types(), QStringList{TimelineEventType::IncidentCreated});
    }
};

QTEST_GUILESS_MAIN(DraftServiceTest)
#include "DraftServiceTest.moc"
