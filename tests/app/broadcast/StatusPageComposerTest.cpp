#include "channels/statuspage/StatusPageComposer.h"

#include "BroadcastFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The status page request, checked against Statuspage's published OpenAPI (create and update
// incident): only fields the API has, values from its enums, and the limits it states.
class StatusPageComposerTest : public QObject {
    Q_OBJECT
    StatusPageComposer m_composer;
    QJsonObject m_schemas;

    QStringList enumOf(const QJsonObject& schema)
    {
        QStringList out;
        for (const QJsonValue& v : schema[u"enum"_s].toArray())
            out << v.toString();
        return out;
    }

    void matchesSchema(const QJsonObject& incident, const QString& schemaName)
    {
        const QJsonObject properties = m_schemas[schemaName][u"properties"_s].toObject();
        QVERIFY(!properties.isEmpty());
        for (const QString& key : incident.keys())
            QVERIFY2(properties.contains(key), qPrintable(key));
        QVERIFY(enumOf(properties[u"status"_s].toObject()).contains(incident[u"status"_s].toString()));
        QVERIFY(enumOf(properties[u"impact_override"_s].toObject())
                    .contains(incident[u"impact_override"_s].toString()));
        QCOMPARE(properties[u"deliver_notifications"_s][u"type"_s].toString(), u"boolean"_s);
        const QStringList componentStatuses = enumOf(
            m_schemas[u"postPagesPageIdIncidents_incident_components"_s][u"properties"_s][u"component_id"_s]
                .toObject());
        QVERIFY(componentStatuses.contains(u"partial_outage"_s));
        const QJsonObject components = incident[u"components"_s].toObject();
        for (const QString& key : components.keys())
            QVERIFY2(componentStatuses.contains(components[key].toString()), qPrintable(key));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(HERALD_TEST_DATA "/statuspage/statuspage_incident_api_subset.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_schemas = QJsonDocument::fromJson(file.readAll()).object()[u"schemas"_s].toObject();
        QVERIFY(m_schemas.contains(u"postPagesPageIdIncidents_incident"_s));
    }

    void requestMatchesTheApi()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        const QJsonObject request = Test::BroadcastFixture::json(m.wire);
        QCOMPARE(request.keys(), QStringList{u"incident"_s});
        const QJsonObject incident = request[u"incident"_s].toObject();
        matchesSchema(incident, u"postPagesPageIdIncidents_incident"_s);
        matchesSchema(incident, u"patchPagesPageIdIncidents_incident"_s);
        QCOMPARE(incident[u"name"_s].toString(), u"Payments API partial outage"_s);
        QCOMPARE(m.title, u"Payments API partial outage"_s);
        QCOMPARE(incident[u"status"_s].toString(), u"identified"_s);
        QCOMPARE(incident[u"impact_override"_s].toString(), u"major"_s);
        QCOMPARE(incident[u"deliver_notifications"_s].toBool(), true);
        QCOMPARE(incident[u"body"_s].toString(), m.text);
        QCOMPARE(m.text, u"We found why the Payments API fails.\n\nRetry after a minute. "
                         u"We will post the next update by 15:30 UTC."_s);
        QCOMPARE(incident[u"components"_s].toObject(),
                 (QJsonObject{{u"Payments API"_s, u"partial_outage"_s},
                              {u"Checkout"_s, u"degraded_performance"_s}}));
        QCOMPARE(m.html, u"<p>We found why the Payments API fails.</p>\n<p>Retry after a minute. "
                         u"We will post the next update by 15:30 UTC.</p>\n"_s);
    }

    void statusesFollowTheIncident_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("wireStatus");
        QTest::addColumn<QString>("impact");
        const int incident = int(IncidentKind::Incident);
        const int maintenance = int(IncidentKind::Maintenance);
        QTest::newRow("investigating sev1") << incident << int(IncidentStatus::Investigating)
                                            << int(Severity::Sev1) << u"investigating"_s << u"critical"_s;
        QTest::newRow("monitoring sev3") << incident << int(IncidentStatus::Monitoring) << int(Severity::Sev3)
                                         << u"monitoring"_s << u"minor"_s;
        QTest::newRow("resolved sev4")
            << incident << int(IncidentStatus::Resolved) << int(Severity::Sev4) << u"resolved"_s << u"none"_s;
        QTest::newRow("scheduled") << maintenance << int(IncidentStatus::Scheduled) << int(Severity::Sev3)
                                   << u"scheduled"_s << u"maintenance"_s;
        QTest::newRow("in progress") << maintenance << int(IncidentStatus::InProgress) << int(Severity::Sev3)
                                     << u"in_progress"_s << u"maintenance"_s;
        QTest::newRow("verifying") << maintenance << int(IncidentStatus::Verifying) << int(Severity::Sev2)
                                   << u"verifying"_s << u"maintenance"_s;
        QTest::newRow("completed") << maintenance << int(IncidentStatus::Completed) << int(Severity::Sev2)
                                   << u"completed"_s << u"maintenance"_s;
    }

    void statusesFollowTheIncident()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, severity);
        QFETCH(QString, wireStatus);
        QFETCH(QString, impact);
        Test::BroadcastFixture f;
        f.incident.kind = IncidentKind(kind);
        f.incident.status = IncidentStatus(status);
        f.incident.severity = Severity(severity);
        f.incident.components = {{u"Database"_s, ComponentImpact::UnderMaintenance},
                                 {u"API"_s, ComponentImpact::MajorOutage},
                                 {u"Web"_s, ComponentImpact::Operational}};
        const QJsonObject incident =
            Test::BroadcastFixture::json(f.compose(m_composer).wire)[u"incident"_s].toObject();
        matchesSchema(incident, u"postPagesPageIdIncidents_incident"_s);
        QCOMPARE(incident[u"status"_s].toString(), wireStatus);
        QCOMPARE(incident[u"impact_override"_s].toString(), impact);
        QCOMPARE(incident[u"components"_s][u"Database"_s].toString(), u"under_maintenance"_s);
        QCOMPARE(incident[u"components"_s][u"API"_s].toString(), u"major_outage"_s);
        QCOMPARE(incident[u"components"_s][u"Web"_s].toString(), u"operational"_s);
    }

    void htmlIsEscapedAndDrillsNotifyNobody()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"service"_s, u"<b>Cards</b> & \"UK\""_s);
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY2(m.html.startsWith(
                     u"<p>[DRILL] We found why &lt;b&gt;Cards&lt;/b&gt; &amp; &quot;UK&quot; fails.</p>"_s),
                 qPrintable(m.html));
        QVERIFY(m.text.contains(u"<b>Cards</b> & \"UK\""_s));
        QVERIFY(m.title.startsWith(u"[DRILL] "_s));
        QCOMPARE(Test::BroadcastFixture::json(m.wire)[u"incident"_s][u"deliver_notifications"_s].toBool(),
                 false);
    }

    void limits()
    {
        Test::BroadcastFixture f;
        ChannelMessage m = f.compose(m_composer);
        QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 3);
        for (const ChannelLimit& l : limits)
            QVERIFY2(l.fits(), qPrintable(l.part));
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Incident name"_s)->limit, 255);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Update"_s)->used, int(m.text.size()));
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Update"_s)->limit, 25000);

        m.title = QString(256, u'n');
        m.text = QString(1001, u'b');
        limits = m_composer.limits(m);
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Incident name"_s)->fits());
        QVERIFY(Test::BroadcastFixture::limit(limits, u"Update"_s)->fits());
        const ChannelLimit* advice = Test::BroadcastFixture::limit(limits, u"Readable update"_s);
        QVERIFY(!advice->fits());
        QVERIFY(!advice->blocking);
        m.text = QString(25001, u'b');
        QVERIFY(!Test::BroadcastFixture::limit(m_composer.limits(m), u"Update"_s)->fits());
    }
};

QTEST_GUILESS_MAIN(StatusPageComposerTest)
#include "StatusPageComposerTest.moc"
