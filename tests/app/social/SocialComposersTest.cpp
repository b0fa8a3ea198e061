#include "channels/UpdateComposer.h"
#include "channels/mastodon/MastodonComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The X, Mastodon and Bluesky composers through UpdateComposer with the real renderer: the
// request bodies each API gets, threads as arrays, and the limits in each network's unit.
class SocialComposersTest : public QObject {
    Q_OBJECT

private:
    UpdateComposer m_composer;

    static MessageTemplate templateWith(const QString& social)
    {
        MessageTemplate t;
        t.id = u"test"_s;
        t.body = u"Base body"_s;
        t.groupBodies.insert(u"social"_s, social);
        return t;
    }
    ChannelMessage compose(ChannelKind channel, const QString& body, const QVariantMap& values = {},
                           bool drill = false)
    {
        Incident incident;
        incident.title = u"Payments API"_s;
        incident.drill = drill;
        const ComposedUpdate update = m_composer.compose(templateWith(body), incident, values, {channel});
        return update.messages.value(0);
    }
    static QString longText()
    {
        QStringList out;
        for (int i = 1; i <= 12; ++i)
            out << u"Update %1: card payments are failing for some customers; retry later."_s.arg(i);
        return out.join(u' ');
    }

private Q_SLOTS:
    void registered()
    {
        for (ChannelKind c : {ChannelKind::X, ChannelKind::Mastodon, ChannelKind::Bluesky})
            QVERIFY(m_composer.supportedChannels().contains(c));
    }

    void xBody()
    {
        const ChannelMessage m = compose(ChannelKind::X, u"{{ what }} at https://status.example.com/i/42 "_s,
                                         {{u"what"_s, u"Payments <slow> & \"late\""_s}}, true);
        QCOMPARE(m.channel, ChannelKind::X);
        QCOMPARE(m.text, u"[DRILL] Payments <slow> & \"late\" at https://status.example.com/i/42"_s);
        QCOMPARE(QJsonDocument::fromJson(m.wire).object(), (QJsonObject{{u"text"_s, m.text}}));
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits[0].used, 8 + 28 + 23); // "[DRILL] ", the text, the URL
        QCOMPARE(limits[0].limit, 280);
        QVERIFY(limits[0].blocking && limits[0].fits());
    }

    void xThread()
    {
        const ChannelMessage m = compose(ChannelKind::X, longText());
        const QJsonArray posts = QJsonDocument::fromJson(m.wire).array();
        QCOMPARE(posts.size(), 4);
        QVERIFY(posts[0].toObject().value(u"text"_s).toString().endsWith(u" (1/4)"_s));
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 3);
        QCOMPARE(limits[0].limit, 280);
        QVERIFY(!limits[0].fits() && !limits[0].blocking); // too long for one post, so a thread
        QCOMPARE(limits[1].used, 4);                       // posts
        QVERIFY(limits[2].fits() && limits[2].blocking);   // the longest post fits
    }

    void mastodonBody()
    {
        Incident incident;
        MessageTemplate t = templateWith(u"Resolved. Thanks @ops@mastodon.social"_s);
        t.locale = u"de"_s;
        const ChannelMessage m =
            m_composer.compose(t, incident, {}, {ChannelKind::Mastodon}).messages.value(0);
        QCOMPARE(
            QJsonDocument::fromJson(m.wire).object(),
            (QJsonObject{{u"status"_s, m.text}, {u"visibility"_s, u"public"_s}, {u"language"_s, u"de"_s}}));
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits[0].used, 21); // "@ops@mastodon.social" counts as "@ops"
        QCOMPARE(limits[0].limit, 500);
    }

    void mastodonInstanceLimit()
    {
        const MastodonComposer composer(100);
        ChannelMessage m;
        m.channel = ChannelKind::Mastodon;
        m.text = longText();
        QCOMPARE(composer.limits(m)[0].limit, 100);
        QVERIFY(composer.posts(m.text).size() > 5);
    }

    void blueskyRecord()
    {
        const ChannelMessage m =
            compose(ChannelKind::Bluesky, u"Fixed — details: status.example.com #outage"_s);
        const QJsonObject record = QJsonDocument::fromJson(m.wire).object();
        QCOMPARE(record.value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
        QCOMPARE(record.value(u"text"_s).toString(), m.text);
        QCOMPARE(record.value(u"langs"_s).toArray(), QJsonArray{u"en"_s});
        const QJsonArray facets = record.value(u"facets"_s).toArray();
        QCOMPARE(facets.size(), 2);
        // "Fixed — details: " is 19 bytes (the dash is 3).
        QCOMPARE(facets[0].toObject().value(u"index"_s).toObject(),
                 (QJsonObject{{u"byteStart"_s, 19}, {u"byteEnd"_s, 37}}));
        QCOMPARE(facets[0].toObject().value(u"features"_s).toArray()[0].toObject().value(u"uri"_s).toString(),
                 u"https://status.example.com"_s);
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits[0].used, 43); // graphemes
        QCOMPARE(limits[0].limit, 300);
        QCOMPARE(limits[1].used, 45); // bytes
        QCOMPARE(limits[1].limit, 3000);
    }

    void blueskyThread()
    {
        const ChannelMessage m = compose(ChannelKind::Bluesky, longText());
        const QJsonArray records = QJsonDocument::fromJson(m.wire).array();
        QCOMPARE(records.size(), 3);
        for (const QJsonValue& r : records)
            QCOMPARE(r.toObject().value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
        const QList<ChannelLimit> limits = m_composer.limits(m);
        QCOMPARE(limits.size(), 5); // text, bytes, posts, longest post, largest post
        QCOMPARE(limits[2].used, 3);
        QVERIFY(std::ranges::all_of(limits, [](const ChannelLimit& l) { return l.fits() || !l.blocking; }));
    }
};

QTEST_GUILESS_MAIN(SocialComposersTest)
#include "SocialComposersTest.moc"
