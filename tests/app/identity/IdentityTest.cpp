// Passphrases: stored only as salted PBKDF2, checked in the core, guessed slowly; people and
// roles changed only by an administrator, and never without a trace.
#include "WorkflowFixture.h"
#include "domain/TimelineEventType.h"
#include "identity/PassphraseHash.h"
#include "identity/PassphraseVerifier.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::WorkflowFixture;

class IdentityTest : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkflowFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<WorkflowFixture>(); }
    void cleanup() { f.reset(); }

    void hashes()
    {
        const QString a = PassphraseHash::encode(u"correct horse"_s, 1000);
        const QString b = PassphraseHash::encode(u"correct horse"_s, 1000);
        QVERIFY(a.startsWith(u"pbkdf2-sha256$1000$"_s));
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(u"correct"_s));
        QVERIFY(PassphraseHash::verify(u"correct horse"_s, a));
        QVERIFY(!PassphraseHash::verify(u"correct horse!"_s, a));
        QVERIFY(!PassphraseHash::verify(u"correct horse"_s, QString()));
        QVERIFY(!PassphraseHash::verify(u"x"_s, u"pbkdf2-sha256$0$AAAA$AAAA"_s));
        QVERIFY(!PassphraseHash::verify(u"x"_s, u"md5$1$a$b"_s));
        QVERIFY(PassphraseHash::encode(u"x"_s).startsWith(
            u"pbkdf2-sha256$%1$"_s.arg(PassphraseHash::defaultIterations)));
        // RFC 6070-style check of the derivation itself, through a known PBKDF2-HMAC-SHA256
        // vector: P="password", S="salt", c=1, dkLen=32.
        const QString known = u"pbkdf2-sha256$1$%1$%2"_s.arg(
            QString::fromLatin1(QByteArray("salt").toBase64()),
            QString::fromLatin1(
                QByteArray::fromHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")
                    .toBase64()));
        QVERIFY(PassphraseHash::verify(u"password"_s, known));
    }

    void verifierRefusesWrongAndThrottles()
    {
        PassphraseVerifier verifier(f->store(), f->clock());
        QCOMPARE(verifier.prove(f->alex, Test::passphrase).personId(), f->alex);
        for (int i = 0; i < PassphraseVerifier::allowedFailures; ++i)
            QVERIFY(f->errorOf([&] {
                         verifier.prove(f->alex, u"guess %1"_s.arg(i));
                     }).contains(u"not Alex Morgan's"_s));
        // Locked for a minute, even with the right passphrase; others are not affected.
        QVERIFY(f->errorOf([&] { verifier.prove(f->alex, Test::passphrase); }).contains(u"Too many"_s));
        QCOMPARE(verifier.prove(f->jordan, Test::passphrase).personId(), f->jordan);
        f->tick(61);
        QCOMPARE(verifier.prove(f->alex, Test::passphrase).name(), u"Alex Morgan"_s);
        QVERIFY(f->errorOf([&] { verifier.prove(4040, Test::passphrase); }).contains(u"does not exist"_s));
        const qint64 nobody =
            f->store().people().add(Person::named(u"No Pass"_s, QString(), {Role::Approver}));
        QVERIFY(f->errorOf([&] { verifier.prove(nobody, QString()); }).contains(u"no passphrase yet"_s));
    }

    void peopleAreManagedByAnAdministrator()
    {
        const Person pat = Person::named(u"Pat Doe"_s, u"pat@example.com"_s, {Role::Approver});
        QVERIFY(f->errorOf([&] {
                     f->people.add(pat, u"long enough"_s, f->as(f->alex));
                 }).contains(u"administrator"_s));
        QVERIFY(
            f->errorOf([&] { f->people.add(pat, u"short"_s, f->as(f->morgan)); }).contains(u"at least 8"_s));
        const qint64 id = f->people.add(pat, u"long enough"_s, f->as(f->morgan));
        const Person stored = *f->store().people().byId(id);
        QCOMPARE(stored.passphraseSetBy, f->morgan);
        QVERIFY(!stored.passphraseHash.contains(u"long enough"_s));
        const TimelineEvent added = f->store().timeline().events().last();
        QCOMPARE(added.type, TimelineEventType::PersonAdded);
        QVERIFY(!QJsonDocument(added.details).toJson().contains("long enough"));

        // Only Pat or an administrator sets Pat's passphrase.
        QVERIFY(f->errorOf([&] {
                     f->people.setPassphrase(id, u"jordan's idea"_s, f->as(f->jordan));
                 }).contains(u"Only Pat Doe"_s));
        const Identity pat1 = PassphraseVerifier(f->store(), f->clock()).prove(id, u"long enough"_s);
        f->people.setPassphrase(id, u"pat's own words"_s, pat1);
        QCOMPARE(f->store().people().byId(id)->passphraseSetBy, id);
        QVERIFY(f->errorOf([&] {
                     PassphraseVerifier(f->store(), f->clock()).prove(id, u"long enough"_s);
                 }).contains(u"not Pat Doe's"_s));

        // The last administrator keeps the role.
        Person morgan = *f->store().people().byId(f->morgan);
        morgan.roles = {Role::Approver};
        QVERIFY(f->errorOf([&] {
                     f->people.update(morgan, f->as(f->morgan));
                 }).contains(u"only administrator"_s));
        Person jordan = *f->store().people().byId(f->jordan);
        jordan.roles << Role::Administrator;
        QVERIFY(f->errorOf([&] { f->people.update(jordan, f->as(f->jordan)); }).contains(u"administrator"_s));
        f->people.update(jordan, f->as(f->morgan));
        f->people.update(morgan, f->as(f->morgan));
        QCOMPARE(f->store().people().byId(f->morgan)->roles, QList<Role>{Role::Approver});
        QCOMPARE(f->store().timeline().events().last().type, TimelineEventType::PersonChanged);
    }

    void firstAdministratorOnlyOnAnEmptyDatabase()
    {
        QVERIFY(f->errorOf([&] {
                     f->people.addFirstAdministrator(Person::named(u"Eve"_s, {}, {}), u"long enough"_s);
                 }).contains(u"already has people"_s));
        Test::TestDatabase empty;
        PeopleService people(empty.store(), empty.clock(), nullptr, 100);
        const qint64 id = people.addFirstAdministrator(Person::named(u"Ada"_s, {}, {}), u"long enough"_s);
        const Person ada = *empty.store().people().byId(id);
        QVERIFY(ada.hasRole(Role::Administrator));
        QCOMPARE(ada.passphraseSetBy, id);
    }
};

QTEST_GUILESS_MAIN(IdentityTest)
#include "IdentityTest.moc"
