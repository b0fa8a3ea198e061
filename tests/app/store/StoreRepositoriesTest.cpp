#include "store/Store.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// What the repositories write is what they read back: every field, lists in order, and
// timestamps to the millisecond, in UTC.
class StoreRepositoriesTest : public QObject {
    Q_OBJECT

private:
    static QDateTime at(int hour, int minute, int second, int ms)
    {
        return QDateTime(QDate(2026, 11, 26), QTime(hour, minute, second, ms), QTimeZone::UTC);
    }

    static void compareTime(const QDateTime& actual, const QDateTime& expected)
    {
        QCOMPARE(actual, expected);
        QCOMPARE(actual.toString(Qt::ISODateWithMs), expected.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(actual.offsetFromUtc(), 0);
    }

private Q_SLOTS:
    void peopleWithRoles()
    {
        Test::TestDatabase db;
        const PersonRepository people = db.store().people();
        const qint64 sam = people.add(Person{0, u"Sam Lee"_s, u"sam.lee@example.com"_s, {}});
        const qint64 priya = people.add(
            Person{0, u"Priya Shah"_s, u"priya.shah@example.com"_s, {Role::IncidentManager, Role::Approver}});
        const qint64 morgan = people.add(Person{0, u"Morgan Diaz"_s, QString(), allRoles()});
        QVERIFY(sam > 0 && priya > 0 && morgan > 0);

        const auto p = people.byId(priya);
        QVERIFY(p);
        QCOMPARE(p->id, priya);
        QCOMPARE(p->name, u"Priya Shah"_s);
        QCOMPARE(p->email, u"priya.shah@example.com"_s);
        QCOMPARE(p->roles, (QList<Role>{Role::IncidentManager, Role::Approver}));
        QVERIFY(p->hasRole(Role::Approver));
        QVERIFY(!p->hasRole(Role::SupportLead));
        QCOMPARE(people.byId(sam)->roles, QList<Role>());
        QCOMPARE(people.byId(morgan)->roles, allRoles());
        QCOMPARE(people.byId(morgan)->email, QString());
        QVERIFY(!people.byId(9999));

        QStringList names;
        for (const Person& person : people.all())
            names << person.name;
        QCOMPARE(names, (QStringList{u"Morgan Diaz"_s, u"Priya Shah"_s, u"Sam Lee"_s}));
    }

    void incidentWithComponentsAndRoles()
    {
        Test::TestDatabase db;
        const Store& store = db.store();
        const qint64 priya =
            store.people().add(Person{0, u"Priya Shah"_s, QString(), {Role::IncidentManager}});
        const qint64 alex = store.people().add(Person{0, u"Alex Morgan"_s, QString(), {}});
        const qint64 sam = store.people().add(Person{0, u"Sam Lee"_s, QString(), {}});

        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        incident.kind = IncidentKind::Incident;
        incident.severity = Severity::Sev1;
        incident.status = IncidentStatus::Monitoring;
        incident.drill = true;
        incident.startedAt = at(9, 58, 7, 1);
        incident.createdAt = at(10, 0, 0, 999);
        incident.components = {{u"Payments API"_s, ComponentImpact::MajorOutage},
                               {u"Checkout"_s, ComponentImpact::DegradedPerformance},
                               {u"Dashboard"_s, ComponentImpact::Operational}};
        incident.assignments = {
            {Role::IncidentManager, priya}, {Role::CommunicationsManager, alex}, {Role::SupportLead, sam}};
        const qint64 id = store.incidents().add(incident);

        const auto read = store.incidents().byId(id);
        QVERIFY(read);
        QCOMPARE(read->id, id);
        QCOMPARE(read->title, incident.title);
        QCOMPARE(read->kind, IncidentKind::Incident);
        QCOMPARE(read->severity, Severity::Sev1);
        QCOMPARE(read->status, IncidentStatus::Monitoring);
        QCOMPARE(read->drill, true);
        compareTime(read->startedAt, incident.startedAt);
        compareTime(read->createdAt, incident.createdAt);
        QVERIFY(!read->resolvedAt.isValid());
        QCOMPARE(read->components, incident.components);
        QCOMPARE(read->assignments, incident.assignments);
        QVERIFY(read->isOngoing());
        QVERIFY(!store.incidents().byId(id + 100));
    }

    void timestampsKeepMillisecondsAndBecomeUtc()
    {
        Test::TestDatabase db;
        Incident incident;
        incident.title = u"Offset times"_s;
        // 14:30:15.042 at UTC+02:00 is 12:30:15.042 UTC.
        incident.startedAt =
            QDateTime(QDate(2026, 11, 26), QTime(14, 30, 15, 42), QTimeZone::fromSecondsAheadOfUtc(7200));
        incident.createdAt = at(12, 30, 15, 999);
        const qint64 id = db.store().incidents().add(incident);
        const auto read = db.store().incidents().byId(id);
        QVERIFY(read);
        compareTime(read->startedAt, at(12, 30, 15, 42));
        compareTime(read->createdAt, at(12, 30, 15, 999));
    }

    void statusUpdateAndResolution()
    {
        Test::TestDatabase db;
        const IncidentRepository incidents = db.store().incidents();
        Incident incident;
        incident.title = u"Login failures"_s;
        incident.startedAt = at(8, 0, 0, 0);
        incident.createdAt = at(8, 0, 0, 0);
        const qint64 id = incidents.add(incident);

        incidents.updateStatus(id, IncidentStatus::Resolved, at(9, 15, 30, 123));
        auto read = incidents.byId(id);
        QCOMPARE(read->status, IncidentStatus::Resolved);
        compareTime(read->resolvedAt, at(9, 15, 30, 123));
        QVERIFY(!read->isOngoing());

        incidents.updateStatus(id, IncidentStatus::Investigating, QDateTime());
        read = incidents.byId(id);
        QCOMPARE(read->status, IncidentStatus::Investigating);
        QVERIFY(!read->resolvedAt.isValid());
    }

    void incidentsListOngoingFirstThenNewest()
    {
        Test::TestDatabase db;
        const IncidentRepository incidents = db.store().incidents();
        const auto add = [&](const QString& title, IncidentKind kind, IncidentStatus status,
                             const QDateTime& started) {
            Incident incident;
            incident.title = title;
            incident.kind = kind;
            incident.status = status;
            incident.startedAt = started;
            incident.createdAt = started;
            return incidents.add(incident);
        };
        add(u"old resolved"_s, IncidentKind::Incident, IncidentStatus::Resolved, at(1, 0, 0, 0));
        add(u"old ongoing"_s, IncidentKind::Incident, IncidentStatus::Identified, at(2, 0, 0, 0));
        add(u"new completed"_s, IncidentKind::Maintenance, IncidentStatus::Completed, at(5, 0, 0, 0));
        add(u"new ongoing"_s, IncidentKind::Maintenance, IncidentStatus::InProgress, at(4, 0, 0, 0));
        QStringList titles;
        for (const Incident& incident : incidents.all())
            titles << incident.title;
        QCOMPARE(titles,
                 (QStringList{u"new ongoing"_s, u"old ongoing"_s, u"new completed"_s, u"old resolved"_s}));
    }

    void draftsRevisionsAndTheirAuthors()
    {
        Test::TestDatabase db;
        const Store& store = db.store();
        const qint64 alex = store.people().add(Person{0, u"Alex Morgan"_s, QString(), {}});
        const qint64 jordan = store.people().add(Person{0, u"Jordan Kim"_s, QString(), {}});
        Incident incident;
        incident.title = u"Outage"_s;
        incident.startedAt = incident.createdAt = at(10, 0, 0, 0);
        const qint64 incidentId = store.incidents().add(incident);

        Draft draft;
        draft.incidentId = incidentId;
        draft.templateId = u"partial-outage-investigating"_s;
        draft.templateVersion = 3;
        draft.state = DraftState::InReview;
        draft.authorId = alex;
        draft.channels = {ChannelKind::Webhook, ChannelKind::Sms, ChannelKind::Slack};
        draft.createdAt = at(10, 1, 2, 3);
        const qint64 id = store.drafts().add(draft);

        auto read = store.drafts().byId(id);
        QVERIFY(read);
        QCOMPARE(read->incidentId, incidentId);
        QCOMPARE(read->templateId, draft.templateId);
        QCOMPARE(read->templateVersion, 3);
        QCOMPARE(read->state, DraftState::InReview);
        QCOMPARE(read->authorId, alex);
        QCOMPARE(read->channels, draft.channels);
        QCOMPARE(read->revision, 0);
        compareTime(read->createdAt, draft.createdAt);
        compareTime(read->updatedAt, draft.createdAt);

        DraftRevision first{0, id, 0, {{u"service"_s, u"the API"_s}}, alex, at(10, 2, 0, 5)};
        store.drafts().addRevision(first);
        DraftRevision second{0,      id,
                             0,      {{u"service"_s, u"the Payments API"_s}, {u"impact"_s, u"Slow"_s}},
                             jordan, at(10, 3, 0, 6)};
        second.content.texts.insert(u"sms"_s, u"{{ service }} is slow. Next update by {{ next_update }}."_s);
        store.drafts().addRevision(second);
        QCOMPARE(first.number, 1);
        QCOMPARE(second.number, 2);
        QVERIFY(first.id > 0 && second.id > first.id);
        read = store.drafts().byId(id);
        QCOMPARE(read->revision, 2);
        compareTime(read->updatedAt, at(10, 3, 0, 6));

        const auto r1 = store.drafts().revision(id, 1);
        QVERIFY(r1);
        QCOMPARE(r1->content, first.content);
        QVERIFY(r1->content.texts.isEmpty());
        QCOMPARE(r1->authorId, alex);
        compareTime(r1->createdAt, at(10, 2, 0, 5));
        QCOMPARE(store.drafts().revision(id, 2)->content, second.content);
        QVERIFY(!store.drafts().revision(id, 3));

        QList<qint64> authors = store.drafts().revisionAuthors(id);
        std::sort(authors.begin(), authors.end());
        QCOMPARE(authors, (QList<qint64>{alex, jordan}));

        store.drafts().setState(id, DraftState::Approved, at(11, 0, 0, 1));
        read = store.drafts().byId(id);
        QCOMPARE(read->state, DraftState::Approved);
        compareTime(read->updatedAt, at(11, 0, 0, 1));
        QCOMPARE(store.drafts().forIncident(incidentId).size(), 1);
    }

    void approvalsAndVoiding()
    {
        Test::TestDatabase db;
        const Store& store = db.store();
        const qint64 priya = store.people().add(Person{0, u"Priya Shah"_s, QString(), {}});
        Incident incident;
        incident.title = u"Outage"_s;
        incident.startedAt = incident.createdAt = at(10, 0, 0, 0);
        Draft draft;
        draft.incidentId = store.incidents().add(incident);
        draft.templateId = u"t"_s;
        draft.authorId = priya;
        draft.channels = {ChannelKind::Email};
        draft.createdAt = at(10, 0, 0, 0);
        const qint64 draftId = store.drafts().add(draft);

        const QByteArray hash = QByteArray(64, 'a');
        const qint64 id = store.approvals().add(
            Approval{0, draftId, 1, hash, priya, u"Looks right"_s, at(10, 5, 6, 7), false});
        const QList<Approval> approvals = store.approvals().forDraft(draftId);
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().id, id);
        QCOMPARE(approvals.first().revision, 1);
        QCOMPARE(approvals.first().contentHash, hash);
        QCOMPARE(approvals.first().approverId, priya);
        QCOMPARE(approvals.first().comment, u"Looks right"_s);
        compareTime(approvals.first().approvedAt, at(10, 5, 6, 7));
        QCOMPARE(approvals.first().voided, false);

        QCOMPARE(store.approvals().voidAll(draftId), 1);
        QCOMPARE(store.approvals().voidAll(draftId), 0);
        QCOMPARE(store.approvals().forDraft(draftId).first().voided, true);
    }

    void endpoints()
    {
        Test::TestDatabase db;
        const EndpointRepository endpoints = db.store().endpoints();
        const qint64 hook = endpoints.add(
            {0, ChannelKind::Webhook, u"Status hook"_s, u"https://status.example.com/h"_s, true});
        const qint64 off =
            endpoints.add({0, ChannelKind::Webhook, u"Old hook"_s, u"https://old.example.com/h"_s, false});
        const qint64 slack =
            endpoints.add({0, ChannelKind::Slack, u"Slack"_s, u"https://hooks.slack.com/x"_s, true});
        QCOMPARE(endpoints.all().size(), 3);
        const auto enabled = endpoints.enabledFor(ChannelKind::Webhook);
        QCOMPARE(enabled.size(), 1);
        QCOMPARE(enabled.first().id, hook);
        QCOMPARE(enabled.first().name, u"Status hook"_s);
        QCOMPARE(enabled.first().address, u"https://status.example.com/h"_s);
        QCOMPARE(endpoints.byId(off)->enabled, false);
        QCOMPARE(endpoints.byId(slack)->channel, ChannelKind::Slack);

        ChannelEndpoint changed = *endpoints.byId(off);
        changed.enabled = true;
        changed.address = u"https://new.example.com/h"_s;
        endpoints.update(changed);
        QCOMPARE(endpoints.enabledFor(ChannelKind::Webhook).size(), 2);
        QCOMPARE(endpoints.byId(off)->address, u"https://new.example.com/h"_s);
    }

    void deliveriesThroughTheirStates()
    {
        Test::TestDatabase db;
        const Store& store = db.store();
        const qint64 author = store.people().add(Person{0, u"Alex"_s, QString(), {}});
        Incident incident;
        incident.title = u"Outage"_s;
        incident.startedAt = incident.createdAt = at(10, 0, 0, 0);
        const qint64 incidentId = store.incidents().add(incident);
        Draft draft{
            0,  incidentId, u"t"_s, 1, DraftState::Sending, author, {ChannelKind::Webhook}, at(10, 0, 0, 0),
            {}, 1};
        const qint64 draftId = store.drafts().add(draft);
        const qint64 endpointId =
            store.endpoints().add({0, ChannelKind::Webhook, u"h"_s, u"https://h.example.com"_s, true});

        Delivery d;
        d.draftId = draftId;
        d.incidentId = incidentId;
        d.revision = 2;
        d.endpointId = endpointId;
        d.channel = ChannelKind::Webhook;
        d.target = u"https://h.example.com"_s;
        d.idempotencyKey = u"herald-d1-r2-e1-0123456789abcdef"_s;
        d.payload = R"({"text":"Grüße · ✓"})"_ba;
        d.nextAttemptAt = at(10, 0, 1, 500);
        d.createdAt = at(10, 0, 0, 250);
        const qint64 id = store.deliveries().add(d);

        auto read = store.deliveries().byId(id);
        QVERIFY(read);
        QCOMPARE(read->draftId, draftId);
        QCOMPARE(read->incidentId, incidentId);
        QCOMPARE(read->revision, 2);
        QCOMPARE(read->endpointId, endpointId);
        QCOMPARE(read->channel, ChannelKind::Webhook);
        QCOMPARE(read->target, d.target);
        QCOMPARE(read->idempotencyKey, d.idempotencyKey);
        QCOMPARE(read->payload, d.payload);
        QCOMPARE(read->state, DeliveryState::Pending);
        QCOMPARE(read->attempts, 0);
        compareTime(read->nextAttemptAt, at(10, 0, 1, 500));
        compareTime(read->createdAt, at(10, 0, 0, 250));
        compareTime(read->updatedAt, at(10, 0, 0, 250));

        QVERIFY(store.deliveries().due(at(10, 0, 1, 499), 10).isEmpty());
        QCOMPARE(store.deliveries().due(at(10, 0, 1, 500), 10).size(), 1);
        compareTime(store.deliveries().nextDueTime(), at(10, 0, 1, 500));
        // Asked per channel: the webhook row is due, no SMS row is.
        QCOMPARE(store.deliveries().due(at(10, 0, 1, 500), 10, ChannelKind::Webhook).size(), 1);
        QVERIFY(store.deliveries().due(at(10, 0, 1, 500), 10, ChannelKind::Sms).isEmpty());
        compareTime(store.deliveries().nextDueTime(ChannelKind::Webhook), at(10, 0, 1, 500));
        QVERIFY(!store.deliveries().nextDueTime(ChannelKind::Sms).isValid());

        QVERIFY(store.deliveries().claim(id, at(10, 0, 2, 0)));
        QVERIFY(!store.deliveries().claim(id, at(10, 0, 2, 0))); // already taken
        read = store.deliveries().byId(id);
        QCOMPARE(read->state, DeliveryState::InFlight);
        QCOMPARE(read->attempts, 1);
        QVERIFY(!store.deliveries().nextDueTime().isValid());

        QCOMPARE(store.deliveries().resumeOrphans(at(10, 5, 0, 0), u"another-owner"_s),
                 1); // claimed by no owner
        read = store.deliveries().byId(id);
        QCOMPARE(read->state, DeliveryState::Pending);
        QCOMPARE(read->attempts, 1);
        compareTime(read->nextAttemptAt, at(10, 5, 0, 0));

        QVERIFY(store.deliveries().claim(id, at(10, 5, 0, 0)));
        Delivery outcome = *store.deliveries().byId(id);
        outcome.state = DeliveryState::Delivered;
        outcome.providerReference = u"req-42"_s;
        outcome.updatedAt = at(10, 5, 1, 1);
        store.deliveries().recordOutcome(outcome);
        read = store.deliveries().byId(id);
        QCOMPARE(read->state, DeliveryState::Delivered);
        QCOMPARE(read->attempts, 2);
        QCOMPARE(read->providerReference, u"req-42"_s);
        QCOMPARE(read->lastError, QString());
        compareTime(read->updatedAt, at(10, 5, 1, 1));
        QVERIFY(read->isFinal());
        QCOMPARE(store.deliveries().forDraft(draftId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(StoreRepositoriesTest)
#include "StoreRepositoriesTest.moc"
