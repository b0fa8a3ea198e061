#include "channels/push/PushComposer.h"

#include "BroadcastFixture.h"
#include "channels/push/LockScreenText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The push payload (APNs shape, byte size against 4,096) and the lock screen's cut.
class PushComposerTest : public QObject {
    Q_OBJECT
    PushComposer m_composer;

private Q_SLOTS:
    void payload()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"service"_s, u"the \"Payments\" API"_s);
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QCOMPARE(m.title, u"Identified: problems with the \"Payments\" API"_s);
        // Paragraphs flow into one text: a lock screen shows no blank lines.
        QCOMPARE(m.text, u"We found why the \"Payments\" API fails. Retry after a minute. "
                         u"We will post the next update by 15:30 UTC."_s);
        QVERIFY(m.html.isEmpty());
        const QJsonObject payload = Test::BroadcastFixture::json(m.wire);
        QCOMPARE(payload[u"aps"_s][u"alert"_s][u"title"_s].toString(), m.title);
        QCOMPARE(payload[u"aps"_s][u"alert"_s][u"body"_s].toString(), m.text);
        QCOMPARE(payload[u"aps"_s][u"sound"_s].toString(), u"default"_s);
        QCOMPARE(payload[u"aps"_s][u"thread-id"_s].toString(), u"incident-42"_s);
        QCOMPARE(payload[u"incident_id"_s].toInteger(), 42);
        QCOMPARE(payload.keys(), (QStringList{u"aps"_s, u"incident_id"_s}));
    }

    void truncation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("shown");
        QTest::newRow("fits") << u"Payments are back"_s << 50 << u"Payments are back"_s;
        QTest::newRow("exactly") << QString(50, u'a') << 50 << QString(50, u'a');
        QTest::newRow("one over") << QString(51, u'a') << 50 << QString(49, u'a') + u"…"_s;
        QTest::newRow("space before cut")
            << QString(48, u'a') + u"  bc"_s << 50 << QString(48, u'a') + u"…"_s;
        // Graphemes, not code units: a family emoji is one character and is never split.
        QTest::newRow("emoji") << u"👨‍👩‍👧‍👦"_s.repeated(6) << 5
                               << u"👨‍👩‍👧‍👦"_s.repeated(4) + u"…"_s;
    }

    void truncation()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QString, shown);
        const QString cut = LockScreenText::truncated(text, limit);
        QCOMPARE(cut, shown);
        QVERIFY(LockScreenText::length(cut) <= limit);
    }

    void limits()
    {
        Test::BroadcastFixture f;
        ChannelMessage m = f.compose(m_composer);
        QList<ChannelLimit> limits = m_composer.limits(m);
        const ChannelLimit* payload = Test::BroadcastFixture::limit(limits, u"Payload"_s);
        QCOMPARE(payload->used, int(m.wire.size()));
        QCOMPARE(payload->limit, 4096);
        QVERIFY(payload->blocking);
        QVERIFY(payload->fits());
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Title"_s)->limit, 50);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Title"_s)->used, 42);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Body"_s)->limit, 178);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Body"_s)->used, int(m.text.size()));

        // UTF-8 bytes, not characters: 1,400 "é" are 2,800 bytes of body.
        f.values.insert(u"service"_s, QString(1400, u'é'));
        m = f.compose(m_composer);
        limits = m_composer.limits(m);
        payload = Test::BroadcastFixture::limit(limits, u"Payload"_s);
        QVERIFY(payload->used > 2 * 2800);
        QVERIFY(!payload->fits());
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Title"_s)->fits());
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Title"_s)->blocking);
    }
};

QTEST_GUILESS_MAIN(PushComposerTest)
#include "PushComposerTest.moc"
