#include "channels/UpdateComposer.h"
#include "templating/TemplateLibrary.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Herald;

// Every shipped template on every broadcast channel: renders without problems, no template
// syntax left over, and no limit that blocks.
class ShippedTemplatesTest : public QObject {
    Q_OBJECT
    const QList<ChannelKind> m_channels{ChannelKind::Email, ChannelKind::StatusPage,
                                        ChannelKind::Push,  ChannelKind::InApp,
                                        ChannelKind::Voice, ChannelKind::SupportMacro};
    TemplateLibrary m_library = TemplateLibrary::shipped();
    UpdateComposer m_composer;

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("id");
        QVERIFY(!m_library.templates().isEmpty());
        for (const MessageTemplate& t : m_library.templates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void render()
    {
        QFETCH(QString, id);
        const MessageTemplate* t = m_library.find(id);
        QVERIFY(t);
        Incident incident;
        incident.id = 7;
        incident.title = u"Payments API partial outage"_s;
        incident.kind = statusesOf(IncidentKind::Maintenance).contains(t->status) ? IncidentKind::Maintenance
                                                                                  : IncidentKind::Incident;
        incident.status = t->status;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
        QVariantMap values;
        for (const TemplateVariable& variable : t->variables)
            values.insert(variable.name, variable.example);
        const ComposedUpdate update = m_composer.compose(*t, incident, values, m_channels);
        QStringList problems;
        for (const TemplateProblem& problem : update.problems)
            problems << problem.toString();
        QCOMPARE(problems.join(u'\n'), QString());
        QCOMPARE(update.messages.size(), m_channels.size());
        for (const ChannelMessage& m : update.messages) {
            const QString where = channelKey(m.channel);
            QVERIFY2(!m.text.trimmed().isEmpty(), qPrintable(where));
            for (const QString& mark : {u"{{"_s, u"{%"_s})
                QVERIFY2(!m.text.contains(mark) && !m.title.contains(mark) && !m.html.contains(mark),
                         qPrintable(where));
            for (const ChannelLimit& limit : m_composer.limits(m))
                QVERIFY2(limit.fits() || !limit.blocking, qPrintable(where + u": "_s + limit.part));
        }
        QXmlStreamReader ssml(update.message(ChannelKind::Voice)->wire);
        while (!ssml.atEnd())
            ssml.readNext();
        QVERIFY2(!ssml.hasError(), qPrintable(ssml.errorString()));
    }
};

QTEST_GUILESS_MAIN(ShippedTemplatesTest)
#include "ShippedTemplatesTest.moc"
