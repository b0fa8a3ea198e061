// Email through the real outbox to a real SMTP server (aiosmtpd) on loopback: STARTTLS and
// implicit TLS with a certificate the test made, AUTH PLAIN and LOGIN with the password from a
// real keychain, and what the server received, parsed back with KMime.
#include "channels/email/EmailSender.h"

#include "PrivateSecretService.h"
#include "SmtpServer.h"
#include "WorkflowFixture.h"
#include "base/ManualClock.h"
#include "channels/AddressPolicy.h"
#include "channels/email/EmailComposer.h"
#include "channels/email/Rfc2047.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <KMime/Message>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::SmtpServer;

Q_DECLARE_METATYPE(Herald::Test::SmtpServer::Mode)

namespace {
const QString service = u"die Zahlungs-API für Kärtchen"_s; // makes the subject non-ASCII
const QString user = u"herald-mailer"_s;
const QByteArray password = "correct horse battery staple";

// A header's raw value as received (folded lines kept), empty when absent.
QByteArray rawHeader(const QByteArray& message, const QByteArray& name)
{
    const QByteArray head = "\r\n" + message.left(message.indexOf("\r\n\r\n") + 2);
    const qsizetype at = head.indexOf(QByteArray("\r\n" + name + ": "));
    if (at < 0)
        return {};
    const qsizetype start = at + name.size() + 4;
    qsizetype end = head.indexOf("\r\n", start);
    while (end >= 0 && end + 2 < head.size() && (head.at(end + 2) == ' ' || head.at(end + 2) == '\t'))
        end = head.indexOf("\r\n", end + 2);
    return head.mid(start, end - start);
}

QString normalised(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s).trimmed();
}
} // namespace

class EmailSenderTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::PrivateSecretService> m_keyring;
    std::shared_ptr<KeychainSecretStore> m_secrets;
    QTemporaryDir m_certs;
    QString cert(const QString& name, const QString& ext = u"pem"_s) const
    {
        return m_certs.filePath(name + u'.' + ext);
    }

    void storePassword(const Store& store, qint64 endpointId, const QByteArray& secret)
    {
        bool finished = false;
        QString error;
        m_secrets->write(SecretStore::endpointKey(store.databaseId(), endpointId), secret,
                         [&](const QString& e) {
                             error = e;
                             finished = true;
                         });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(error, QString());
    }

    static QJsonObject settingsFor(const SmtpServer& server, const QString& security, const QString& caFile)
    {
        QJsonObject settings{{u"host"_s, u"127.0.0.1"_s},        {u"port"_s, int(server.port())},
                             {u"security"_s, security},          {u"from_address"_s, u"status@example.com"_s},
                             {u"from_name"_s, u"Statüs Desk"_s}, {u"reply_to"_s, u"support@example.com"_s}};
        if (!caFile.isEmpty())
            settings.insert(u"ca_file"_s, caFile);
        return settings;
    }

    // The only enabled endpoint: email to `address` with `settings`.
    static qint64 addEndpoint(Test::WorkflowFixture& f, const QString& address, const QJsonObject& settings)
    {
        f.disableEndpoints();
        ChannelEndpoint endpoint{0, ChannelKind::Email, u"Customers"_s, address, true};
        endpoint.settings = settings;
        return f.store().endpoints().add(endpoint);
    }

    // An approved email update whose subject is not ASCII, sent: one outbox row.
    static qint64 sentEmail(Test::WorkflowFixture& f)
    {
        const QString templateId = Test::WorkflowFixture::defaultTemplate;
        const qint64 id = f.drafts.create(f.incident, templateId, {ChannelKind::Email}, f.as(f.alex));
        DraftContent content = f.drafts.content(f.drafts.draft(id));
        for (const TemplateVariable& variable : f.templates().find(templateId)->variables)
            content.variables.insert(variable.name, variable.example);
        content.variables.insert(u"service"_s, service);
        f.drafts.save(id, content, f.as(f.alex));
        f.drafts.submit(id, f.as(f.alex));
        f.drafts.approve(id, f.as(f.jordan), u"Clear."_s);
        f.tick();
        f.drafts.send(id, f.as(f.alex));
        return id;
    }

    // An email update sent to ops@example.com through a STARTTLS relay without a user name.
    static qint64 sentToRelay(Test::WorkflowFixture& f, const QString& host, int port)
    {
        addEndpoint(f, u"ops@example.com"_s,
                    {{u"host"_s, host},
                     {u"port"_s, port},
                     {u"security"_s, u"starttls"_s},
                     {u"from_address"_s, u"status@example.com"_s}});
        return sentEmail(f);
    }

    Dispatcher::Options options() const { return {RetryPolicy({0, 5, 300}, 0.0), 10'000, 8, 1, m_secrets}; }

    // Runs the outbox until the row's attempt `attempt` is recorded.
    static Delivery attempt(Test::WorkflowFixture& f, qint64 draft, int attempt)
    {
        const auto row = [&] { return f.store().deliveries().forDraft(draft).value(0); };
        const bool recorded = QTest::qWaitFor(
            [&] { return row().attempts >= attempt && row().state != DeliveryState::InFlight; }, 20000);
        if (!recorded)
            qWarning("attempt %d not recorded in time", attempt);
        return row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_keyring = std::make_unique<Test::PrivateSecretService>();
        QVERIFY2(m_keyring->error().isEmpty(), qPrintable(m_keyring->error()));
        m_secrets = std::make_shared<KeychainSecretStore>(u"herald-email-test"_s);
        QVERIFY(m_certs.isValid());
        for (const QString& name : {u"server"_s, u"stranger"_s}) {
            const QString problem = SmtpServer::makeCertificate(m_certs.path(), name);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void cleanupTestCase() { m_keyring.reset(); }

    void authenticatedOverTls_data()
    {
        QTest::addColumn<SmtpServer::Mode>("mode");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("STARTTLS, AUTH PLAIN") << SmtpServer::Mode::StartTls << u"starttls"_s << u"PLAIN"_s;
        QTest::newRow("STARTTLS, AUTH LOGIN") << SmtpServer::Mode::StartTls << u"starttls"_s << u"LOGIN"_s;
        QTest::newRow("implicit TLS, AUTH PLAIN") << SmtpServer::Mode::Tls << u"tls"_s << u"PLAIN"_s;
    }

    void authenticatedOverTls()
    {
        QFETCH(SmtpServer::Mode, mode);
        QFETCH(QString, security);
        QFETCH(QString, mechanism);
        SmtpServer server({mode, cert(u"server"_s), cert(u"server"_s, u"key"_s), user,
                           QString::fromUtf8(password), mechanism});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        QJsonObject settings = settingsFor(server, security, cert(u"server"_s));
        settings.insert(u"username"_s, user);
        const qint64 endpoint = addEndpoint(f, u"ops@example.com, oncall@example.org"_s, settings);
        storePassword(f.store(), endpoint, password);
        const qint64 draft = sentEmail(f);

        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QVERIFY2(row.state == DeliveryState::Delivered, qPrintable(row.lastError));
        QCOMPARE(row.providerReference, u"<%1@example.com>"_s.arg(row.idempotencyKey));

        // How it arrived: over TLS, after authenticating with the keychain's password.
        const QList<QJsonObject> log = server.log();
        QCOMPARE(log.size(), 1);
        QVERIFY2(log[0][u"tls"_s].toString().startsWith(u"TLSv1."_s),
                 qPrintable(log[0][u"tls"_s].toString()));
        QCOMPARE(log[0][u"auth_user"_s].toString(), user);
        QCOMPARE(log[0][u"auth_mechanism"_s].toString(), mechanism);
        QCOMPARE(log[0][u"mail_from"_s].toString(), u"status@example.com"_s);
        QCOMPARE(log[0][u"rcpt_tos"_s].toArray(),
                 (QJsonArray{u"ops@example.com"_s, u"oncall@example.org"_s}));

        // What arrived, parsed by KMime.
        const QList<QByteArray> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const QByteArray raw = messages[0];
        KMime::Message parsed;
        parsed.setContent(QByteArray(raw).replace("\r\n", "\n")); // KMime works on LF
        parsed.parse();
        const QJsonObject wire = QJsonDocument::fromJson(row.payload).object();
        const QString subject = wire[u"subject"_s].toString();
        QVERIFY(subject.contains(service));
        QCOMPARE(parsed.subject()->asUnicodeString(), subject);
        const QByteArray encodedSubject = rawHeader(raw, "Subject");
        QCOMPARE(encodedSubject, Rfc2047::encode(subject, EmailComposer::subjectPrefix));
        QVERIFY2(encodedSubject.startsWith("=?UTF-8?Q?"), encodedSubject.constData());
        QCOMPARE(parsed.messageID()->identifier(), (row.idempotencyKey + u"@example.com"_s).toLatin1());
        QCOMPARE(parsed.from()->mailboxes().size(), 1);
        QCOMPARE(parsed.from()->mailboxes()[0].address(), "status@example.com");
        QCOMPARE(parsed.from()->mailboxes()[0].name(), u"Statüs Desk"_s);
        QVERIFY2(rawHeader(raw, "From").startsWith("=?"), rawHeader(raw, "From").constData()); // name encoded
        QCOMPARE(parsed.to()->addresses(), (QList<QByteArray>{"ops@example.com", "oncall@example.org"}));
        QCOMPARE(parsed.replyTo()->addresses(), QList<QByteArray>{"support@example.com"});
        QVERIFY(parsed.date()->dateTime().isValid());
        QCOMPARE(rawHeader(raw, "MIME-Version"), "1.0");

        QCOMPARE(parsed.contentType()->mimeType(), "multipart/alternative");
        const QList<KMime::Content*> parts = parsed.contents();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0]->contentType()->mimeType(), "text/plain");
        QCOMPARE(parts[0]->contentType()->charset().toLower(), "utf-8");
        QCOMPARE(parts[1]->contentType()->mimeType(), "text/html");
        QCOMPARE(parts[1]->contentType()->charset().toLower(), "utf-8");
        const QJsonArray wireParts = wire[u"parts"_s].toArray();
        QCOMPARE(normalised(parts[0]->decodedText()), normalised(wireParts[0][u"body"_s].toString()));
        QCOMPARE(normalised(parts[1]->decodedText()), normalised(wireParts[1][u"body"_s].toString()));
        QVERIFY(parts[0]->decodedText().contains(service));
        QVERIFY(parts[1]->decodedText().contains(u"<p>"_s));
        // Python's email package reads it the same way.
        const QJsonObject python = log[0][u"parsed"_s].toObject();
        QCOMPARE(python[u"content_type"_s].toString(), u"multipart/alternative"_s);
        QCOMPARE(python[u"subject"_s].toString(), subject);
        QCOMPARE(python[u"defects"_s].toInt(), 0);
        const QJsonArray pythonParts = python[u"parts"_s].toArray();
        QCOMPARE(pythonParts.size(), 2);
        QCOMPARE(pythonParts[0][u"content_type"_s].toString(), u"text/plain"_s);
        QCOMPARE(pythonParts[0][u"charset"_s].toString(), u"utf-8"_s);
        QCOMPARE(normalised(pythonParts[0][u"text"_s].toString()),
                 normalised(wireParts[0][u"body"_s].toString()));
        QCOMPARE(pythonParts[1][u"content_type"_s].toString(), u"text/html"_s);
        QCOMPARE(normalised(pythonParts[1][u"text"_s].toString()),
                 normalised(wireParts[1][u"body"_s].toString()));
        // No line on the wire is longer than RFC 5322 allows (78 advised).
        for (const QByteArray& line : raw.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
    }

    void wrongPasswordIsFinal()
    {
        SmtpServer server({SmtpServer::Mode::StartTls, cert(u"server"_s), cert(u"server"_s, u"key"_s), user,
                           QString::fromUtf8(password)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        QJsonObject settings = settingsFor(server, u"starttls"_s, cert(u"server"_s));
        settings.insert(u"username"_s, user);
        const qint64 endpoint = addEndpoint(f, u"ops@example.com"_s, settings);
        storePassword(f.store(), endpoint, "Tr0ub4dor&3");
        const qint64 draft = sentEmail(f);
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"535"_s), qPrintable(row.lastError));
        QVERIFY(server.messages().isEmpty());
    }

    void authenticationIsRequired()
    {
        // The endpoint has no user name: the server's 530 is final, nothing is accepted.
        SmtpServer server({SmtpServer::Mode::StartTls, cert(u"server"_s), cert(u"server"_s, u"key"_s), user,
                           QString::fromUtf8(password)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        addEndpoint(f, u"ops@example.com"_s, settingsFor(server, u"starttls"_s, cert(u"server"_s)));
        const qint64 draft = sentEmail(f);
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"530"_s), qPrintable(row.lastError));
        QVERIFY(server.messages().isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<SmtpServer::Mode>("mode");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("said");
        QTest::newRow("certificate nobody trusts")
            << SmtpServer::Mode::Tls << u"tls"_s << QString() << u"certificate"_s;
        QTest::newRow("certificate of someone else")
            << SmtpServer::Mode::StartTls << u"starttls"_s << u"stranger"_s << u"certificate"_s;
        QTest::newRow("no STARTTLS offered")
            << SmtpServer::Mode::Plain << u"starttls"_s << u"server"_s << u"STARTTLS"_s;
    }

    void refusals()
    {
        QFETCH(SmtpServer::Mode, mode);
        QFETCH(QString, security);
        QFETCH(QString, caFile);
        QFETCH(QString, said);
        SmtpServer server({mode, cert(u"server"_s), cert(u"server"_s, u"key"_s)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        addEndpoint(f, u"ops@example.com"_s,
                    settingsFor(server, security, caFile.isEmpty() ? QString() : cert(caFile)));
        const qint64 draft = sentEmail(f);
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        QVERIFY(server.log().isEmpty());
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("said");
        const QString bcc = u"\r\nBcc: everyone@example.net"_s;
        QTest::newRow("subject") << u"subject"_s << u"Outage"_s + bcc << u"subject"_s;
        QTest::newRow("to") << u"to"_s << u"ops@example.com"_s + bcc << u"recipient list"_s;
        QTest::newRow("to, bare LF") << u"to"_s << u"ops@example.com\nBcc: x@example.net"_s
                                     << u"recipient list"_s;
        QTest::newRow("from address")
            << u"from_address"_s << u"status@example.com"_s + bcc << u"sender address"_s;
        QTest::newRow("from name") << u"from_name"_s << u"Status"_s + bcc << u"sender name"_s;
        QTest::newRow("reply-to") << u"reply_to"_s << u"support@example.com"_s + bcc << u"reply-to address"_s;
    }

    void headerInjectionIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, said);
        SmtpServer server({SmtpServer::Mode::StartTls, cert(u"server"_s), cert(u"server"_s, u"key"_s)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        QJsonObject settings = settingsFor(server, u"starttls"_s, cert(u"server"_s));
        if (settings.contains(field))
            settings.insert(field, value);
        addEndpoint(f, field == u"to"_s ? value : u"ops@example.com"_s, settings);
        const qint64 draft = sentEmail(f);
        if (field == u"subject"_s) {
            // The composer makes subjects one line; a payload written any other way must not
            // get through either.
            QJsonObject wire =
                QJsonDocument::fromJson(f.store().deliveries().forDraft(draft)[0].payload).object();
            wire.insert(u"subject"_s, value);
            QSqlQuery query(f.store().connection());
            query.prepare(u"UPDATE deliveries SET payload = ?"_s);
            query.addBindValue(QJsonDocument(wire).toJson(QJsonDocument::Compact));
            QVERIFY(query.exec());
        }
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"line break"_s) && row.lastError.contains(said),
                 qPrintable(row.lastError));
        QVERIFY(server.log().isEmpty());
    }

    void serverAnswersDecide_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<QString>("said");
        QTest::newRow("550 no such user") << u"nosuchuser@example.com"_s << DeliveryState::Failed << u"550"_s;
        QTest::newRow("451 busy") << u"busy@example.com"_s << DeliveryState::Pending << u"451"_s;
    }

    void serverAnswersDecide()
    {
        QFETCH(QString, to);
        QFETCH(DeliveryState, state);
        QFETCH(QString, said);
        SmtpServer server({SmtpServer::Mode::StartTls, cert(u"server"_s), cert(u"server"_s, u"key"_s)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        addEndpoint(f, to, settingsFor(server, u"starttls"_s, cert(u"server"_s)));
        const qint64 draft = sentEmail(f);
        const QDateTime sentAt = f.clock().now();
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (state == DeliveryState::Pending)
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), 5);
    }

    void greylistedIsRetriedWithTheSameMessageId()
    {
        SmtpServer server({SmtpServer::Mode::StartTls, cert(u"server"_s), cert(u"server"_s, u"key"_s)});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        addEndpoint(f, u"greylist@example.com"_s, settingsFor(server, u"starttls"_s, cert(u"server"_s)));
        const qint64 draft = sentEmail(f);
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Pending);
        QVERIFY2(row.lastError.contains(u"451"_s), qPrintable(row.lastError));
        f.tick(5);
        dispatcher.wake();
        row = attempt(f, draft, 2);
        QVERIFY2(row.state == DeliveryState::Delivered, qPrintable(row.lastError));
        const QList<QJsonObject> log = server.log();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0][u"reply"_s].toInt(), 451);
        QCOMPARE(log[1][u"reply"_s].toInt(), 250);
        const QString messageId = u"<%1@example.com>"_s.arg(row.idempotencyKey);
        QCOMPARE(log[0][u"message_id"_s].toString(), messageId);
        QCOMPARE(log[1][u"message_id"_s].toString(), messageId);
        QCOMPARE(server.messages().size(), 1);
    }

    void silentServerTimesOut()
    {
        // Accepts the connection and never greets: the per-request timeout ends the attempt.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Test::WorkflowFixture f;
        const qint64 draft = sentToRelay(f, u"127.0.0.1"_s, silent.serverPort());
        Dispatcher::Options quick = options();
        quick.timeoutMs = 700;
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, quick);
        QElapsedTimer timer;
        timer.start();
        dispatcher.start();
        const Delivery row = attempt(f, draft, 1);
        QCOMPARE(row.state, DeliveryState::Pending);
        QVERIFY2(row.lastError.contains(u"700 ms"_s), qPrintable(row.lastError));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void privateRelaysNeedToBeAllowed()
    {
        // The relay is an address a person typed: a private one is refused before any connection
        // (SSRF), with a message that says where to allow it; allowed, it is tried.
        Test::WorkflowFixture f;
        const qint64 draft = sentToRelay(f, u"10.255.255.1"_s, 587);
        Dispatcher::Options quick = options();
        quick.timeoutMs = 500;
        {
            Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, quick);
            dispatcher.start();
            const Delivery row = attempt(f, draft, 1);
            QCOMPARE(row.state, DeliveryState::Failed);
            QVERIFY2(row.lastError.startsWith(u"Refused to connect to 10.255.255.1"_s),
                     qPrintable(row.lastError));
            QVERIFY2(row.lastError.contains(u"Private networks senders may reach"_s),
                     qPrintable(row.lastError));
        }
        QVERIFY(f.store().deliveries().retryNow(f.store().deliveries().forDraft(draft).value(0).id,
                                                f.clock().now()));
        quick.addresses = *AddressPolicy::fromText(u"10.255.255.0/24"_s);
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, quick);
        dispatcher.start();
        const Delivery row = attempt(f, draft, 2);
        QCOMPARE(row.state, DeliveryState::Pending); // nothing answers there: tried, and retried later
        QVERIFY2(!row.lastError.contains(u"Refused to connect"_s), qPrintable(row.lastError));
    }

    void settingsAndDryRun()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::UTC));
        EmailSender sender(clock, 1000);
        QVERIFY(sender.needsSecret());
        QStringList keys;
        for (const SettingField& field : sender.settingFields())
            keys << field.key;
        QCOMPARE(keys, (QStringList{u"host"_s, u"port"_s, u"security"_s, u"username"_s, u"from_address"_s,
                                    u"from_name"_s, u"reply_to"_s, u"ca_file"_s}));
        ChannelEndpoint endpoint{0, ChannelKind::Email, u"Customers"_s, u"ops@example.com"_s, true};
        endpoint.settings = {{u"host"_s, u"smtp.example.com"_s},
                             {u"security"_s, u"none"_s},
                             {u"from_address"_s, u"status@example.com"_s}};
        QVERIFY2(sender.validate(endpoint).contains(u"this machine"_s),
                 qPrintable(sender.validate(endpoint)));
        endpoint.settings.insert(u"host"_s, u"127.0.0.1"_s);
        QCOMPARE(sender.validate(endpoint), QString());
        endpoint.settings.insert(u"security"_s, u"ssl3"_s);
        QVERIFY(sender.validate(endpoint).contains(u"security"_s));
        endpoint.settings.insert(u"security"_s, u"starttls"_s);
        endpoint.settings.insert(u"host"_s, u"smtp.example.com"_s);
        endpoint.address = u"ops@example.com, not an address"_s;
        QVERIFY(sender.validate(endpoint).contains(u"not an address"_s));
        endpoint.address = u"ops@example.com"_s;
        endpoint.settings.insert(u"username"_s, user);

        Test::WorkflowFixture f;
        const qint64 draft = sentEmail(f);
        Delivery delivery = f.store().deliveries().forDraft(draft)[0];
        delivery.target = endpoint.address;
        const QString dry = sender.dryRun(delivery, SendContext{endpoint, password});
        QVERIFY2(dry.startsWith(u"SMTP smtp://smtp.example.com:587 (starttls, certificate verified)\n"
                                u"AUTH user herald-mailer password ***\n"
                                u"MAIL FROM:<status@example.com>\nRCPT TO:<ops@example.com>\nDATA\n"_s),
                 qPrintable(dry));
        QVERIFY(!dry.contains(QString::fromUtf8(password)));
        QVERIFY(dry.contains(u"Message-ID: <%1@example.com>"_s.arg(delivery.idempotencyKey)));
        QVERIFY(dry.contains(u"Content-Type: multipart/alternative"_s));
        QVERIFY(dry.indexOf(u"text/plain"_s) < dry.indexOf(u"text/html"_s));
        // A resend is the same message, byte for byte.
        QCOMPARE(sender.dryRun(delivery, SendContext{endpoint, password}), dry);
    }
};

QTEST_GUILESS_MAIN(EmailSenderTest)
#include "EmailSenderTest.moc"
