#include "channels/UpdateComposer.h"
#include "templating/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Golden files: every channel's rendered payload for two fixed cases, kept in
// tests/data/golden/<case>/<channel>.{title,txt,html,json,ssml}, so a change to any composer or to
// the shipped template shows up as a readable diff. HERALD_UPDATE_GOLDEN=1 rewrites them; read
// every changed file before committing it.
class GoldenPayloadTest : public QObject {
    Q_OBJECT

private:
    struct Case {
        QString name;
        bool drill = false;
        QString service; // empty: the template's example
        QString title;
    };

    // Would notify a whole Slack or Mattermost channel, turn into HTML or Markdown formatting,
    // break JSON or an attribute, and needs UTF-8 (and UCS-2 in an SMS) to survive; the link
    // after multi-byte characters checks Bluesky's byte offsets and every channel's link rules.
    static QString hostile()
    {
        return u"the <b>Payments</b> API & \"Cards\" 'EU' *now* _fast_ @channel é 😀 "
               u"(https://status.example.com/a_b?x=1&y=2)"_s;
    }

    static QList<Case> cases()
    {
        return {
            {u"partial-outage-identified"_s, false, QString(), u"Payments API partial outage"_s},
            {u"drill-hostile"_s, true, hostile(), u"Payments <API> & \"Checkout\" outage"_s},
        };
    }

    static Incident incidentFor(const Case& c)
    {
        Incident incident;
        incident.id = 42;
        incident.title = c.title;
        incident.kind = IncidentKind::Incident;
        incident.severity = Severity::Sev2;
        incident.status = IncidentStatus::Identified;
        incident.drill = c.drill;
        incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        incident.createdAt = incident.startedAt;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                               {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        return incident;
    }

    static bool updating() { return qEnvironmentVariableIntValue("HERALD_UPDATE_GOLDEN") == 1; }

    static QString directory(const QString& caseName)
    {
        return QStringLiteral(HERALD_TEST_DATA) + u"/golden/"_s + caseName;
    }

    // What a file holds for one field: the text with a final newline, JSON pretty-printed (keys
    // come out sorted), SSML as it is.
    static QHash<QString, QByteArray> filesFor(const ChannelMessage& message)
    {
        QHash<QString, QByteArray> files;
        const auto withNewline = [](QByteArray bytes) {
            if (!bytes.endsWith('\n'))
                bytes += '\n';
            return bytes;
        };
        if (!message.title.isEmpty())
            files.insert(u"title"_s, withNewline(message.title.toUtf8()));
        if (!message.text.isEmpty())
            files.insert(u"txt"_s, withNewline(message.text.toUtf8()));
        if (!message.html.isEmpty())
            files.insert(u"html"_s, withNewline(message.html.toUtf8()));
        if (!message.wire.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(message.wire, &error);
            if (error.error == QJsonParseError::NoError)
                files.insert(u"json"_s, json.toJson(QJsonDocument::Indented));
            else
                files.insert(u"ssml"_s, withNewline(message.wire));
        }
        return files;
    }

    // A line diff (longest common subsequence): "-" golden lines, "+" rendered ones, with their
    // line numbers; at most 24 lines.
    static QString diff(const QByteArray& expected, const QByteArray& actual)
    {
        const QStringList a = QString::fromUtf8(expected).split(u'\n');
        const QStringList b = QString::fromUtf8(actual).split(u'\n');
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                common[i][j] = a.at(i) == b.at(j) ? common[i + 1][j + 1] + 1
                                                  : std::max(common[i + 1][j], common[i][j + 1]);
        QStringList out;
        qsizetype i = 0;
        qsizetype j = 0;
        while ((i < n || j < m) && out.size() < 24) {
            if (i < n && j < m && a.at(i) == b.at(j)) {
                ++i;
                ++j;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out << u"  %1 -%2"_s.arg(i + 1, 4).arg(a.at(i));
                ++i;
            } else {
                out << u"  %1 +%2"_s.arg(j + 1, 4).arg(b.at(j));
                ++j;
            }
        }
        return out.join(u'\n');
    }

    TemplateLibrary m_library;
    UpdateComposer m_composer;

private Q_SLOTS:
    void initTestCase()
    {
        m_library = TemplateLibrary::shipped();
        QVERIFY(m_library.find(u"partial-outage-identified"_s));
        QCOMPARE(m_composer.supportedChannels(), allChannels());
    }

    void payloads_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("channel");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            for (ChannelKind channel : allChannels())
                QTest::newRow(qPrintable(all.at(i).name + u'/' + channelKey(channel))) << i << int(channel);
    }

    void payloads()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, channel);
        const Case c = cases().at(caseIndex);
        const ChannelKind kind = ChannelKind(channel);
        const MessageTemplate* t = m_library.find(u"partial-outage-identified"_s);
        QVERIFY(t);
        QVariantMap values;
        for (const TemplateVariable& variable : t->variables)
            values.insert(variable.name, variable.example);
        if (!c.service.isEmpty())
            values.insert(u"service"_s, c.service);

        const ComposedUpdate update = m_composer.compose(*t, incidentFor(c), values, {kind});
        QStringList problems;
        for (const TemplateProblem& problem : update.problems)
            problems << problem.toString();
        QCOMPARE(problems.join(u'\n'), QString());
        const ChannelMessage* message = update.message(kind);
        QVERIFY(message);

        const QString dir = directory(c.name);
        const QString key = channelKey(kind);
        const QHash<QString, QByteArray> files = filesFor(*message);
        QStringList failures;
        for (const QString& extension : {u"title"_s, u"txt"_s, u"html"_s, u"json"_s, u"ssml"_s}) {
            const QString path = dir + u'/' + key + u'.' + extension;
            const QString shown = u"tests/data/golden/"_s + c.name + u'/' + key + u'.' + extension;
            QFile file(path);
            if (!files.contains(extension)) {
                if (!file.exists())
                    continue;
                if (updating())
                    QVERIFY2(file.remove(), qPrintable(path));
                else
                    failures << shown + u": the field is empty now; remove the file or fix the composer"_s;
                continue;
            }
            const QByteArray actual = files.value(extension);
            if (updating()) {
                QVERIFY(QDir().mkpath(dir));
                QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
                file.write(actual);
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                failures << shown + u": missing (run with HERALD_UPDATE_GOLDEN=1 to write it)"_s;
                continue;
            }
            const QByteArray expected = file.readAll();
            if (expected != actual)
                failures << shown + u" differs (-golden +rendered):\n"_s + diff(expected, actual);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(GoldenPayloadTest)
#include "GoldenPayloadTest.moc"
