// File → Channels → Dry Run through its widgets: a webhook endpoint on loopback shows the exact
// signed request (request line, Standard Webhooks headers, JSON body) with the signature and the
// signing secret kept out of sight; an address the URL policy refuses shows the problem instead.
// Nothing reaches the receiver either way: a dry run never sends.

#include "HttpReceiver.h"
#include "TestKeychain.h"
#include "TestPeople.h"
#include "WidgetLookup.h"
#include "base/ManualClock.h"
#include "session/Session.h"
#include "settings/ChannelSettingsDialog.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class ChannelDryRunTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Test::HttpReceiver> m_receiver;
    qint64 m_alex = 0;

    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        return Test::findWidget<T>(parent, name);
    }

    static void type(QWidget* dialog, const QString& name, const QString& text)
    {
        auto* line = find<QLineEdit>(dialog, name);
        line->clear();
        QTest::keyClicks(line, text);
    }

    static void click(QWidget* dialog, const QString& button)
    {
        QTest::mouseClick(find<QPushButton>(dialog, button), Qt::LeftButton);
    }

    // The dry run is synchronous; a moment of event loop lets any request that did go out arrive.
    void expectNothingSent()
    {
        QTest::qWait(200);
        QCOMPARE(m_receiver->requests().size(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Saving a new webhook stores its signing secret in a real keychain of this test's own.
        const QString keychain = Test::Keychain::start();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
    }

    void init()
    {
        m_session = std::make_unique<Session>(Database::open(m_dir.filePath(u"c.sqlite"_s), m_clock), m_clock,
                                              Dispatcher::Options{}, 100);
        m_alex = Test::addPerson(m_session->store(), u"Alex Morgan"_s, {Role::Administrator});
        m_receiver = std::make_unique<Test::HttpReceiver>();
    }

    void cleanup()
    {
        m_receiver.reset();
        m_session.reset();
        QFile::remove(m_dir.filePath(u"c.sqlite"_s));
    }

    void dryRunShowsTheSignedRequestWithoutTheSecret()
    {
        ChannelSettingsDialog dialog(*m_session, m_alex);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(find<QComboBox>(&dialog, u"endpointChannel"_s)->currentData().toInt(),
                 int(ChannelKind::Webhook));

        // A new webhook endpoint on loopback, with its signing secret typed in, saved as a person would.
        const QString url = m_receiver->url(u"/hooks/status"_s).toString();
        const QString secret = Session::newWebhookSecret();
        type(&dialog, u"endpointName"_s, u"Status receiver"_s);
        type(&dialog, u"endpointAddress"_s, url);
        type(&dialog, u"endpointSecret"_s, secret);
        click(&dialog, u"saveEndpointButton"_s);
        auto* message = find<QLabel>(&dialog, u"endpointMessage"_s);
        QTRY_VERIFY2(message->text().startsWith(u"Saved. Signing secret"_s), qPrintable(message->text()));
        const QList<ChannelEndpoint> endpoints = m_session->store().endpoints().all();
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.first().address, url);
        QCOMPARE(find<QListWidget>(&dialog, u"endpointList"_s)->count(), 1);
        QCOMPARE(find<QLineEdit>(&dialog, u"endpointAddress"_s)->text(), url);

        click(&dialog, u"dryRunButton"_s);
        const QString shown = find<QPlainTextEdit>(&dialog, u"dryRunView"_s)->toPlainText();
        const qsizetype blank = shown.indexOf(u"\n\n"_s);
        QVERIFY2(blank > 0, qPrintable(shown));
        const QStringList head = shown.left(blank).split(u'\n');
        QCOMPARE(head.first(), u"POST "_s + url);
        QVERIFY2(head.contains(u"Content-Type: application/json"_s), qPrintable(shown));
        QVERIFY2(head.contains(u"webhook-id: herald-dry-run"_s), qPrintable(shown));
        QVERIFY2(head.contains(u"webhook-timestamp: %1"_s.arg(m_clock.now().toSecsSinceEpoch())),
                 qPrintable(shown));
        // The signature is redacted, and the secret (whole or its key part) is nowhere in the text.
        QVERIFY2(head.contains(u"webhook-signature: v1,***"_s), qPrintable(shown));
        QVERIFY(!shown.contains(secret));
        QVERIFY(!shown.contains(secret.mid(u"whsec_"_s.size())));

        // The body is the webhook JSON a sample update carries.
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(shown.mid(blank + 2).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body, QJsonDocument::fromJson(m_session->samplePayload(ChannelKind::Webhook)));
        const QJsonObject payload = body.object();
        QCOMPARE(payload.value(u"schema"_s).toString(), u"herald.update"_s);
        QCOMPARE(payload.value(u"incident"_s).toObject().value(u"status"_s).toString(), u"identified"_s);
        QCOMPARE(payload.value(u"update"_s).toObject().value(u"template"_s).toString(),
                 u"partial-outage-identified"_s);
        QVERIFY(!payload.value(u"update"_s).toObject().value(u"text"_s).toString().isEmpty());
        expectNothingSent();
    }

    void refusedAddressShowsTheProblemInsteadOfARequest_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ftp") << u"ftp://x"_s << u"Use an https:// address."_s;
        QTest::newRow("http elsewhere")
            << u"http://status.example.com/hooks/herald"_s
            << u"Use https: plain http is only allowed for this computer (localhost)."_s;
        QTest::newRow("credentials in the address")
            << u"https://user:pass@127.0.0.1/hook"_s
            << u"Put credentials in the channel's secret, not in the address."_s;
    }

    void refusedAddressShowsTheProblemInsteadOfARequest()
    {
        QFETCH(QString, address);
        QFETCH(QString, problem);
        ChannelSettingsDialog dialog(*m_session, m_alex);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* view = find<QPlainTextEdit>(&dialog, u"dryRunView"_s);
        auto* message = find<QLabel>(&dialog, u"endpointMessage"_s);

        // First a good address, so a request is on show ...
        type(&dialog, u"endpointName"_s, u"Status receiver"_s);
        type(&dialog, u"endpointAddress"_s, m_receiver->url().toString());
        click(&dialog, u"dryRunButton"_s);
        QVERIFY2(view->toPlainText().startsWith(u"POST "_s), qPrintable(view->toPlainText()));

        // ... then the refused one: the problem, and no request, not even the earlier one.
        type(&dialog, u"endpointAddress"_s, address);
        click(&dialog, u"dryRunButton"_s);
        QCOMPARE(message->text(), problem);
        QCOMPARE(view->toPlainText(), problem);
        QVERIFY(!view->toPlainText().contains(u"POST"_s));
        QVERIFY(!view->toPlainText().contains(u"webhook-"_s));
        QVERIFY(m_session->store().endpoints().all().isEmpty()); // a dry run saves nothing either
        expectNothingSent();
    }
};

QTEST_MAIN(ChannelDryRunTest)
#include "ChannelDryRunTest.moc"
