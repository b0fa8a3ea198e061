#include "channels/social/ThreadSplitter.h"

#include "channels/bluesky/BlueskyComposer.h"
#include "channels/bluesky/BlueskyMeasure.h"
#include "channels/mastodon/MastodonComposer.h"
#include "channels/mastodon/MastodonMeasure.h"
#include "channels/social/UrlExtractor.h"
#include "channels/x/XComposer.h"
#include "channels/x/XMeasure.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Thread splitting: every post fits its network's measure with its " (i/n)" counter, breaks
// fall at sentence ends or spaces, and URLs and graphemes are never cut.
class ThreadSplitterTest : public QObject {
    Q_OBJECT

private:
    static QString sentences(int count)
    {
        QStringList out;
        for (int i = 1; i <= count; ++i)
            out << u"Sentence number %1 says that payments are slow for some customers right now."_s.arg(i);
        return out.join(u' ');
    }
    static QString withoutCounter(const QString& post)
    {
        static const QRegularExpression counter(u" \\(\\d+/\\d+\\)$"_s);
        return QString(post).remove(counter);
    }
    // Joined back with single spaces, the posts give the text again.
    static void rejoins(const QStringList& posts, const QString& text)
    {
        QStringList parts;
        for (const QString& p : posts)
            parts << withoutCounter(p);
        QCOMPARE(parts.join(u' ').simplified(), text.simplified());
    }

private Q_SLOTS:
    void shortTextStaysOnePost()
    {
        QCOMPARE(XComposer::posts(u"All systems normal."_s), QStringList{u"All systems normal."_s});
    }

    void xThreadAtSentenceEnds()
    {
        const QString text = sentences(8); // about 620 characters
        const QStringList posts = XComposer::posts(text);
        QCOMPARE(posts.size(), 3);
        for (qsizetype i = 0; i < posts.size(); ++i) {
            QVERIFY2(XMeasure::weightedLength(posts[i]) <= 280, qPrintable(posts[i]));
            QVERIFY(posts[i].endsWith(u" (%1/3)"_s.arg(i + 1)));
            QVERIFY2(withoutCounter(posts[i]).endsWith(u'.'), qPrintable(posts[i]));
        }
        rejoins(posts, text);
    }

    void urlsAreNeverCut()
    {
        const QString url = u"https://status.example.com/incidents/2026-11-26/payments-api-latency"_s;
        QString text;
        for (int i = 0; i < 30; ++i)
            text += u"word%1 "_s.arg(i) + (i % 7 == 3 ? url + u' ' : QString());
        const QStringList posts = MastodonComposer(120).posts(text);
        QVERIFY(posts.size() > 1);
        for (const QString& post : posts) {
            QVERIFY2(MastodonMeasure::length(post) <= 120, qPrintable(post));
            // Every URL piece in a post is the whole URL.
            for (const UrlExtractor::Url& u : UrlExtractor::extract(post, UrlExtractor::Protocol::Required))
                QCOMPARE(u.url, url);
        }
        rejoins(posts, text);
        QCOMPARE(posts.join(QString()).count(url), 4);
    }

    void xCountsBareDomainsAs23()
    {
        // 20 bare domains of 40 letters are 20 x (23 + 1) weighted: 480, so two posts, and no
        // domain is cut although a cut by characters would have to.
        QString text;
        for (int i = 0; i < 20; ++i)
            text += u"a%1bcdefghijklmnopqrstuvwxyzabcdef.example.com "_s.arg(i % 10);
        const QStringList posts = XComposer::posts(text);
        QCOMPARE(posts.size(), 2);
        for (const QString& post : posts)
            QVERIFY(XMeasure::weightedLength(post) <= 280);
        rejoins(posts, text);
    }

    void longWordIsCutBetweenGraphemes()
    {
        QString word;
        for (int i = 0; i < 200; ++i)
            word += u"👨‍👩‍👧‍👦"_s; // 200 graphemes, 25 bytes each: 5,000 bytes
        const QStringList posts = BlueskyComposer::posts(word);
        QVERIFY(posts.size() >= 2);
        QString joined;
        for (const QString& post : posts) {
            const BlueskyMeasure::Result r = BlueskyMeasure::measure(post);
            QVERIFY(r.fits());
            joined += withoutCounter(post);
        }
        QCOMPARE(joined, word); // nothing lost, no emoji broken
    }

    void blueskyByteLimitSplitsEvenUnderGraphemeLimit()
    {
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words
                << u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦"_s; // 40 x 4 graphemes, 40 x 100 bytes
        const QString text = words.join(u' ');
        QVERIFY(BlueskyMeasure::measure(text).graphemes < 300);
        const QStringList posts = BlueskyComposer::posts(text);
        QCOMPARE(posts.size(), 2);
        for (const QString& post : posts)
            QVERIFY(BlueskyMeasure::measure(post).bytes <= 3000);
    }

    void tenOrMorePostsWidenTheCounter()
    {
        const QString text = sentences(40);
        const QStringList posts = XComposer::posts(text);
        QVERIFY(posts.size() >= 10);
        QVERIFY(posts.last().endsWith(u" (%1/%1)"_s.arg(posts.size())));
        for (const QString& post : posts)
            QVERIFY(XMeasure::weightedLength(post) <= 280);
        rejoins(posts, text);
    }

    // Finding 4: each post re-measured the rest of the text, so 100 KB took 22 s for X and 16 s
    // for Bluesky. Splitting is linear now; the bound is generous for a debug build.
    void hundredKilobytesSplitWellUnderASecond_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<bool>("oneWord");
        for (const QString& network : {u"x"_s, u"mastodon"_s, u"bluesky"_s}) {
            QTest::addRow("%s sentences", qPrintable(network)) << network << false;
            QTest::addRow("%s one word", qPrintable(network)) << network << true;
        }
    }
    void hundredKilobytesSplitWellUnderASecond()
    {
        QFETCH(QString, network);
        QFETCH(bool, oneWord);
        QString text = oneWord ? QString(100'000, u'a') : sentences(1300);
        if (!oneWord)
            text.insert(50'000, u" https://status.example.com/incidents/2026-11-26 "_s);
        QVERIFY(text.size() >= 100'000);
        QElapsedTimer timer;
        timer.start();
        const QStringList posts = network == u"x"_s          ? XComposer::posts(text)
                                  : network == u"mastodon"_s ? MastodonComposer(500).posts(text)
                                                             : BlueskyComposer::posts(text);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms for %2 posts"_s.arg(elapsed).arg(posts.size())));
        QVERIFY(posts.size() > 100);
        QVERIFY(posts.constLast().endsWith(u" (%1/%1)"_s.arg(posts.size())));
        for (const QString& post : posts) {
            const bool fits = network == u"x"_s          ? XMeasure::weightedLength(post) <= 280
                              : network == u"mastodon"_s ? MastodonMeasure::length(post) <= 500
                                                         : BlueskyMeasure::measure(post).fits();
            QVERIFY2(fits, qPrintable(post));
        }
        if (oneWord)
            QCOMPARE(QStringList(posts)
                         .replaceInStrings(QRegularExpression(u" \\(\\d+/\\d+\\)$"_s), QString())
                         .join(QString()),
                     text);
        else
            rejoins(posts, text);
    }

    void counterFormat() { QCOMPARE(ThreadSplitter::counter(2, 3), u" (2/3)"_s); }
};

QTEST_GUILESS_MAIN(ThreadSplitterTest)
#include "ThreadSplitterTest.moc"
