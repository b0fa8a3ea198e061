#include "channels/supportmacro/SupportMacroComposer.h"

#include "BroadcastFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class SupportMacroComposerTest : public QObject {
    Q_OBJECT
    SupportMacroComposer m_composer;

private Q_SLOTS:
    void reply()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QCOMPARE(m.title, u"Identified: problems with the Payments API"_s);
        // The body already names the next update time, so it is not repeated.
        QCOMPARE(m.text, u"Hello,\n\nWe found why the Payments API fails.\n\nRetry after a minute. "
                         u"We will post the next update by 15:30 UTC.\n\n"
                         u"Thank you for your patience while we work on this."_s);
        QCOMPARE(m.html,
                 u"<p>Hello,</p>\n<p>We found why the Payments API fails.</p>\n<p>Retry after a minute. "
                 u"We will post the next update by 15:30 UTC.</p>\n"
                 u"<p>Thank you for your patience while we work on this.</p>\n"_s);
        QVERIFY(m.wire.isEmpty());
    }

    void nextUpdateIsAddedWhenTheBodyLacksIt()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.body = u"We found why {{ service }} fails."_s;
        f.values.insert(u"service"_s, u"<b>Cards</b> & co"_s);
        const ChannelMessage m = f.compose(m_composer);
        QCOMPARE(m.text, u"Hello,\n\nWe found why <b>Cards</b> & co fails.\n\nOur next update: 15:30 UTC\n\n"
                         u"Thank you for your patience while we work on this."_s);
        QVERIFY2(m.html.contains(u"<p>We found why &lt;b&gt;Cards&lt;/b&gt; &amp; co fails.</p>\n"
                                 u"<p>Our next update: 15:30 UTC</p>"_s),
                 qPrintable(m.html));
    }

    // Shipped macros open with their own "Hello," and thank the customer themselves.
    void ownGreetingAndThanksAreNotDoubled()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.body =
            u"Hi Anna,\n\nThank you for contacting us. We found why {{ service }} fails."_s;
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QCOMPARE(m.text,
                 u"[DRILL] Hi Anna,\n\nThank you for contacting us. We found why the Payments API fails."
                 u"\n\nOur next update: 15:30 UTC"_s);
        QCOMPARE(m.html,
                 u"<p>[DRILL] Hi Anna,</p>\n<p>Thank you for contacting us. We found why the Payments API "
                 u"fails.</p>\n<p>Our next update: 15:30 UTC</p>\n"_s);
        QVERIFY(SupportMacroComposer::hasGreeting(u"Dear customer,\nWe found it."_s));
        QVERIFY(!SupportMacroComposer::hasGreeting(u"We found why the Payments API fails, and fixed it."_s));
        QVERIFY(!SupportMacroComposer::hasGreeting(
            u"Payments, checkout and sign-in are slow for customers in Europe,"_s));
    }

    void drill()
    {
        Test::BroadcastFixture f;
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(m.text.startsWith(u"[DRILL] Hello,"_s));
        QVERIFY(m.html.startsWith(u"<p>[DRILL] Hello,</p>"_s));
        QVERIFY(m.title.startsWith(u"[DRILL] "_s));
    }

    void wordsAreCountedWithoutALimit()
    {
        Test::BroadcastFixture f;
        const ChannelMessage m = f.compose(m_composer);
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits[0].unit, u"words"_s);
        QCOMPARE(limits[0].used, 1 + 7 + 13 + 10);
        QCOMPARE(limits[0].limit, 0);
        QVERIFY(limits[0].fits());
    }
};

QTEST_GUILESS_MAIN(SupportMacroComposerTest)
#include "SupportMacroComposerTest.moc"
