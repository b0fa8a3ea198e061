#include "channels/email/EmailComposer.h"

#include "BroadcastFixture.h"
#include "channels/email/MarkdownHtml.h"
#include "channels/email/Rfc2047.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The email: Markdown body to HTML with md4c, the plain part as written, the subject as one
// line and RFC 2047 on the wire, and what the limits say about it.
class EmailComposerTest : public QObject {
    Q_OBJECT
    EmailComposer m_composer;

private Q_SLOTS:
    void markdownBecomesHtml()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.body = u"## What happened\n\n**{{ service }}** fails for *some* cards.\n\n"
                                 u"- Retry after a minute\n- Use another card\n\n"
                                 u"See [the status page](https://status.example.com)."_s;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QCOMPARE(m.channel, ChannelKind::Email);
        QCOMPARE(m.html,
                 u"<h2>What happened</h2>\n<p><strong>the Payments API</strong> fails for <em>some</em> "
                 u"cards.</p>\n<ul>\n<li>Retry after a minute</li>\n<li>Use another card</li>\n</ul>\n"
                 u"<p>See <a href=\"https://status.example.com\">the status page</a>.</p>\n"_s);
        // The plain part is the text as written: readable without any rendering.
        QCOMPARE(m.text, u"## What happened\n\n**the Payments API** fails for *some* cards.\n\n"
                         u"- Retry after a minute\n- Use another card\n\n"
                         u"See [the status page](https://status.example.com)."_s);
    }

    void valuesAndRawHtmlAreEscapedOnce()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.body = u"Problem with {{ service }}.\n\n<script>alert(1)</script> <b>bold</b>"_s;
        f.values.insert(u"service"_s, u"<img src=x onerror=alert(1)> & \"Cards\" &amp;"_s);
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QVERIFY2(m.html.contains(u"&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Cards&quot; &amp;amp;"_s),
                 qPrintable(m.html));
        QVERIFY2(m.html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;"_s),
                 qPrintable(m.html));
        QVERIFY(!m.html.contains(u"<img"_s));
        QVERIFY(!m.html.contains(u"<script"_s));
        QVERIFY(!m.html.contains(u"<b>"_s));
        QVERIFY(m.text.contains(u"<img src=x onerror=alert(1)> & \"Cards\" &amp;"_s));
    }

    // The template's Markdown formats; a value's does not: "*now*" reads in the HTML part as in
    // the plain one, a link in a value still links, and a value cannot start a list or heading.
    void valuesAreLiteralMarkdown()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.body = u"**Update:** {{ service }}\n\n{{ next_update }}"_s;
        f.values.insert(u"service"_s, u"*now* _fast_ [x](https://evil.example) `c` ~~s~~ a|b \\ "
                                      u"see https://status.example.com/a_b?x=1&y=2"_s);
        f.values.insert(u"next_update"_s, u"# 1. - 15:30 UTC"_s);
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(f.problems.isEmpty());
        QCOMPARE(m.html, u"<p><strong>Update:</strong> *now* _fast_ [x](<a "
                         u"href=\"https://evil.example\">https://evil.example</a>) "
                         u"`c` ~~s~~ a|b \\ see <a href=\"https://status.example.com/a_b?x=1&amp;y=2\">"
                         u"https://status.example.com/a_b?x=1&amp;y=2</a></p>\n"
                         u"<p># 1. - 15:30 UTC</p>\n"_s);
        QCOMPARE(m.text, u"**Update:** *now* _fast_ [x](https://evil.example) `c` ~~s~~ a|b \\ see "
                         u"https://status.example.com/a_b?x=1&y=2\n\n# 1. - 15:30 UTC"_s);
        QCOMPARE(MarkdownHtml::escapeValue(u"12. x\n- y *z*"_s), u"12\\. x\n\\- y \\*z\\*"_s);
    }

    void subjectIsOneLineAndEncodedOnTheWire()
    {
        Test::BroadcastFixture f;
        f.messageTemplate.subject = u"Störung:\r\nBcc: all@example.com {{ service }}"_s;
        f.values.insert(u"service"_s, u"Zahlungen\nüber Karte"_s);
        const ChannelMessage m = f.compose(m_composer);
        QCOMPARE(m.title, u"Störung: Bcc: all@example.com Zahlungen über Karte"_s);
        const QJsonObject wire = Test::BroadcastFixture::json(m.wire);
        QCOMPARE(wire[u"subject"_s].toString(), m.title);
        const QByteArray encoded = wire[u"encoded_subject"_s].toString().toLatin1();
        QCOMPARE(encoded, Rfc2047::encode(m.title, EmailComposer::subjectPrefix));
        QVERIFY(encoded.startsWith("=?UTF-8?Q?St=C3=B6rung=3A_Bcc=3A_all"));
        QCOMPARE(Rfc2047::decode(encoded), m.title);
        QCOMPARE(wire[u"content_type"_s].toString(), u"multipart/alternative"_s);
        const QJsonArray parts = wire[u"parts"_s].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content_type"_s].toString(), u"text/plain; charset=utf-8"_s);
        QCOMPARE(parts[0][u"bytes"_s].toInt(), m.text.toUtf8().size());
        QCOMPARE(parts[1][u"content_type"_s].toString(), u"text/html; charset=utf-8"_s);
        QCOMPARE(parts[1][u"bytes"_s].toInt(), m.html.toUtf8().size());
    }

    void drillIsMarked()
    {
        Test::BroadcastFixture f;
        f.incident.drill = true;
        const ChannelMessage m = f.compose(m_composer);
        QVERIFY(m.title.startsWith(u"[DRILL] "_s));
        QVERIFY(m.text.startsWith(u"[DRILL] "_s));
        QVERIFY2(m.html.startsWith(u"<p>[DRILL] "_s), qPrintable(m.html));
    }

    void limits()
    {
        Test::BroadcastFixture f;
        ChannelMessage m = f.compose(m_composer);
        QList<ChannelLimit> limits = m_composer.limits(m);
        const ChannelLimit* subject = Test::BroadcastFixture::limit(limits, u"Subject"_s);
        QVERIFY(subject);
        QCOMPARE(subject->used, int(u"Identified: problems with the Payments API"_s.size()));
        QCOMPARE(subject->limit, 60);
        QVERIFY(!subject->blocking);
        QVERIFY(subject->fits());
        const ChannelLimit* line = Test::BroadcastFixture::limit(limits, u"Subject line"_s);
        QVERIFY(line);
        QCOMPARE(line->used, 9 + subject->used); // "Subject: " + ASCII subject on one line
        QCOMPARE(line->limit, 998);
        QVERIFY(line->blocking);

        m.title = QString(70, u'x');
        limits = m_composer.limits(m);
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Subject"_s)->fits());
        QVERIFY(Test::BroadcastFixture::limit(limits, u"Subject line"_s)->fits());
        // One 1,200-character word cannot be folded: over RFC 5322's 998.
        m.title = QString(1200, u'x');
        limits = m_composer.limits(m);
        QCOMPARE(Test::BroadcastFixture::limit(limits, u"Subject line"_s)->used, 1209);
        QVERIFY(!Test::BroadcastFixture::limit(limits, u"Subject line"_s)->fits());
        // Encoded, the same length folds into short lines.
        m.title = QString(1200, u'é');
        limits = m_composer.limits(m);
        QVERIFY(Test::BroadcastFixture::limit(limits, u"Subject line"_s)->used <= 76);
    }
};

QTEST_GUILESS_MAIN(EmailComposerTest)
#include "EmailComposerTest.moc"
