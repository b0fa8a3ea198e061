#include "copydesk/CopyDesk.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// The channels whose text reads best in a ticket reply, best first.
constexpr ChannelKind ticketChannels[] = {ChannelKind::Email, ChannelKind::StatusPage, ChannelKind::InApp,
                                          ChannelKind::SupportMacro};

const ChannelMessage* find(const QList<ChannelMessage>& messages, ChannelKind channel)
{
    for (const ChannelMessage& message : messages)
        if (message.channel == channel)
            return &message;
    return nullptr;
}

QString paragraphsAsHtml(const QString& plain)
{
    QString html;
    for (const QString& paragraph : plain.split(u"\n\n"_s, Qt::SkipEmptyParts))
        html += u"<p>"_s + paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    return html;
}
} // namespace

std::optional<ApprovedText> CopyDesk::textOf(const Approval& approval) const
{
    if (approval.voided || approval.messages.isEmpty())
        return std::nullopt;
    const auto draft = m_store.drafts().byId(approval.draftId);
    if (!draft)
        return std::nullopt;
    // The first of two required approvals is not yet approved text.
    if (draft->state != DraftState::Approved && draft->state != DraftState::Sending &&
        draft->state != DraftState::Sent && draft->state != DraftState::PartlyFailed)
        return std::nullopt;
    ApprovedText text;
    text.approvalId = approval.id;
    text.draftId = approval.draftId;
    text.revision = approval.revision;
    text.kind = approval.kind;
    text.approvedAt = approval.approvedAt;
    text.approverName = TimelineRecorder(m_store, m_clock).actorName(approval.approverId);
    text.sent = draft->state == DraftState::Sending || draft->state == DraftState::Sent ||
                draft->state == DraftState::PartlyFailed;
    try {
        text.audience = m_drafts.messageTemplate(*draft).audience;
    } catch (const HeraldError&) {
        text.audience = Audience::External; // the template is gone; the approved text is not
    }
    const ChannelMessage* best = nullptr;
    for (ChannelKind channel : ticketChannels)
        if ((best = find(approval.messages, channel)))
            break;
    if (!best)
        best = &approval.messages.first();
    // A ticket reply has no subject line of its own, so the title leads the text.
    text.title = best->title;
    const QString body = best->html.isEmpty() ? paragraphsAsHtml(best->text) : best->html;
    text.plain = text.title.isEmpty() ? best->text : text.title + u"\n\n"_s + best->text;
    text.html = text.title.isEmpty()
                    ? body
                    : u"<p><strong>"_s + text.title.toHtmlEscaped() + u"</strong></p>"_s + body;
    if (const ChannelMessage* macro = find(approval.messages, ChannelKind::SupportMacro))
        text.macro = macro->text;
    return text;
}

QList<ApprovedText> CopyDesk::versions(qint64 incidentId) const
{
    QList<ApprovedText> texts;
    for (const Draft& draft : m_store.drafts().forIncident(incidentId)) {
        const QList<Approval> approvals = m_store.approvals().forDraft(draft.id);
        // The newest standing approval is the text that stands for this update.
        for (auto it = approvals.crbegin(); it != approvals.crend(); ++it)
            if (const auto text = textOf(*it)) {
                texts << *text;
                break;
            }
    }
    std::stable_sort(texts.begin(), texts.end(), [](const ApprovedText& a, const ApprovedText& b) {
        return a.approvedAt > b.approvedAt;
    });
    return texts;
}

ApprovedText CopyDesk::copy(qint64 approvalId, CopyFormat format, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const auto approval = m_store.approvals().byId(approvalId);
    if (!approval)
        throw HeraldError(tr("Approval #%1 does not exist.").arg(approvalId));
    const auto text = textOf(*approval);
    if (!text)
        throw HeraldError(tr("Update #%1 is no longer approved as it was: copy its newest approved version.")
                              .arg(approval->draftId));
    if (format == CopyFormat::Macro && text->macro.isEmpty())
        throw HeraldError(tr("Update #%1 was approved without a support macro.").arg(approval->draftId));
    const auto draft = m_store.drafts().byId(approval->draftId);
    TimelineRecorder(m_store, m_clock)
        .record(
            draft->incidentId, actor.personId(), TimelineEventType::TextCopied,
            format == CopyFormat::Macro
                ? tr("Copied the support macro of update #%1 (revision %2)")
                      .arg(text->draftId)
                      .arg(text->revision)
                : tr("Copied update #%1 (revision %2) for a ticket").arg(text->draftId).arg(text->revision),
            {{u"draft"_s, text->draftId},
             {u"revision"_s, text->revision},
             {u"approval"_s, approvalId},
             {u"content_hash"_s, QString::fromLatin1(approval->contentHash)},
             {u"format"_s, format == CopyFormat::Macro ? u"macro"_s : u"ticket"_s}});
    transaction.commit();
    if (m_notifier)
        Q_EMIT m_notifier->timelineAppended(draft->incidentId);
    return *text;
}

} // namespace Herald
