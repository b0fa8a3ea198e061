#include "channels/inapp/InAppComposer.h"

#include "BroadcastFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class InAppComposerTest : public QObject {
    Q_OBJECT
    InAppComposer m_composer;

private Q_SLOTS:
    void banner()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        const QJsonObject banner = Test::BroadcastFixture::json(m.wire);
        QCOMPARE(banner.keys(), (QStringList{u"dismissible"_s, u"severity"_s, u"text"_s, u"title"_s}));
        QCOMPARE(banner[u"severity"_s].toString(), u"sev2"_s);
        QCOMPARE(banner[u"title"_s].toString(), u"Identified: problems with the Payments API"_s);
        QCOMPARE(banner[u"text"_s].toString(), u"We found why the Payments API fails. Retry after a minute. "
                                               u"We will post the next update by 15:30 UTC."_s);
        QCOMPARE(m.text, banner[u"text"_s].toString());
        QCOMPARE(banner[u"dismissible"_s].toBool(), true);
    }

    void linkAndDismissible()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"status_url"_s, u"https://status.example.com/incidents/42"_s);
        f.incident.severity = Severity::Sev1;
        QJsonObject banner = Test::BroadcastFixture::json(f.compose(m_composer).wire);
        QCOMPARE(banner[u"link"_s].toString(), u"https://status.example.com/incidents/42"_s);
        QCOMPARE(banner[u"severity"_s].toString(), u"sev1"_s);
        QCOMPARE(banner[u"dismissible"_s].toBool(), false); // ongoing SEV1 stays up
        f.incident.status = IncidentStatus::Resolved;
        banner = Test::BroadcastFixture::json(f.compose(m_composer).wire);
        QCOMPARE(banner[u"dismissible"_s].toBool(), true);
    }

    void plainTextAndDrill()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"service"_s, u"<b>Cards</b> & co"_s);
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(m.text.startsWith(u"[DRILL] We found why <b>Cards</b> & co fails."_s));
        QVERIFY(m.title.startsWith(u"[DRILL] "_s));
    }

    void limits()
    {
        Test::BroadcastFixture f;
        ChannelMessage m = f.compose(m_composer);
        QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits[0].used, int(m.text.size()));
        QCOMPARE(limits[0].limit, 140);
        QVERIFY(!limits[0].blocking);
        QVERIFY(limits[0].fits());
        m.text = QString(141, u'x');
        QVERIFY(!m_composer.limits(m)[0].fits());
    }
};

QTEST_GUILESS_MAIN(InAppComposerTest)
#include "InAppComposerTest.moc"
