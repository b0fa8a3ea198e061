#include "channels/ComposeInput.h"
#include "channels/mattermost/MattermostComposer.h"
#include "channels/slack/SlackComposer.h"
#include "channels/teams/TeamsComposer.h"
#include "previews/LimitList.h"
#include "previews/MattermostPreview.h"
#include "previews/PreviewCatalog.h"
#include "previews/SlackPreview.h"
#include "previews/TeamsPreview.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

// The Slack, Teams and Mattermost previews fed with real composed messages: what a reader of
// each chat would see (text, formatting, colours, sender line) and the limits under them.
// With HERALD_CHAT_SHOTS=DIR set, each preview is also saved as DIR/<channel>.png.
class ChatPreviewsTest : public QObject {
    Q_OBJECT

private:
    TemplateRenderer m_renderer;
    MessageTemplate m_template;
    Incident m_incident;
    QVariantHash m_values;

    ChannelMessage compose(const ChannelComposer& composer) const
    {
        QList<TemplateProblem> problems;
        const ComposeInput input{m_template, m_incident, m_values, m_renderer, &problems};
        ChannelMessage message = composer.compose(input);
        if (!problems.isEmpty())
            qFatal("template problem: %s", qPrintable(problems.first().toString()));
        return message;
    }

    static QString plainText(ChannelPreview& preview, const QString& view)
    {
        auto* browser = preview.findChild<QTextBrowser*>(view);
        return browser ? browser->toPlainText().remove(QChar(0x2060)) : QString();
    }

    // The character format at the first occurrence of `text` in the preview's document.
    static QTextCharFormat formatOf(ChannelPreview& preview, const QString& view, const QString& text)
    {
        const QTextCursor found = preview.findChild<QTextBrowser*>(view)->document()->find(text);
        return found.isNull() ? QTextCharFormat() : found.charFormat();
    }

    static void screenshot(ChannelPreview& preview, const QString& name)
    {
        const QString dir = qEnvironmentVariable("HERALD_CHAT_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        preview.resize(760, 680);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QVERIFY(preview.grab().save(dir + u"/"_s + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template.id = u"partial-outage-identified"_s;
        m_template.source = u"test"_s;
        m_template.status = IncidentStatus::Identified;
        m_template.subject = u"Identified: problems with {{ service }}"_s;
        m_template.body = u"We have found the cause of the problems with {{ service }}: {{ cause }}.\n\n"
                          u"{{ impact }}\nWhat you can do: retry a declined payment after a minute.\n\n"
                          u"We will post the next update by {{ next_update }}."_s;
        m_template.channelBodies.insert(
            ChannelKind::Slack,
            u"*Cause found for the problems with {{ service }}:* {{ cause }}.\n{{ impact }}\n"
            u"Next update by *{{ next_update }}*."_s);
        m_incident.id = 12;
        m_incident.title = u"Payments API partial outage"_s;
        m_incident.severity = Severity::Sev2;
        m_incident.status = IncidentStatus::Identified;
        m_incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        m_incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                                 {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        m_values = {{u"service"_s, u"the Payments API <@channel> *bold* & _x_"_s},
                    {u"cause"_s, u"a configuration change at our card network provider"_s},
                    {u"impact"_s, u"About one in five card payments is declined."_s},
                    {u"next_update"_s, u"15:30 UTC"_s}};
    }

    void catalogHasTheChats()
    {
        const QList<ChannelPreview*> previews = createChannelPreviews();
        QList<ChannelKind> channels;
        for (ChannelPreview* preview : previews)
            channels << preview->channel();
        qDeleteAll(previews);
        QVERIFY(channels.contains(ChannelKind::Slack));
        QVERIFY(channels.contains(ChannelKind::Teams));
        QVERIFY(channels.contains(ChannelKind::Mattermost));
    }

    void slackShowsBlocksAsSlackDoes()
    {
        const SlackComposer composer;
        const ChannelMessage message = compose(composer);
        SlackPreview preview;
        preview.showMessage(&message);
        preview.showLimits(composer.limits(message));
        const QString text = plainText(preview, u"slackView"_s);
        QVERIFY2(text.contains(u"Herald"_s) && text.contains(u"APP"_s), qPrintable(text));
        // The header is plain text: the value reads exactly as typed.
        QVERIFY2(text.contains(u"Identified: problems with the Payments API <@channel> *bold* & _x_"_s),
                 qPrintable(text));
        QCOMPARE(formatOf(preview, u"slackView"_s, u"Identified: problems"_s).fontWeight(), int(QFont::Bold));
        // In the section the entities are decoded, and Slack's own *bold* is bold.
        QVERIFY2(text.contains(u"Cause found for the problems with the Payments API <@channel>"_s),
                 qPrintable(text));
        QCOMPARE(formatOf(preview, u"slackView"_s, u"15:30 UTC"_s).fontWeight(), int(QFont::Bold));
        QVERIFY2(text.contains(u"Identified · SEV2 · Major · Payments API: partial outage"_s),
                 qPrintable(text));
        const QString notification = preview.findChild<QLabel*>(u"slackNotification"_s)->text();
        QVERIFY2(notification.contains(u"&lt;@channel&gt;"_s), qPrintable(notification));
        const QString limits = preview.limitList()->text();
        for (const QString& part : {u"Header"_s, u"Longest section"_s, u"Blocks"_s, u"Notification text"_s})
            QVERIFY2(limits.contains(part), qPrintable(limits));
        QVERIFY(!preview.limitList()->isHidden());
        screenshot(preview, u"slack"_s);
    }

    void slackMrkdwn()
    {
        QCOMPARE(SlackPreview::mrkdwnToHtml(u"a *b* _c_ ~d~ &lt;e&gt;"_s),
                 u"a <b>b</b> <i>c</i> <s>d</s> &lt;e&gt;"_s);
        QVERIFY(SlackPreview::mrkdwnToHtml(u"<https://status.example.com|status page>"_s)
                    .contains(u"href='https://status.example.com'"_s));
    }

    void teamsShowsTheCard()
    {
        const TeamsComposer composer;
        const ChannelMessage message = compose(composer);
        TeamsPreview preview;
        preview.showMessage(&message);
        preview.showLimits(composer.limits(message));
        const QString text = plainText(preview, u"teamsView"_s);
        QVERIFY2(text.contains(u"Workflows"_s), qPrintable(text));
        // Escaped Markdown shows literally: no bold, no italic, nothing lost.
        const QString title = u"Identified: problems with the Payments API <@channel> *bold* & _x_"_s;
        QVERIFY2(text.contains(title), qPrintable(text));
        const QTextCharFormat header = formatOf(preview, u"teamsView"_s, title);
        QCOMPARE(header.foreground().color().name(), u"#c4314b"_s); // "attention"
        QCOMPARE(header.fontWeight(), int(QFont::Bold));
        for (const QString& fact :
             {u"Status"_s, u"Identified"_s, u"Severity"_s, u"SEV2 · Major"_s, u"Affected"_s,
              u"Payments API (partial outage), Checkout (degraded performance)"_s, u"Next update"_s,
              u"15:30 UTC"_s})
            QVERIFY2(text.contains(fact), qPrintable(fact));
        QCOMPARE(formatOf(preview, u"teamsView"_s, u"Next update"_s).fontWeight(), int(QFont::Bold));
        QVERIFY2(text.contains(u"About one in five card payments is declined.\nWhat you can do"_s),
                 qPrintable(text));
        QVERIFY(preview.limitList()->text().contains(u"Payload"_s));
        screenshot(preview, u"teams"_s);
    }

    void teamsMarkdownSubset()
    {
        QCOMPARE(TeamsPreview::textBlockToHtml(u"**a** _b_ \\*c\\* [d](https://e.example)"_s),
                 u"<b>a</b> <i>b</i> *c* <a href='https://e.example' style='color:#5b5fc7;'>d</a>"_s);
        QCOMPARE(TeamsPreview::textBlockToHtml(u"- item <x> & y"_s), u"•&nbsp;item &lt;x&gt; &amp; y"_s);
    }

    void mattermostShowsThePost()
    {
        const MattermostComposer composer;
        const ChannelMessage message = compose(composer);
        MattermostPreview preview;
        preview.showMessage(&message);
        preview.showLimits(composer.limits(message));
        const QString text = plainText(preview, u"mattermostView"_s);
        QVERIFY2(text.contains(u"Herald"_s) && text.contains(u"BOT"_s), qPrintable(text));
        const QString title = u"Identified: problems with the Payments API <@channel> *bold* & _x_"_s;
        QVERIFY2(text.contains(title), qPrintable(text));
        QCOMPARE(formatOf(preview, u"mattermostView"_s, u"Identified: problems"_s).fontWeight(),
                 int(QFont::Bold));
        QVERIFY2(text.contains(
                     u"We have found the cause of the problems with the Payments API <@channel> *bold*"_s),
                 qPrintable(text));
        for (const QString& field : {u"Status"_s, u"Identified"_s, u"SEV2 · Major"_s, u"Next update"_s,
                                     u"Payments API (partial outage), Checkout (degraded performance)"_s})
            QVERIFY2(text.contains(field), qPrintable(field));
        // The attachment's colour bar in the SEV2 colour.
        const QString html = preview.findChild<QTextBrowser*>(u"mattermostView"_s)->toHtml();
        QVERIFY2(html.contains(u"bgcolor=\"#ef6c00\""_s), qPrintable(html));
        QVERIFY(preview.limitList()->text().contains(u"Post text"_s));
        screenshot(preview, u"mattermost"_s);
    }

    void previewsSayWhenTheUpdateDoesNotGoThere()
    {
        SlackPreview slack;
        TeamsPreview teams;
        MattermostPreview mattermost;
        slack.showMessage(nullptr);
        teams.showMessage(nullptr);
        mattermost.showMessage(nullptr);
        QVERIFY(plainText(slack, u"slackView"_s).contains(u"does not go to Slack"_s));
        QVERIFY(plainText(teams, u"teamsView"_s).contains(u"does not go to Microsoft Teams"_s));
        QVERIFY(plainText(mattermost, u"mattermostView"_s).contains(u"does not go to Mattermost"_s));
    }
};

QTEST_MAIN(ChatPreviewsTest)
#include "ChatPreviewsTest.moc"
