#include "workflow/DraftService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/UpdateComposer.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "templating/TemplateLibrary.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/ContentHash.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
bool canApprove(const Person& person)
{
    return person.hasRole(Role::Approver) || person.hasRole(Role::IncidentManager);
}
} // namespace

Draft DraftService::draft(qint64 draftId) const
{
    const auto found = m_store.drafts().byId(draftId);
    if (!found)
        throw HeraldError(tr("Draft #%1 does not exist.").arg(draftId));
    return *found;
}

QString DraftService::textSource(const QString& part)
{
    return tr("update text \"%1\"").arg(part);
}

DraftContent DraftService::content(const Draft& draft) const
{
    const auto revision = m_store.drafts().revision(draft.id, draft.revision);
    return revision ? revision->content : DraftContent();
}

const MessageTemplate& DraftService::messageTemplate(const Draft& draft) const
{
    // The version the draft started from, so a later edit of the template cannot change it.
    const MessageTemplate* messageTemplate = m_templates.find(draft.templateId, draft.templateVersion);
    if (!messageTemplate)
        messageTemplate = m_templates.find(draft.templateId);
    if (!messageTemplate)
        throw HeraldError(
            tr("The template \"%1\" of draft #%2 is not available.").arg(draft.templateId).arg(draft.id));
    return *messageTemplate;
}

ComposedUpdate DraftService::compose(const Draft& draft, const DraftContent& content) const
{
    const MessageTemplate edited = content.applyTo(messageTemplate(draft));
    const auto incident = m_store.incidents().byId(draft.incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(draft.incidentId));
    ComposedUpdate update = m_composer.compose(edited, *incident, content.variables, draft.channels);
    // Rewritten texts are checked like a template file: an unknown variable renders as nothing,
    // so it must be caught here, at its line and column in that text.
    for (auto it = content.texts.cbegin(); it != content.texts.cend(); ++it)
        for (TemplateProblem problem : m_templateChecker.check(it.value(), edited.variables)) {
            problem.source = textSource(it.key());
            update.problems << problem;
        }
    return update;
}

QList<Finding> DraftService::check(const Draft& draft, const ComposedUpdate& update) const
{
    const auto incident = m_store.incidents().byId(draft.incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(draft.incidentId));
    return m_checker.check(update, *incident, m_composer, messageTemplate(draft).locale);
}

QList<ChannelEndpoint> DraftService::targets(const Draft& draft) const
{
    QList<ChannelEndpoint> targets;
    for (ChannelKind channel : draft.channels)
        targets << m_store.endpoints().enabledFor(channel);
    return targets;
}

QByteArray DraftService::contentHash(const Draft& draft) const
{
    return ContentHash::of(compose(draft, content(draft)).messages, targets(draft));
}

qint64 DraftService::create(qint64 incidentId, const QString& templateId, const QList<ChannelKind>& channels,
                            qint64 authorId) const
{
    const MessageTemplate* messageTemplate = m_templates.find(templateId);
    if (!messageTemplate)
        throw HeraldError(tr("There is no template \"%1\".").arg(templateId));
    if (channels.isEmpty())
        throw HeraldError(tr("Choose at least one channel for the update."));
    QVariantMap defaults;
    for (const TemplateVariable& variable : messageTemplate->variables)
        defaults.insert(variable.name, variable.defaultValue);

    Transaction transaction(m_store.connection());
    if (!m_store.incidents().byId(incidentId))
        throw HeraldError(tr("Incident #%1 does not exist.").arg(incidentId));
    Draft draft;
    draft.incidentId = incidentId;
    draft.templateId = templateId;
    draft.templateVersion = messageTemplate->version;
    draft.authorId = authorId;
    draft.channels = channels;
    draft.createdAt = m_clock.now();
    draft.id = m_store.drafts().add(draft);
    DraftRevision revision{0, draft.id, 0, defaults, authorId, draft.createdAt};
    m_store.drafts().addRevision(revision);
    draft.revision = revision.number;
    TimelineRecorder(m_store, m_clock)
        .record(incidentId, authorId, TimelineEventType::DraftCreated,
                tr("Started update #%1 from template \"%2\"").arg(draft.id).arg(messageTemplate->name),
                {{u"draft"_s, draft.id},
                 {u"template"_s, templateId},
                 {u"template_version"_s, draft.templateVersion}});
    transaction.commit();
    notify(draft);
    return draft.id;
}

int DraftService::save(qint64 draftId, const DraftContent& content, qint64 actorId) const
{
    Transaction transaction(m_store.connection());
    Draft current = draft(draftId);
    if (current.state == DraftState::Sending || current.state == DraftState::Sent ||
        current.state == DraftState::PartlyFailed || current.state == DraftState::Withdrawn)
        throw HeraldError(tr("Update #%1 is %2 and can no longer be edited.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    if (this->content(current) == content)
        return current.revision;
    DraftRevision revision{0, draftId, 0, content, actorId, m_clock.now()};
    m_store.drafts().addRevision(revision);
    const TimelineRecorder timeline(m_store, m_clock);
    timeline.record(current.incidentId, actorId, TimelineEventType::DraftRevised,
                    tr("Edited update #%1 (revision %2)").arg(draftId).arg(revision.number),
                    {{u"draft"_s, draftId}, {u"revision"_s, revision.number}});
    if (current.state == DraftState::InReview || current.state == DraftState::Approved) {
        const int voided = m_store.approvals().voidAll(draftId);
        m_store.drafts().setState(draftId, DraftState::Draft, m_clock.now());
        timeline.record(
            current.incidentId, actorId, TimelineEventType::ApprovalVoided,
            voided ? tr("Approval of update #%1 voided: the text changed after approval").arg(draftId)
                   : tr("Review of update #%1 withdrawn: the text changed during review").arg(draftId),
            {{u"draft"_s, draftId}, {u"voided"_s, voided}});
    }
    transaction.commit();
    notify(current);
    return revision.number;
}

void DraftService::transition(const Draft& draft, DraftState to, qint64 actorId, const QString& type,
                              const QString& summary, QJsonObject details) const
{
    details.insert(u"draft"_s, draft.id);
    details.insert(u"revision"_s, draft.revision);
    details.insert(u"from"_s, draftStateKey(draft.state));
    details.insert(u"to"_s, draftStateKey(to));
    m_store.drafts().setState(draft.id, to, m_clock.now());
    TimelineRecorder(m_store, m_clock).record(draft.incidentId, actorId, type, summary, details);
}

void DraftService::submit(qint64 draftId, qint64 actorId) const
{
    Transaction transaction(m_store.connection());
    const Draft current = draft(draftId);
    if (current.state != DraftState::Draft && current.state != DraftState::ChangesRequested)
        throw HeraldError(tr("Only a draft can be submitted for review; update #%1 is %2.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    QStringList blocking;
    for (const Finding& finding : check(current, update))
        if (finding.blocks())
            blocking << (finding.channel ? channelLabel(*finding.channel) + u": "_s : QString()) +
                            finding.message;
    if (!blocking.isEmpty())
        throw HeraldError(tr("Update #%1 cannot be submitted until %n problem(s) are fixed:\n%2", nullptr,
                             int(blocking.size()))
                              .arg(draftId)
                              .arg(blocking.mid(0, 5).join(u'\n')));
    transition(current, DraftState::InReview, actorId, TimelineEventType::DraftSubmitted,
               tr("Submitted update #%1 for review").arg(draftId), {});
    transaction.commit();
    notify(current);
}

void DraftService::approve(qint64 draftId, qint64 approverId, const QString& comment) const
{
    Transaction transaction(m_store.connection());
    const Draft current = draft(draftId);
    const auto approver = m_store.people().byId(approverId);
    if (!approver)
        throw HeraldError(tr("Person #%1 does not exist.").arg(approverId));
    if (m_store.drafts().revisionAuthors(draftId).contains(approverId))
        throw HeraldError(tr("%1 wrote update #%2 and cannot approve it: someone else must review it.")
                              .arg(approver->name)
                              .arg(draftId));
    if (!canApprove(*approver))
        throw HeraldError(tr("%1 does not have the approver or incident manager role.").arg(approver->name));
    if (current.state != DraftState::InReview)
        throw HeraldError(tr("Update #%1 is %2, not in review.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    Approval approval;
    approval.draftId = draftId;
    approval.revision = current.revision;
    approval.contentHash = contentHash(current);
    approval.approverId = approverId;
    approval.comment = comment;
    approval.approvedAt = m_clock.now();
    m_store.approvals().add(approval);
    transition(current, DraftState::Approved, approverId, TimelineEventType::DraftApproved,
               comment.isEmpty() ? tr("Approved update #%1").arg(draftId)
                                 : tr("Approved update #%1: %2").arg(draftId).arg(comment),
               {{u"content_hash"_s, QString::fromLatin1(approval.contentHash)}, {u"comment"_s, comment}});
    transaction.commit();
    notify(current);
}

void DraftService::requestChanges(qint64 draftId, qint64 reviewerId, const QString& comment) const
{
    Transaction transaction(m_store.connection());
    const Draft current = draft(draftId);
    if (current.state != DraftState::InReview)
        throw HeraldError(tr("Update #%1 is %2, not in review.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    if (comment.trimmed().isEmpty())
        throw HeraldError(tr("Say what should change."));
    transition(current, DraftState::ChangesRequested, reviewerId, TimelineEventType::DraftChangesRequested,
               tr("Asked for changes to update #%1: %2").arg(draftId).arg(comment),
               {{u"comment"_s, comment}});
    transaction.commit();
    notify(current);
}

void DraftService::send(qint64 draftId, qint64 actorId) const
{
    Transaction transaction(m_store.connection());
    const Draft current = draft(draftId);
    if (current.state != DraftState::Approved)
        throw HeraldError(tr("Update #%1 is %2: only approved updates are sent.")
                              .arg(draftId)
                              .arg(draftStateLabel(current.state).toLower()));
    const ComposedUpdate update = compose(current, content(current));
    const QList<ChannelEndpoint> endpoints = targets(current);
    const QByteArray hash = ContentHash::of(update.messages, endpoints);
    const QList<qint64> authors = m_store.drafts().revisionAuthors(draftId);
    bool approved = false;
    for (const Approval& approval : m_store.approvals().forDraft(draftId))
        approved |=
            !approval.voided && approval.contentHash == hash && !authors.contains(approval.approverId);
    if (!approved)
        throw HeraldError(
            tr("Update #%1 was not sent: what would go out (text, channels or recipients) is not what "
               "was approved. Submit it for review again.")
                .arg(draftId));
    if (endpoints.isEmpty())
        throw HeraldError(tr("Update #%1 has no recipients: configure an endpoint for one of its channels in "
                             "Settings → Channels.")
                              .arg(draftId));

    const QDateTime now = m_clock.now();
    QJsonArray rows;
    for (const ChannelEndpoint& endpoint : endpoints) {
        const ChannelMessage* message = update.message(endpoint.channel);
        if (!message)
            continue;
        Delivery delivery;
        delivery.draftId = draftId;
        delivery.incidentId = current.incidentId;
        delivery.revision = current.revision;
        delivery.endpointId = endpoint.id;
        delivery.channel = endpoint.channel;
        delivery.target = endpoint.address;
        // Stable across retries and restarts; unique per message, target and content.
        delivery.idempotencyKey = u"herald-d%1-r%2-e%3-%4"_s.arg(draftId)
                                      .arg(current.revision)
                                      .arg(endpoint.id)
                                      .arg(QString::fromLatin1(hash.left(16)));
        delivery.payload = message->wire.isEmpty() ? message->text.toUtf8() : message->wire;
        delivery.state = DeliveryState::Pending;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        m_store.deliveries().add(delivery);
        rows << QJsonObject{{u"channel"_s, channelKey(endpoint.channel)}, {u"endpoint"_s, endpoint.name}};
    }
    transition(current, DraftState::Sending, actorId, TimelineEventType::DraftSendStarted,
               QCoreApplication::translate("DraftService", "Sent update #%1 to %n recipient(s)", nullptr,
                                           int(rows.size()))
                   .arg(draftId),
               {{u"content_hash"_s, QString::fromLatin1(hash)}, {u"deliveries"_s, rows}});
    transaction.commit();
    notify(current);
    if (m_notifier)
        Q_EMIT m_notifier->deliveriesChanged(draftId, current.incidentId);
}

void DraftService::notify(const Draft& draft) const
{
    if (!m_notifier)
        return;
    Q_EMIT m_notifier->draftChanged(draft.id, draft.incidentId);
    Q_EMIT m_notifier->timelineAppended(draft.incidentId);
}

} // namespace Herald
