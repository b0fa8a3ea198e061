#include "base/HeraldError.h"
#include "signing/SigV4Signer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(relative);
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject readJson(const QString& relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

// A raw HTTP/1.1 request as the suite writes it: "METHOD target HTTP/1.1", header lines (a line
// starting with white space continues the previous value), an empty line, the body. The target
// is taken byte for byte, even where it holds a space or raw UTF-8.
SigV4Request parseRawRequest(const QByteArray& raw)
{
    QList<QByteArray> lines = raw.split('\n');
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);

    SigV4Request request;
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    while (!lines.isEmpty()) {
        const QByteArray line = lines.takeFirst();
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    request.body = lines.join('\n');
    return request;
}

QByteArray headerValue(const HttpHeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

HttpHeaderList withoutHeader(HttpHeaderList headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    return headers;
}

QDateTime amzTime(const QString& amzDate)
{
    QDateTime time = QDateTime::fromString(amzDate, u"yyyyMMdd'T'HHmmss'Z'"_s);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

} // namespace

// AWS Signature Version 4, checked against AWS's test suite (tests/data/aws_sigv4), a
// botocore-signed SNS Publish, and the rules the suite does not cover (S3 paths, double
// encoding, the content hash header, invalid input).
class SigV4Test : public QObject {
    Q_OBJECT

    QJsonObject m_manifest;
    QJsonObject m_credentials;
    QStringList m_inconsistentCases;
    int m_fullyPassed = 0;
    int m_partlyPassed = 0;

    SigV4Signer suiteSigner(const QString& sessionToken = {}, bool signSessionToken = true) const
    {
        SigV4Signer::Options options;
        options.signSessionToken = signSessionToken;
        return SigV4Signer({m_credentials.value(u"access_key_id"_s).toString(),
                            m_credentials.value(u"secret_access_key"_s).toString(), sessionToken},
                           m_credentials.value(u"region"_s).toString(),
                           m_credentials.value(u"service"_s).toString(), options);
    }
    QDateTime suiteTime() const { return amzTime(m_credentials.value(u"amz_date"_s).toString()); }
    QByteArray suiteSigningKey() const
    {
        return SigV4Signer::signingKey(m_credentials.value(u"secret_access_key"_s).toString().toUtf8(),
                                       m_credentials.value(u"date"_s).toString().toUtf8(),
                                       m_credentials.value(u"region"_s).toString().toUtf8(),
                                       m_credentials.value(u"service"_s).toString().toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_manifest = readJson(u"aws_sigv4/manifest.json"_s);
        m_credentials = m_manifest.value(u"credentials"_s).toObject();
        QVERIFY(!m_credentials.isEmpty());
        // Each known inconsistency starts with the case it is about.
        for (const QJsonValue& note : m_manifest.value(u"known_inconsistencies"_s).toArray())
            m_inconsistentCases << note.toString().section(u':', 0, 0);
        m_inconsistentCases.sort();
        QCOMPARE(m_inconsistentCases,
                 (QStringList{u"post-x-www-form-urlencoded"_s, u"post-x-www-form-urlencoded-parameters"_s}));
    }

    void cleanupTestCase()
    {
        qInfo("AWS SigV4 suite: %d cases pass fully (.creq, .sts and .authz exact), %d pass the parts that "
              "are consistent",
              m_fullyPassed, m_partlyPassed);
    }

    void signingKeyMatchesTheManifest()
    {
        QCOMPARE(suiteSigningKey().toHex(), m_manifest.value(u"signing_key_hex"_s).toString().toLatin1());
    }

    void awsSuite_data()
    {
        QTest::addColumn<QString>("files"); // path prefix under tests/data/aws_sigv4, without suffix
        const QJsonArray cases = m_manifest.value(u"verification_run_locally"_s).toArray();
        QCOMPARE(cases.size(), 31);
        for (const QJsonValue& entry : cases) {
            const QJsonObject object = entry.toObject();
            QTest::newRow(qPrintable(object.value(u"case"_s).toString()))
                << u"aws_sigv4/"_s + object.value(u"path"_s).toString();
        }
    }

    void awsSuite()
    {
        QFETCH(QString, files);
        const QString name = files.section(u'/', -1);
        const SigV4Request request = parseRawRequest(readData(files + u".req"_s));
        const QByteArray creq = readData(files + u".creq"_s);
        const QByteArray sts = readData(files + u".sts"_s);
        const QByteArray authz = readData(files + u".authz"_s);

        if (name == u"post-x-www-form-urlencoded") {
            // Known defect: .creq lists content-length, but .sts and .authz were computed without it.
            // So: all headers signed give exactly .creq; without Content-Length, exactly .sts and .authz.
            QCOMPARE(suiteSigner().sign(request, suiteTime()).canonicalRequest, creq);
            SigV4Request unsignedLength = request;
            unsignedLength.headers = withoutHeader(request.headers, "Content-Length");
            const SigV4Signer::Result result = suiteSigner().sign(unsignedLength, suiteTime());
            QCOMPARE(result.stringToSign, sts);
            QCOMPARE(result.authorization, authz);
            ++m_partlyPassed;
            return;
        }
        if (name == u"post-x-www-form-urlencoded-parameters") {
            // Known defect: .sts was computed from "charset=utf8" without content-length, while
            // .req says "charset=utf-8" and .authz lists content-length. So: .creq exactly from
            // .req; .sts exactly from the request .sts was made from; and .authz's signature and
            // credential, which follow from .sts, exactly. Its SignedHeaders cannot be reproduced.
            QCOMPARE(suiteSigner().sign(request, suiteTime()).canonicalRequest, creq);
            SigV4Request asHashed = request;
            asHashed.headers = withoutHeader(request.headers, "Content-Length");
            for (auto& [key, value] : asHashed.headers)
                if (key.compare("Content-Type", Qt::CaseInsensitive) == 0)
                    value.replace("charset=utf-8", "charset=utf8");
            const SigV4Signer::Result result = suiteSigner().sign(asHashed, suiteTime());
            QCOMPARE(result.stringToSign, sts);
            const QByteArray signature = SigV4Signer::signatureFor(sts, suiteSigningKey());
            QVERIFY(authz.endsWith(QByteArray(", Signature=" + signature)));
            QVERIFY(authz.startsWith(
                result.authorization.left(result.authorization.indexOf(", SignedHeaders="))));
            ++m_partlyPassed;
            return;
        }
        QVERIFY(!m_inconsistentCases.contains(name));

        // post-sts-header-before sends its token signed; post-sts-header-after adds it after
        // signing, which its .sreq shows.
        QByteArray token = headerValue(request.headers, "X-Amz-Security-Token");
        const bool tokenAfter = name == u"post-sts-header-after";
        if (tokenAfter)
            token =
                headerValue(parseRawRequest(readData(files + u".sreq"_s)).headers, "X-Amz-Security-Token");
        const SigV4Signer::Result result =
            suiteSigner(QString::fromLatin1(token), !tokenAfter).sign(request, suiteTime());

        QCOMPARE(result.canonicalRequest, creq);
        QCOMPARE(result.stringToSign, sts);
        QCOMPARE(result.authorization, authz);
        QCOMPARE(result.headersToAdd.last(), (std::pair<QByteArray, QByteArray>("Authorization", authz)));
        QCOMPARE(headerValue(result.headersToAdd, "X-Amz-Date"), "20150830T123600Z");
        QCOMPARE(headerValue(result.headersToAdd, "X-Amz-Security-Token"), token);
        ++m_fullyPassed;
    }

    // Not an official vector: botocore's signature for an SNS Publish (tests/data/aws_sns).
    void snsPublishAsBotocoreSignsIt()
    {
        const QJsonObject example = readJson(u"aws_sns/sns_publish_sigv4_example_botocore.json"_s);
        const QByteArray body = example.value(u"body"_s).toString().toUtf8();
        const QByteArray contentType = "application/x-www-form-urlencoded; charset=utf-8";
        const SigV4Request request = SigV4Request::forUrl("POST", QUrl(example.value(u"url"_s).toString()),
                                                          {{"Content-Type", contentType}}, body);
        const SigV4Signer signer({example.value(u"access_key_id"_s).toString(),
                                  example.value(u"secret_access_key"_s).toString(),
                                  {}},
                                 example.value(u"region"_s).toString(),
                                 example.value(u"service"_s).toString());
        const SigV4Signer::Result result =
            signer.sign(request, amzTime(example.value(u"amz_date"_s).toString()));

        QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(),
                 example.value(u"body_sha256"_s).toString().toLatin1());
        QCOMPARE(SigV4Signer::signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1",
                                         "sns")
                     .toHex(),
                 example.value(u"signing_key_hex"_s).toString().toLatin1());
        QCOMPARE(result.canonicalRequest, example.value(u"canonical_request"_s).toString().toUtf8());
        QCOMPARE(result.stringToSign, example.value(u"string_to_sign"_s).toString().toUtf8());
        QCOMPARE(result.authorization, example.value(u"authorization"_s).toString().toUtf8());
        QCOMPARE(result.signature, "bb96da8cf8a1ff700de9b2ba2e54df4955ad1834026f91518ac2901447167091");
        const QJsonObject sent = example.value(u"headers_sent"_s).toObject();
        QCOMPARE(result.headersToAdd,
                 (HttpHeaderList{{"X-Amz-Date", sent.value(u"X-Amz-Date"_s).toString().toLatin1()},
                                 {"Authorization", sent.value(u"Authorization"_s).toString().toLatin1()}}));
        QCOMPARE(request.headers.first(),
                 (std::pair<QByteArray, QByteArray>("Host", "sns.us-east-1.amazonaws.com")));
    }

    void forUrlTakesTheWireForm()
    {
        const SigV4Request request = SigV4Request::forUrl(
            "GET", QUrl(u"https://example.amazonaws.com:8443/a b/%C3%A9?x=1&y=a%20b"_s), {{"Accept", "*/*"}});
        QCOMPARE(request.path, "/a%20b/%C3%A9");
        QCOMPARE(request.query, "x=1&y=a%20b");
        QCOMPARE(request.headers,
                 (HttpHeaderList{{"Host", "example.amazonaws.com:8443"}, {"Accept", "*/*"}}));
        QCOMPARE(SigV4Request::forUrl("GET", QUrl(u"https://example.amazonaws.com:443"_s)).path, "/");
        QCOMPARE(SigV4Request::forUrl("GET", QUrl(u"https://example.amazonaws.com:443"_s)).headers,
                 (HttpHeaderList{{"Host", "example.amazonaws.com"}}));
        // A Host header given by the caller is kept as it is.
        QCOMPARE(SigV4Request::forUrl("GET", QUrl(u"https://a.example/"_s), {{"host", "b.example"}}).headers,
                 (HttpHeaderList{{"host", "b.example"}}));
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("s3");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray() << false << QByteArray("/");
        QTest::newRow("double-encoded")
            << QByteArray("/a%20b/c%2Fd") << false << QByteArray("/a%2520b/c%252Fd");
        QTest::newRow("sub-delims encoded") << QByteArray("/a!b$c") << false << QByteArray("/a%21b%24c");
        QTest::newRow("dot segments") << QByteArray("/a/./b/../c/") << false << QByteArray("/a/c/");
        QTest::newRow("above root") << QByteArray("/../../a") << false << QByteArray("/a");
        QTest::newRow("s3 kept as is") << QByteArray("/my-object//example//photo.user") << true
                                       << QByteArray("/my-object//example//photo.user");
        QTest::newRow("s3 dots kept") << QByteArray("/a/./b/../c") << true << QByteArray("/a/./b/../c");
        QTest::newRow("s3 encoded once")
            << QByteArray("/a%20b/%c3%a9") << true << QByteArray("/a%20b/%C3%A9");
        QTest::newRow("s3 sub-delims") << QByteArray("/a!b") << true << QByteArray("/a%21b");
    }

    void canonicalUri()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, s3);
        QFETCH(QByteArray, canonical);
        QCOMPARE(SigV4Signer::canonicalUri(wire, s3), canonical);
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("sorted by key then value")
            << QByteArray("b=2&a=z&a=1&A=3") << QByteArray("A=3&a=1&a=z&b=2");
        QTest::newRow("no value") << QByteArray("flag&x=") << QByteArray("flag=&x=");
        QTest::newRow("encoded again uppercase") << QByteArray("k=a%2fb%20c") << QByteArray("k=a%2Fb%20c");
        QTest::newRow("plus is a plus") << QByteArray("k=a+b") << QByteArray("k=a%2Bb");
        QTest::newRow("reserved") << QByteArray("k=a/b:c") << QByteArray("k=a%2Fb%3Ac");
        QTest::newRow("empty pieces") << QByteArray("&&a=1&") << QByteArray("a=1");
        QTest::newRow("equals in value") << QByteArray("a=b=c") << QByteArray("a=b%3Dc");
    }

    void canonicalQuery()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QByteArray, canonical);
        QCOMPARE(SigV4Signer::canonicalQuery(wire), canonical);
    }

    void canonicalHeaderValue()
    {
        QCOMPARE(SigV4Signer::canonicalHeaderValue("  a   b\t\t c  "), "a b c");
        QCOMPARE(SigV4Signer::canonicalHeaderValue("value1\r\n  value2\n     value3"),
                 "value1,value2,value3");
        QCOMPARE(SigV4Signer::canonicalHeaderValue(""), "");
    }

    void uriEncode()
    {
        QCOMPARE(SigV4Signer::uriEncode("AZaz09-._~ /\xe1\x88\xb4"), "AZaz09-._~%20%2F%E1%88%B4");
        QCOMPARE(SigV4Signer::uriEncode("a/b c", true), "a/b%20c");
    }

    void contentSha256ForS3()
    {
        SigV4Signer::Options options;
        options.s3 = true;
        options.addContentSha256 = true;
        const SigV4Signer signer({u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {}},
                                 u"us-east-1"_s, u"s3"_s, options);
        SigV4Request request;
        request.method = "PUT";
        request.path = "/bucket//key";
        request.headers = {{"Host", "s3.amazonaws.com"}, {"X-Amz-Content-Sha256", "stale"}};
        request.body = "hello";
        const SigV4Signer::Result result = signer.sign(request, suiteTime());
        const QByteArray hash =
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"; // sha256("hello")
        QCOMPARE(result.canonicalRequest,
                 QByteArray("PUT\n/bucket//key\n\nhost:s3.amazonaws.com\nx-amz-content-sha256:" + hash +
                            "\nx-amz-date:20150830T123600Z\n\nhost;x-amz-content-sha256;x-amz-date\n" +
                            hash));
        QCOMPARE(result.signedHeaders, "host;x-amz-content-sha256;x-amz-date");
        QCOMPARE(result.headersToAdd.size(), 3);
        QCOMPARE(result.headersToAdd.at(1),
                 (std::pair<QByteArray, QByteArray>("X-Amz-Content-Sha256", hash)));
        QVERIFY(result.authorization.startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request, SignedHeaders="
            "host;x-amz-content-sha256;x-amz-date, Signature="));
    }

    // The time is the caller's instant, written in UTC whatever its zone.
    void timeInAnotherZone()
    {
        const QDateTime local = suiteTime().toTimeZone(QTimeZone::fromSecondsAheadOfUtc(2 * 3600));
        QCOMPARE(local.time(), QTime(14, 36));
        SigV4Request request;
        request.headers = {{"Host", "example.amazonaws.com"}};
        QCOMPARE(suiteSigner().sign(request, local).authorization,
                 readData(u"aws_sigv4/raw/aws-sig-v4-test-suite/get-vanilla/get-vanilla.authz"_s));
    }

    // A caller's own X-Amz-Date or Authorization must not end up signed next to the signer's.
    void ownedHeadersAreReplaced()
    {
        SigV4Request request;
        request.headers = {
            {"Host", "example.amazonaws.com"}, {"x-amz-date", "19990101T000000Z"}, {"Authorization", "old"}};
        const SigV4Signer::Result result = suiteSigner().sign(request, suiteTime());
        QCOMPARE(result.canonicalRequest,
                 readData(u"aws_sigv4/raw/aws-sig-v4-test-suite/get-vanilla/get-vanilla.creq"_s));
    }

    void refusesWhatCannotBeSigned()
    {
        SigV4Request request;
        QVERIFY_THROWS_EXCEPTION(HeraldError, suiteSigner().sign(request, suiteTime()));
        request.headers = {{"Host", "example.amazonaws.com"}};
        QVERIFY_THROWS_EXCEPTION(HeraldError, suiteSigner().sign(request, QDateTime()));
        const SigV4Signer noSecret({u"AKIDEXAMPLE"_s, {}, {}}, u"us-east-1"_s, u"sns"_s);
        QVERIFY_THROWS_EXCEPTION(HeraldError, noSecret.sign(request, suiteTime()));
        const SigV4Signer noRegion({u"AKIDEXAMPLE"_s, u"secret"_s, {}}, {}, u"sns"_s);
        QVERIFY_THROWS_EXCEPTION(HeraldError, noRegion.sign(request, suiteTime()));
    }
};

QTEST_GUILESS_MAIN(SigV4Test)
#include "SigV4Test.moc"
