// The copy desk's core: only approved text, exactly as approved, and every copy on the trail.
#include "WorkflowFixture.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::WorkflowFixture;

class CopyDeskTest : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkflowFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<WorkflowFixture>(); }
    void cleanup() { f.reset(); }

    void onlyApprovedTextIsOffered()
    {
        QCOMPARE(f->copyDesk.versions(f->incident).size(), 0);
        const qint64 inReview = f->submittedDraft();
        QCOMPARE(f->copyDesk.versions(f->incident).size(), 0);
        const qint64 approved = f->approvedDraft({ChannelKind::Email, ChannelKind::SupportMacro});
        const QList<ApprovedText> versions = f->copyDesk.versions(f->incident);
        QCOMPARE(versions.size(), 1);
        const ApprovedText& text = versions.first();
        QCOMPARE(text.draftId, approved);
        QCOMPARE(text.audience, Audience::External);
        QCOMPARE(text.approverName, u"Jordan Kim"_s);
        QVERIFY(!text.sent);
        // The email's subject leads, then its plain text; the HTML is the email's HTML.
        const ComposedUpdate update =
            f->drafts.compose(f->drafts.draft(approved), f->drafts.content(f->drafts.draft(approved)));
        const ChannelMessage* email = update.message(ChannelKind::Email);
        QCOMPARE(text.plain, email->title + u"\n\n"_s + email->text);
        QVERIFY(text.html.endsWith(email->html));
        QCOMPARE(text.macro, update.message(ChannelKind::SupportMacro)->text);
        Q_UNUSED(inReview);

        // An edit voids the approval: that text is no longer offered, nor copyable.
        const qint64 approvalId = text.approvalId;
        DraftContent content = f->drafts.content(f->drafts.draft(approved));
        content.variables.insert(u"impact"_s, u"Every card payment is declined."_s);
        f->drafts.save(approved, content, f->as(f->alex));
        QCOMPARE(f->copyDesk.versions(f->incident).size(), 0);
        QVERIFY(f->errorOf([&] {
                     f->copyDesk.copy(approvalId, CopyFormat::Ticket, f->as(f->sam));
                 }).contains(u"no longer approved"_s));
    }

    void eachCopyIsRecorded()
    {
        const qint64 id = f->approvedDraft({ChannelKind::Webhook});
        f->drafts.send(id, f->as(f->alex));
        const ApprovedText latest = f->copyDesk.versions(f->incident).first();
        QVERIFY(latest.sent);
        QVERIFY(latest.macro.isEmpty());
        QVERIFY(f->errorOf([&] {
                     f->copyDesk.copy(latest.approvalId, CopyFormat::Macro, f->as(f->sam));
                 }).contains(u"without a support macro"_s));
        const ApprovedText copied = f->copyDesk.copy(latest.approvalId, CopyFormat::Ticket, f->as(f->sam));
        QCOMPARE(copied.plain, latest.plain);
        const TimelineEvent event = f->store().timeline().events(f->incident).last();
        QCOMPARE(event.type, TimelineEventType::TextCopied);
        QCOMPARE(event.actorId, f->sam);
        QCOMPARE(event.details[u"draft"_s].toInteger(), id);
        QCOMPARE(event.details[u"revision"_s].toInt(), latest.revision);
        QCOMPARE(event.details[u"format"_s].toString(), u"ticket"_s);
    }

    void newestFirstAndOneVersionPerUpdate()
    {
        const qint64 first = f->approvedDraft();
        f->drafts.send(first, f->as(f->alex));
        f->tick(600);
        const qint64 second = f->approvedDraft();
        const QList<ApprovedText> versions = f->copyDesk.versions(f->incident);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].draftId, second);
        QCOMPARE(versions[1].draftId, first);
    }
};

QTEST_GUILESS_MAIN(CopyDeskTest)
#include "CopyDeskTest.moc"
