#include "CliRunner.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// herald-cli measure as a process: the numbers for each channel against published cases (Twilio's
// calculator, twitter-text conformance, Mastodon's validator spec, atproto's rich-text tests), the
// exit codes and the messages for bad input.
class MeasureTest : public QObject {
    Q_OBJECT

private:
    static QJsonObject measured(const QString& channel, const QString& text)
    {
        const CliRun run = runCli({u"measure"_s, u"--channel"_s, channel, u"--text"_s, text, u"--json"_s});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.exitCode == 0 ? run.json().object() : QJsonObject();
    }

private Q_SLOTS:
    void channels_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("expected");
        // Twilio: 160 GSM-7 characters are one segment; one more makes two of 153.
        QTest::newRow("sms gsm 160") << u"sms"_s << QString(160, u'a')
                                     << QJsonObject{{u"length"_s, 160},
                                                    {u"limit"_s, 160},
                                                    {u"fits"_s, true},
                                                    {u"encoding"_s, u"GSM-7"_s},
                                                    {u"segments"_s, 1}};
        QTest::newRow("sms gsm 161") << u"sms"_s << QString(161, u'a')
                                     << QJsonObject{{u"length"_s, 161},
                                                    {u"limit"_s, 160},
                                                    {u"fits"_s, false},
                                                    {u"encoding"_s, u"GSM-7"_s},
                                                    {u"segments"_s, 2}};
        // Extension characters count two septets.
        QTest::newRow("sms extension")
            << u"sms"_s << u"{€}"_s
            << QJsonObject{{u"length"_s, 6}, {u"encoding"_s, u"GSM-7"_s}, {u"segments"_s, 1}};
        // Twilio: a rainbow flag (6 UTF-16 units) and 64 digits is one UCS-2 segment, 65 two.
        QTest::newRow("sms ucs2 70") << u"sms"_s << u"🏳️‍🌈"_s + QString(64, u'1')
                                     << QJsonObject{{u"length"_s, 70},
                                                    {u"limit"_s, 70},
                                                    {u"fits"_s, true},
                                                    {u"encoding"_s, u"UCS-2"_s},
                                                    {u"segments"_s, 1}};
        QTest::newRow("sms ucs2 71") << u"sms"_s << u"🏳️‍🌈"_s + QString(65, u'1')
                                     << QJsonObject{{u"length"_s, 71},
                                                    {u"fits"_s, false},
                                                    {u"encoding"_s, u"UCS-2"_s},
                                                    {u"segments"_s, 2}};
        // twitter-text conformance (v3).
        QTest::newRow("x url") << u"x"_s << u"Hi http://test.co"_s
                               << QJsonObject{{u"length"_s, 26}, {u"limit"_s, 280}, {u"fits"_s, true}};
        QTest::newRow("x emoji v3") << u"x"_s << u"🙋🏽👨‍🎤"_s
                                    << QJsonObject{{u"length"_s, 4}, {u"fits"_s, true}};
        QString cjk;
        for (int i = 0; i < 16; ++i)
            cjk += u"故人西辞黄鹤楼，烟花"_s;
        QTest::newRow("x cjk 160") << u"x"_s << cjk << QJsonObject{{u"length"_s, 320}, {u"fits"_s, false}};
        QTest::newRow("x bare domain")
            << u"x"_s << u"see status.example.com"_s << QJsonObject{{u"length"_s, 27}};
        // Mastodon's validator spec: 476 a's, a space and a long URL count 500.
        QTest::newRow("mastodon url")
            << u"mastodon"_s << QString(476, u'a') + u" http://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com/example"_s
            << QJsonObject{{u"length"_s, 500}, {u"limit"_s, 500}, {u"fits"_s, true}};
        QTest::newRow("mastodon remote mention")
            << u"mastodon"_s << QString(476, u'a') + u" @alice@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com"_s
            << QJsonObject{{u"length"_s, 483}, {u"fits"_s, true}};
        QTest::newRow("mastodon 501")
            << u"mastodon"_s << QString(501, u'a') << QJsonObject{{u"length"_s, 501}, {u"fits"_s, false}};
        // atproto rich-text tests.
        QTest::newRow("bluesky family")
            << u"bluesky"_s << u"👨‍👩‍👧‍👧🔥 good!✅"_s
            << QJsonObject{{u"length"_s, 9}, {u"bytes"_s, 38}, {u"limit"_s, 300}, {u"fits"_s, true}};
        QTest::newRow("bluesky 301") << u"bluesky"_s << QString(301, u'a')
                                     << QJsonObject{
                                            {u"length"_s, 301}, {u"bytes"_s, 301}, {u"fits"_s, false}};
        QString heavy;
        for (int i = 0; i < 130; ++i)
            heavy += u"👨‍👩‍👧‍👧"_s;
        QTest::newRow("bluesky bytes over")
            << u"bluesky"_s << heavy
            << QJsonObject{{u"length"_s, 130}, {u"bytes"_s, 3250}, {u"fits"_s, false}};
    }

    void channels()
    {
        QFETCH(QString, channel);
        QFETCH(QString, text);
        QFETCH(QJsonObject, expected);
        const QJsonObject result = measured(channel, text);
        QVERIFY(!result.isEmpty());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(result.value(it.key()) == it.value(),
                     qPrintable(it.key() + u": "_s + QString::fromUtf8(QJsonDocument(result).toJson())));
        QVERIFY(result.value(u"limit"_s).isDouble());
        QVERIFY(result.value(u"fits"_s).isBool());
    }

    void fileDropsOneTrailingNewline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"text.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Café ✅\n\n"_s.toUtf8());
        file.close();
        const CliRun run =
            runCli({u"measure"_s, u"--channel"_s, u"bluesky"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(u"length"_s).toInt(), 7); // "Café ✅\n": one newline kept
        QCOMPARE(run.json().object().value(u"bytes"_s).toInt(), 10);
    }

    void humanLine()
    {
        const CliRun run = runCli({u"measure"_s, u"--channel"_s, u"sms"_s, u"--text"_s, u"Hello"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, "sms: 5 of 160 (GSM-7, 1 segment(s)), fits\n");
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown channel")
            << QStringList{u"--channel"_s, u"fax"_s, u"--text"_s, u"x"_s} << u"unknown channel \"fax\""_s;
        QTest::newRow("no channel") << QStringList{u"--text"_s, u"x"_s} << u"--channel NAME is required"_s;
        QTest::newRow("neither text nor file")
            << QStringList{u"--channel"_s, u"x"_s} << u"exactly one of --text TEXT and --file FILE"_s;
        QTest::newRow("both text and file")
            << QStringList{u"--channel"_s, u"x"_s, u"--text"_s, u"a"_s, u"--file"_s, u"/etc/hostname"_s}
            << u"exactly one of --text TEXT and --file FILE"_s;
        QTest::newRow("missing file")
            << QStringList{u"--channel"_s, u"x"_s, u"--file"_s, u"/nonexistent/t.txt"_s}
            << u"cannot read --file /nonexistent/t.txt"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--channel"_s, u"x"_s, u"--txt"_s, u"a"_s} << u"Unknown option 'txt'"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"measure"_s} + arguments + QStringList{u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void helpSaysFitsIsNotTheExitCode()
    {
        const CliRun run = runCli({u"measure"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("whether it fits or not"));
        QVERIFY(run.out.contains("trailing newline"));
    }

    // Invalid UTF-8 is refused at its first bad byte, never replaced silently (which would
    // measure a different text than the one given).
    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // printf format
        QTest::addColumn<QString>("message");
        QTest::newRow("stray byte") << QByteArray("ab\\377c") << u"byte offset 2 (0xff)"_s;
        QTest::newRow("cut short") << QByteArray("Caf\\303") << u"byte offset 3 (0xc3)"_s;
        QTest::newRow("overlong slash") << QByteArray("\\300\\257") << u"byte offset 0 (0xc0)"_s;
        QTest::newRow("surrogate") << QByteArray("x\\355\\240\\200") << u"byte offset 1 (0xed)"_s;
    }

    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        // The bytes go through a shell: a QStringList argument could not carry them.
        QProcess text;
        text.start(u"/bin/sh"_s, {u"-c"_s,
                                  u"exec \"$0\" measure --channel sms --text \"$(printf '%1')\""_s.arg(
                                      QString::fromLatin1(bytes)),
                                  QStringLiteral(HERALD_CLI)});
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 2);
        const QString err = QString::fromUtf8(text.readAllStandardError());
        QVERIFY2(err.startsWith(u"herald-cli measure: --text is not valid UTF-8: "_s), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.txt"_s);
        QProcess file;
        file.start(u"/bin/sh"_s, {u"-c"_s, u"printf '%1' > \"$0\""_s.arg(QString::fromLatin1(bytes)), path});
        QVERIFY(file.waitForFinished(10000));
        const CliRun run = runCli({u"measure"_s, u"--channel"_s, u"sms"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QString(path + u" is not valid UTF-8: "_s + message)),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MeasureTest)
#include "MeasureTest.moc"
