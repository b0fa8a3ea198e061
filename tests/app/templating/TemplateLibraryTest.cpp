#include "templating/TemplateLibrary.h"

#include "TestDatabase.h"
#include "channels/UpdateComposer.h"
#include "channels/bluesky/BlueskyMeasure.h"
#include "channels/sms/SmsMeasure.h"
#include "channels/x/XMeasure.h"
#include "checks/WordingChecker.h"
#include "templating/TemplateParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The shipped templates as customers will read them, the format's fallbacks and locales, the
// checks on load with their places in the file, and templates people save in the database.
class TemplateLibraryTest : public QObject {
    Q_OBJECT

private:
    static Incident incidentFor(const MessageTemplate& t)
    {
        Incident incident;
        incident.id = 7;
        incident.title = u"Payments API outage"_s;
        incident.kind = statusesOf(IncidentKind::Maintenance).contains(t.status) ? IncidentKind::Maintenance
                                                                                 : IncidentKind::Incident;
        incident.severity = Severity::Sev2;
        incident.status = t.status;
        incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(13, 10), QTimeZone::UTC);
        incident.components = {{u"Payments API"_s, ComponentImpact::MajorOutage}};
        return incident;
    }

    static QVariantMap examples(const MessageTemplate& t)
    {
        QVariantMap values;
        for (const TemplateVariable& variable : t.variables)
            values.insert(variable.name,
                          variable.example.isEmpty() ? variable.defaultValue : variable.example);
        return values;
    }

    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write test file");
        return path;
    }

    static QStringList located(const QList<TemplateProblem>& problems)
    {
        QStringList out;
        for (const TemplateProblem& p : problems)
            out << u"%1:%2+%3"_s.arg(p.line).arg(p.column).arg(p.length);
        return out;
    }

    static QString joined(const QList<TemplateProblem>& problems)
    {
        QStringList out;
        for (const TemplateProblem& p : problems)
            out << p.toString();
        return out.join(u'\n');
    }

    static inline const QByteArray head =
        "id: t\nname: T\nscenario: s\naudience: external\nstatus: identified\n";

    TemplateLibrary m_shipped;
    UpdateComposer m_composer;

private Q_SLOTS:
    void initTestCase()
    {
        m_shipped = TemplateLibrary::shipped();
        QCOMPARE(joined(m_shipped.problems()), QString());
        QVERIFY(m_shipped.templates().size() >= 14);
    }

    void shippedTemplatesCoverEveryScenario()
    {
        QSet<QString> scenarios;
        QSet<Audience> audiences;
        for (const MessageTemplate& t : m_shipped.templates()) {
            scenarios << t.scenario + u'/' + incidentStatusKey(t.status);
            audiences << t.audience;
            QVERIFY2(t.variable(u"next_update"_s) || t.variable(u"report_time"_s), qPrintable(t.id));
        }
        for (const QString& outage : {u"major-outage"_s, u"partial-outage"_s})
            for (const QString& status :
                 {u"investigating"_s, u"identified"_s, u"monitoring"_s, u"resolved"_s})
                QVERIFY2(scenarios.contains(outage + u'/' + status), qPrintable(outage + status));
        for (const QString& s :
             {u"maintenance/scheduled"_s, u"maintenance/in_progress"_s, u"maintenance/completed"_s,
              u"security-incident/investigating"_s, u"degraded-performance/investigating"_s,
              u"delayed-data/identified"_s, u"third-party-outage/identified"_s})
            QVERIFY2(scenarios.contains(s), qPrintable(s));
        QCOMPARE(audiences, (QSet<Audience>{Audience::External, Audience::Internal, Audience::Support}));
    }

    void shippedTemplatesRenderEverywhere_data()
    {
        QTest::addColumn<QString>("id");
        for (const MessageTemplate& t : m_shipped.templates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    // Every channel, with the examples: no template problem, within each channel's own limits,
    // and no wording finding that would block approval.
    void shippedTemplatesRenderEverywhere()
    {
        QFETCH(QString, id);
        const MessageTemplate* t = m_shipped.find(id);
        QVERIFY(t);
        const Incident incident = incidentFor(*t);
        const ComposedUpdate update =
            m_composer.compose(*t, incident, examples(*t), m_composer.supportedChannels());
        QCOMPARE(joined(update.problems), QString());
        QCOMPARE(update.messages.size(), m_composer.supportedChannels().size());
        for (const ChannelMessage& message : update.messages) {
            const QString where = id + u' ' + channelKey(message.channel) + u": "_s + message.text;
            QVERIFY2(!message.text.trimmed().isEmpty(), qPrintable(where));
            for (const QString& mark : {u"{{"_s, u"}}"_s, u"{%"_s, u"%}"_s})
                QVERIFY2(!message.text.contains(mark) && !message.title.contains(mark), qPrintable(where));
            static const QString lookalikes = u"\u2018\u2019\u201C\u201D\u2013\u2014\u2026"_s;
            const QString all = message.text + message.title;
            for (const QChar c : all)
                QVERIFY2(!lookalikes.contains(c), qPrintable(where));
        }
        const ChannelMessage* sms = update.message(ChannelKind::Sms);
        if (sms) {
            const SmsMeasure::Result measured = SmsMeasure::measure(sms->text);
            QVERIFY2(measured.encoding == SmsMeasure::Encoding::Gsm7, qPrintable(sms->text));
            QVERIFY2(measured.segments <= 2,
                     qPrintable(u"%1 segments: %2"_s.arg(measured.segments).arg(sms->text)));
        }
        if (const ChannelMessage* x = update.message(ChannelKind::X))
            QVERIFY2(XMeasure::measure(x->text).weightedLength < 280, qPrintable(x->text));
        if (const ChannelMessage* bluesky = update.message(ChannelKind::Bluesky))
            QVERIFY2(BlueskyMeasure::measure(bluesky->text).graphemes < 300, qPrintable(bluesky->text));

        const WordingChecker checker;
        QStringList blocking;
        for (const Finding& finding : checker.check(update, incident, m_composer))
            if (finding.blocks())
                blocking << finding.rule + u' ' +
                                (finding.channel ? channelKey(*finding.channel) : QString()) + u": "_s +
                                finding.message;
        QCOMPARE(blocking.join(u'\n'), QString());
    }

    void channelFallsBackToGroupThenBase()
    {
        const auto t = TemplateParser::parseAll(head + R"(body: base {{ incident.title }}
subject: base subject
channels:
  slack: slack text
  chat:
    subject: chat header
    body: chat text
  social: social text
  email:
    subject: email subject
  push:
    subject: push title
    body: push body
)",
                                                u"fallbacks.yaml"_s);
        QVERIFY2(t, t ? "" : qPrintable(joined(t.error())));
        QCOMPARE(t->bodyFor(ChannelKind::Slack), u"slack text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Teams), u"chat text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Mattermost), u"chat text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::X), u"social text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Bluesky), u"social text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Mastodon), u"social text"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Push), u"push body"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Email), u"base {{ incident.title }}"_s); // a subject only
        QCOMPARE(t->bodyFor(ChannelKind::Sms), u"base {{ incident.title }}"_s);
        QCOMPARE(t->subjectFor(ChannelKind::Email), u"email subject"_s);
        QCOMPARE(t->subjectFor(ChannelKind::Push), u"push title"_s);
        QCOMPARE(t->subjectFor(ChannelKind::Slack), u"chat header"_s);
        QCOMPARE(t->subjectFor(ChannelKind::Teams), u"chat header"_s);
        QCOMPARE(t->subjectFor(ChannelKind::Voice), u"base subject"_s);
        QCOMPARE(t->subjectFor(ChannelKind::X), u"base subject"_s);

        // What composers make of it.
        const ComposedUpdate update =
            m_composer.compose(*t, incidentFor(*t), {}, {ChannelKind::Email, ChannelKind::Sms});
        QCOMPARE(update.message(ChannelKind::Email)->title, u"email subject"_s);
        QCOMPARE(update.message(ChannelKind::Sms)->text, u"base Payments API outage"_s);
    }

    void localesFallBackToTheTemplatesOwn()
    {
        const auto t = TemplateParser::parseAll(head + R"(body: English body
subject: English subject
channels:
  sms: English SMS
  chat: English chat
locales:
  de:
    name: Deutsch
    subject: Betreff
    body: Deutscher Text
    channels:
      sms: Deutsche SMS
  fr:
    subject: Sujet
)",
                                                u"locales.yaml"_s);
        QVERIFY2(t, t ? "" : qPrintable(joined(t.error())));
        QCOMPARE(t->availableLocales(), (QStringList{u"en"_s, u"de"_s, u"fr"_s}));
        const MessageTemplate de = t->forLocale(u"de"_s);
        QCOMPARE(de.locale, u"de"_s);
        QCOMPARE(de.name, u"Deutsch"_s);
        QCOMPARE(de.bodyFor(ChannelKind::Sms), u"Deutsche SMS"_s);
        QCOMPARE(de.bodyFor(ChannelKind::Slack), u"Deutscher Text"_s); // never English chat under German
        QCOMPARE(de.subjectFor(ChannelKind::Email), u"Betreff"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Email, u"de"_s), u"Deutscher Text"_s);
        // French has only a subject: the body stays English.
        QCOMPARE(t->subjectFor(ChannelKind::Email, u"fr"_s), u"Sujet"_s);
        QCOMPARE(t->bodyFor(ChannelKind::Sms, u"fr"_s), u"English SMS"_s);
        QCOMPARE(t->forLocale(u"fr"_s).name, t->name);
        // Unknown or own locale: the template itself.
        QCOMPARE(t->bodyFor(ChannelKind::Slack, u"it"_s), u"English chat"_s);
        QCOMPARE(t->forLocale(u"en"_s).body, u"English body"_s);
    }

    // Each mistake at its line and column in the file, all of them at once.
    void problemsAreLocatedInTheFile()
    {
        const QByteArray content = head +                                   // lines 1-5
                                   "colour: red\n"                          // 6: unknown field
                                   "variables:\n"                           // 7
                                   "  - name: service\n"                    // 8
                                   "    required: maybe\n"                  // 9: not a boolean
                                   "  - name: service\n"                    // 10: declared twice
                                   "body: |\n"                              // 11
                                   "  Hello\n"                              // 12
                                   "  Problems with {{ servce }}.\n"        // 13: unknown variable
                                   "channels:\n"                            // 14
                                   "  pager: x\n"                           // 15: unknown channel
                                   "  sms: \"A {% frobnicate %}\"\n"        // 16: unknown tag
                                   "  email:\n"                             // 17
                                   "    subject: 'Re {{ service|nope }}'\n" // 18: unknown filter
                                   "    body: \"{% if service %}open\"\n";  // 19: unclosed block
        const auto parsed = TemplateParser::parseAll(content, u"bad.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(located(parsed.error()),
                 (QStringList{u"6:1+6"_s, u"9:15+0"_s, u"10:11+7"_s, u"15:3+5"_s, u"13:20+6"_s, u"16:14+10"_s,
                              u"19:12+16"_s, u"18:29+4"_s}));
        const QList<TemplateProblem>& p = parsed.error();
        QVERIFY2(p.at(0).message.contains(u"\"colour\""_s), qPrintable(p.at(0).message));
        QVERIFY2(p.at(1).message.contains(u"true or false"_s), qPrintable(p.at(1).message));
        QVERIFY2(p.at(2).message.contains(u"declared twice"_s), qPrintable(p.at(2).message));
        QVERIFY2(p.at(3).message.contains(u"unknown channel \"pager\""_s), qPrintable(p.at(3).message));
        QVERIFY2(p.at(4).message.contains(u"unknown variable \"servce\""_s), qPrintable(p.at(4).message));
        QVERIFY2(p.at(5).message.contains(u"unknown tag \"frobnicate\""_s), qPrintable(p.at(5).message));
        QVERIFY2(p.at(6).message.contains(u"endif"_s), qPrintable(p.at(6).message));
        QVERIFY2(p.at(7).message.contains(u"unknown filter \"nope\""_s), qPrintable(p.at(7).message));
        QCOMPARE(p.at(4).toString().left(15), u"bad.yaml:13:20:"_s);
        // parse() keeps its one-problem answer: the first.
        QCOMPARE(TemplateParser::parse(content, u"bad.yaml"_s).error().line, 6);
    }

    void brokenFileAmongGoodOnes()
    {
        QTemporaryDir dir;
        write(dir, u"a.yaml"_s,
              QByteArray(head).replace("id: t", "id: a") + "body: A {{ incident.title }}\n");
        write(dir, u"b.yaml"_s, QByteArray(head).replace("id: t", "id: b") + "body: B {{ missing }}\n");
        write(dir, u"c.yaml"_s, QByteArray(head).replace("id: t", "id: c") + "body: C\n");
        TemplateLibrary library;
        library.loadDirectory(dir.path());
        QCOMPARE(library.templates().size(), 2);
        QVERIFY(library.find(u"a"_s) && library.find(u"c"_s) && !library.find(u"b"_s));
        QCOMPARE(library.problems().size(), 1);
        QCOMPARE(library.problems().first().toString(),
                 dir.filePath(u"b.yaml"_s) +
                     u":6:12: \"body\": unknown variable \"missing\": declare it under \"variables\""_s);
    }

    void repositoryKeepsEveryVersion()
    {
        Test::TestDatabase db;
        const TemplateRepository repo = db.store().templates();
        const QDateTime t0 = Test::TestDatabase::epoch();
        QCOMPARE(repo.save({u"mine"_s, 0, u"v1"_s, 1, t0, false}), 1);
        QCOMPARE(repo.save({u"mine"_s, 0, u"v2"_s, 2, t0.addSecs(60), false}), 2);
        QCOMPARE(repo.save({u"other"_s, 5, u"o5"_s, 1, t0, false}), 5); // at least the version asked for
        QCOMPARE(repo.save({u"other"_s, 1, u"o6"_s, 1, t0, false}), 6); // never below the newest
        QList<StoredTemplate> latest = repo.latest();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).id, u"mine"_s);
        QCOMPARE(latest.at(0).version, 2);
        QCOMPARE(latest.at(0).document, u"v2"_s);
        QCOMPARE(latest.at(0).authorId, 2);
        QCOMPARE(latest.at(0).createdAt, t0.addSecs(60));
        QCOMPARE(repo.get(u"mine"_s, 1)->document, u"v1"_s);
        QVERIFY(!repo.get(u"mine"_s, 3));

        QCOMPARE(repo.remove(u"mine"_s, 3, t0.addSecs(120)), 3);
        QCOMPARE(repo.remove(u"mine"_s, 3, t0.addSecs(180)), 0); // already deleted
        QCOMPARE(repo.remove(u"nobody"_s, 3, t0), 0);
        latest = repo.latest();
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().id, u"other"_s);
        const QList<StoredTemplate> history = repo.history(u"mine"_s);
        QCOMPARE(history.size(), 3);
        QVERIFY(!history.at(1).deleted);
        QVERIFY(history.at(2).deleted);
        QCOMPARE(history.at(2).authorId, 3);
        QCOMPARE(history.at(2).document, u"v2"_s); // the tombstone shows what was deleted
        QVERIFY(repo.get(u"mine"_s, 1));           // old versions stay for drafts made from them
        // Saving again brings it back, as the next version.
        QCOMPARE(repo.save({u"mine"_s, 0, u"v4"_s, 1, t0.addSecs(240), false}), 4);
        QCOMPARE(repo.latest().size(), 2);
        QCOMPARE(repo.all().size(), 6);
    }

    // A stored template with a shipped id replaces the shipped one when newer; deleting it brings
    // the shipped one back; every version stays findable.
    void storedTemplatesOverrideShippedOnes()
    {
        Test::TestDatabase db;
        const TemplateRepository repo = db.store().templates();
        TemplateLibrary library = TemplateLibrary::shipped();
        const QString id = u"partial-outage-investigating"_s;
        const MessageTemplate shipped = *library.find(id);

        QTemporaryDir dir;
        QByteArray edited = shipped.document.toUtf8();
        edited.replace("We are investigating problems with", "We are looking into problems with");
        const auto prepared =
            library.prepareImport(write(dir, u"edited.yaml"_s, edited), 4, db.clock().now());
        QVERIFY2(prepared, prepared ? "" : qPrintable(joined(prepared.error())));
        QCOMPARE(prepared->version, shipped.version + 1);
        QCOMPARE(repo.save(*prepared), shipped.version + 1);
        // An older stored version never wins over the newer shipped one.
        QCOMPARE(repo.save({u"stale"_s, 1, shipped.document, 4, db.clock().now(), false}), 1);

        library.addStored(repo.all());
        QCOMPARE(joined(library.problems()), QString());
        QCOMPARE(library.find(id)->version, shipped.version + 1);
        QVERIFY(library.find(id)->body.startsWith(u"We are looking into"_s));
        QCOMPARE(library.find(id, shipped.version)->body, shipped.body);
        QVERIFY(library.find(id)->stored); // written in Herald: it can be deleted
        QVERIFY(!library.find(id, shipped.version)->stored);
        QCOMPARE(library.templates().size(), m_shipped.templates().size() + 1); // "stale" is its own id
        QCOMPARE(library.find(u"stale"_s)->id, u"stale"_s); // the row's id, not the file's

        repo.remove(id, 4, db.clock().now());
        TemplateLibrary reloaded = TemplateLibrary::shipped();
        reloaded.addStored(repo.all());
        QCOMPARE(reloaded.find(id)->version, shipped.version);
        QVERIFY(!reloaded.find(id)->stored);             // the shipped one is back
        QVERIFY(reloaded.find(id, shipped.version + 1)); // drafts made from it still render
        QCOMPARE(reloaded.templates().size(), m_shipped.templates().size() + 1);

        // A newer shipped version beats an older stored one.
        TemplateLibrary newer;
        MessageTemplate bumped = shipped;
        bumped.version = 10;
        newer.add(bumped);
        newer.addStored({{id, 3, QString::fromUtf8(edited), 4, db.clock().now(), false}});
        QCOMPARE(newer.find(id)->version, 10);
        QCOMPARE(newer.find(id, 3)->version, 3);
    }

    void importRefusesAnInvalidFile()
    {
        QTemporaryDir dir;
        const auto prepared = m_shipped.prepareImport(
            write(dir, u"bad.yaml"_s, head + "body: \"{{ nope }}\"\n"), 1, QDateTime::currentDateTimeUtc());
        QVERIFY(!prepared);
        QCOMPARE(located(prepared.error()), (QStringList{u"6:11+4"_s}));
        QVERIFY(!m_shipped.prepareImport(dir.filePath(u"absent.yaml"_s), 1, {}));
    }

    void exportImportRoundTrip()
    {
        Test::TestDatabase db;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"exported.yaml"_s);
        const MessageTemplate* original = m_shipped.find(u"security-incident"_s);
        QVERIFY(m_shipped.exportTo(original->id, original->version, path));
        const auto reread = TemplateLibrary::readFile(path);
        QVERIFY2(reread, reread ? "" : qPrintable(joined(reread.error())));
        QCOMPARE(reread->body, original->body);
        QCOMPARE(reread->channelBodies, original->channelBodies);
        QCOMPARE(reread->groupSubjects, original->groupSubjects);
        QCOMPARE(reread->variables.size(), original->variables.size());

        TemplateLibrary library = TemplateLibrary::shipped();
        const auto prepared = library.prepareImport(path, 2, db.clock().now());
        QVERIFY(prepared);
        const int version = db.store().templates().save(*prepared);
        library.addStored(db.store().templates().all());
        QCOMPARE(library.find(original->id)->version, version);
        const QString again = dir.filePath(u"again.yaml"_s);
        QVERIFY(library.exportTo(original->id, version, again));
        const auto second = TemplateLibrary::readFile(again);
        QVERIFY(second);
        QCOMPARE(second->version, version); // the file says which version it is
        QCOMPARE(second->body, original->body);
        QVERIFY(!library.exportTo(u"nothing"_s, 1, again));
        QVERIFY(!library.exportTo(original->id, 1, dir.filePath(u"no/such/folder/x.yaml"_s)));
    }

    void duplicateMakesAnIndependentCopy()
    {
        Test::TestDatabase db;
        TemplateLibrary library = TemplateLibrary::shipped();
        const auto copy = library.duplicate(u"maintenance-started"_s, 5, db.clock().now());
        QVERIFY(copy);
        QCOMPARE(copy->id, u"maintenance-started-copy"_s);
        QCOMPARE(copy->version, 1);
        QCOMPARE(db.store().templates().save(*copy), 1);
        library.addStored(db.store().templates().all());
        const MessageTemplate* t = library.find(u"maintenance-started-copy"_s);
        QVERIFY(t);
        QCOMPARE(t->name, u"Scheduled maintenance · started (copy)"_s);
        QCOMPARE(t->body, library.find(u"maintenance-started"_s)->body);
        QCOMPARE(library.duplicate(u"maintenance-started"_s, 5, {})->id, u"maintenance-started-copy-2"_s);
        QVERIFY(!library.duplicate(u"nothing"_s, 5, {}));
    }
};

QTEST_GUILESS_MAIN(TemplateLibraryTest)
#include "TemplateLibraryTest.moc"
