// File → Channels, "Private networks senders may reach", through its widgets: a bad range is
// named and changes nothing; a good one is saved to the configuration file, handed to the
// dispatcher, shown back normalised and recorded on the timeline with who changed it.

#include "TestPeople.h"
#include "WidgetLookup.h"
#include "base/ManualClock.h"
#include "delivery/OutboxSettings.h"
#include "domain/TimelineEventType.h"
#include "session/Session.h"
#include "settings/ChannelSettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class AllowedNetworksTest : public QObject {
    Q_OBJECT

    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        return Test::findWidget<T>(parent, name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { QSettings().clear(); }

    void allowAndRefuse()
    {
        QSettings().clear();
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        Session session(Database::open(dir.filePath(u"n.sqlite"_s), clock), clock, OutboxSettings::load(),
                        100);
        const qint64 morgan = Test::addPerson(session.store(), u"Morgan Diaz"_s, {Role::Administrator});
        ChannelSettingsDialog dialog(session, morgan);
        dialog.show();
        auto* ranges = find<QLineEdit>(&dialog, u"allowedNetworks"_s);
        auto* message = find<QLabel>(&dialog, u"allowedNetworksMessage"_s);
        QCOMPARE(ranges->text(), QString()); // nothing allowed out of the box
        const int eventsBefore = int(session.store().timeline().events(0).size());

        // A range that does not parse: named, nothing saved, nothing recorded.
        QTest::keyClicks(ranges, u"10.20.0.0/16, our-lan"_s);
        QTest::mouseClick(find<QPushButton>(&dialog, u"allowNetworksButton"_s), Qt::LeftButton);
        QVERIFY2(message->text().contains(u"\"our-lan\""_s), qPrintable(message->text()));
        QCOMPARE(session.allowedNetworks().toText(), QString());
        QVERIFY(!QSettings().contains(u"outbox/allowed_private_networks"_s));
        QCOMPARE(int(session.store().timeline().events(0).size()), eventsBefore);

        // Good ranges, with Return: saved, applied, shown normalised, on the timeline.
        ranges->clear();
        QTest::keyClicks(ranges, u"10.20.0.0/16,192.168.5.7"_s);
        QTest::keyClick(ranges, Qt::Key_Return);
        QCOMPARE(message->text(), u"Saved"_s);
        QCOMPARE(ranges->text(), u"10.20.0.0/16, 192.168.5.7/32"_s);
        QCOMPARE(session.allowedNetworks().toText(), u"10.20.0.0/16, 192.168.5.7/32"_s);
        QCOMPARE(OutboxSettings::load().addresses.toText(), u"10.20.0.0/16, 192.168.5.7/32"_s);
        const TimelineEvent last = session.store().timeline().events(0).last();
        QCOMPARE(last.type, TimelineEventType::NetworksAllowed);
        QCOMPARE(last.actorId, morgan);
        QCOMPARE(last.details.value(u"ranges"_s).toString(), u"10.20.0.0/16, 192.168.5.7/32"_s);

        // Emptied: no private network again.
        ranges->clear();
        QTest::keyClick(ranges, Qt::Key_Return);
        QCOMPARE(session.allowedNetworks().toText(), QString());
        QCOMPARE(OutboxSettings::load().addresses.toText(), QString());
    }
};

QTEST_MAIN(AllowedNetworksTest)
#include "AllowedNetworksTest.moc"
