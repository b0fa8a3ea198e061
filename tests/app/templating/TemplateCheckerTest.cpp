#include "templating/TemplateChecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Problems inside one text, located by line, column and length so the editor can underline them.
class TemplateCheckerTest : public QObject {
    Q_OBJECT

private:
    const TemplateChecker m_checker;
    const QList<TemplateVariable> m_declared{
        {u"service"_s, TemplateVariable::Type::Text, u"Affected service"_s, {}, true, {}, {}, {}},
        {u"next_update"_s, TemplateVariable::Type::Time, u"Next update at"_s, {}, true, {}, {}, {}},
        {u"workaround"_s,
         TemplateVariable::Type::MultilineText,
         u"What customers can do"_s,
         {},
         false,
         {},
         {},
         {}},
    };

    static QString where(const TemplateProblem& p)
    {
        return u"%1:%2+%3 %4"_s.arg(p.line).arg(p.column).arg(p.length).arg(p.message);
    }

private Q_SLOTS:
    void cleanTextHasNoProblems()
    {
        const QString text = u"Problems with {{ service|capfirst }}.\n{% if workaround %}Do: {{ workaround }}"
                             u"{% else %}Wait.{% endif %}\nNext update by {{ next_update }}. "
                             u"{{ incident.title }} {% for c in incident.components %}{{ c.name }} "
                             u"{{ forloop.counter }}{% endfor %}"_s;
        const auto problems = m_checker.check(text, m_declared);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : where(problems.first())));
    }

    void locatesProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown variable")
            << u"Hello\nProblems with {{ servce }}."_s << 2 << 18 << 6 << u"servce"_s;
        QTest::newRow("unknown variable in if")
            << u"{% if fix and workaround %}x{% endif %}"_s << 1 << 7 << 3 << u"\"fix\""_s;
        QTest::newRow("unknown filter") << u"A {{ service|shout }}"_s << 1 << 14 << 5 << u"shout"_s;
        QTest::newRow("unknown tag") << u"x\n  {% frobnicate service %}"_s << 2 << 6 << 10 << u"frobnicate"_s;
        QTest::newRow("unclosed if") << u"a\n{% if workaround %}b"_s << 2 << 1 << 19 << u"endif"_s;
        QTest::newRow("end without start") << u"a {% endif %}"_s << 1 << 3 << 11 << u"endif"_s;
        QTest::newRow("unclosed variable") << u"a {{ service"_s << 1 << 3 << 2 << u"}}"_s;
        QTest::newRow("empty variable") << u"a {{ }} b"_s << 1 << 3 << 5 << u"empty"_s;
        QTest::newRow("wrong end") << u"{% if service %}{% endfor %}"_s << 1 << 17 << 12 << u"endif"_s;
        QTest::newRow("else outside a block") << u"a {% else %}"_s << 1 << 3 << 10 << u"opening"_s;
    }

    void locatesProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QString, mentions);
        const auto problems = m_checker.check(text, m_declared);
        QVERIFY(!problems.isEmpty());
        const TemplateProblem& p = problems.first();
        QVERIFY2(p.message.contains(mentions), qPrintable(where(p)));
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QCOMPARE(p.length, length);
        QVERIFY(p.source.isEmpty());
    }

    void missingRequiredValuesWhenFilled()
    {
        const QString text = u"{{ service }} is down.\n{{ workaround }} Next: {{ next_update }}"_s;
        QVERIFY(m_checker.check(text, m_declared).isEmpty()); // no values given: nothing to say
        const auto problems = m_checker.check(
            text, m_declared, QVariantMap{{u"service"_s, u"API"_s}, {u"next_update"_s, u" "_s}});
        QCOMPARE(problems.size(), 1); // workaround is optional
        QCOMPARE(problems.first().line, 2);
        QCOMPARE(problems.first().column, 27);
        QCOMPARE(problems.first().length, 11);
        QVERIFY(problems.first().message.contains(u"Next update at"_s));
    }

    void severalProblemsInOrder()
    {
        const auto problems = m_checker.check(u"{{ b }} {{ service|nope }}\n{{ a }}"_s, m_declared);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).column, 4);
        QCOMPARE(problems.at(1).column, 20);
        QCOMPARE(problems.at(2).line, 2);
    }

    void referencedVariables()
    {
        QCOMPARE(m_checker.referencedVariables(
                     u"{{ service }} {% if workaround %}{{ workaround|upper }}{% endif %} {{ service }} "
                     u"{% for c in incident.components %}{{ c.name }}{% endfor %}"_s),
                 (QStringList{u"service"_s, u"workaround"_s, u"incident"_s}));
    }
};

QTEST_GUILESS_MAIN(TemplateCheckerTest)
#include "TemplateCheckerTest.moc"
