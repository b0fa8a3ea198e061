#include "channels/UpdateComposer.h"
#include "previews/LimitList.h"
#include "previews/PreviewCatalog.h"
#include "previews/SmsPreview.h"
#include "previews/SocialPostPreview.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

// The X, Mastodon and Bluesky post cards fed with real composed messages (one post and a thread),
// and the SMS preview's UCS-2 highlight and look-alike button.
class SocialPreviewsTest : public QObject {
    Q_OBJECT

private:
    UpdateComposer m_composer;

    ChannelMessage compose(ChannelKind channel, const QString& body)
    {
        MessageTemplate t;
        t.id = u"t"_s;
        t.body = body;
        Incident incident;
        return m_composer.compose(t, incident, {}, {channel}).messages.value(0);
    }
    // With HERALD_SOCIAL_SHOTS=DIR set, previews are also saved as DIR/<name>.png.
    static void shot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("HERALD_SOCIAL_SHOTS");
        if (dir.isEmpty())
            return;
        widget.resize(widget.sizeHint().expandedTo(QSize(480, 300)));
        widget.grab().save(dir + u'/' + name + u".png"_s);
    }
    static QString longText()
    {
        QStringList out;
        for (int i = 1; i <= 12; ++i)
            out << u"Update %1: card payments are failing for some customers; retry later."_s.arg(i);
        return out.join(u' ');
    }

private Q_SLOTS:
    void registeredInTheCatalog()
    {
        const QList<ChannelPreview*> previews = createChannelPreviews();
        for (ChannelKind c : {ChannelKind::X, ChannelKind::Mastodon, ChannelKind::Bluesky})
            QVERIFY(std::ranges::any_of(previews, [c](ChannelPreview* p) { return p->channel() == c; }));
        qDeleteAll(previews);
    }

    void onePostCard_data()
    {
        QTest::addColumn<ChannelKind>("channel");
        QTest::newRow("x") << ChannelKind::X;
        QTest::newRow("mastodon") << ChannelKind::Mastodon;
        QTest::newRow("bluesky") << ChannelKind::Bluesky;
    }

    void onePostCard()
    {
        QFETCH(ChannelKind, channel);
        SocialPostPreview preview(channel);
        const ChannelMessage message =
            compose(channel, u"Fixed <now>. Details: https://status.example.com/i/1"_s);
        preview.showMessage(&message);
        preview.showLimits(m_composer.limits(message));
        const QList<QFrame*> posts = preview.findChildren<QFrame*>(u"post"_s);
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts[0]->findChild<QLabel*>(u"avatar"_s));
        const QString html = posts[0]->findChild<QLabel*>(u"postText"_s)->text();
        QVERIFY(html.contains(u"Fixed &lt;now&gt;."_s));
        QVERIFY(html.contains(u"\">https://status.example.com/i/1</span>"_s)); // the link is coloured
        // Bluesky measures graphemes and bytes, the others one length.
        QCOMPARE(preview.limitList()->limits().size(), channel == ChannelKind::Bluesky ? 2 : 1);
        for (const ChannelLimit& limit : preview.limitList()->limits())
            QVERIFY(limit.fits());
        shot(preview, channelKey(channel));
    }

    void threadStacksNumberedPosts()
    {
        SocialPostPreview preview(ChannelKind::X);
        const ChannelMessage message = compose(ChannelKind::X, longText());
        preview.showMessage(&message);
        preview.showLimits(m_composer.limits(message));
        shot(preview, u"x-thread"_s);
        const QList<QFrame*> posts = preview.findChildren<QFrame*>(u"post"_s);
        QCOMPARE(posts.size(), 4);
        for (qsizetype i = 0; i < posts.size(); ++i)
            QVERIFY(posts[i]->findChild<QLabel*>(u"postText"_s)->text().endsWith(u" (%1/4)"_s.arg(i + 1)));
        preview.showMessage(nullptr);
        QCoreApplication::processEvents();
        QVERIFY(preview.findChildren<QFrame*>(u"post"_s).isEmpty());
    }

    void smsHighlightsAndOffersReplacement()
    {
        SmsPreview preview;
        ChannelMessage message;
        message.channel = ChannelKind::Sms;
        message.text = u"We\u2019re on it <now>"_s;
        preview.showMessage(&message);
        QVERIFY(preview.findChild<QLabel*>(u"smsBubble"_s)->text().contains(u"background:#ffd60a"_s));
        QVERIFY(preview.findChild<QLabel*>(u"smsBubble"_s)->text().contains(u"&lt;now&gt;"_s));
        auto* button = preview.findChild<QPushButton*>(u"replaceLookalikesButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isHidden());
        shot(preview, u"sms-lookalikes"_s);
        QSignalSpy spy(&preview, &SmsPreview::replaceLookalikesRequested);
        button->click();
        QCOMPARE(spy.count(), 1);

        message.text = u"We're on it"_s;
        preview.showMessage(&message);
        QVERIFY(button->isHidden());
        QVERIFY(!preview.findChild<QLabel*>(u"smsBubble"_s)->text().contains(u"background"_s));
    }
};

QTEST_MAIN(SocialPreviewsTest)
#include "SocialPreviewsTest.moc"
