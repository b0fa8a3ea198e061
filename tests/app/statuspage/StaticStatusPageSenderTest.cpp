// The static status page through the real dispatcher: written into a folder, each file whole,
// rebuilt with every update; and uploaded to S3 on loopback, signed, retried after SlowDown.
#include "HttpReceiver.h"
#include "PrivateSecretService.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "signing/SigV4Signer.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
const QString secretKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;

int atomEntries(const QByteArray& atom)
{
    QXmlStreamReader xml(atom);
    int entries = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"entry"_s)
            ++entries;
    return xml.hasError() ? -1 : entries;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What S3 checks: the signature, recomputed from the request as received, and the body hash.
QString checkSignature(const Test::HttpReceiver::Request& r)
{
    const QByteArray authorization = r.headers.value("authorization");
    const auto match =
        QRegularExpression(u"SignedHeaders=([^,]+)"_s).match(QString::fromLatin1(authorization));
    if (!match.hasMatch())
        return u"no SignedHeaders in %1"_s.arg(QString::fromLatin1(authorization));
    HttpHeaderList headers;
    for (const QString& name : match.captured(1).split(u';'))
        headers.append({name.toLatin1(), r.headers.value(name.toLatin1())});
    QDateTime utc =
        QDateTime::fromString(QString::fromLatin1(r.headers.value("x-amz-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
    utc.setTimeZone(QTimeZone::UTC);
    const SigV4Signer signer({u"AKIDEXAMPLE"_s, secretKey, {}}, u"eu-west-1"_s, u"s3"_s,
                             SigV4Signer::Options{.s3 = true, .addContentSha256 = true});
    const SigV4Request request{r.method, r.path.toUtf8(), {}, headers, r.body};
    const QByteArray expected = signer.sign(request, utc).authorization;
    if (expected != authorization)
        return u"signature mismatch: %1 vs %2"_s.arg(QString::fromLatin1(expected),
                                                     QString::fromLatin1(authorization));
    if (r.headers.value("x-amz-content-sha256") !=
        QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex())
        return u"x-amz-content-sha256 is not the body's hash"_s;
    return {};
}
} // namespace

class StaticStatusPageSenderTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::PrivateSecretService> m_service;
    std::shared_ptr<KeychainSecretStore> m_secrets;

    Dispatcher::Options options() const { return {RetryPolicy({0, 5, 300}, 0.0), 2000, 8, 1, m_secrets}; }

    static qint64 onlyStatusPage(Test::WorkflowFixture& f, const QString& address,
                                 const QJsonObject& settings)
    {
        for (const ChannelEndpoint& endpoint : f.store().endpoints().all())
            f.store().endpoints().update(
                {endpoint.id, endpoint.channel, endpoint.name, endpoint.address, false});
        return f.store().endpoints().add(
            {0, ChannelKind::StatusPage, u"Public status"_s, address, true, settings});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = std::make_unique<Test::PrivateSecretService>();
        QVERIFY2(m_service->error().isEmpty(), qPrintable(m_service->error()));
        m_secrets = std::make_shared<KeychainSecretStore>(u"herald-test"_s);
    }

    void cleanupTestCase()
    {
        m_secrets.reset();
        m_service.reset();
    }

    void writesTheFolderWholeOnEachUpdate()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        Test::WorkflowFixture f;
        onlyStatusPage(f, site, {{u"provider"_s, u"static"_s}, {u"page_name"_s, u"Example"_s}});
        const qint64 first = f.approvedDraft({ChannelKind::StatusPage});
        f.drafts.send(first, f.as(f.alex));

        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.store().deliveries().forDraft(first).value(0).state,
                                  DeliveryState::Delivered, 10000);
        const Delivery row = f.store().deliveries().forDraft(first).value(0);
        QCOMPARE(row.providerReference, QDir(site).filePath(u"index.html"_s));
        QCOMPARE(f.store().drafts().byId(first)->state, DraftState::Sent);

        // Exactly the three files: QSaveFile left no temporary file behind.
        auto files = [&] {
            return QDir(site).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        };
        QCOMPARE(files(), (QStringList{u"history.atom"_s, u"index.html"_s, u"summary.json"_s}));
        const QString body = QJsonDocument::fromJson(row.payload)[u"incident"_s][u"body"_s].toString();
        QVERIFY(!body.isEmpty());
        const QString html = QString::fromUtf8(readFile(QDir(site).filePath(u"index.html"_s)));
        QVERIFY(html.endsWith(u"</html>\n"_s)); // complete
        QVERIFY2(html.contains(htmlFirstLine(body)), qPrintable(html));
        QCOMPARE(atomEntries(readFile(QDir(site).filePath(u"history.atom"_s))), 1);
        const QJsonObject summary =
            QJsonDocument::fromJson(readFile(QDir(site).filePath(u"summary.json"_s))).object();
        QCOMPARE(summary[u"page"_s][u"name"_s].toString(), u"Example"_s);
        QCOMPARE(summary[u"incidents"_s][0][u"incident_updates"_s].toArray().size(), 1);
        QCOMPARE(summary[u"components"_s][0][u"name"_s].toString(), u"Payments API"_s);
        QCOMPARE(summary[u"components"_s][0][u"status"_s].toString(), u"partial_outage"_s);

        // The next update rebuilds the page from the store: both updates, newest first.
        f.tick(60);
        const qint64 second = f.approvedDraft({ChannelKind::StatusPage});
        f.drafts.send(second, f.as(f.alex));
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(f.store().deliveries().forDraft(second).value(0).state,
                                  DeliveryState::Delivered, 10000);
        QCOMPARE(files(), (QStringList{u"history.atom"_s, u"index.html"_s, u"summary.json"_s}));
        QCOMPARE(atomEntries(readFile(QDir(site).filePath(u"history.atom"_s))), 2);
        const QJsonObject again =
            QJsonDocument::fromJson(readFile(QDir(site).filePath(u"summary.json"_s))).object();
        QCOMPARE(again[u"incidents"_s][0][u"incident_updates"_s].toArray().size(), 2);
        dispatcher.shutdown();
    }

    void uploadsToS3SignedAndRetriesAfterSlowDown()
    {
        Test::HttpReceiver s3;
        QStringList problems;
        int n = 0;
        s3.setResponder([&](const Test::HttpReceiver::Request& r) {
            if (const QString problem = checkSignature(r); !problem.isEmpty()) {
                problems << problem;
                return Test::HttpReceiver::Reply{
                    403,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
                    "SignatureDoesNotMatch</Code><Message>The request signature we "
                    "calculated does not match</Message></Error>",
                    {{"Content-Type", "application/xml"}}};
            }
            if (n++ == 0)
                return Test::HttpReceiver::Reply{
                    503,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown"
                    "</Code><Message>Please reduce your request rate.</Message>"
                    "<RequestId>4442587FB7D0A2F9</RequestId></Error>",
                    {{"Content-Type", "application/xml"}}};
            return Test::HttpReceiver::Reply{200, {}, {{"ETag", "\"etag-" + QByteArray::number(n) + "\""}}};
        });
        QString base = s3.url(u"/"_s).toString();
        base.chop(1);

        Test::WorkflowFixture f;
        const qint64 endpoint = onlyStatusPage(f, u"s3://status-bucket/site"_s,
                                               {{u"provider"_s, u"static"_s},
                                                {u"endpoint_url"_s, base},
                                                {u"region"_s, u"eu-west-1"_s},
                                                {u"access_key_id"_s, u"AKIDEXAMPLE"_s}});
        std::optional<QString> written;
        m_secrets->write(SecretStore::endpointKey(f.store().databaseId(), endpoint), secretKey.toUtf8(),
                         [&](const QString& e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(*written, QString());

        const qint64 draft = f.approvedDraft({ChannelKind::StatusPage});
        f.drafts.send(draft, f.as(f.alex));
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        auto row = [&] { return f.store().deliveries().forDraft(draft).value(0); };
        QTRY_VERIFY2_WITH_TIMEOUT(row().attempts == 1 && row().state == DeliveryState::Pending,
                                  qPrintable(u"%1 after %2: %3"_s.arg(deliveryStateKey(row().state))
                                                 .arg(row().attempts)
                                                 .arg(row().lastError)),
                                  10000);
        QVERIFY2(row().lastError.contains(u"SlowDown"_s), qPrintable(row().lastError));
        QVERIFY2(row().lastError.contains(u"HTTP 503"_s), qPrintable(row().lastError));
        QCOMPARE(s3.requests().size(), 1);

        f.tick(5);
        dispatcher.wake();
        QTRY_COMPARE_WITH_TIMEOUT(row().state, DeliveryState::Delivered, 10000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(row().providerReference, u"\"etag-4\""_s); // index.html's, the last one

        const QList<Test::HttpReceiver::Request> requests = s3.requests();
        QCOMPARE(requests.size(), 4);
        QStringList paths;
        for (const auto& r : requests.mid(1)) {
            QCOMPARE(r.method, "PUT"_ba);
            paths << r.path;
            QCOMPARE(r.headers.value("cache-control"), "public, max-age=60"_ba);
            QVERIFY(r.headers.value("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/2"));
            QVERIFY(r.headers.value("authorization").contains("/eu-west-1/s3/aws4_request"));
        }
        QCOMPARE(paths,
                 (QStringList{u"/status-bucket/site/summary.json"_s, u"/status-bucket/site/history.atom"_s,
                              u"/status-bucket/site/index.html"_s}));
        QCOMPARE(requests[1].headers.value("content-type"), "application/json; charset=utf-8"_ba);
        QCOMPARE(requests[2].headers.value("content-type"), "application/atom+xml; charset=utf-8"_ba);
        QCOMPARE(requests[3].headers.value("content-type"), "text/html; charset=utf-8"_ba);
        QVERIFY(requests[3].body.endsWith("</html>\n"));
        QCOMPARE(atomEntries(requests[2].body), 1);
        dispatcher.shutdown();
    }

    void s3WithoutSecretIsPermanent()
    {
        Test::WorkflowFixture f;
        const qint64 endpoint = onlyStatusPage(f, u"s3://bucket/x"_s,
                                               {{u"provider"_s, u"static"_s},
                                                {u"endpoint_url"_s, u"http://127.0.0.1:9"_s},
                                                {u"access_key_id"_s, u"AKID"_s}});
        // A fresh database numbers endpoints from 1 again: no secret may linger from another test.
        std::optional<QString> removed;
        m_secrets->remove(SecretStore::endpointKey(f.store().databaseId(), endpoint),
                          [&](const QString& e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        const qint64 draft = f.approvedDraft({ChannelKind::StatusPage});
        f.drafts.send(draft, f.as(f.alex));
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options());
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.store().deliveries().forDraft(draft).value(0).state,
                                  DeliveryState::Failed, 10000);
        QVERIFY(f.store().deliveries().forDraft(draft).value(0).lastError.contains(u"No credential"_s));
        dispatcher.shutdown();
    }

private:
    // The first line of the body as the page shows it (escaped, paragraphs split).
    static QString htmlFirstLine(const QString& body)
    {
        return body.section(u'\n', 0, 0).trimmed().toHtmlEscaped();
    }
};

QTEST_GUILESS_MAIN(StaticStatusPageSenderTest)
#include "StaticStatusPageSenderTest.moc"
