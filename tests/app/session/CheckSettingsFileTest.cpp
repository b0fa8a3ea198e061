// A team's wording-check settings file changes what blocks submission; a bad file is reported
// with its path and what is wrong, and the defaults stay.

#include "base/HeraldError.h"
#include "base/ManualClock.h"
#include "session/Session.h"
#include "support/TestPeople.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class CheckSettingsFileTest : public QObject {
    Q_OBJECT

    static void write(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void settingsDecideWhatBlocks()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        Session session(Database::open(dir.filePath(u"s.sqlite"_s), clock), clock, Dispatcher::Options{});
        const Store& store = session.store();
        const qint64 alex = Test::addPerson(store, u"Alex"_s, {Role::CommunicationsManager});
        const auto as = [&](qint64 person) { return Test::as(store, clock, person); };
        Incident incident;
        incident.title = u"Card payments failing"_s;
        incident.startedAt = clock.now();
        const qint64 incidentId = session.incidents().create(incident, alex);
        const qint64 draftId = session.drafts().create(incidentId, u"partial-outage-investigating"_s,
                                                       {ChannelKind::Sms}, as(alex));
        DraftContent content;
        for (const TemplateVariable& v :
             session.templates().find(u"partial-outage-investigating"_s)->variables)
            content.variables.insert(v.name, v.example);
        content.texts.insert(u"sms"_s,
                             u"We hope to fix {{ service }} soon. Next update by {{ next_update }}."_s);
        session.drafts().save(draftId, content, as(alex));

        // By default a vague phrase is a warning: submitting works.
        QVERIFY(!session.loadCheckSettings(dir.filePath(u"missing.json"_s)));
        const QString strict = dir.filePath(u"checks.json"_s);
        write(strict, R"({"severities": {"vague-phrase": "blocking"}})");
        QCOMPARE(session.loadCheckSettings(strict), std::nullopt);
        try {
            session.drafts().submit(draftId, as(alex));
            QFAIL("a blocking vague phrase did not stop submission");
        } catch (const HeraldError& error) {
            QVERIFY2(error.message().contains(u"soon"_s), qPrintable(error.message()));
        }

        // A file that does not parse or names an unknown setting: said with the path, defaults kept.
        write(strict, R"({"severities": {"vague-phrase": "blocking"})");
        const auto broken = session.loadCheckSettings(strict);
        QVERIFY(broken && broken->contains(strict));
        write(strict, R"({"severitys": {}})");
        const auto unknown = session.loadCheckSettings(strict);
        QVERIFY(unknown && unknown->contains(u"severitys"_s));
        write(strict, R"({"severities": {"vague-phrase": "warning"}})");
        QCOMPARE(session.loadCheckSettings(strict), std::nullopt);
        session.drafts().submit(draftId, as(alex));
        QCOMPARE(store.drafts().byId(draftId)->state, DraftState::InReview);
    }
};

QTEST_GUILESS_MAIN(CheckSettingsFileTest)
#include "CheckSettingsFileTest.moc"
