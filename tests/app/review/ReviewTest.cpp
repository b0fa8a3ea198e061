// Review queues, deadlines and escalation with an injected clock, and the comparison a reviewer
// sees against the previous published update.
#include "WorkflowFixture.h"
#include "domain/TimelineEventType.h"
#include "review/TextDiff.h"
#include "review/UpdateComparison.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::WorkflowFixture;

class ReviewTest : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkflowFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<WorkflowFixture>(); }
    void cleanup() { f.reset(); }

    void queueHoldsWhatThePersonMayDecide()
    {
        const qint64 id = f->submittedDraft();
        QCOMPARE(f->reviews.queueFor(f->alex).size(), 0); // the author
        QCOMPARE(f->reviews.queueFor(f->sam).size(), 0);  // no approver role
        QCOMPARE(f->reviews.queueFor(f->jordan).size(), 1);
        const ReviewItem item = f->reviews.queueFor(f->priya).first();
        QCOMPARE(item.draft.id, id);
        QCOMPARE(item.authorName, u"Alex Morgan"_s);
        QCOMPARE(item.progress.requirement.approvals, 1);
        QVERIFY(!item.overdue);
        f->drafts.approve(id, f->as(f->jordan), {});
        QCOMPARE(f->reviews.queueFor(f->priya).size(), 0); // approved: nothing left to decide
    }

    void overdueReviewsEscalateToTheFirstFreeBackup()
    {
        ApprovalPolicy policy = f->policies.current();
        const qint64 casey =
            Test::addPerson(f->store(), u"Casey Park"_s, {Role::Approver, Role::CommunicationsManager});
        policy.backupApprovers = {casey, f->jordan};
        f->policies.change(policy, f->as(f->morgan));

        // Casey wrote part of this one, so the escalation passes over Casey to Jordan.
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        DraftContent content = f->drafts.content(f->drafts.draft(id));
        content.variables.insert(u"workaround"_s, u"Retry after a minute."_s);
        f->drafts.save(id, content, f->as(casey));
        const QDateTime submittedAt = f->clock().now();
        f->drafts.submit(id, f->as(f->alex));
        const Review review = *f->store().reviews().openFor(id, ReviewKind::Approval);
        QCOMPARE(review.dueAt, submittedAt.addSecs(15 * 60)); // Sev2: 15 minutes

        QSignalSpy changed(&f->notifier, &ChangeNotifier::reviewsChanged);
        f->clock().set(review.dueAt.addSecs(-1));
        QCOMPARE(f->reviews.escalateDue().size(), 0);
        QVERIFY(!f->reviews.queueFor(f->jordan).first().overdue);
        f->clock().set(review.dueAt);
        const QList<Review> escalated = f->reviews.escalateDue();
        QCOMPARE(escalated.size(), 1);
        QCOMPARE(escalated.first().escalatedTo, f->jordan);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f->reviews.escalateDue().size(), 0); // once only
        const TimelineEvent event = f->store().timeline().events(f->incident).last();
        QCOMPARE(event.type, TimelineEventType::ReviewEscalated);
        QVERIFY2(event.summary.contains(u"escalated to Jordan Kim"_s), qPrintable(event.summary));
        // Jordan sees it first and marked; Priya still sees it, overdue.
        const ReviewItem top = f->reviews.queueFor(f->jordan).first();
        QVERIFY(top.escalatedToMe);
        QVERIFY(top.overdue);
        QVERIFY(!f->reviews.queueFor(f->priya).first().escalatedToMe);
    }

    void withoutAFreeBackupTheEscalationSaysSo()
    {
        const qint64 id = f->submittedDraft();
        f->tick(16 * 60);
        QCOMPARE(f->reviews.escalateDue().size(), 1);
        QCOMPARE(f->store().reviews().forDraft(id).first().escalatedTo, 0);
        QVERIFY(f->store().timeline().events(f->incident).last().summary.contains(u"no backup approver"_s));
    }

    void comparisonAgainstThePreviousPublishedUpdate()
    {
        const qint64 first = f->approvedDraft({ChannelKind::Webhook, ChannelKind::Slack});
        f->drafts.send(first, f->as(f->alex));
        UpdateComparison none = UpdateComparison::of(f->drafts.draft(first), f->store(), f->drafts);
        QVERIFY(!none.previousDraftId);

        const qint64 second = f->filledDraft({ChannelKind::Slack}, u"partial-outage-identified"_s, 0,
                                             u"About one in ten card payments is declined."_s);
        const UpdateComparison comparison =
            UpdateComparison::of(f->drafts.draft(second), f->store(), f->drafts);
        QCOMPARE(comparison.previousDraftId, first);
        QCOMPARE(comparison.fields.first().label, u"Status"_s);
        QCOMPARE(comparison.fields.first().before, u"Investigating"_s);
        QCOMPARE(comparison.fields.first().after, u"Identified"_s);
        QCOMPARE(comparison.channels.size(), 1);
        const ComparedField slack = comparison.channels.first().second;
        QVERIFY(slack.before.contains(u"one in five"_s));
        QVERIFY(slack.after.contains(u"one in ten"_s));
        QString removed, added;
        for (const DiffSegment& segment : slack.diff) {
            if (segment.kind == DiffSegment::Kind::Removed)
                removed += segment.text;
            if (segment.kind == DiffSegment::Kind::Added)
                added += segment.text;
        }
        QVERIFY2(removed.contains(u"five"_s), qPrintable(removed));
        QVERIFY2(added.contains(u"ten"_s), qPrintable(added));
    }

    void wordDiff()
    {
        const QList<DiffSegment> diff =
            TextDiff::words(u"One in five payments fail."_s, u"One in ten payments fail."_s);
        const QList<DiffSegment> expected{{DiffSegment::Kind::Same, u"One in "_s},
                                          {DiffSegment::Kind::Removed, u"five "_s},
                                          {DiffSegment::Kind::Added, u"ten "_s},
                                          {DiffSegment::Kind::Same, u"payments fail."_s}};
        QCOMPARE(diff, expected);
        const QString html = TextDiff::toHtml(diff);
        QVERIFY(html.contains(u"line-through\">five </span>"_s));
        QVERIFY(TextDiff::toHtml({{DiffSegment::Kind::Same, u"<b>"_s}}).contains(u"&lt;b&gt;"_s));
        QCOMPARE(TextDiff::words({}, {}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ReviewTest)
#include "ReviewTest.moc"
