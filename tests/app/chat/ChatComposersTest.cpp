#include "channels/ComposeInput.h"
#include "channels/UpdateComposer.h"
#include "channels/mattermost/MattermostComposer.h"
#include "channels/slack/SlackComposer.h"
#include "channels/teams/TeamsComposer.h"
#include "channels/webhook/WebhookComposer.h"
#include "templating/TemplateLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Each chat composer's exact payload for a fixed update, what each does with values that would
// otherwise notify people or turn into formatting, and every limit at its exact boundary.
class ChatComposersTest : public QObject {
    Q_OBJECT

private:
    TemplateRenderer m_renderer;
    // Would mention everyone on Slack, format text everywhere, and break entities.
    const QString m_hostile = u"<@channel> *bold* & _x_"_s;

    static MessageTemplate messageTemplate(const QString& subject, const QString& body)
    {
        MessageTemplate t;
        t.id = u"chat-test"_s;
        t.source = u"test"_s;
        t.status = IncidentStatus::Identified;
        t.subject = subject;
        t.body = body;
        return t;
    }

    static Incident incident()
    {
        Incident i;
        i.id = 12;
        i.title = u"Payments API partial outage"_s;
        i.severity = Severity::Sev2;
        i.status = IncidentStatus::Identified;
        i.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        i.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                        {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        return i;
    }

    ChannelMessage compose(const ChannelComposer& composer, const MessageTemplate& t, const Incident& i,
                           const QVariantHash& values, QList<TemplateProblem>* problems = nullptr)
    {
        const ComposeInput input{t, i, values, m_renderer, problems};
        return composer.compose(input);
    }

    // The standard update: a hostile service name, two paragraphs, a next-update time.
    ChannelMessage standard(const ChannelComposer& composer, bool drill = false)
    {
        const MessageTemplate t = messageTemplate(
            u"Identified: problems with {{ service }}"_s,
            u"We found the cause of the problems with {{ service }}.\n\n{{ impact }}\nNext update by {{ next_update }}."_s);
        Incident i = incident();
        i.drill = drill;
        QList<TemplateProblem> problems;
        const ChannelMessage m = compose(composer, t, i,
                                         {{u"service"_s, m_hostile},
                                          {u"impact"_s, u"About one in five payments fails."_s},
                                          {u"next_update"_s, u"15:30 UTC"_s}},
                                         &problems);
        [&] { QCOMPARE(problems.size(), 0); }();
        return m;
    }

    // A golden payload from tests/data/chat, compacted as the composers write JSON.
    static QByteArray golden(const QString& name)
    {
        QFile file(QStringLiteral(HERALD_TEST_DATA) + u"/chat/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad golden JSON %s: %s", qPrintable(name), qPrintable(error.errorString()));
        return document.toJson(QJsonDocument::Compact);
    }

    static QJsonObject json(const QByteArray& wire) { return QJsonDocument::fromJson(wire).object(); }

    // A copy: the list is usually a temporary (composer.limits(m)).
    static std::optional<ChannelLimit> limit(const QList<ChannelLimit>& limits, const QString& part)
    {
        for (const ChannelLimit& l : limits)
            if (l.part == part)
                return l;
        return std::nullopt;
    }

    // A body of `characters` ASCII letters on one line.
    ChannelMessage withBody(const ChannelComposer& composer, qsizetype characters)
    {
        return compose(composer, messageTemplate(u"Update"_s, u"{{ body }}"_s), incident(),
                       {{u"body"_s, QString(characters, u'a')}});
    }

private Q_SLOTS:
    // Every shipped template through the registered composers: no problems, valid JSON, every
    // limit met, and the example values on the card and in the post.
    void shippedTemplatesFitEveryChat()
    {
        const TemplateLibrary library = TemplateLibrary::shipped();
        const UpdateComposer composer;
        const QList<ChannelKind> chats{ChannelKind::Slack, ChannelKind::Teams, ChannelKind::Mattermost};
        for (ChannelKind chat : chats)
            QVERIFY(composer.composer(chat));
        QVERIFY(!library.templates().isEmpty());
        for (const MessageTemplate& t : library.templates()) {
            QVariantMap values;
            for (const TemplateVariable& variable : t.variables)
                values.insert(variable.name, variable.example);
            Incident i = incident();
            i.status = t.status;
            const ComposedUpdate update = composer.compose(t, i, values, chats);
            QStringList problems;
            for (const TemplateProblem& problem : update.problems)
                problems << problem.toString();
            QCOMPARE(problems.join(u'\n'), QString());
            QCOMPARE(update.messages.size(), 3);
            for (const ChannelMessage& m : update.messages) {
                QVERIFY2(!json(m.wire).isEmpty(), m.wire.constData());
                QVERIFY2(!m.text.trimmed().isEmpty(), qPrintable(t.id));
                for (const ChannelLimit& l : composer.limits(m))
                    QVERIFY2(l.fits(), qPrintable(t.id + u": "_s + l.part));
            }
        }
    }

    void slackExactPayload()
    {
        const SlackComposer slack;
        const ChannelMessage m = standard(slack);
        QCOMPARE(m.title, u"Identified: problems with <@channel> *bold* & _x_"_s);
        // Slack mrkdwn has no escape for * and _: only &, < and > are entities.
        QCOMPARE(m.text, u"We found the cause of the problems with &lt;@channel&gt; *bold* &amp; _x_.\n\n"
                         u"About one in five payments fails.\nNext update by 15:30 UTC."_s);
        QCOMPARE(m.wire, golden(u"slack-standard.json"_s));
        const QList<ChannelLimit> limits = slack.limits(m);
        QCOMPARE(limits.size(), 4);
        QCOMPARE(limit(limits, u"Header"_s)->used, 49);
        QCOMPARE(limit(limits, u"Longest section"_s)->used, SlackComposer::characters(m.text));
        QCOMPARE(limit(limits, u"Blocks"_s)->used, 3);
        QCOMPARE(limit(limits, u"Notification text"_s)->used, 59); // 49, and the entities add 3 + 3 + 4
        for (const ChannelLimit& l : limits)
            QVERIFY2(l.fits(), qPrintable(l.part));
    }

    void teamsExactPayload()
    {
        const TeamsComposer teams;
        const ChannelMessage m = standard(teams);
        QCOMPARE(m.title, u"Identified: problems with <@channel> *bold* & _x_"_s);
        QCOMPARE(m.text, u"We found the cause of the problems with <@channel> \\*bold\\* & \\_x\\_.\n\n"
                         u"About one in five payments fails.\nNext update by 15:30 UTC."_s);
        QCOMPARE(m.wire, golden(u"teams-standard.json"_s));
        const QList<ChannelLimit> limits = teams.limits(m);
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits.at(0).used, int(m.wire.size()));
        QCOMPARE(limits.at(0).limit, 28 * 1024);
        QVERIFY(limits.at(0).blocking);
        QCOMPARE(limits.at(1).limit, 20000);
        QVERIFY(!limits.at(1).blocking);
    }

    void teamsHeaderColourFollowsSeverityAndStatus_data()
    {
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<IncidentKind>("kind");
        QTest::addColumn<IncidentStatus>("status");
        QTest::addColumn<QString>("teams");
        QTest::addColumn<QString>("mattermost");
        QTest::newRow("sev1") << Severity::Sev1 << IncidentKind::Incident << IncidentStatus::Investigating
                              << u"attention"_s << u"#c62828"_s;
        QTest::newRow("sev2") << Severity::Sev2 << IncidentKind::Incident << IncidentStatus::Monitoring
                              << u"attention"_s << u"#ef6c00"_s;
        QTest::newRow("sev3") << Severity::Sev3 << IncidentKind::Incident << IncidentStatus::Identified
                              << u"warning"_s << u"#f9a825"_s;
        QTest::newRow("sev4") << Severity::Sev4 << IncidentKind::Incident << IncidentStatus::Identified
                              << u"warning"_s << u"#607d8b"_s;
        QTest::newRow("resolved") << Severity::Sev1 << IncidentKind::Incident << IncidentStatus::Resolved
                                  << u"good"_s << u"#2e7d32"_s;
        QTest::newRow("maintenance") << Severity::Sev3 << IncidentKind::Maintenance
                                     << IncidentStatus::InProgress << u"accent"_s << u"#f9a825"_s;
        QTest::newRow("maintenance done") << Severity::Sev3 << IncidentKind::Maintenance
                                          << IncidentStatus::Completed << u"good"_s << u"#2e7d32"_s;
    }

    void teamsHeaderColourFollowsSeverityAndStatus()
    {
        QFETCH(Severity, severity);
        QFETCH(IncidentKind, kind);
        QFETCH(IncidentStatus, status);
        QFETCH(QString, teams);
        QFETCH(QString, mattermost);
        Incident i = incident();
        i.severity = severity;
        i.kind = kind;
        i.status = status;
        const MessageTemplate t = messageTemplate(u"Title"_s, u"Text"_s);
        const ChannelMessage card = compose(TeamsComposer(), t, i, {});
        QCOMPARE(json(card.wire)[u"attachments"_s][0][u"content"_s][u"body"_s][0][u"color"_s].toString(),
                 teams);
        const ChannelMessage post = compose(MattermostComposer(), t, i, {});
        QCOMPARE(json(post.wire)[u"attachments"_s][0][u"color"_s].toString(), mattermost);
    }

    void mattermostExactPayload()
    {
        const MattermostComposer mattermost;
        const ChannelMessage m = standard(mattermost);
        // U+2060 after "@" keeps "@channel" from being a mention; Markdown gets backslashes.
        const QString service = u"\\<@\u2060channel\\> \\*bold\\* & \\_x\\_"_s;
        QCOMPARE(m.text, u"We found the cause of the problems with "_s + service +
                             u".\n\nAbout one in five payments fails.\nNext update by 15:30 UTC."_s);
        QCOMPARE(m.wire, golden(u"mattermost-standard.json"_s));
        const QList<ChannelLimit> limits = mattermost.limits(m);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.at(0).used, int(json(m.wire)[u"text"_s].toString().toUcs4().size()));
        QCOMPARE(limits.at(0).limit, 16383);
    }

    void markdownEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("teams");
        QTest::addColumn<QString>("mattermost");
        QTest::newRow("emphasis") << u"*a* _b_ `c` ~d~"_s << u"\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"_s
                                  << u"\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"_s;
        QTest::newRow("link") << u"[x](http://e.com)"_s << u"\\[x\\](http://e.com)"_s
                              << u"\\[x\\](http://e.com)"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s << u"a\\\\b"_s;
        QTest::newRow("list item") << u"- item"_s << u"\\- item"_s << u"\\- item"_s;
        QTest::newRow("ordered item") << u"12. item"_s << u"12\\. item"_s << u"12\\. item"_s;
        QTest::newRow("mid-line dash") << u"a - b, 3.5 GB"_s << u"a - b, 3.5 GB"_s << u"a - b, 3.5 GB"_s;
        QTest::newRow("heading and quote") << u"# no\n> no"_s << u"# no\n> no"_s << u"\\# no\n\\> no"_s;
        QTest::newRow("mentions") << u"@all @here x@y.com"_s << u"@all @here x@y.com"_s
                                  << u"@\u2060all @\u2060here x@y.com"_s;
        QTest::newRow("plain") << u"Payments & checkout"_s << u"Payments & checkout"_s
                               << u"Payments & checkout"_s;
    }

    void markdownEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, teams);
        QFETCH(QString, mattermost);
        QCOMPARE(TemplateRenderer::escapeTeams(value), teams);
        QCOMPARE(TemplateRenderer::escapeMattermost(value), mattermost);
        // Through the renderer: values are escaped, the template's own text is not.
        const QVariantHash context{{u"v"_s, value}};
        QCOMPARE(m_renderer.render(u"*{{ v }}*"_s, context, TemplateRenderer::Escaping::TeamsMarkdown).text,
                 u"*"_s + teams + u"*"_s);
        QCOMPARE(
            m_renderer.render(u"*{{ v }}*"_s, context, TemplateRenderer::Escaping::MattermostMarkdown).text,
            u"*"_s + mattermost + u"*"_s);
        QCOMPARE(
            m_renderer.render(u"{{ v|safe }}"_s, context, TemplateRenderer::Escaping::TeamsMarkdown).text,
            value.trimmed());
    }

    void drillIsMarked()
    {
        const SlackComposer slack;
        const TeamsComposer teams;
        const MattermostComposer mattermost;
        for (const ChannelComposer* composer : QList<const ChannelComposer*>{&slack, &teams, &mattermost}) {
            const ChannelMessage m = standard(*composer, true);
            QVERIFY2(m.title.startsWith(u"[DRILL] "_s), qPrintable(m.title));
            QVERIFY2(m.text.startsWith(u"[DRILL] "_s), qPrintable(m.text));
        }
        QVERIFY(json(standard(teams, true).wire)[u"attachments"_s][0][u"content"_s][u"body"_s][0][u"text"_s]
                    .toString()
                    .startsWith(u"\\[DRILL\\] "_s));
        QVERIFY(
            json(standard(mattermost, true).wire)[u"text"_s].toString().startsWith(u"#### \\[DRILL\\] "_s));
    }

    void noNextUpdateFactWithoutAValue()
    {
        const MessageTemplate t = messageTemplate(u"Title"_s, u"Text"_s);
        Incident i = incident();
        i.components.clear();
        const QJsonArray facts = json(compose(TeamsComposer(), t, i, {})
                                          .wire)[u"attachments"_s][0][u"content"_s][u"body"_s][1][u"facts"_s]
                                     .toArray();
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.at(0)[u"title"_s].toString(), u"Status"_s);
        QCOMPARE(facts.at(1)[u"title"_s].toString(), u"Severity"_s);
    }

    void slackSplitsAtParagraphs()
    {
        const QString a(2000, u'a');
        // 2000 + 2 + 998 = 3000: one section; one more character: two, split at the blank line.
        QCOMPARE(SlackComposer::splitSections(a + u"\n\n"_s + QString(998, u'b')),
                 QStringList{a + u"\n\n"_s + QString(998, u'b')});
        QCOMPARE(SlackComposer::splitSections(a + u"\n\n"_s + QString(999, u'b')),
                 (QStringList{a, QString(999, u'b')}));
        // Paragraphs are packed: three short ones and a long one.
        const QString p(900, u'p');
        QCOMPARE(
            SlackComposer::splitSections(p + u"\n\n"_s + p + u"\n\n"_s + p + u"\n\n"_s + QString(2500, u'q')),
            (QStringList{p + u"\n\n"_s + p + u"\n\n"_s + p, QString(2500, u'q')}));
    }

    void slackSplitsLongParagraphsAtLinesThenWords()
    {
        const QString line(1800, u'l');
        QCOMPARE(SlackComposer::splitSections(line + u"\n"_s + line), (QStringList{line, line}));
        QStringList words;
        for (int i = 0; i < 700; ++i)
            words << u"word"_s; // 700 × 5 - 1 = 3499 characters
        const QStringList pieces = SlackComposer::splitSections(words.join(u' '));
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces.at(0).size(), 2999); // 600 words
        QCOMPARE(pieces.at(1).size(), 499);
        QVERIFY(!pieces.at(0).endsWith(u' ') && !pieces.at(1).startsWith(u' '));
    }

    void slackHardSplitKeepsEntitiesAndSurrogatesWhole()
    {
        QCOMPARE(SlackComposer::splitSections(QString(6500, u'x')),
                 (QStringList{QString(3000, u'x'), QString(3000, u'x'), QString(500, u'x')}));
        // "&amp;" would straddle character 3000: it moves whole to the next section.
        QCOMPARE(SlackComposer::splitSections(QString(2998, u'a') + u"&amp;b"_s),
                 (QStringList{QString(2998, u'a'), u"&amp;b"_s}));
        // 2999 letters and an emoji are 3000 characters (3001 UTF-16 units): they fit.
        const QString emoji = u"😀"_s;
        QCOMPARE(SlackComposer::splitSections(QString(2999, u'a') + emoji + u"b"_s),
                 (QStringList{QString(2999, u'a') + emoji, u"b"_s}));
        QCOMPARE(SlackComposer::splitSections(QString(3000, u'a') + emoji),
                 (QStringList{QString(3000, u'a'), emoji}));
    }

    void slackLongBodyBecomesSeveralSections()
    {
        const SlackComposer slack;
        const QString body = QString(2500, u'a') + u"\n\n"_s + QString(2500, u'b');
        const ChannelMessage m =
            compose(slack, messageTemplate(u"T"_s, u"{{ body }}"_s), incident(), {{u"body"_s, body}});
        QCOMPARE(m.text, body); // the text as a whole is unchanged
        const QJsonArray blocks = json(m.wire)[u"blocks"_s].toArray();
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(1)[u"text"_s][u"text"_s].toString(), QString(2500, u'a'));
        QCOMPARE(blocks.at(2)[u"text"_s][u"text"_s].toString(), QString(2500, u'b'));
        QCOMPARE(blocks.at(3)[u"type"_s].toString(), u"context"_s);
        const QList<ChannelLimit> limits = slack.limits(m);
        QCOMPARE(limit(limits, u"Longest section"_s)->used, 2500);
        // "section(s)" until the English catalogue with its plural forms is loaded
        QVERIFY(limit(limits, u"Longest section"_s)->detail.startsWith(u"text in 2 section"_s));
        QCOMPARE(limit(limits, u"Blocks"_s)->used, 4);
    }

    void slackHeaderLimitAtBoundary()
    {
        const SlackComposer slack;
        for (const int length : {150, 151}) {
            const ChannelMessage m = compose(slack, messageTemplate(u"{{ h }}"_s, u"Text"_s), incident(),
                                             {{u"h"_s, QString(length, u'h')}});
            QCOMPARE(m.title.size(), length); // not cut: Slack would refuse it, people see why
            const auto header = limit(slack.limits(m), u"Header"_s);
            QCOMPARE(header->used, length);
            QCOMPARE(header->limit, 150);
            QCOMPARE(header->fits(), length == 150);
        }
    }

    void slackBlockLimitAtBoundary()
    {
        const SlackComposer slack;
        for (const int paragraphs : {48, 49}) {
            QStringList parts;
            for (int i = 0; i < paragraphs; ++i)
                parts << QString(3000, QChar(u'a' + i % 26));
            // In two values: one value may hold 100,000 characters (templates/README.md, Limits).
            const qsizetype half = parts.size() / 2;
            const ChannelMessage m =
                compose(slack, messageTemplate(u"T"_s, u"{{ first }}\n\n{{ second }}"_s), incident(),
                        {{u"first"_s, parts.mid(0, half).join(u"\n\n"_s)},
                         {u"second"_s, parts.mid(half).join(u"\n\n"_s)}});
            const QList<ChannelLimit> limits = slack.limits(m);
            QCOMPARE(limit(limits, u"Blocks"_s)->used, paragraphs + 2);
            QCOMPARE(limit(limits, u"Blocks"_s)->fits(), paragraphs == 48);
            QCOMPARE(limit(limits, u"Longest section"_s)->used, 3000);
            QVERIFY(limit(limits, u"Longest section"_s)->fits());
        }
    }

    void slackNotificationTextCountsEntities()
    {
        const SlackComposer slack;
        const ChannelMessage m =
            compose(slack, messageTemplate(u"{{ h }}"_s, u"Text"_s), incident(), {{u"h"_s, u"a&b"_s}});
        QCOMPARE(json(m.wire)[u"text"_s].toString(), u"a&amp;b"_s);
        QCOMPARE(limit(slack.limits(m), u"Notification text"_s)->used, 7);
        QCOMPARE(limit(slack.limits(m), u"Notification text"_s)->limit, 40000);
    }

    // Payload sizes grow one byte per ASCII character of the body: find the body that lands
    // exactly on the limit, then one more.
    void byteLimitsAtBoundary_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("teams") << u"teams"_s;
        QTest::newRow("webhook") << u"webhook"_s;
        QTest::newRow("mattermost") << u"mattermost"_s;
    }

    void byteLimitsAtBoundary()
    {
        QFETCH(QString, channel);
        const TeamsComposer teams;
        const WebhookComposer webhook;
        const MattermostComposer mattermost;
        const ChannelComposer& composer = channel == u"teams"_s ? static_cast<const ChannelComposer&>(teams)
                                          : channel == u"webhook"_s
                                              ? static_cast<const ChannelComposer&>(webhook)
                                              : mattermost;
        const int expectedLimit = channel == u"teams"_s ? 28672 : channel == u"webhook"_s ? 20000 : 16383;
        const int base = composer.limits(withBody(composer, 1000)).at(0).used - 1000;
        const int exact = expectedLimit - base;
        const ChannelLimit fits = composer.limits(withBody(composer, exact)).at(0);
        QCOMPARE(fits.used, expectedLimit);
        QCOMPARE(fits.limit, expectedLimit);
        QVERIFY(fits.fits());
        const ChannelLimit over = composer.limits(withBody(composer, exact + 1)).at(0);
        QCOMPARE(over.used, expectedLimit + 1);
        QVERIFY(!over.fits());
        // Only Teams refuses; a long Mattermost post is split, a big webhook payload is advice.
        QCOMPARE(over.blocking, channel == u"teams"_s);
    }
};

QTEST_GUILESS_MAIN(ChatComposersTest)
#include "ChatComposersTest.moc"
