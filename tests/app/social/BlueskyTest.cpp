#include "channels/bluesky/BlueskyFacets.h"
#include "channels/bluesky/BlueskyMeasure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Bluesky's length rules and the reference client's facet detection against its own test cases
// (tests/data/bluesky, transcribed from atproto packages/api tests): every link, mention and tag
// case with UTF-8 byte offsets, and the byte/grapheme length cases.
class BlueskyTest : public QObject {
    Q_OBJECT

private:
    static QJsonObject cases()
    {
        QFile file(
            QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"bluesky/richtext_detection_cases.json"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    // "kind:value@start-end" so a whole case compares in one go.
    static QString describe(BlueskyFacets::Kind kind, const QString& value, int start, int end)
    {
        const QString k = kind == BlueskyFacets::Kind::Link      ? u"link"_s
                          : kind == BlueskyFacets::Kind::Mention ? u"mention"_s
                                                                 : u"tag"_s;
        return u"%1:%2@%3-%4"_s.arg(k, value).arg(start).arg(end);
    }
    static QStringList detected(const QString& text, std::optional<BlueskyFacets::Kind> only = {})
    {
        QStringList out;
        for (const BlueskyFacets::Facet& f : BlueskyFacets::detect(text))
            if (!only || f.kind == *only)
                out << describe(f.kind, f.value, f.byteStart, f.byteEnd);
        return out;
    }

private Q_SLOTS:
    void lengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("graphemes");
        const QJsonArray all = cases().value(u"lengths"_s).toArray();
        QCOMPARE(all.size(), 3);
        for (const QJsonValue& v : all) {
            const QJsonObject c = v.toObject();
            const QString text = c.value(u"text"_s).toString();
            QTest::newRow(text.toUtf8().constData())
                << text << c.value(u"utf8_length"_s).toInt() << c.value(u"graphemeLength"_s).toInt();
        }
    }

    void lengths()
    {
        QFETCH(QString, text);
        const BlueskyMeasure::Result r = BlueskyMeasure::measure(text);
        QTEST(r.bytes, "bytes");
        QTEST(r.graphemes, "graphemes");
    }

    void limitsBothHold()
    {
        QVERIFY(BlueskyMeasure::measure(QString(300, u'a')).fits());
        QVERIFY(!BlueskyMeasure::measure(QString(301, u'a')).fits());
        // 300 graphemes of 4 bytes each (e.g. an emoji) are 1,200 bytes: fits.
        QString emoji;
        for (int i = 0; i < 300; ++i)
            emoji += u"🔥"_s;
        QVERIFY(BlueskyMeasure::measure(emoji).fits());
        // 280 family emoji: 280 graphemes but 25 bytes each, 7,000 bytes: does not fit.
        QString families;
        for (int i = 0; i < 280; ++i)
            families += u"👨‍👩‍👧‍👧"_s;
        const BlueskyMeasure::Result r = BlueskyMeasure::measure(families);
        QCOMPARE(r.graphemes, 280);
        QCOMPARE(r.bytes, 7000);
        QVERIFY(!r.fits());
    }

    void detectFacets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("facets");
        const QJsonArray all = cases().value(u"detectFacets"_s).toArray();
        QCOMPARE(all.size(), 40);
        for (const QJsonValue& v : all) {
            const QJsonObject c = v.toObject();
            QStringList expected;
            for (const QJsonValue& s : c.value(u"segments"_s).toArray()) {
                const QJsonObject seg = s.toObject();
                if (!seg.contains(u"facet"_s))
                    continue;
                QString value = seg.value(u"facet"_s).toString();
                // The test mock resolves a handle to "did:fake:<handle>"; Herald keeps the handle.
                const bool mention = value.startsWith(u"did:fake:"_s);
                if (mention)
                    value.remove(0, 9);
                expected << describe(mention ? BlueskyFacets::Kind::Mention : BlueskyFacets::Kind::Link,
                                     value, seg.value(u"byteStart"_s).toInt(),
                                     seg.value(u"byteEnd"_s).toInt());
            }
            const QString text = c.value(u"text"_s).toString();
            QTest::newRow(text.toUtf8().constData()) << text << expected;
        }
    }

    void detectFacets()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, facets);
        QStringList found =
            detected(text, BlueskyFacets::Kind::Mention) + detected(text, BlueskyFacets::Kind::Link);
        // The cases list segments in text order; detection goes mentions first, then links.
        const auto byStart = [](const QString& a, const QString& b) {
            return a.section(u'@', -1).section(u'-', 0, 0).toInt() <
                   b.section(u'@', -1).section(u'-', 0, 0).toInt();
        };
        std::ranges::stable_sort(found, byStart);
        std::ranges::stable_sort(facets, byStart);
        QCOMPARE(found, facets);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("facets");
        const QJsonArray all = cases().value(u"tags"_s).toArray();
        QCOMPARE(all.size(), 39);
        for (const QJsonValue& v : all) {
            const QJsonObject c = v.toObject();
            const QJsonArray tags = c.value(u"tags"_s).toArray();
            const QJsonArray indices = c.value(u"indices"_s).toArray();
            QStringList expected;
            for (qsizetype i = 0; i < tags.size(); ++i) {
                const QJsonObject index = indices.at(i).toObject();
                expected << describe(BlueskyFacets::Kind::Tag, tags.at(i).toString(),
                                     index.value(u"byteStart"_s).toInt(), index.value(u"byteEnd"_s).toInt());
            }
            const QString text = c.value(u"text"_s).toString();
            QTest::newRow(text.toUtf8().constData()) << text << expected;
        }
    }

    void tags()
    {
        QFETCH(QString, text);
        QTEST(detected(text, BlueskyFacets::Kind::Tag), "facets");
    }

    void recordFacetsSkipMentionsAndSortByPosition()
    {
        const QString text =
            u"@ops.example.com see status.example.com #payments — café https://x.example.org/a"_s;
        const QJsonArray json = BlueskyFacets::toJson(BlueskyFacets::detect(text));
        QCOMPARE(json.size(), 3);
        const QByteArray utf8 = text.toUtf8();
        QStringList slices;
        int last = -1;
        for (const QJsonValue& v : json) {
            const QJsonObject index = v.toObject().value(u"index"_s).toObject();
            const int start = index.value(u"byteStart"_s).toInt();
            QVERIFY(start > last);
            last = start;
            slices << QString::fromUtf8(utf8.mid(start, index.value(u"byteEnd"_s).toInt() - start));
        }
        QCOMPARE(slices,
                 (QStringList{u"status.example.com"_s, u"#payments"_s, u"https://x.example.org/a"_s}));
        const QJsonObject link = json.at(0).toObject().value(u"features"_s).toArray().at(0).toObject();
        QCOMPARE(link.value(u"$type"_s).toString(), u"app.bsky.richtext.facet#link"_s);
        QCOMPARE(link.value(u"uri"_s).toString(), u"https://status.example.com"_s);
        const QJsonObject tag = json.at(1).toObject().value(u"features"_s).toArray().at(0).toObject();
        QCOMPARE(tag.value(u"$type"_s).toString(), u"app.bsky.richtext.facet#tag"_s);
        QCOMPARE(tag.value(u"tag"_s).toString(), u"payments"_s);
    }
};

QTEST_GUILESS_MAIN(BlueskyTest)
#include "BlueskyTest.moc"
