#include "channels/UpdateComposer.h"
#include "templating/TemplateChecker.h"
#include "templating/TemplateParser.h"
#include "templating/TemplateRenderer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Finding 4: inputs that hung Herald or exhausted its memory, and the limits that now refuse
// them (templates/README.md, "Limits"), each with a message that says what and where. The time
// bounds are generous for a debug build; before the fixes these took seconds to minutes.
class TemplateLimitsTest : public QObject {
    Q_OBJECT

private:
    TemplateRenderer m_renderer;

    static QByteArray templateWithVariables(int count)
    {
        QByteArray yaml = "id: many\nname: Many\nscenario: test\naudience: external\nstatus: investigating\n"
                          "body: \"{{ v0 }}\"\nvariables:\n";
        for (int i = 0; i < count; ++i)
            yaml += "  - name: v" + QByteArray::number(i) + "\n    label: Variable " + QByteArray::number(i) +
                    "\n";
        return yaml;
    }

    static MessageTemplate templateWithBody(const QString& body)
    {
        MessageTemplate t;
        t.id = u"limits"_s;
        t.source = u"limits.yaml"_s;
        t.subject = u"Problems with {{ service }}"_s;
        t.body = body;
        t.variables = {{u"service"_s, TemplateVariable::Type::Text, u"Service"_s, {}, true, {}, {}, {}}};
        return t;
    }

private Q_SLOTS:
    // 20,000 variables took 10 s (each checked against all before it); now the count is refused.
    void manyVariablesAreRefusedQuickly()
    {
        const QByteArray yaml = templateWithVariables(20'000);
        QElapsedTimer timer;
        timer.start();
        const auto parsed = TemplateParser::parse(yaml, u"many.yaml"_s);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().toString(),
                 u"many.yaml:8:3: the template declares 20000 variables; a template declares at most 500"_s);
    }

    // At the limit, the duplicate is still found (by a set, not a scan of all before it).
    void duplicateAmongManyIsNamed()
    {
        QByteArray yaml = templateWithVariables(499);
        yaml += "  - name: v7\n";
        const auto parsed = TemplateParser::parse(yaml, u"many.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, u"variable \"v7\" is declared twice"_s);
        QCOMPARE(parsed.error().line, 8 + 2 * 499);
    }

    void oversizedFileIsRefused()
    {
        const QByteArray yaml = templateWithVariables(1) + "# " + QByteArray(2 * 1024 * 1024, 'x') + "\n";
        const auto parsed = TemplateParser::parse(yaml, u"big.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(
            parsed.error().toString(),
            u"big.yaml:1:1: the file has %1 bytes; a template file has at most 1048576"_s.arg(yaml.size()));
    }

    // "{% range 1000000000 %}" passed the check and rendered until memory ran out.
    void hugeRangeIsRefusedByTheCheck()
    {
        const TemplateChecker checker;
        const auto problems = checker.check(u"Hello\n  {% range 1000000000 as i %}x{% endrange %}"_s, {});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 2);
        QCOMPARE(problems.first().column, 3);
        QCOMPARE(problems.first().message,
                 u"\"{% range %}\" would repeat 1000000000 times; a loop repeats at most 1000 times"_s);
    }

    void loopProblemsInTheCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("bound from a value")
            << u"{% range count as i %}x{% endrange %}"_s
            << u"\"{% range %}\" counts in whole numbers written in the template, not \"count\""_s;
        QTest::newRow("step 0") << u"{% range 1 5 0 as i %}x{% endrange %}"_s
                                << u"\"{% range %}\" cannot step by 0"_s;
        QTest::newRow("nested") << u"{% range 3 as i %}{% range 3 as j %}x{% endrange %}{% endrange %}"_s
                                << u"loops cannot be nested: this \"{% range %}\" is inside another loop"_s;
    }
    void loopProblemsInTheCheck()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const TemplateChecker checker;
        const auto problems = checker.check(text, {});
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().message, message);
    }

    void smallRangeStillRenders()
    {
        const auto result = m_renderer.render(u"{% range 3 as i %}{{ i }}{% endrange %}"_s, {},
                                              TemplateRenderer::Escaping::None);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.text, u"012"_s);
    }

    // The renderer refuses it too, for texts that never went through the check.
    void hugeRangeIsRefusedByTheRenderer()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = m_renderer.render(u"A\nB {% range 1000000000 as i %}x{% endrange %}"_s, {},
                                              TemplateRenderer::Escaping::None);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(
            result.error,
            u"line 2: \"{% range %}\" would repeat 1000000000 times; a loop repeats at most 1000 times"_s);
    }

    void forOverALongValueIsRefused()
    {
        const auto result =
            m_renderer.render(u"{% for c in items %}{{ c }}{% endfor %}"_s,
                              {{u"items"_s, QString(5000, u'x')}}, TemplateRenderer::Escaping::None);
        QCOMPARE(
            result.error,
            u"line 1: \"{% for %}\" over \"items\" would repeat 5000 times; a loop repeats at most 1000 times"_s);
    }

    void valueSizeIsRefused()
    {
        const auto result = m_renderer.render(u"{{ service }}"_s, {{u"service"_s, QString(100'001, u'x')}},
                                              TemplateRenderer::Escaping::Html);
        QCOMPARE(result.error,
                 u"the value of \"service\" has 100001 characters; a value has at most 100000"_s);
        const auto atLimit = m_renderer.render(u"{{ service }}"_s, {{u"service"_s, QString(100'000, u'x')}},
                                               TemplateRenderer::Escaping::Html);
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error));
        QCOMPARE(atLimit.text.size(), 100'000);
    }

    void nestedValueSizeIsRefused()
    {
        const QVariantMap nested{{u"deep"_s, QVariantList{QString(200'000, u'x')}}};
        const auto result =
            m_renderer.render(u"{{ obj.deep }}"_s, {{u"obj"_s, nested}}, TemplateRenderer::Escaping::None);
        QCOMPARE(result.error, u"the value of \"obj\" has 200000 characters; a value has at most 100000"_s);
    }

    void variableCountIsRefused()
    {
        QVariantHash context{{u"incident"_s, QVariantHash{}}};
        for (int i = 0; i < 501; ++i)
            context.insert(u"v%1"_s.arg(i), u"x"_s);
        const auto result = m_renderer.render(u"{{ v1 }}"_s, context, TemplateRenderer::Escaping::None);
        QCOMPARE(result.error, u"501 values were given; a template takes at most 500"_s);
    }

    void outputSizeIsRefused()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result =
            m_renderer.render(u"{% range 1000 as i %}{{ service }}{% endrange %}"_s,
                              {{u"service"_s, QString(100'000, u'x')}}, TemplateRenderer::Escaping::None);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(result.error,
                 u"the rendered text is longer than 200000 characters, the most a text may have"_s);
    }

    // A 10 MB value on each channel: refused, by name, within a second.
    void tenMegabyteValueOnEveryChannel_data()
    {
        QTest::addColumn<QString>("channel");
        for (ChannelKind channel : UpdateComposer().supportedChannels())
            QTest::newRow(qPrintable(channelKey(channel))) << channelKey(channel);
    }
    void tenMegabyteValueOnEveryChannel()
    {
        QFETCH(QString, channel);
        static const UpdateComposer composer;
        Incident incident;
        incident.title = u"Payments API"_s;
        const QVariantMap values{{u"service"_s, QString(10 * 1024 * 1024, u'y')}};
        QElapsedTimer timer;
        timer.start();
        const ComposedUpdate update =
            composer.compose(templateWithBody(u"We are investigating problems with {{ service }}."_s),
                             incident, values, {*channelFromKey(channel)});
        QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QCOMPARE(update.messages.size(), 1);
        QVERIFY(!update.problems.isEmpty());
        for (const TemplateProblem& p : update.problems) {
            QCOMPARE(p.source, u"limits.yaml"_s);
            QVERIFY2(p.message.endsWith(
                         u"the value of \"service\" has 10485760 characters; a value has at most 100000"_s),
                     qPrintable(p.message));
        }
        QVERIFY(update.messages.first().text.size() < 1000);
    }

    // A value at the limit is rendered on every channel (threads, segments, MIME) in seconds.
    void valueAtTheLimitOnEveryChannel()
    {
        const UpdateComposer composer;
        Incident incident;
        incident.title = u"Payments API"_s;
        QString value;
        while (value.size() < 99'000)
            value += u"Payments are slow for some customers in region %1. "_s.arg(value.size());
        QElapsedTimer timer;
        timer.start();
        const ComposedUpdate update =
            composer.compose(templateWithBody(u"Problems with {{ service }}."_s), incident,
                             {{u"service"_s, value}}, composer.supportedChannels());
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QVERIFY(update.problems.isEmpty());
        for (const ChannelMessage& m : update.messages)
            QVERIFY2(!m.text.isEmpty() || !m.wire.isEmpty(), qPrintable(channelKey(m.channel)));
    }
};

QTEST_GUILESS_MAIN(TemplateLimitsTest)
#include "TemplateLimitsTest.moc"
