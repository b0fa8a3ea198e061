// The demo people's passphrase hashes are fast (few PBKDF2 iterations) so the demo opens
// quickly: they are only good in the demo database they were made for. Copied into any other
// database they prove nothing, so a fast hash never guards a real one.
#include "TestDatabase.h"
#include "base/HeraldError.h"
#include "demo/DemoSeeder.h"
#include "identity/PassphraseHash.h"
#include "identity/PassphraseVerifier.h"
#include "templating/TemplateLibrary.h"
#include "workflow/PeopleService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class DemoHashTest : public QObject {
    Q_OBJECT

    static QString errorOf(const std::function<void()>& action)
    {
        try {
            action();
        } catch (const HeraldError& error) {
            return error.message();
        }
        return {};
    }

private Q_SLOTS:
    void demoHashesOnlyWorkInTheirDemoDatabase()
    {
        Test::TestDatabase demo;
        DemoSeeder::seed(demo.store(), TemplateLibrary::shipped(), demo.clock().now());
        Person alex;
        for (const Person& p : demo.store().people().all())
            if (p.name == u"Alex Morgan"_s)
                alex = p;
        QVERIFY(!alex.passphraseHash.isEmpty());
        // In the demo database, the demo passphrase proves who it is.
        QCOMPARE(
            PassphraseVerifier(demo.store(), demo.clock()).prove(alex.id, DemoSeeder::passphrase).personId(),
            alex.id);

        // The same row in another database (a real one: not created by the demo) is refused.
        Test::TestDatabase real;
        Person copy = alex;
        copy.id = 0;
        copy.id = real.store().people().add(copy);
        real.store().people().setPassphrase(copy.id, alex.passphraseHash, copy.id);
        const QString error = errorOf(
            [&] { PassphraseVerifier(real.store(), real.clock()).prove(copy.id, DemoSeeder::passphrase); });
        QVERIFY2(error.contains(u"demo"_s), qPrintable(error));
    }

    // What a real database's people get: the full 210,000 iterations.
    void realHashesHaveTheFullCount()
    {
        Test::TestDatabase db;
        const PeopleService people(db.store(), db.clock());
        const qint64 id =
            people.addFirstAdministrator(Person::named(u"Ada"_s, QString(), {}), u"correct horse"_s);
        const QString hash = db.store().people().byId(id)->passphraseHash;
        QVERIFY2(hash.startsWith(u"pbkdf2-sha256$210000$"_s), qPrintable(hash));
    }
};

QTEST_GUILESS_MAIN(DemoHashTest)
#include "DemoHashTest.moc"
