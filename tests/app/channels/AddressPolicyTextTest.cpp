#include "channels/AddressPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Allowed ranges as text, from inputs the policy fuzz target found (tests/fuzz/corpus/policy):
// what parses prints back as text that parses to the same ranges, and what is not a range is
// refused with a reason.
class AddressPolicyTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oddEntriesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        // Qt read "10" before the NULs as 0.0.0.10 and kept the /64.
        QTest::newRow("NUL inside") << QString::fromLatin1(QByteArray("10") + QByteArray(8, '\0') +
                                                           "00:1::/64,5.7");
        // The scope id's "%0" was taken as an arg() placeholder when printed.
        QTest::newRow("scope id") << u"649b::%0a9fe"_s;
        QTest::newRow("IPv4 prefix over 32") << u"10.0.0.0/33"_s;
    }
    void oddEntriesAreRefused()
    {
        QFETCH(QString, text);
        QString problem;
        QVERIFY(!AddressPolicy::fromText(text, &problem).has_value());
        QVERIFY(problem.contains(u"is not an address range"_s));
    }

    void rangesPrintBackAsTheyParse()
    {
        const auto policy = AddressPolicy::fromText(u"10.20.0.0/16, fd00:1::/64, 192.168.5.7"_s);
        QVERIFY(policy.has_value());
        QCOMPARE(policy->toText(), u"10.20.0.0/16, fd00:1::/64, 192.168.5.7/32"_s);
        QCOMPARE(AddressPolicy::fromText(policy->toText())->toText(), policy->toText());
    }
};

QTEST_GUILESS_MAIN(AddressPolicyTextTest)
#include "AddressPolicyTextTest.moc"
