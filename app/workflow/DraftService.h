#pragma once

#include "channels/ComposedUpdate.h"
#include "checks/WordingChecker.h"
#include "domain/ChannelEndpoint.h"
#include "domain/Draft.h"
#include "domain/DraftContent.h"
#include "templating/TemplateChecker.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Herald {

class ChangeNotifier;
class Clock;
class Store;
class TemplateLibrary;
class UpdateComposer;

// The life of an update: draft, revise, submit, approve or send back, send. Every rule is
// enforced here, not in the UI: nobody approves text they wrote, an approval covers exactly
// the content hash it was given, and nothing is sent without a matching approval.
// Every step is a timeline event committed with the change. Failures throw HeraldError.
class DraftService {
    Q_DECLARE_TR_FUNCTIONS(DraftService)

public:
    DraftService(const Store& store, const TemplateLibrary& templates, const UpdateComposer& composer,
                 const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_templates(templates)
        , m_composer(composer)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // Starts a draft from a template, with its default values as revision 1.
    qint64 create(qint64 incidentId, const QString& templateId, const QList<ChannelKind>& channels,
                  qint64 authorId) const;
    // Saves the content as a new revision when it differs from the latest. Editing a draft
    // that is in review or approved takes it back to draft and voids its approvals.
    int save(qint64 draftId, const DraftContent& content, qint64 actorId) const;
    void submit(qint64 draftId, qint64 actorId) const;
    void approve(qint64 draftId, qint64 approverId, const QString& comment) const;
    void requestChanges(qint64 draftId, qint64 reviewerId, const QString& comment) const;
    // Writes one outbox row per channel target, in the transaction that marks the draft as
    // sending. The dispatcher takes it from there.
    void send(qint64 draftId, qint64 actorId) const;

    Draft draft(qint64 draftId) const;
    DraftContent content(const Draft& draft) const;
    // The template the draft started from, without the draft's own texts.
    const MessageTemplate& messageTemplate(const Draft& draft) const;
    ComposedUpdate compose(const Draft& draft, const DraftContent& content) const;
    // Where problems in a rewritten text say they are: TemplateProblem::source for that part.
    static QString textSource(const QString& part);
    // The wording checks on a composed update of the draft; blocking findings stop submission.
    QList<Finding> check(const Draft& draft, const ComposedUpdate& update) const;
    void setCheckSettings(const CheckSettings& settings) { m_checker = WordingChecker(settings); }
    const WordingChecker& checker() const { return m_checker; }
    // The enabled endpoints of the draft's channels: who will receive it.
    QList<ChannelEndpoint> targets(const Draft& draft) const;
    QByteArray contentHash(const Draft& draft) const;

private:
    void transition(const Draft& draft, DraftState to, qint64 actorId, const QString& type,
                    const QString& summary, QJsonObject details) const;
    void notify(const Draft& draft) const;

    const Store& m_store;
    const TemplateLibrary& m_templates;
    const UpdateComposer& m_composer;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
    WordingChecker m_checker;
    TemplateChecker m_templateChecker; // for the texts a draft rewrote
};

} // namespace Herald
