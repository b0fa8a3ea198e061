// The static status page's three files from a small, known history: what a reader, a feed
// reader and a tool reading summary.json each get, and that hostile text stays text.
#include "channels/statuspage/StaticStatusPage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
const QDateTime t0(QDate(2026, 11, 26), QTime(14, 5), QTimeZone::UTC);
const QString hostile = u"Cards <script>alert(\"x\")</script> & 100%1 declined.\nSecond line\x01."_s;

// A delivered status-page row as StatusPageComposer's wire makes it.
Delivery update(qint64 id, qint64 incident, const QString& name, const QString& status, const QString& body,
                const QJsonObject& components, const QDateTime& at, const QString& impact = u"major"_s)
{
    Delivery d;
    d.id = id;
    d.incidentId = incident;
    d.channel = ChannelKind::StatusPage;
    d.idempotencyKey = u"herald-d%1-r1-e1-abc"_s.arg(id);
    d.state = DeliveryState::Delivered;
    d.updatedAt = at;
    const QJsonObject wire{{u"incident"_s, QJsonObject{{u"name"_s, name},
                                                       {u"status"_s, status},
                                                       {u"impact_override"_s, impact},
                                                       {u"body"_s, body},
                                                       {u"components"_s, components}}}};
    d.payload = QJsonDocument(wire).toJson(QJsonDocument::Compact);
    return d;
}

StatusHistory smallHistory()
{
    StatusHistory h;
    // Yesterday: a slow login, resolved.
    h.updates << update(3, 2, u"Slow sign-in"_s, u"investigating"_s, u"Sign-in is slow for some people."_s,
                        {{u"Login"_s, u"degraded_performance"_s}}, t0.addDays(-1), u"minor"_s)
              << update(4, 2, u"Slow sign-in"_s, u"resolved"_s, u"Sign-in is fast again."_s,
                        {{u"Login"_s, u"operational"_s}}, t0.addDays(-1).addSecs(3600), u"minor"_s);
    // Today: card payments, ongoing.
    h.updates << update(7, 1, u"Payments API partial outage"_s, u"investigating"_s,
                        u"We are looking into declined card payments."_s,
                        {{u"Payments API"_s, u"partial_outage"_s}}, t0)
              << update(9, 1, u"Payments API partial outage"_s, u"identified"_s, hostile,
                        {{u"Payments API"_s, u"partial_outage"_s}}, t0.addSecs(600));
    Incident payments;
    payments.id = 1;
    payments.title = u"Payments API partial outage"_s;
    Incident login;
    login.id = 2;
    login.title = u"Slow sign-in"_s;
    h.incidents << payments << login;
    return h;
}

StaticStatusPage::Page page()
{
    return {u"pg123"_s, u"Example <Inc>"_s, {}};
}

QStringList keys(const QJsonObject& o)
{
    return o.keys();
}

void includesKeysOf(const QJsonObject& reference, const QJsonObject& ours, const char* what)
{
    for (const QString& key : keys(reference))
        QVERIFY2(ours.contains(key), qPrintable(u"%1 lacks %2"_s.arg(QString::fromLatin1(what), key)));
}

struct Entry {
    QString id, title, updated, content;
};

QList<Entry> parseAtom(const QByteArray& atom, QString* error)
{
    QList<Entry> entries;
    QXmlStreamReader xml(atom);
    Entry current;
    bool inEntry = false;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!rootSeen) {
                rootSeen = true;
                if (xml.name() != u"feed"_s || xml.namespaceUri() != u"http://www.w3.org/2005/Atom"_s)
                    *error = u"root is not an Atom feed"_s;
            } else if (xml.name() == u"entry"_s) {
                inEntry = true;
                current = {};
            } else if (inEntry && xml.name() == u"id"_s) {
                current.id = xml.readElementText();
            } else if (inEntry && xml.name() == u"title"_s) {
                current.title = xml.readElementText();
            } else if (inEntry && xml.name() == u"updated"_s) {
                current.updated = xml.readElementText();
            } else if (inEntry && xml.name() == u"content"_s) {
                current.content = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"entry"_s) {
            inEntry = false;
            entries << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}
} // namespace

class StaticStatusPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summaryJsonIsShapedLikeStatuspages()
    {
        const StaticStatusPage statusPage(page(), smallHistory(), t0.addSecs(660));
        QJsonParseError parseError;
        const QJsonObject summary = QJsonDocument::fromJson(statusPage.summaryJson(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        QFile file(QStringLiteral(HERALD_TEST_DATA) + u"/statuspage/public_api_v2_summary_example.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        for (const QString& key :
             {u"page"_s, u"status"_s, u"components"_s, u"incidents"_s, u"scheduled_maintenances"_s})
            QVERIFY2(summary.contains(key), qPrintable(key));
        includesKeysOf(reference[u"page"_s].toObject(), summary[u"page"_s].toObject(), "page");
        includesKeysOf(reference[u"status"_s].toObject(), summary[u"status"_s].toObject(), "status");
        includesKeysOf(reference[u"components"_s][0].toObject(), summary[u"components"_s][0].toObject(),
                       "component");
        const QJsonObject incidentRef = reference[u"incidents"_s][0].toObject();
        includesKeysOf(incidentRef, summary[u"incidents"_s][0].toObject(), "incident");
        includesKeysOf(incidentRef[u"incident_updates"_s][0].toObject(),
                       summary[u"incidents"_s][0][u"incident_updates"_s][0].toObject(), "incident update");

        QCOMPARE(summary[u"page"_s][u"id"_s].toString(), u"pg123"_s);
        QCOMPARE(summary[u"page"_s][u"name"_s].toString(), u"Example <Inc>"_s);
        QCOMPARE(summary[u"page"_s][u"updated_at"_s].toString(), u"2026-11-26T14:15:00.000Z"_s);
        // A partial outage of one component: Statuspage's "major" indicator.
        QCOMPARE(summary[u"status"_s][u"indicator"_s].toString(), u"major"_s);
        QCOMPARE(summary[u"status"_s][u"description"_s].toString(), u"Partial System Outage"_s);

        const QJsonArray components = summary[u"components"_s].toArray();
        QCOMPARE(components.size(), 2);
        QHash<QString, QString> statusOf;
        for (const QJsonValue& c : components)
            statusOf.insert(c[u"name"_s].toString(), c[u"status"_s].toString());
        QCOMPARE(statusOf.value(u"Payments API"_s), u"partial_outage"_s);
        QCOMPARE(statusOf.value(u"Login"_s), u"operational"_s); // its incident is resolved
        QCOMPARE(components[0][u"position"_s].toInt(), 1);

        // Only the unresolved incident, its updates newest first.
        const QJsonArray incidents = summary[u"incidents"_s].toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject payments = incidents[0].toObject();
        QCOMPARE(payments[u"name"_s].toString(), u"Payments API partial outage"_s);
        QCOMPARE(payments[u"status"_s].toString(), u"identified"_s);
        QCOMPARE(payments[u"impact"_s].toString(), u"major"_s);
        QVERIFY(payments[u"resolved_at"_s].isNull());
        QCOMPARE(payments[u"created_at"_s].toString(), u"2026-11-26T14:05:00.000Z"_s);
        const QJsonArray updates = payments[u"incident_updates"_s].toArray();
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates[0][u"status"_s].toString(), u"identified"_s);
        QCOMPARE(updates[0][u"body"_s].toString(), hostile); // JSON carries the text exactly
        QCOMPARE(updates[0][u"incident_id"_s].toString(), payments[u"id"_s].toString());
        QCOMPARE(updates[1][u"status"_s].toString(), u"investigating"_s);
        QVERIFY(summary[u"scheduled_maintenances"_s].toArray().isEmpty());
    }

    void allClearWhenEverythingIsResolved()
    {
        StatusHistory history = smallHistory();
        history.updates << update(11, 1, u"Payments API partial outage"_s, u"resolved"_s, u"Fixed."_s,
                                  {{u"Payments API"_s, u"operational"_s}}, t0.addSecs(1800));
        const QJsonObject summary =
            QJsonDocument::fromJson(StaticStatusPage(page(), history, t0.addSecs(1900)).summaryJson())
                .object();
        QCOMPARE(summary[u"status"_s][u"indicator"_s].toString(), u"none"_s);
        QCOMPARE(summary[u"status"_s][u"description"_s].toString(), u"All Systems Operational"_s);
        QVERIFY(summary[u"incidents"_s].toArray().isEmpty());
        for (const QJsonValue& c : summary[u"components"_s].toArray())
            QCOMPARE(c[u"status"_s].toString(), u"operational"_s);
    }

    void atomIsValidWithOneStableEntryPerUpdate()
    {
        const StaticStatusPage first(page(), smallHistory(), t0.addSecs(660));
        QString error;
        const QList<Entry> entries = parseAtom(first.atom(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 4);
        QSet<QString> ids;
        for (const Entry& e : entries) {
            QVERIFY2(e.id.startsWith(u"urn:uuid:"_s), qPrintable(e.id));
            ids.insert(e.id);
            QVERIFY(QDateTime::fromString(e.updated, Qt::ISODate).isValid());
        }
        QCOMPARE(ids.size(), 4);
        // Newest first; the hostile update is text, and the control character became U+FFFD.
        QCOMPARE(entries[0].title, u"Payments API partial outage: Identified"_s);
        QCOMPARE(entries[0].content, QString(hostile).replace(QChar(1), QChar(QChar::ReplacementCharacter)));
        QCOMPARE(entries[0].updated, u"2026-11-26T14:15:00Z"_s);
        QCOMPARE(entries[3].content, u"Sign-in is slow for some people."_s);

        // A rebuild with one more update keeps every earlier id.
        StatusHistory more = smallHistory();
        more.updates << update(12, 1, u"Payments API partial outage"_s, u"monitoring"_s, u"A fix is out."_s,
                               {{u"Payments API"_s, u"degraded_performance"_s}}, t0.addSecs(1200));
        const QList<Entry> again = parseAtom(StaticStatusPage(page(), more, t0.addSecs(1300)).atom(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.size(), 5);
        QCOMPARE(again[0].content, u"A fix is out."_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(again[i + 1].id, entries[i].id);
        // The same history at the same time gives the same bytes.
        QCOMPARE(StaticStatusPage(page(), smallHistory(), t0.addSecs(660)).atom(), first.atom());
    }

    void htmlShowsEveryUpdateAndEscapesHostileText()
    {
        const StaticStatusPage statusPage(page(), smallHistory(), t0.addSecs(660));
        const QString html = QString::fromUtf8(statusPage.html());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<html lang=\"en\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        // Each update's text, escaped.
        for (const QString& text : {u"We are looking into declined card payments."_s,
                                    u"Sign-in is slow for some people."_s, u"Sign-in is fast again."_s})
            QVERIFY2(html.contains(text), qPrintable(text));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(
            u"Cards &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 100%1 declined.<br>Second line"_s));
        QVERIFY(html.contains(u"Example &lt;Inc&gt; status"_s));
        QVERIFY(!html.contains(u"Example <Inc>"_s));
        // Self-contained: no scripts, no external styles, images or fonts.
        QVERIFY(!html.contains(u"src="_s));
        QVERIFY(!html.contains(u"http://"_s));
        QVERIFY(!html.contains(u"https://"_s));
        QVERIFY(!html.contains(u"@import"_s));
        // Current status per component, the latest update, the overall status.
        QVERIFY(html.contains(u"<tr><th scope=\"row\">Payments API</th><td class=\"partial_outage\">"_s));
        QVERIFY(html.contains(u"<tr><th scope=\"row\">Login</th><td class=\"operational\">"_s));
        QVERIFY(html.contains(u"role=\"status\">Partial System Outage</p>"_s));
        // Times in UTC; history newest first.
        QVERIFY(html.contains(u"<time datetime=\"2026-11-26T14:15:00Z\">2026-11-26 14:15 UTC</time>"_s));
        QVERIFY(html.contains(u"2026-11-25 15:05 UTC"_s));
        const qsizetype history = html.indexOf(u"id=\"history\""_s);
        QVERIFY(history > 0);
        QVERIFY(html.indexOf(u"Payments API partial outage"_s, history) <
                html.indexOf(u"Slow sign-in"_s, history));
        QVERIFY(html.indexOf(u"Identified"_s, history) < html.indexOf(u"Investigating"_s, history));
    }

    void emptyHistoryStillMakesAPage()
    {
        const StaticStatusPage statusPage(page(), {}, t0);
        QCOMPARE(statusPage.files().size(), 3);
        QCOMPARE(statusPage.files().last().name, u"index.html"_s);
        QString error;
        QVERIFY(parseAtom(statusPage.atom(), &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject summary = QJsonDocument::fromJson(statusPage.summaryJson()).object();
        QCOMPARE(summary[u"status"_s][u"indicator"_s].toString(), u"none"_s);
        QVERIFY(QString::fromUtf8(statusPage.html()).contains(u"All Systems Operational"_s));
    }
};

QTEST_GUILESS_MAIN(StaticStatusPageTest)
#include "StaticStatusPageTest.moc"
