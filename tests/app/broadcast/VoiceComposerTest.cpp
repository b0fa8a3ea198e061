#include "channels/voice/VoiceComposer.h"

#include "BroadcastFixture.h"
#include "channels/voice/SpokenText.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Herald;

// The voice script: what is said, the SSML around it (well-formed XML, escaped), and how long
// it takes at 150 words a minute with its pauses.
class VoiceComposerTest : public QObject {
    Q_OBJECT
    VoiceComposer m_composer;

    // The element names in document order; fails the test on malformed XML.
    static QStringList elements(const QByteArray& xml, QString* characters = nullptr)
    {
        QXmlStreamReader reader(xml);
        QStringList out;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement())
                out << reader.name().toString();
            else if (reader.isCharacters() && characters)
                *characters += reader.text();
        }
        if (reader.hasError())
            return {u"error: "_s + reader.errorString()};
        return out;
    }

private Q_SLOTS:
    void script()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QCOMPARE(m.title, u"Identified: problems with the Payments API"_s);
        QCOMPARE(m.text, u"Identified: problems with the Payments API.\n\n"
                         u"We found why the Payments API fails.\n\n"
                         u"Retry after a minute. We will post the next update by 3:30 PM U T C."_s);
        QCOMPARE(QString::fromUtf8(m.wire),
                 u"<speak><p><s>Identified: problems with the Payments API.</s></p><break time=\"700ms\"/>"
                 u"<p><s>We found why the Payments API fails.</s></p><break time=\"700ms\"/>"
                 u"<p><s>Retry after a minute.</s><s>We will post the next update by 3:30 PM U T C.</s></p>"
                 u"</speak>"_s);
        QCOMPARE(elements(m.wire), (QStringList{u"speak"_s, u"p"_s, u"s"_s, u"break"_s, u"p"_s, u"s"_s,
                                                u"break"_s, u"p"_s, u"s"_s, u"s"_s}));
        QVERIFY(m.html.isEmpty());
    }

    void duration()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        // 6 + 7 + 4 + 13 words ("3:30" is two) = 30 words = 12 s at 150/min, plus 2 pauses of 0.7 s.
        QCOMPARE(SpokenText::words(m.text), 30);
        QCOMPARE(SpokenText::durationMs(m.text), 13400);
        QCOMPARE(VoiceComposer::estimatedSeconds(m.text), 14);
    }

    void saidPlainly_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("said");
        QTest::newRow("afternoon") << u"by 15:30 UTC"_s << u"by 3:30 PM U T C"_s;
        QTest::newRow("on the hour") << u"at 09:00"_s << u"at 9 AM"_s;
        QTest::newRow("midnight") << u"at 00:15"_s << u"at 12:15 AM"_s;
        QTest::newRow("noon") << u"at 12:00"_s << u"at 12 PM"_s;
        QTest::newRow("date") << u"on 2026-11-26 at 18:05"_s << u"on November 26, 2026 at 6:05 PM"_s;
        QTest::newRow("markdown") << u"**Payments** are _slow_ `now`"_s << u"Payments are slow now"_s;
        QTest::newRow("underscore in a word")
            << u"see example.com/a_b or snake_case"_s << u"see example.com/a_b or snake_case"_s;
        QTest::newRow("bullet") << u"- Retry later"_s << u"Retry later"_s;
        QTest::newRow("heading") << u"## What happened"_s << u"What happened"_s;
        QTest::newRow("quote") << u"> quoted"_s << u"quoted"_s;
        QTest::newRow("hash and arrow stay") << u"ticket #12 -> done"_s << u"ticket #12 -> done"_s;
        QTest::newRow("not a time") << u"ratio 1:250"_s << u"ratio 1:250"_s;
    }

    void saidPlainly()
    {
        QFETCH(QString, written);
        QFETCH(QString, said);
        QCOMPARE(SpokenText::plain(written), said);
    }

    void escapingAndDrill()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"service"_s, u"<Cards> & \"UK\" </speak>"_s);
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QString characters;
        const QStringList names = elements(m.wire, &characters);
        QVERIFY2(!names.isEmpty() && !names.first().startsWith(u"error"_s), qPrintable(names.join(u' ')));
        QCOMPARE(names.count(u"speak"_s), 1);
        QVERIFY(characters.contains(u"<Cards> & \"UK\" </speak>"_s));
        QVERIFY(m.wire.contains("&lt;Cards&gt; &amp; &quot;UK&quot; &lt;/speak&gt;"));
        QVERIFY(m.text.startsWith(u"This is a drill.\n\n"_s));
        QVERIFY(m.wire.startsWith("<speak><p><s>This is a drill.</s></p><break time=\"700ms\"/>"));
        QVERIFY(m.title.startsWith(u"[DRILL] "_s));
    }

    void limits()
    {
        Test::BroadcastFixture f;
        ChannelMessage m = f.compose(m_composer);
        QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 3);
        const ChannelLimit* advice = Test::BroadcastFixture::limit(limits, u"Duration"_s);
        QCOMPARE(advice->used, 14);
        QCOMPARE(advice->limit, 60);
        QVERIFY(!advice->blocking);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Call length"_s)->limit, 120);
        QVERIFY(Test::BroadcastFixture::limit(limits, u"Call length"_s)->blocking);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Spoken text"_s)->used, int(m.text.size()));

        // 200 words: 80 s, over the advice and within the hard limit.
        m.text = u"word "_s.repeated(200).trimmed();
        limits = m_composer.limits(m);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Duration"_s)->used, 80);
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Duration"_s)->fits());
        QVERIFY(Test::BroadcastFixture::limit(limits, u"Call length"_s)->fits());
        // 301 words: 120.4 s, rounded up to 121: blocks.
        m.text = u"word "_s.repeated(301).trimmed();
        limits = m_composer.limits(m);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Call length"_s)->used, 121);
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Call length"_s)->fits());
    }
};

QTEST_GUILESS_MAIN(VoiceComposerTest)
#include "VoiceComposerTest.moc"
