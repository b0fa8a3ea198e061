#include "app/broadcast/BroadcastFixture.h"
#include "channels/email/EmailComposer.h"
#include "channels/inapp/InAppComposer.h"
#include "channels/push/LockScreenText.h"
#include "channels/push/PushComposer.h"
#include "channels/statuspage/StatusPageComposer.h"
#include "channels/supportmacro/SupportMacroComposer.h"
#include "channels/voice/VoiceComposer.h"
#include "common/Palette.h"
#include "previews/EmailPreview.h"
#include "previews/InAppPreview.h"
#include "previews/LimitList.h"
#include "previews/PushPreview.h"
#include "previews/StatusPagePreview.h"
#include "previews/SupportMacroPreview.h"
#include "previews/VoicePreview.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Herald;

// The broadcast previews fed with real composed messages: what each shows, where it cuts, and
// its limit list. With BROADCAST_SHOTS=DIR each preview is also saved there as a PNG.
class BroadcastPreviewsTest : public QObject {
    Q_OBJECT

    template <typename T> static T* part(QWidget* preview, const QString& name)
    {
        T* found = preview->findChild<T*>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }

    static void show(ChannelPreview& preview, const ChannelComposer& composer, const ChannelMessage& message,
                     const QString& shot, QSize size = {520, 700})
    {
        preview.showMessage(&message);
        preview.showLimits(composer.limits(message));
        preview.resize(size);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        const QList<ChannelLimit> expected = composer.limits(message);
        QCOMPARE(preview.limitList()->limits().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(preview.limitList()->limits().at(i).part, expected.at(i).part);
            QCOMPARE(preview.limitList()->limits().at(i).used, expected.at(i).used);
            QVERIFY(preview.limitList()->text().contains(expected.at(i).part.toHtmlEscaped()));
        }
        QVERIFY(preview.limitList()->isVisibleTo(&preview));
        const QString dir = qEnvironmentVariable("BROADCAST_SHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(preview.grab().save(dir + u'/' + shot + u".png"_s));
        }
    }

private Q_SLOTS:
    void email()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.subject = u"Störung: {{ service }} teilweise gestört"_s;
        f.messageTemplate.body = u"**{{ service }}** fails for some cards.\n\n- Retry after a minute\n"
                                 u"- Use another card\n\nNext update by {{ next_update }}."_s;
        f.values.insert(u"service"_s, u"Zahlungs-API"_s);
        EmailComposer composer;
        const ChannelMessage m = f.compose(composer);
        EmailPreview preview;
        show(preview, composer, m, u"email"_s);
        QCOMPARE(part<QLabel>(&preview, u"emailSubject"_s)->text(),
                 u"Störung: Zahlungs-API teilweise gestört"_s);
        const QLabel* encoded = part<QLabel>(&preview, u"emailEncodedSubject"_s);
        QVERIFY2(encoded->text().contains(u"=?UTF-8?Q?St=C3=B6rung=3A_Zahlungs-API"_s),
                 qPrintable(encoded->text()));
        QVERIFY(part<QLabel>(&preview, u"emailSubject"_s)->toolTip().startsWith(u"Subject: =?UTF-8?Q?"_s));
        auto* body = part<QTextBrowser>(&preview, u"emailBody"_s);
        QVERIFY(body->toPlainText().contains(u"Zahlungs-API fails for some cards."_s));
        QVERIFY(!body->toPlainText().contains(u"**"_s)); // rendered, not the Markdown source
        auto* stack = part<QStackedWidget>(&preview, u"emailBodies"_s);
        QCOMPARE(stack->currentWidget(), body);
        part<QToolButton>(&preview, u"emailPlainToggle"_s)->click();
        auto* plain = part<QPlainTextEdit>(&preview, u"emailPlainBody"_s);
        QCOMPARE(stack->currentWidget(), plain);
        QCOMPARE(plain->toPlainText(), m.text);
        QVERIFY(plain->toPlainText().contains(u"**Zahlungs-API**"_s));
        part<QToolButton>(&preview, u"emailPlainToggle"_s)->click();
        QCOMPARE(stack->currentWidget(), body);

        preview.showMessage(nullptr);
        QCOMPARE(part<QLabel>(&preview, u"emailSubject"_s)->text(),
                 u"This update does not go out by email."_s);
    }

    void statusPage()
    {
        Test::BroadcastFixture f;
        StatusPageComposer composer;
        const ChannelMessage m = f.compose(composer);
        StatusPagePreview preview;
        show(preview, composer, m, u"status-page"_s);
        QCOMPARE(part<QLabel>(&preview, u"statusIncidentName"_s)->text(), u"Payments API partial outage"_s);
        QCOMPARE(part<QLabel>(&preview, u"statusBadge"_s)->text(), u"Identified"_s);
        const QList<QLabel*> components = preview.findChildren<QLabel*>(u"statusComponent"_s);
        QCOMPARE(components.size(), 2);
        QStringList shown;
        for (const QLabel* label : components)
            shown << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        shown.sort();
        QCOMPARE(shown,
                 (QStringList{u"● Checkout · Degraded performance"_s, u"● Payments API · Partial outage"_s}));
        QVERIFY(
            components.first()->text().contains(StatusPagePreview::impactColor(u"partial_outage"_s).name()) ||
            components.last()->text().contains(StatusPagePreview::impactColor(u"partial_outage"_s).name()));
        QCOMPARE(
            QTextDocumentFragment::fromHtml(part<QLabel>(&preview, u"statusUpdateBody"_s)->text())
                .toPlainText()
                .trimmed(),
            u"We found why the Payments API fails.\nRetry after a minute. We will post the next update by "
            u"15:30 UTC."_s);
        QVERIFY(part<QLabel>(&preview, u"statusUpdateTime"_s)->text().startsWith(u"Posted "_s));
        QCOMPARE(part<QLabel>(&preview, u"statusPageIndicator"_s)->text(), u"Partial System Outage"_s);
    }

    void push()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.subject = u"Identified: card payments through {{ service }} partly fail"_s;
        f.messageTemplate.body =
            u"We found why card payments through {{ service }} fail for about one customer "
            u"in five. We are rolling back the change together with our provider. Retry a "
            u"declined payment after a minute. We will post the next update by "
            u"{{ next_update }}."_s;
        PushComposer composer;
        const ChannelMessage m = f.compose(composer);
        QVERIFY(LockScreenText::length(m.title) > LockScreenText::titleLimit);
        QVERIFY(LockScreenText::length(m.text) > LockScreenText::bodyLimit);
        PushPreview preview;
        show(preview, composer, m, u"push"_s, {420, 700});
        const QString title = part<QLabel>(&preview, u"pushTitle"_s)->text();
        const QString body = part<QLabel>(&preview, u"pushBody"_s)->text();
        QCOMPARE(title, u"Identified: card payments through the Payments AP…"_s);
        QCOMPARE(LockScreenText::length(title), 50);
        QVERIFY(body.endsWith(u"…"_s));
        QVERIFY(LockScreenText::length(body) <= 178);
        QCOMPARE(body, m.text.left(body.size() - 1).trimmed() + u"…"_s);
        QCOMPARE(part<QLabel>(&preview, u"pushPayload"_s)->text(),
                 u"Payload: %1 of 4096 bytes"_s.arg(m.wire.size()));
        // A short notification is shown whole.
        Test::BroadcastFixture shortOne;
        const ChannelMessage s = shortOne.compose(composer);
        preview.showMessage(&s);
        QCOMPARE(part<QLabel>(&preview, u"pushTitle"_s)->text(), s.title);
        QCOMPARE(part<QLabel>(&preview, u"pushBody"_s)->text(), s.text);
    }

    void inApp()
    {
        Test::BroadcastFixture f;
        f.values.insert(u"status_url"_s, u"https://status.example.com/incidents/42"_s);
        InAppComposer composer;
        const ChannelMessage m = f.compose(composer);
        InAppPreview preview;
        show(preview, composer, m, u"in-app"_s, {560, 420});
        auto* banner = part<QFrame>(&preview, u"inAppBanner"_s);
        QVERIFY(banner->isVisibleTo(&preview));
        QVERIFY(banner->styleSheet().contains(Palette::severityColor(Severity::Sev2).name()));
        QCOMPARE(part<QLabel>(&preview, u"inAppTitle"_s)->text(), m.title);
        QCOMPARE(part<QLabel>(&preview, u"inAppText"_s)->text(), m.text);
        QVERIFY(part<QLabel>(&preview, u"inAppLink"_s)->isVisibleTo(&preview));
        QCOMPARE(part<QLabel>(&preview, u"inAppLink"_s)->toolTip(),
                 u"https://status.example.com/incidents/42"_s);
        QVERIFY(part<QToolButton>(&preview, u"inAppDismiss"_s)->isVisibleTo(&preview));

        // An ongoing SEV1 in red, without a close button; no link without a URL.
        Test::BroadcastFixture sev1;
        sev1.incident.severity = Severity::Sev1;
        const ChannelMessage red = sev1.compose(composer);
        preview.showMessage(&red);
        QVERIFY(banner->styleSheet().contains(Palette::severityColor(Severity::Sev1).name()));
        QVERIFY(!part<QToolButton>(&preview, u"inAppDismiss"_s)->isVisibleTo(&preview));
        QVERIFY(!part<QLabel>(&preview, u"inAppLink"_s)->isVisibleTo(&preview));
        const QString dir = qEnvironmentVariable("BROADCAST_SHOTS");
        if (!dir.isEmpty())
            QVERIFY(preview.grab().save(dir + u"/in-app-sev1.png"_s));
    }

    void voice()
    {
        Test::BroadcastFixture f;
        VoiceComposer composer;
        const ChannelMessage m = f.compose(composer);
        VoicePreview preview;
        show(preview, composer, m, u"voice"_s);
        const QString ssml = part<QPlainTextEdit>(&preview, u"voiceSsml"_s)->toPlainText();
        QVERIFY(ssml.startsWith(u"<speak>\n  <p>\n    <s>Identified: problems with the Payments API.</s>"_s));
        QVERIFY(ssml.contains(u"<break time=\"700ms\"/>"_s));
        QVERIFY(ssml.endsWith(u"</speak>"_s));
        QCOMPARE(part<QLabel>(&preview, u"voiceDuration"_s)->text(), u"About 0:14 to say"_s);
        auto* play = part<QPushButton>(&preview, u"voicePlay"_s);
        const QString engine = part<QLabel>(&preview, u"voiceEngine"_s)->text();
        // This machine may or may not have a speech engine; either way the preview says so plainly.
        if (engine.startsWith(u"No speech engine is installed"_s) ||
            engine.startsWith(u"The speech engine does not work"_s))
            QVERIFY(!play->isEnabled());
        else
            QVERIFY2(engine.startsWith(u"Played with the "_s) && play->isEnabled(), qPrintable(engine));
        QVERIFY(!part<QPushButton>(&preview, u"voiceStop"_s)->isEnabled());
    }

    void supportMacro()
    {
        Test::BroadcastFixture f;
        SupportMacroComposer composer;
        const ChannelMessage m = f.compose(composer);
        SupportMacroPreview preview;
        show(preview, composer, m, u"support-macro"_s, {560, 640});
        QCOMPARE(part<QLabel>(&preview, u"macroName"_s)->text(),
                 u"Macro applied: Identified: problems with the Payments API"_s);
        const QString reply = part<QTextBrowser>(&preview, u"macroReply"_s)->toPlainText().trimmed();
        QVERIFY(reply.startsWith(u"Hello,\nWe found why the Payments API fails."_s));
        QVERIFY(reply.endsWith(u"Thank you for your patience while we work on this."_s));
        QVERIFY(preview.limitList()->text().contains(u"31 words"_s));
    }
};

QTEST_MAIN(BroadcastPreviewsTest)
#include "BroadcastPreviewsTest.moc"
