// The timeline hash is taken over CanonicalJson's text, which must be byte for byte what
// QJsonDocument writes for the same object: hashes stored by earlier versions must verify.

#include "timeline/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
QByteArray qtCompact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Random UTF-16: ASCII with every control character, quotes and backslashes, Latin and CJK,
// emoji as surrogate pairs, lone surrogates, non-characters.
QString randomText(QRandomGenerator& random)
{
    static const QList<char16_t> specials{u'"',   u'\\',  u'/',   0x7f,   0x80,   0xff,   0x7ff,  0x800,
                                          0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x2028, 0xfeff};
    QString text;
    const int length = int(random.bounded(40));
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(6)) {
        case 0:
            text += QChar(char16_t(random.bounded(0x20)));
            break;
        case 1:
            text += QChar(specials.at(random.bounded(specials.size())));
            break;
        case 2:
            text += QChar(char16_t(0x20 + random.bounded(0x5f)));
            break;
        case 3:
            text += QChar(char16_t(0x80 + random.bounded(0xd800 - 0x80)));
            break;
        case 4:
            text += QString::fromUcs4(
                std::array<char32_t, 1>{char32_t(0x10000 + random.bounded(0xfffff))}.data(), 1);
            break;
        default:
            text += QChar(char16_t(0xe000 + random.bounded(0x2000)));
            break;
        }
    }
    return text;
}
} // namespace

class CanonicalJsonTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesWhatQJsonDocumentWrites()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 5'000; ++i) {
            const QString a = randomText(random), b = randomText(random);
            const qint64 n = qint64(random.generate64() >> random.bounded(64)) * (random.bounded(2) ? 1 : -1);
            const QJsonObject nested{{u"x"_s, a}};
            const QByteArray ours = CanonicalJson()
                                        .add("a"_L1, a)
                                        .add("b"_L1, b)
                                        .addJson("c"_L1, qtCompact(nested))
                                        .add("n"_L1, n)
                                        .text();
            QCOMPARE(ours, qtCompact({{u"a"_s, a}, {u"b"_s, b}, {u"c"_s, nested}, {u"n"_s, n}}));
        }
    }

    void escapesEachControlCharacter()
    {
        for (char16_t unit = 0; unit < 0x20; ++unit) {
            QByteArray ours;
            CanonicalJson::appendString(ours, QStringView(&unit, 1));
            const QByteArray theirs = qtCompact({{u"k"_s, QString(QChar(unit))}});
            QCOMPARE(ours, theirs.mid(5, theirs.size() - 6));
        }
        QByteArray tab;
        CanonicalJson::appendString(tab, u"a\tb\"c\\");
        QCOMPARE(tab, QByteArray("\"a\\tb\\\"c\\\\\""));
    }

    void emptyObjectAndEmptyString()
    {
        QCOMPARE(CanonicalJson().text(), QByteArray("{}"));
        QCOMPARE(CanonicalJson().add("k"_L1, QStringView()).text(), QByteArray("{\"k\":\"\"}"));
    }
};

QTEST_GUILESS_MAIN(CanonicalJsonTest)
#include "CanonicalJsonTest.moc"
