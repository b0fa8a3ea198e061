#include "channels/UpdateComposer.h"

#include "templating/TemplateLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Every shipped template, rendered for every channel Herald composes, and what each channel does
// with the same values: Slack's three entities, HTML for email, nothing for SMS.
class UpdateComposerTest : public QObject {
    Q_OBJECT

private:
    static Incident incidentFor(const MessageTemplate& t)
    {
        Incident incident;
        incident.id = 12;
        incident.title = u"Payments API partial outage"_s;
        incident.severity = Severity::Sev2;
        incident.status = t.status;
        incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                               {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        return incident;
    }

    static QVariantMap examples(const MessageTemplate& t)
    {
        QVariantMap values;
        for (const TemplateVariable& variable : t.variables)
            values.insert(variable.name, variable.example);
        return values;
    }

    static QJsonObject json(const QByteArray& wire)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(wire, &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

    static void noTemplateSyntaxLeft(const QString& text)
    {
        for (const QString& mark : {u"{{"_s, u"}}"_s, u"{%"_s, u"%}"_s})
            QVERIFY2(!text.contains(mark), qPrintable(text));
    }

    const QList<ChannelKind> m_channels = allChannels(); // every channel has a composer
    TemplateLibrary m_library;
    UpdateComposer m_composer;

private Q_SLOTS:
    void initTestCase()
    {
        m_library = TemplateLibrary::shipped();
        QStringList problems;
        for (const TemplateProblem& problem : m_library.problems())
            problems << problem.toString();
        QCOMPARE(problems.join(u'\n'), QString());
        QVERIFY(m_library.templates().size() >= 3);
        QCOMPARE(m_composer.supportedChannels(), m_channels);
    }

    void shippedTemplatesRender_data()
    {
        QTest::addColumn<QString>("id");
        for (const MessageTemplate& t : m_library.templates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void shippedTemplatesRender()
    {
        QFETCH(QString, id);
        const MessageTemplate* t = m_library.find(id);
        QVERIFY(t);
        for (const TemplateVariable& variable : t->variables)
            QVERIFY2(!variable.example.isEmpty(), qPrintable(variable.name));
        const Incident incident = incidentFor(*t);
        const ComposedUpdate update = m_composer.compose(*t, incident, examples(*t), m_channels);

        QStringList problems;
        for (const TemplateProblem& problem : update.problems)
            problems << problem.toString();
        QCOMPARE(problems.join(u'\n'), QString());
        QCOMPARE(update.messages.size(), m_channels.size());
        for (const ChannelMessage& message : update.messages) {
            QVERIFY(!message.text.trimmed().isEmpty());
            noTemplateSyntaxLeft(message.text);
            noTemplateSyntaxLeft(message.title);
            // The text reads as written: no trailing spaces, at most one blank line in a row.
            QVERIFY2(!message.text.contains(u"\n\n\n"_s), qPrintable(message.text));
            QVERIFY2(!message.text.contains(u" \n"_s), qPrintable(message.text));
            // The affected service is named on every channel (in its title or text).
            if (const TemplateVariable* service = t->variable(u"service"_s))
                QVERIFY2(QString(message.title + u' ' + message.text)
                             .contains(service->example, Qt::CaseInsensitive),
                         qPrintable(channelKey(message.channel) + u": "_s + message.title + u" | "_s +
                                    message.text));
        }

        const ChannelMessage* sms = update.message(ChannelKind::Sms);
        QVERIFY(sms);
        QVERIFY(sms->title.isEmpty());
        QVERIFY(sms->html.isEmpty());
        QVERIFY(sms->wire.isEmpty());

        const ChannelMessage* email = update.message(ChannelKind::Email);
        QVERIFY(email);
        QVERIFY(!email->title.isEmpty());
        QVERIFY(!email->title.contains(u'\n'));
        QVERIFY(email->html.startsWith(u"<p>"_s));
        // The body uses every variable: each example is in the email.
        for (const TemplateVariable& variable : t->variables)
            QVERIFY2(email->text.contains(variable.example, Qt::CaseInsensitive), qPrintable(variable.name));

        const ChannelMessage* slack = update.message(ChannelKind::Slack);
        QVERIFY(slack);
        const QJsonObject payload = json(slack->wire);
        QVERIFY2(!payload.isEmpty(), slack->wire.constData());
        const QJsonArray blocks = payload.value(u"blocks"_s).toArray();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0)[u"type"_s].toString(), u"header"_s);
        QCOMPARE(blocks.at(0)[u"text"_s][u"type"_s].toString(), u"plain_text"_s);
        QCOMPARE(blocks.at(0)[u"text"_s][u"text"_s].toString(), slack->title);
        QVERIFY(slack->title.size() <= 150);
        QCOMPARE(blocks.at(1)[u"type"_s].toString(), u"section"_s);
        QCOMPARE(blocks.at(1)[u"text"_s][u"type"_s].toString(), u"mrkdwn"_s);
        QCOMPARE(blocks.at(1)[u"text"_s][u"text"_s].toString(), slack->text);
        QCOMPARE(blocks.at(2)[u"type"_s].toString(), u"context"_s);
        const QString context = blocks.at(2)[u"elements"_s][0][u"text"_s].toString();
        QCOMPARE(context, incidentStatusLabel(t->status) +
                              u" · SEV2 · Major · Payments API: partial outage · "
                              u"Checkout: degraded performance"_s);
        QVERIFY(!payload.value(u"text"_s).toString().isEmpty());

        const ChannelMessage* webhook = update.message(ChannelKind::Webhook);
        QVERIFY(webhook);
        const QJsonObject hook = json(webhook->wire);
        QCOMPARE(hook[u"schema"_s].toString(), u"herald.update"_s);
        QCOMPARE(hook[u"version"_s].toInt(), 1);
        QCOMPARE(hook[u"incident"_s][u"id"_s].toInteger(), 12);
        QCOMPARE(hook[u"incident"_s][u"title"_s].toString(), incident.title);
        QCOMPARE(hook[u"incident"_s][u"kind"_s].toString(), u"incident"_s);
        QCOMPARE(hook[u"incident"_s][u"severity"_s].toString(), u"sev2"_s);
        QCOMPARE(hook[u"incident"_s][u"status"_s].toString(), incidentStatusKey(t->status));
        QCOMPARE(hook[u"incident"_s][u"drill"_s].toBool(), false);
        QCOMPARE(hook[u"incident"_s][u"started_at"_s].toString(), u"2026-11-26T11:58:00Z"_s);
        QCOMPARE(hook[u"incident"_s][u"components"_s][0][u"impact"_s].toString(), u"partial_outage"_s);
        QCOMPARE(hook[u"update"_s][u"template"_s].toString(), t->id);
        QCOMPARE(hook[u"update"_s][u"title"_s].toString(), webhook->title);
        QCOMPARE(hook[u"update"_s][u"text"_s].toString(), webhook->text);
    }

    void valuesAreEscapedForEachChannel()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVERIFY(t);
        QVariantMap values = examples(*t);
        values.insert(u"service"_s, u"<b>&</b>"_s);
        const ComposedUpdate update = m_composer.compose(*t, incidentFor(*t), values, m_channels);
        QVERIFY(update.problems.isEmpty());
        const QString escaped = u"&lt;b&gt;&amp;&lt;/b&gt;"_s;

        const ChannelMessage* slack = update.message(ChannelKind::Slack);
        QVERIFY2(slack->text.contains(escaped), qPrintable(slack->text));
        QVERIFY(!slack->text.contains(u"<b>"_s));
        QCOMPARE(json(slack->wire)[u"blocks"_s][1][u"text"_s][u"text"_s].toString(), slack->text);

        const ChannelMessage* email = update.message(ChannelKind::Email);
        QVERIFY2(email->html.contains(escaped), qPrintable(email->html));
        QVERIFY(!email->html.contains(u"<b>"_s));
        QVERIFY(!email->html.contains(u"&amp;amp;"_s)); // escaped once, not twice
        QVERIFY(email->text.contains(u"<b>&</b>"_s));   // the plain-text part is plain
        QCOMPARE(email->title, u"Investigating: problems with <b>&</b>"_s);

        const ChannelMessage* sms = update.message(ChannelKind::Sms);
        QVERIFY2(sms->text.contains(u"<b>&</b>"_s), qPrintable(sms->text));
        QVERIFY(!sms->text.contains(u"&amp;"_s));

        const ChannelMessage* webhook = update.message(ChannelKind::Webhook);
        QVERIFY(json(webhook->wire)[u"update"_s][u"text"_s].toString().contains(u"<b>&</b>"_s));
    }

    // Slack parses &, < and > as markup in the message's top-level "text" (the notification text)
    // and in mrkdwn context elements too, not only in sections: "<!channel>" would notify everyone.
    void slackNotificationTextIsEscaped()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVERIFY(t);
        QVariantMap values = examples(*t);
        values.insert(u"service"_s, u"<!channel> & co"_s);
        const ComposedUpdate update = m_composer.compose(*t, incidentFor(*t), values, {ChannelKind::Slack});
        const QJsonObject payload = json(update.message(ChannelKind::Slack)->wire);
        const QString notification = payload[u"text"_s].toString();
        QCOMPARE(notification, u"Investigating: problems with &lt;!channel&gt; &amp; co"_s);
    }

    void slackContextLineIsEscaped()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVERIFY(t);
        Incident incident = incidentFor(*t);
        incident.components = {{u"Cards <EU> & UK"_s, ComponentImpact::MajorOutage}};
        const ComposedUpdate update = m_composer.compose(*t, incident, examples(*t), {ChannelKind::Slack});
        const QJsonObject payload = json(update.message(ChannelKind::Slack)->wire);
        const QString context = payload[u"blocks"_s][2][u"elements"_s][0][u"text"_s].toString();
        QCOMPARE(context, u"Investigating · SEV2 · Major · Cards &lt;EU&gt; &amp; UK: major outage"_s);
    }

    void drillsAreMarkedOnEveryChannel()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-identified"_s);
        QVERIFY(t);
        Incident incident = incidentFor(*t);
        incident.drill = true;
        const ComposedUpdate update = m_composer.compose(*t, incident, examples(*t), m_channels);
        QVERIFY(update.problems.isEmpty());
        for (const ChannelMessage& message : update.messages) {
            // Spoken, "[DRILL]" would be read out as brackets; the voice script says it in words.
            const QString marker =
                message.channel == ChannelKind::Voice ? u"This is a drill."_s : u"[DRILL] "_s;
            const QString where = channelKey(message.channel) + u": "_s;
            QVERIFY2(message.text.startsWith(marker), qPrintable(where + message.text));
            QVERIFY2(!message.text.mid(1).contains(u"[DRILL]"_s), qPrintable(where + message.text));
            if (!message.title.isEmpty())
                QVERIFY2(message.title.startsWith(u"[DRILL] "_s), qPrintable(where + message.title));
        }
        const QJsonObject hook = json(update.message(ChannelKind::Webhook)->wire);
        QCOMPARE(hook[u"incident"_s][u"drill"_s].toBool(), true);
        QVERIFY(hook[u"update"_s][u"text"_s].toString().startsWith(u"[DRILL] "_s));
        QVERIFY(
            json(update.message(ChannelKind::Slack)->wire)[u"text"_s].toString().startsWith(u"[DRILL] "_s));

        incident.drill = false;
        const ComposedUpdate real = m_composer.compose(*t, incident, examples(*t), m_channels);
        for (const ChannelMessage& message : real.messages)
            QVERIFY(!message.text.contains(u"[DRILL]"_s));
    }

    void optionalBlocksDisappearWhenEmpty()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVariantMap values = examples(*t);
        values.insert(u"workaround"_s, QString());
        const ComposedUpdate update = m_composer.compose(*t, incidentFor(*t), values, {ChannelKind::Email});
        QVERIFY(update.problems.isEmpty());
        const QString text = update.message(ChannelKind::Email)->text;
        QVERIFY2(!text.contains(u"What you can do"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"\n\n\n"_s), qPrintable(text));
    }

    void missingRequiredValueIsAProblem()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVariantMap values = examples(*t);
        values.insert(u"impact"_s, u"   "_s);
        values.remove(u"next_update"_s);
        const ComposedUpdate update = m_composer.compose(*t, incidentFor(*t), values, m_channels);
        QStringList messages;
        for (const TemplateProblem& problem : update.problems)
            messages << problem.message;
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.at(0).contains(t->variable(u"impact"_s)->label), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(t->variable(u"next_update"_s)->label), qPrintable(messages.at(1)));
        QCOMPARE(update.problems.first().source, t->source);
    }

    // The core's own input (a draft's values, a template's defaults) follows the same rule as
    // herald-cli's --vars: lists and objects are problems and render as nothing; numbers and
    // yes/no are text.
    void valuesOfOtherTypes()
    {
        const MessageTemplate* t = m_library.find(u"partial-outage-investigating"_s);
        QVariantMap values = examples(*t);
        values.insert(u"service"_s, QVariantList{u"a"_s, u"b"_s});
        values.insert(u"next_update"_s, 42.0);
        const ComposedUpdate update = m_composer.compose(*t, incidentFor(*t), values, {ChannelKind::Sms});
        QStringList messages;
        for (const TemplateProblem& problem : update.problems)
            messages << problem.message;
        QVERIFY2(messages.join(u'\n').contains(u"\"service\" must be text (a string), not a list"_s),
                 qPrintable(messages.join(u'\n')));
        const QString sms = update.messages.first().text;
        QVERIFY2(!sms.contains(u"[u'"_s) && !sms.contains(u"'a'"_s), qPrintable(sms));
        QVERIFY2(sms.contains(u"Next update by 42."_s), qPrintable(sms));
    }
};

QTEST_GUILESS_MAIN(UpdateComposerTest)
#include "UpdateComposerTest.moc"
