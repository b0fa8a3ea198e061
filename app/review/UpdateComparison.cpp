#include "review/UpdateComparison.h"

#include "domain/IncidentStatus.h"
#include "store/Store.h"
#include "workflow/DraftService.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
bool published(DraftState state)
{
    return state == DraftState::Sending || state == DraftState::Sent || state == DraftState::PartlyFailed;
}

// The text that went out: the approval it was sent under, not a fresh rendering.
QList<ChannelMessage> sentMessages(const Store& store, qint64 draftId)
{
    const QList<Approval> approvals = store.approvals().forDraft(draftId);
    for (auto it = approvals.crbegin(); it != approvals.crend(); ++it)
        if (!it->voided)
            return it->messages;
    return {};
}

QString statusOf(const DraftService& drafts, const Draft& draft)
{
    try {
        return incidentStatusLabel(drafts.messageTemplate(draft).status);
    } catch (...) {
        return {};
    }
}
} // namespace

UpdateComparison UpdateComparison::of(const Draft& draft, const Store& store, const DraftService& drafts)
{
    UpdateComparison comparison;
    std::optional<Draft> previous;
    for (const Draft& other : store.drafts().forIncident(draft.incidentId)) // newest first
        if (other.id != draft.id && other.id < draft.id && published(other.state)) {
            previous = other;
            break;
        }
    const DraftContent content = drafts.content(draft);
    const QList<ChannelMessage> now = drafts.compose(draft, content).messages;
    QList<ChannelMessage> before;
    DraftContent previousContent;
    if (previous) {
        comparison.previousDraftId = previous->id;
        before = sentMessages(store, previous->id);
        previousContent = drafts.content(*previous);
    }
    comparison.fields << ComparedField{
        tr("Status"), previous ? statusOf(drafts, *previous) : QString(), statusOf(drafts, draft), {}};
    const QString nextUpdate = u"next_update"_s;
    comparison.fields << ComparedField{tr("Next update"),
                                       previousContent.variables.value(nextUpdate).toString(),
                                       content.variables.value(nextUpdate).toString(),
                                       {}};
    for (const ChannelMessage& message : now) {
        QString old;
        for (const ChannelMessage& earlier : std::as_const(before))
            if (earlier.channel == message.channel)
                old = earlier.text;
        comparison.channels.append(
            {message.channel, ComparedField{channelLabel(message.channel), old, message.text,
                                            TextDiff::words(old, message.text)}});
    }
    return comparison;
}

} // namespace Herald
