#include "channels/social/UrlExtractor.h"
#include "channels/x/XMeasure.h"

#include <QDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace Herald;

// X's weighted length and URL extraction against twitter-text's conformance suite
// (tests/data/twitter, Apache-2.0): the v3 counter groups of validate.yml and the URL groups of
// extract.yml, every case.
class XCountingTest : public QObject {
    Q_OBJECT

private:
    static YAML::Node load(const char* name)
    {
        return YAML::LoadFile(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"twitter/"_s).toStdString() +
                              name);
    }
    static QString str(const YAML::Node& node) { return QString::fromStdString(node.as<std::string>()); }
    static QByteArray rowName(const YAML::Node& c)
    {
        return QByteArray::fromStdString(c["description"].as<std::string>()) + " | " +
               QByteArray::fromStdString(c["text"].as<std::string>()).left(40);
    }

private Q_SLOTS:
    void weightedLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("permillage");
        QTest::addColumn<int>("validRangeEnd");
        QTest::addColumn<int>("displayRangeEnd");
        const YAML::Node tests = load("conformance_validate.yml")["tests"];
        int count = 0;
        for (const char* group :
             {"WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest"}) {
            for (const YAML::Node& c : tests[group]) {
                const YAML::Node e = c["expected"];
                QTest::newRow(rowName(c).constData())
                    << str(c["text"]) << e["weightedLength"].as<int>() << e["valid"].as<bool>()
                    << e["permillage"].as<int>() << e["validRangeEnd"].as<int>()
                    << e["displayRangeEnd"].as<int>();
                ++count;
            }
        }
        QCOMPARE(count, 24);
    }

    void weightedLength()
    {
        QFETCH(QString, text);
        const XMeasure::Result r = XMeasure::measure(text);
        QTEST(r.weightedLength, "weightedLength");
        QTEST(r.valid, "valid");
        QTEST(r.permillage, "permillage");
        QTEST(int(r.validRangeEnd), "validRangeEnd");
        QTEST(int(r.displayRangeEnd), "displayRangeEnd");
    }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        const YAML::Node tests = load("conformance_extract.yml")["tests"];
        int count = 0;
        for (const char* group : {"urls", "tco_urls_with_params"}) {
            for (const YAML::Node& c : tests[group]) {
                QStringList expected;
                for (const YAML::Node& u : c["expected"])
                    expected << str(u);
                QTest::newRow(rowName(c).constData()) << str(c["text"]) << expected;
                ++count;
            }
        }
        QCOMPARE(count, 96);
    }

    void urls()
    {
        QFETCH(QString, text);
        QStringList found;
        for (const UrlExtractor::Url& url : UrlExtractor::extract(text))
            found << url.url;
        QTEST(found, "urls");
    }

    void urlsWithIndices_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<UrlExtractor::Url>>("urls");
        const YAML::Node tests = load("conformance_extract.yml")["tests"];
        int count = 0;
        for (const char* group : {"urls_with_indices", "urls_with_directional_markers"}) {
            for (const YAML::Node& c : tests[group]) {
                QList<UrlExtractor::Url> expected;
                for (const YAML::Node& u : c["expected"])
                    expected << UrlExtractor::Url{u["indices"][0].as<int>(), u["indices"][1].as<int>(),
                                                  str(u["url"])};
                QTest::newRow(rowName(c).constData()) << str(c["text"]) << expected;
                ++count;
            }
        }
        QCOMPARE(count, 12);
    }

    void urlsWithIndices()
    {
        QFETCH(QString, text);
        QFETCH(QList<UrlExtractor::Url>, urls);
        const QList<UrlExtractor::Url> found = UrlExtractor::extract(text);
        QCOMPARE(found.size(), urls.size());
        for (qsizetype i = 0; i < urls.size(); ++i) {
            QCOMPARE(found[i].url, urls[i].url);
            QCOMPARE(found[i].start, urls[i].start);
            QCOMPARE(found[i].end, urls[i].end);
        }
    }

    // The rules in the reference notes, beyond the conformance files.
    void ownCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weightedLength");
        QTest::newRow("bare domain is a URL") << u"See status.example.com"_s << 4 + 23;
        QTest::newRow("long URL is 23")
            << u"https://status.example.com/incidents/2026-11-26/payments-api"_s << 23;
        QTest::newRow("NFC first: e + combining acute is one") << u"e\u0301"_s << 1;
        QTest::newRow("CJK weighs 2") << u"障害"_s << 4;
        QTest::newRow("flag is one emoji") << u"🇮🇹"_s << 2;
        QTest::newRow("curly quotes weigh 1") << u"\u201Cok\u201D"_s << 4;
        QTest::newRow("empty") << QString() << 0;
    }

    void ownCases()
    {
        QFETCH(QString, text);
        QTEST(XMeasure::measure(text).weightedLength, "weightedLength");
    }

    void labelLength()
    {
        QCOMPARE(UrlExtractor::asciiLabelLength(u"example"), 7);
        QCOMPARE(UrlExtractor::asciiLabelLength(u"bücher"), 13); // xn--bcher-kva
        QCOMPARE(UrlExtractor::asciiLabelLength(u"みんな"), 11); // xn--q9jyb4c
    }
};

QTEST_GUILESS_MAIN(XCountingTest)
#include "XCountingTest.moc"
