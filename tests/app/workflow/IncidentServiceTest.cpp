#include "workflow/IncidentService.h"

#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "support/TestDatabase.h"
#include "timeline/TimelineChain.h"
#include "workflow/ChangeNotifier.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

// Opening incidents and moving them through their lifecycle, each step one timeline event.
class IncidentServiceTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<IncidentService> m_incidents;
    qint64 m_priya = 0;

    const Store& store() { return m_db->store(); }

    qint64 open(IncidentKind kind = IncidentKind::Incident)
    {
        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        incident.kind = kind;
        incident.severity = Severity::Sev2;
        return m_incidents->create(incident, m_priya);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_notifier = std::make_unique<ChangeNotifier>();
        m_incidents = std::make_unique<IncidentService>(m_db->store(), m_db->clock(), m_notifier.get());
        m_priya = store().people().add(Person{0, u"Priya Shah"_s, QString(), {Role::IncidentManager}});
    }

    void cleanup()
    {
        m_incidents.reset();
        m_notifier.reset();
        m_db.reset();
    }

    void createRecordsTheIncidentAndAnEvent()
    {
        QSignalSpy changed(m_notifier.get(), &ChangeNotifier::incidentsChanged);
        Incident incident;
        incident.title = u"  Payments API partial outage  "_s;
        incident.severity = Severity::Sev2;
        incident.drill = true;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
        incident.assignments = {{Role::IncidentManager, m_priya}};
        const qint64 id = m_incidents->create(incident, m_priya);

        const auto stored = store().incidents().byId(id);
        QVERIFY(stored);
        QCOMPARE(stored->title, u"Payments API partial outage"_s);
        QCOMPARE(stored->status, IncidentStatus::Investigating);
        QCOMPARE(stored->createdAt, Test::TestDatabase::epoch());
        QCOMPARE(stored->startedAt, Test::TestDatabase::epoch());
        QCOMPARE(stored->drill, true);
        QCOMPARE(stored->components, incident.components);
        QCOMPARE(stored->assignments.value(Role::IncidentManager), m_priya);

        const QList<TimelineEvent> events = store().timeline().events(id);
        QCOMPARE(events.size(), 1);
        const TimelineEvent& e = events.first();
        QCOMPARE(e.type, TimelineEventType::IncidentCreated);
        QCOMPARE(e.incidentId, id);
        QCOMPARE(e.actorId, m_priya);
        QCOMPARE(e.actorName, u"Priya Shah"_s);
        QCOMPARE(e.at, Test::TestDatabase::epoch());
        QCOMPARE(e.details.value(u"severity"_s).toString(), u"sev2"_s);
        QCOMPARE(e.details.value(u"status"_s).toString(), u"investigating"_s);
        QCOMPARE(e.details.value(u"drill"_s).toBool(), true);
        QVERIFY2(e.summary.contains(u"Payments API partial outage"_s), qPrintable(e.summary));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);
    }

    void givenStartTimeIsKept()
    {
        Incident incident;
        incident.title = u"Started earlier"_s;
        incident.startedAt = Test::TestDatabase::epoch().addSecs(-1800).addMSecs(5);
        const qint64 id = m_incidents->create(incident, m_priya);
        QCOMPARE(store().incidents().byId(id)->startedAt, incident.startedAt);
        QCOMPARE(store().incidents().byId(id)->createdAt, Test::TestDatabase::epoch());
    }

    void maintenanceStartsScheduled()
    {
        const qint64 id =
            open(IncidentKind::Maintenance); // asked for "investigating", not a maintenance status
        QCOMPARE(store().incidents().byId(id)->status, IncidentStatus::Scheduled);
    }

    void titleIsRequired()
    {
        Incident incident;
        incident.title = u"   "_s;
        QVERIFY_THROWS_EXCEPTION(HeraldError, m_incidents->create(incident, m_priya));
        QVERIFY(store().incidents().all().isEmpty());
        QCOMPARE(store().timeline().count(), 0);
    }

    void statusChangesAreRecorded()
    {
        const qint64 id = open();
        m_db->clock().advanceSeconds(600);
        m_incidents->changeStatus(id, IncidentStatus::Identified, m_priya);
        QCOMPARE(store().incidents().byId(id)->status, IncidentStatus::Identified);
        QVERIFY(!store().incidents().byId(id)->resolvedAt.isValid());

        m_db->clock().advanceSeconds(600);
        const QDateTime resolvedAt = m_db->clock().now();
        m_incidents->changeStatus(id, IncidentStatus::Resolved, m_priya);
        QCOMPARE(store().incidents().byId(id)->resolvedAt, resolvedAt);

        m_db->clock().advanceSeconds(60);
        m_incidents->changeStatus(id, IncidentStatus::Investigating, m_priya); // reopened
        QVERIFY(!store().incidents().byId(id)->resolvedAt.isValid());

        const QList<TimelineEvent> events = store().timeline().events(id);
        QCOMPARE(events.size(), 4);
        const QList<std::pair<QString, QString>> moves{{u"investigating"_s, u"identified"_s},
                                                       {u"identified"_s, u"resolved"_s},
                                                       {u"resolved"_s, u"investigating"_s}};
        for (qsizetype i = 0; i < moves.size(); ++i) {
            const TimelineEvent& e = events.at(i + 1);
            QCOMPARE(e.type, TimelineEventType::IncidentStatusChanged);
            QCOMPARE(e.details.value(u"from"_s).toString(), moves.at(i).first);
            QCOMPARE(e.details.value(u"to"_s).toString(), moves.at(i).second);
            QCOMPARE(e.actorId, m_priya);
        }
        QCOMPARE(events.at(2).at, resolvedAt);
        QVERIFY(!TimelineChain::verify(store().timeline().events()));
    }

    void refusedChangesRecordNothing_data()
    {
        QTest::addColumn<IncidentStatus>("reached");
        QTest::addColumn<IncidentStatus>("to");
        QTest::newRow("resolved -> monitoring") << IncidentStatus::Resolved << IncidentStatus::Monitoring;
        QTest::newRow("resolved -> identified") << IncidentStatus::Resolved << IncidentStatus::Identified;
        QTest::newRow("investigating -> scheduled")
            << IncidentStatus::Investigating << IncidentStatus::Scheduled;
        QTest::newRow("identified -> identified") << IncidentStatus::Identified << IncidentStatus::Identified;
    }

    void refusedChangesRecordNothing()
    {
        QFETCH(IncidentStatus, reached);
        QFETCH(IncidentStatus, to);
        const qint64 id = open();
        if (reached != IncidentStatus::Investigating)
            m_incidents->changeStatus(id, reached, m_priya);
        const qint64 events = store().timeline().count();
        const QDateTime resolvedAt = store().incidents().byId(id)->resolvedAt;

        QVERIFY_THROWS_EXCEPTION(HeraldError, m_incidents->changeStatus(id, to, m_priya));
        QCOMPARE(store().timeline().count(), events);
        QCOMPARE(store().incidents().byId(id)->status, reached);
        QCOMPARE(store().incidents().byId(id)->resolvedAt, resolvedAt);
    }

    void unknownIncidentIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(HeraldError,
                                 m_incidents->changeStatus(404, IncidentStatus::Identified, m_priya));
        QCOMPARE(store().timeline().count(), 0);
    }
};

QTEST_GUILESS_MAIN(IncidentServiceTest)
#include "IncidentServiceTest.moc"
