#include "channels/ComposeInput.h"
#include "channels/webhook/WebhookComposer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The herald.update payload WebhookComposer emits, checked against the published JSON Schema
// (resources/schemas/herald-update-v1.schema.json): required fields, types, enums, constants and
// date-times, and no field the schema does not describe. The checker covers the keywords that
// schema uses; it is tested on broken payloads too, so a pass means something.
class WebhookSchemaTest : public QObject {
    Q_OBJECT

private:
    QJsonObject m_schema;
    TemplateRenderer m_renderer;

    static bool hasType(const QJsonValue& value, const QString& type)
    {
        if (type == u"object"_s)
            return value.isObject();
        if (type == u"array"_s)
            return value.isArray();
        if (type == u"string"_s)
            return value.isString();
        if (type == u"boolean"_s)
            return value.isBool();
        if (type == u"integer"_s)
            return value.isDouble() && value.toDouble() == double(value.toInteger());
        if (type == u"number"_s)
            return value.isDouble();
        return false;
    }

    // Every violation, as "path: what"; also lists fields the schema does not describe, which
    // the schema allows (receivers ignore them) but which Herald must document before emitting.
    static QStringList check(const QJsonValue& value, const QJsonObject& schema, const QString& path)
    {
        QStringList errors;
        if (schema.contains(u"type"_s) && !hasType(value, schema[u"type"_s].toString()))
            return {path + u": not "_s + schema[u"type"_s].toString()};
        if (schema.contains(u"const"_s) && value != schema[u"const"_s])
            errors << path + u": not the constant"_s;
        if (schema.contains(u"enum"_s) && !schema[u"enum"_s].toArray().contains(value))
            errors << path + u": "_s + value.toString() + u" not in enum"_s;
        if (schema[u"format"_s].toString() == u"date-time"_s &&
            !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            errors << path + u": not a date-time"_s;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema[u"properties"_s].toObject();
            for (const QJsonValue& key : schema[u"required"_s].toArray())
                if (!object.contains(key.toString()))
                    errors << path + u"."_s + key.toString() + u": missing"_s;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    errors << check(it.value(), properties[it.key()].toObject(), path + u"."_s + it.key());
                else
                    errors << path + u"."_s + it.key() + u": not described by the schema"_s;
            }
        }
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                errors << check(items.at(i), schema[u"items"_s].toObject(), path + u"[%1]"_s.arg(i));
        }
        return errors;
    }

    QJsonObject composed(Incident incident)
    {
        MessageTemplate t;
        t.id = u"partial-outage-identified"_s;
        t.subject = u"Identified: {{ service }}"_s;
        t.body = u"We found the cause: {{ cause }}.\n\nNext update by {{ next }}."_s;
        const ComposeInput input{t,
                                 incident,
                                 {{u"service"_s, u"<Payments & \"API\">"_s},
                                  {u"cause"_s, u"a *config* change"_s},
                                  {u"next"_s, u"15:30 UTC"_s}},
                                 m_renderer,
                                 nullptr};
        return QJsonDocument::fromJson(WebhookComposer().compose(input).wire).object();
    }

    static Incident incident()
    {
        Incident i;
        i.id = 12;
        i.title = u"Payments API partial outage"_s;
        i.severity = Severity::Sev2;
        i.status = IncidentStatus::Identified;
        i.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58, 7), QTimeZone::UTC);
        i.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                        {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(HERALD_SCHEMA_DIR) + u"/herald-update-v1.schema.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        m_schema = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(m_schema[u"properties"_s][u"schema"_s][u"const"_s].toString(), u"herald.update"_s);
        QCOMPARE(m_schema[u"properties"_s][u"version"_s][u"const"_s].toInt(), WebhookComposer::schemaVersion);
    }

    void composedPayloadsMatchTheSchema_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("incident") << 0;
        QTest::newRow("drill without components") << 1;
        QTest::newRow("maintenance in progress") << 2;
        QTest::newRow("resolved sev1") << 3;
    }

    void composedPayloadsMatchTheSchema()
    {
        QFETCH(int, variant);
        Incident i = incident();
        if (variant == 1) {
            i.drill = true;
            i.components.clear();
        } else if (variant == 2) {
            i.kind = IncidentKind::Maintenance;
            i.status = IncidentStatus::InProgress;
            i.components = {{u"Dashboard"_s, ComponentImpact::UnderMaintenance}};
        } else if (variant == 3) {
            i.severity = Severity::Sev1;
            i.status = IncidentStatus::Resolved;
            i.components = {{u"Payments API"_s, ComponentImpact::Operational},
                            {u"Cards"_s, ComponentImpact::MajorOutage}};
        }
        const QJsonObject payload = composed(i);
        QCOMPARE(check(payload, m_schema, u"$"_s).join(u'\n'), QString());
        // No escaping in the payload: receivers get the text as written.
        QCOMPARE(payload[u"update"_s][u"title"_s].toString(),
                 QString((i.drill ? u"[DRILL] "_s : QString()) + u"Identified: <Payments & \"API\">"_s));
        QVERIFY(payload[u"update"_s][u"text"_s].toString().contains(u"a *config* change"_s));
    }

    void everyEnumValueHeraldCanEmitIsInTheSchema()
    {
        const QJsonObject incidentProperties =
            m_schema[u"properties"_s][u"incident"_s][u"properties"_s].toObject();
        for (IncidentStatus s :
             {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
              IncidentStatus::Resolved, IncidentStatus::Scheduled, IncidentStatus::InProgress,
              IncidentStatus::Verifying, IncidentStatus::Completed})
            QVERIFY(incidentProperties[u"status"_s][u"enum"_s].toArray().contains(incidentStatusKey(s)));
        for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
            QVERIFY(incidentProperties[u"severity"_s][u"enum"_s].toArray().contains(severityKey(s)));
        for (IncidentKind k : {IncidentKind::Incident, IncidentKind::Maintenance})
            QVERIFY(incidentProperties[u"kind"_s][u"enum"_s].toArray().contains(incidentKindKey(k)));
        const QJsonArray impacts =
            incidentProperties[u"components"_s][u"items"_s][u"properties"_s][u"impact"_s][u"enum"_s]
                .toArray();
        for (ComponentImpact c : {ComponentImpact::Operational, ComponentImpact::DegradedPerformance,
                                  ComponentImpact::PartialOutage, ComponentImpact::MajorOutage,
                                  ComponentImpact::UnderMaintenance})
            QVERIFY(impacts.contains(componentImpactKey(c)));
    }

    // The checker finds what it should, so its silence above means something.
    void checkerRejectsBrokenPayloads()
    {
        const QJsonObject good = composed(incident());
        QJsonObject missing = good;
        QJsonObject update = missing[u"update"_s].toObject();
        update.remove(u"text"_s);
        missing[u"update"_s] = update;
        QCOMPARE(check(missing, m_schema, u"$"_s), QStringList{u"$.update.text: missing"_s});

        QJsonObject wrongType = good;
        QJsonObject incident = wrongType[u"incident"_s].toObject();
        incident[u"id"_s] = u"12"_s;
        incident[u"severity"_s] = u"critical"_s;
        incident[u"started_at"_s] = u"yesterday"_s;
        wrongType[u"incident"_s] = incident;
        wrongType[u"version"_s] = 2;
        wrongType[u"extra"_s] = true;
        QCOMPARE(
            check(wrongType, m_schema, u"$"_s),
            (QStringList{u"$.extra: not described by the schema"_s, u"$.incident.id: not integer"_s,
                         u"$.incident.severity: critical not in enum"_s,
                         u"$.incident.started_at: not a date-time"_s, u"$.version: not the constant"_s}));
    }

    void payloadSizeIsAdvice()
    {
        MessageTemplate t;
        t.id = u"t"_s;
        t.body = u"Text"_s;
        const Incident i = incident();
        const ComposeInput input{t, i, {}, m_renderer, nullptr};
        const WebhookComposer composer;
        const ChannelMessage m = composer.compose(input);
        const QList<ChannelLimit> limits = composer.limits(m);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.at(0).unit, u"bytes"_s);
        QCOMPARE(limits.at(0).used, int(m.wire.size()));
        QCOMPARE(limits.at(0).limit, 20000);
        QVERIFY(!limits.at(0).blocking);
    }
};

QTEST_GUILESS_MAIN(WebhookSchemaTest)
#include "WebhookSchemaTest.moc"
