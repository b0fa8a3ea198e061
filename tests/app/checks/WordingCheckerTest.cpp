#include "checks/WordingChecker.h"

#include "channels/UpdateComposer.h"
#include "checks/OverLimit.h"
#include "templating/TemplateLibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Whole updates: channel limits from the real composers, consistency across channels, template
// problems, the order of findings, and every shipped template free of blocking findings.
class WordingCheckerTest : public QObject {
    Q_OBJECT

private:
    const UpdateComposer m_composer;

    static QList<Finding> only(const QList<Finding>& findings, const QString& rule)
    {
        QList<Finding> out;
        for (const Finding& f : findings)
            if (f.rule == rule)
                out << f;
        return out;
    }

    static QString describe(const QList<Finding>& findings)
    {
        QStringList lines;
        for (const Finding& f : findings)
            lines << u"%1 %2 %3 %4 %5-%6: %7"_s
                         .arg(findingSeverityKey(f.severity), f.rule,
                              f.channel ? channelKey(*f.channel) : u"-"_s, f.part)
                         .arg(f.start)
                         .arg(f.end)
                         .arg(f.message);
        return lines.join(u'\n');
    }

    static ChannelMessage message(ChannelKind channel, const QString& text, const QString& title = {})
    {
        ChannelMessage m;
        m.channel = channel;
        m.title = title;
        m.text = text;
        return m;
    }

    static Incident incident(IncidentStatus status = IncidentStatus::Investigating)
    {
        Incident i;
        i.id = 7;
        i.title = u"Payments"_s;
        i.status = status;
        i.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        return i;
    }

private slots:
    void overLimitFromALongSms()
    {
        MessageTemplate t;
        t.id = u"long-sms"_s;
        t.source = u"test"_s;
        // 10 × 52 = 520 GSM-7 septets: 4 segments of 153, over the 3 × 153 = 459 an SMS may use.
        t.body = u"Card payments fail for about one in five customers. "_s.repeated(10).trimmed();
        const ComposedUpdate update = m_composer.compose(t, incident(), {}, {ChannelKind::Sms});
        QCOMPARE(update.messages.size(), 1);
        const int length = int(update.messages[0].text.size());
        QCOMPARE(length, 519);

        const QList<Finding> overLimit =
            only(WordingChecker().check(update, incident(), m_composer), u"over-limit"_s);
        QCOMPARE(overLimit.size(), 3); // text and segments (enforced), single message (advice)
        QStringList severities;
        for (const Finding& f : overLimit) {
            QCOMPARE(f.channel, std::optional(ChannelKind::Sms));
            QCOMPARE(f.part, u"text"_s);
            QCOMPARE(f.start, 0);
            QCOMPARE(f.end, length);
            severities << findingSeverityKey(f.severity);
        }
        severities.sort();
        QCOMPARE(severities, (QStringList{u"blocking"_s, u"blocking"_s, u"warning"_s}));
        QVERIFY2(describe(overLimit).contains(u"519 of 459"_s), qPrintable(describe(overLimit)));
        QVERIFY(describe(overLimit).contains(u"4 of 3"_s));

        // Turned down, nothing about the limits blocks any more.
        CheckSettings settings;
        settings.setSeverity(u"over-limit"_s, Finding::Severity::Warning);
        const QList<Finding> advisory =
            only(WordingChecker(settings).check(update, incident(), m_composer), u"over-limit"_s);
        QCOMPARE(advisory.size(), 3);
        QCOMPARE(WordingChecker::blockingCount(advisory), 0);

        // A short SMS fits.
        t.body = u"Card payments fail. Next update by 15:30 UTC."_s;
        QCOMPARE(only(WordingChecker().check(m_composer.compose(t, incident(), {}, {ChannelKind::Sms}),
                                             incident(), m_composer),
                      u"over-limit"_s)
                     .size(),
                 0);
    }

    // The part comes from each limit's key, not its English name: Slack's notification text is
    // the header escaped, so both of its findings point at the title.
    void overLimitPartFromTheKey()
    {
        MessageTemplate t;
        t.id = u"long-header"_s;
        t.source = u"test"_s;
        t.subject = u"Payments & checkout are failing for some customers in Europe. "_s.repeated(3).trimmed();
        t.body = u"Card payments fail. Next update by 15:30 UTC."_s;
        const ComposedUpdate update = m_composer.compose(
            t, incident(), {}, {ChannelKind::Slack, ChannelKind::Push, ChannelKind::Email});
        const QList<Finding> overLimit =
            only(WordingChecker().check(update, incident(), m_composer), u"over-limit"_s);
        QStringList parts;
        for (const Finding& f : overLimit) {
            const ChannelMessage* m = update.message(*f.channel);
            QVERIFY(m);
            parts << channelKey(*f.channel) + u':' + f.part;
            QCOMPARE(f.start, 0);
            QCOMPARE(f.end, int((f.part == u"title"_s ? m->title : m->text).size()));
        }
        parts.sort();
        QCOMPARE(parts, (QStringList{u"email:title"_s, u"push:title"_s, u"slack:title"_s}));
        ChannelLimit fallback;
        fallback.key = u"title-fallback"_s;
        fallback.part = u"Notification text"_s;
        QCOMPARE(OverLimit::partOf(fallback), u"title"_s);
        fallback.key = u"payload"_s;
        fallback.part = u"Title and body"_s;
        QCOMPARE(OverLimit::partOf(fallback), u"text"_s);

        // Every limit of every channel has a key, each once per channel.
        for (const ChannelMessage& m : m_composer.compose(t, incident(), {}, allChannels()).messages) {
            QStringList keys;
            for (const ChannelLimit& limit : m_composer.limits(m)) {
                QVERIFY2(!limit.key.isEmpty(), qPrintable(channelKey(m.channel) + u' ' + limit.part));
                QVERIFY2(!keys.contains(limit.key), qPrintable(channelKey(m.channel) + u' ' + limit.key));
                keys << limit.key;
            }
        }
    }

    void conflictingNextUpdateTimes()
    {
        ComposedUpdate update;
        update.messages
            << message(ChannelKind::Sms, u"Investigating problems with payments. Next update by 15:00 UTC."_s)
            << message(ChannelKind::Email,
                       u"We are investigating problems with payments and checkout. We will post the next "
                       "update by 14:30 UTC."_s,
                       u"Investigating: problems with payments"_s);
        const QList<Finding> findings =
            only(WordingChecker().check(update, incident(), m_composer), u"consistency"_s);
        QCOMPARE(findings.size(), 1);
        const Finding& f = findings[0];
        QCOMPARE(f.channel, std::optional(ChannelKind::Sms));
        QCOMPARE(f.part, u"text"_s);
        QCOMPARE(f.start, 53);
        QCOMPARE(f.end, 62);
        QCOMPARE(update.messages[0].text.mid(f.start, f.end - f.start), u"15:00 UTC"_s);
        QCOMPARE(findingSeverityKey(f.severity), u"blocking"_s);
        QVERIFY2(f.message.contains(u"SMS"_s) && f.message.contains(u"Email"_s) &&
                     f.message.contains(u"14:30 UTC"_s),
                 qPrintable(f.message));
    }

    void sameTimeWrittenDifferentlyAgrees()
    {
        ComposedUpdate update;
        update.messages << message(ChannelKind::Sms, u"Payments fail. Next update by 2:30 pm."_s)
                        << message(ChannelKind::Email,
                                   u"Payments fail. We will post the next update by 14:30 UTC."_s);
        QCOMPARE(only(WordingChecker().check(update, incident(), m_composer), u"consistency"_s).size(), 0);
    }

    void conflictingStatus()
    {
        ComposedUpdate update;
        update.messages << message(ChannelKind::Sms,
                                   u"Resolved: payments work again. Next update by 14:30 UTC."_s)
                        << message(
                               ChannelKind::Email,
                               u"We are investigating problems with payments. Next update by 14:30 UTC."_s,
                               u"Investigating: problems with payments"_s);
        const QList<Finding> findings =
            only(WordingChecker().check(update, incident(), m_composer), u"consistency"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].channel, std::optional(ChannelKind::Sms));
        QCOMPARE(findings[0].start, 0);
        QCOMPARE(findings[0].end, 8);
        QCOMPARE(findingSeverityKey(findings[0].severity), u"blocking"_s);
        QVERIFY(findings[0].message.contains(u"resolved"_s) &&
                findings[0].message.contains(u"investigating"_s));
    }

    void componentLeftOutIsAWarning()
    {
        Incident i = incident();
        i.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                        {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        ComposedUpdate update;
        update.messages
            << message(ChannelKind::Sms, u"Payments API errors. Next update by 14:30 UTC."_s)
            << message(ChannelKind::Email,
                       u"The Payments API and Checkout fail for some payments. Next update by 14:30 UTC."_s);
        const QList<Finding> findings = only(WordingChecker().check(update, i, m_composer), u"consistency"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].channel, std::optional(ChannelKind::Sms));
        QCOMPARE(findingSeverityKey(findings[0].severity), u"warning"_s);
        QVERIFY(findings[0].message.contains(u"Checkout"_s));
    }

    void templateProblemsBlockAndComeFirst()
    {
        MessageTemplate t;
        t.id = u"needs-time"_s;
        t.source = u"needs-time.yaml"_s;
        TemplateVariable nextUpdate;
        nextUpdate.name = u"next_update"_s;
        nextUpdate.type = TemplateVariable::Type::Time;
        nextUpdate.label = u"Next update at"_s;
        nextUpdate.required = true;
        t.variables = {nextUpdate};
        t.body = u"Payments fail. Retry later. Next update by {{ next_update }}."_s;
        const ComposedUpdate update =
            m_composer.compose(t, incident(), {}, {ChannelKind::Sms, ChannelKind::Email});
        QVERIFY(!update.problems.isEmpty());
        const QList<Finding> findings = WordingChecker().check(update, incident(), m_composer);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings[0].rule, u"template"_s);
        QVERIFY(findings[0].blocks());
        QVERIFY(!findings[0].channel.has_value());
        QVERIFY(findings[0].message.contains(u"needs-time.yaml"_s));
    }

    void sortedByChannelThenStart()
    {
        ComposedUpdate update;
        update.messages << message(ChannelKind::Email,
                                   u"URGENT: our SRE team sees some issues. Next update soon."_s)
                        << message(ChannelKind::Sms, u"Some users see HTTP 503. Next update soon!!"_s);
        const QList<Finding> findings = WordingChecker().check(update, incident(), m_composer);
        QVERIFY(findings.size() > 4);
        for (qsizetype i = 1; i < findings.size(); ++i) {
            const Finding& a = findings[i - 1];
            const Finding& b = findings[i];
            const int ca = a.channel ? int(*a.channel) : -1;
            const int cb = b.channel ? int(*b.channel) : -1;
            QVERIFY2(ca < cb || (ca == cb && (a.part != b.part || a.start <= b.start)),
                     qPrintable(describe(findings)));
        }
        QCOMPARE(findings.front().channel,
                 std::optional(ChannelKind::Sms)); // Sms comes first among the channels
    }

    void shippedTemplatesHaveNoBlockingFindings_data()
    {
        QTest::addColumn<QString>("id");
        const TemplateLibrary library = TemplateLibrary::shipped();
        for (const MessageTemplate& t : library.templates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void shippedTemplatesHaveNoBlockingFindings()
    {
        QFETCH(QString, id);
        const TemplateLibrary library = TemplateLibrary::shipped();
        const MessageTemplate* t = library.find(id);
        QVERIFY(t);
        QVariantMap values;
        for (const TemplateVariable& variable : t->variables)
            values.insert(variable.name, variable.example);
        // As herald-cli composes it: titled with the template's name (" · " written " - ", see
        // CliTemplateInput), its status, no components.
        Incident i = incident(t->status);
        i.title = QString(t->name).replace(u" \u00b7 "_s, u" - "_s);
        const ComposedUpdate update = m_composer.compose(*t, i, values, m_composer.supportedChannels());
        const QList<Finding> findings = WordingChecker().check(update, i, m_composer, t->locale);
        QList<Finding> blocking;
        for (const Finding& f : findings)
            if (f.blocks())
                blocking << f;
        if (!findings.isEmpty())
            qInfo().noquote() << id << "findings that do not block:\n" << describe(findings);
        QVERIFY2(blocking.isEmpty(), qPrintable(id + u":\n"_s + describe(blocking)));
    }
};

QTEST_GUILESS_MAIN(WordingCheckerTest)
#include "WordingCheckerTest.moc"
