#include "workspace/WorkspaceWidget.h"

#include "base/HeraldError.h"
#include "channels/sms/SmsLookalikes.h"
#include "checks/FindingModel.h"
#include "common/Dialogs.h"
#include "common/Palette.h"
#include "identity/ActingPerson.h"
#include "incidents/IncidentHeader.h"
#include "previews/ChannelPreview.h"
#include "previews/PreviewPane.h"
#include "previews/SmsPreview.h"
#include "session/Session.h"
#include "workspace/DeliveryPanel.h"
#include "workspace/DraftActions.h"
#include "workspace/DraftEditor.h"
#include "workspace/NewDraftDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

WorkspaceWidget::WorkspaceWidget(Session& session, ActingPerson& acting, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_acting(acting)
{
    m_header = new IncidentHeader(m_session);
    connect(m_header, &IncidentHeader::statusMessage, this, &WorkspaceWidget::statusMessage);

    // The update being worked on.
    m_draftCombo = new QComboBox;
    m_draftCombo->setObjectName(u"draftCombo"_s);
    m_draftCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_draftCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            selectDraft(m_draftCombo->currentData().toLongLong());
    });
    auto* newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("New Update…"));
    newButton->setObjectName(u"newDraftButton"_s);
    connect(newButton, &QPushButton::clicked, this, &WorkspaceWidget::newDraft);
    m_draftState = new QLabel;
    m_draftState->setObjectName(u"draftState"_s);
    auto* draftRow = new QHBoxLayout;
    draftRow->addWidget(new QLabel(tr("Update:")));
    draftRow->addWidget(m_draftCombo);
    draftRow->addWidget(newButton);
    draftRow->addSpacing(12);
    draftRow->addWidget(m_draftState, 1);

    m_editor = new DraftEditor;
    m_editor->setObjectName(u"draftEditor"_s);
    connect(m_editor, &DraftEditor::edited, this, [this] {
        if (!m_loading)
            m_previewTimer->start();
    });
    m_problems = new QLabel;
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_recipients = new QLabel;
    m_recipients->setObjectName(u"recipients"_s);
    m_recipients->setWordWrap(true);
    auto* formBox = new QWidget;
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_editor, 1);
    formLayout->addWidget(m_problems);
    formLayout->addWidget(m_recipients);

    m_previewPane = new PreviewPane;
    m_previewPane->setObjectName(u"previewPane"_s);
    m_previews = m_previewPane->previews();
    connect(m_previewPane, &PreviewPane::currentChannelChanged, this, &WorkspaceWidget::showCurrentPreview);
    for (ChannelPreview* preview : std::as_const(m_previews))
        if (auto* sms = qobject_cast<SmsPreview*>(preview))
            connect(sms, &SmsPreview::replaceLookalikesRequested, this, [this] {
                m_editor->transformAll(tr("Replace look-alike characters"),
                                       [](const QString& text) { return SmsLookalikes::replace(text).text; });
            });

    // The wording checks, beside the previews.
    m_findings = new FindingModel(this);
    m_findingView = new QTreeView;
    m_findingView->setObjectName(u"findingView"_s);
    m_findingView->setModel(m_findings);
    m_findingView->setRootIsDecorated(false);
    m_findingView->setUniformRowHeights(true);
    m_findingView->setWordWrap(true);
    m_findingView->header()->setStretchLastSection(true);
    m_findingView->header()->setSectionResizeMode(FindingModel::SeverityColumn,
                                                  QHeaderView::ResizeToContents);
    m_findingView->header()->setSectionResizeMode(FindingModel::ChannelColumn, QHeaderView::ResizeToContents);
    connect(m_findingView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const Finding& finding = m_findings->findings().at(index.row());
        if (finding.channel)
            showPreview(*finding.channel);
    });
    m_findingSummary = new QLabel;
    m_findingSummary->setObjectName(u"findingSummary"_s);
    auto* checksBox = new QWidget;
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(m_findingSummary);
    checksLayout->addWidget(m_findingView, 1);
    auto* previewSplitter = new QSplitter(Qt::Vertical);
    previewSplitter->addWidget(m_previewPane);
    previewSplitter->addWidget(checksBox);
    previewSplitter->setStretchFactor(0, 4);
    previewSplitter->setStretchFactor(1, 1);
    previewSplitter->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(formBox);
    splitter->addWidget(previewSplitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 620}); // room to write; the preview keeps its true width
    splitter->setChildrenCollapsible(false);

    // Workflow: who may do what next.
    m_saveButton = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Save"));
    m_saveButton->setObjectName(u"saveButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &WorkspaceWidget::save);
    m_actions = new DraftActions(m_session, m_acting);
    m_actions->setObjectName(u"draftActions"_s);
    m_actions->setSaveFirst([this] { return attempt(tr("Save Update"), [&] { saveContent(); }); });
    connect(m_actions, &DraftActions::statusMessage, this, &WorkspaceWidget::statusMessage);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(m_actions, 1);

    m_deliveries = new DeliveryPanel(m_session, m_acting);
    m_deliveries->setObjectName(u"deliveryPanel"_s);
    connect(m_deliveries, &DeliveryPanel::statusMessage, this, &WorkspaceWidget::statusMessage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(draftRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_deliveries);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &WorkspaceWidget::updatePreviews);

    ChangeNotifier& notifier = m_session.notifier();
    connect(&notifier, &ChangeNotifier::draftChanged, this, [this](qint64 draftId, qint64 incidentId) {
        if (incidentId == m_incidentId && draftId == m_draftId)
            selectDraft(draftId);
    });
    connect(&notifier, &ChangeNotifier::deliveriesChanged, this, [this](qint64 draftId, qint64) {
        if (draftId == m_draftId)
            m_deliveries->reload();
    });
    connect(&notifier, &ChangeNotifier::endpointsChanged, this, &WorkspaceWidget::updatePreviews);
    connect(&m_acting, &ActingPerson::changed, this, &WorkspaceWidget::actingPersonChanged);
    setIncident(0);
    actingPersonChanged();
}

bool WorkspaceWidget::attempt(const QString& what, const std::function<void()>& action)
{
    const auto error = Dialogs::attempt(this, what, action);
    if (error)
        Q_EMIT statusMessage(*error);
    return !error;
}

void WorkspaceWidget::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_draftId = 0;
    setEnabled(m_header->setIncident(incidentId));
    reloadDrafts();
}

void WorkspaceWidget::actingPersonChanged()
{
    m_header->setActor(m_acting.personId());
    updateButtons();
}

void WorkspaceWidget::reloadDrafts()
{
    m_loading = true;
    m_draftCombo->clear();
    const QList<Draft> drafts =
        m_incidentId ? m_session.store().drafts().forIncident(m_incidentId) : QList<Draft>();
    for (const Draft& d : drafts) {
        const MessageTemplate* t = m_session.templates().find(d.templateId);
        m_draftCombo->addItem(
            tr("#%1 %2 · %3").arg(d.id).arg(t ? t->name : d.templateId, draftStateLabel(d.state)), d.id);
    }
    m_loading = false;
    selectDraft(drafts.isEmpty() ? 0 : drafts.first().id);
}

void WorkspaceWidget::selectDraft(qint64 draftId)
{
    m_draftId = draftId;
    const int index = m_draftCombo->findData(draftId);
    if (index >= 0 && index != m_draftCombo->currentIndex()) {
        m_loading = true;
        m_draftCombo->setCurrentIndex(index);
        m_loading = false;
    }
    loadDraft();
}

void WorkspaceWidget::loadDraft()
{
    m_loading = true;
    const auto draft = m_draftId ? m_session.store().drafts().byId(m_draftId) : std::nullopt;
    m_draft = draft.value_or(Draft{});
    if (draft) {
        const int index = m_draftCombo->findData(draft->id);
        const MessageTemplate* t = m_session.templates().find(draft->templateId);
        if (index >= 0)
            m_draftCombo->setItemText(
                index, tr("#%1 %2 · %3")
                           .arg(draft->id)
                           .arg(t ? t->name : draft->templateId, draftStateLabel(draft->state)));
        // Reloading after our own save changes nothing on screen: keep the undo history.
        const DraftContent stored = m_session.drafts().content(*draft);
        if (m_editorDraftId != draft->id || stored != m_editor->content())
            m_editor->setDraft(t, draft->channels, stored);
    } else {
        m_editor->setDraft(nullptr, {}, {});
    }
    m_editorDraftId = draft ? draft->id : 0;
    m_deliveries->setDraft(m_draftId);
    m_loading = false;
    updatePreviews();
    updateButtons();
}

void WorkspaceWidget::showCurrentPreview()
{
    m_previewPane->drawCurrent(m_update, m_session.composer());
}

void WorkspaceWidget::updatePreviews()
{
    m_problems->clear();
    m_recipients->clear();
    m_update = ComposedUpdate();
    ComposedUpdate& update = m_update;
    QList<Finding> findings;
    if (m_draftId) {
        try {
            const DraftContent content = m_editor->content();
            update = m_session.drafts().compose(m_draft, content);
            findings = m_session.drafts().check(m_draft, update);
            // The problems of the text in the editor, at their line and column in it.
            QList<TemplateProblem> editing;
            const QString source = DraftService::textSource(m_editor->currentPart());
            for (const TemplateProblem& p : std::as_const(update.problems))
                if (p.source == source)
                    editing << p;
            m_editor->setProblems(editing);
        } catch (const HeraldError& error) {
            m_problems->setText(u"<span style='color:%1;'>⚠ %2</span>"_s.arg(
                Palette::bad().name(), error.message().toHtmlEscaped()));
        }
    }
    showCurrentPreview();
    m_findings->setFindings(findings, update);
    m_previewPane->showFindings(update, findings);
    const int blocking = m_findings->blockingCount();
    const int others = int(findings.size()) - blocking;
    m_findingSummary->setText(
        !m_draftId ? QString()
        : findings.isEmpty()
            ? u"<span style='color:%1;'>✓ %2</span>"_s.arg(Palette::good().name(),
                                                           tr("No wording problems found"))
            : u"<b>%1</b> · %2"_s.arg(blocking ? u"<span style='color:%1;'>%2</span>"_s.arg(
                                                     Palette::bad().name(),
                                                     tr("%n problem(s) block submission", nullptr, blocking))
                                               : tr("Nothing blocks submission"),
                                      tr("%n other finding(s)", nullptr, others)));
    if (!m_draftId)
        return;
    QStringList targets;
    for (const ChannelEndpoint& e : m_session.drafts().targets(m_draft))
        targets << u"%1 (%2)"_s.arg(e.name, e.address);
    m_recipients->setText(targets.isEmpty()
                              ? tr("No recipients configured for these channels: see File → Channels.")
                              : tr("Goes to: %1").arg(targets.join(u", "_s)));
}

void WorkspaceWidget::updateButtons()
{
    const bool hasDraft = m_draftId != 0;
    const DraftState state = m_draft.state;
    // The core decides who may edit what (DraftService::whyCannot): an approver reads, a
    // communications manager writes.
    std::optional<QString> whyNotEdit = QString();
    if (hasDraft && m_acting.isSignedIn())
        if (const auto person = m_session.store().people().byId(m_acting.personId()))
            whyNotEdit = m_session.drafts().whyCannot(m_draft, *person, DraftAction::Edit);
    const bool editable = !whyNotEdit;
    m_editor->setReadOnly(!editable);
    m_saveButton->setEnabled(editable);
    m_saveButton->setToolTip(whyNotEdit.value_or(QString()));
    m_actions->setDraft(hasDraft ? m_draft : Draft());
    if (!hasDraft) {
        m_draftState->setText(tr("No update yet: start one from a template."));
        return;
    }
    const auto author = m_session.store().people().byId(m_draft.authorId);
    QString review;
    if (state == DraftState::InReview) {
        // How far the review is, so nobody has to open the queue to know what is missing.
        const ApprovalProgress progress = m_session.drafts().progress(m_draft);
        review =
            tr(" · %1 of %2 approvals").arg(progress.approvers.size()).arg(progress.requirement.approvals);
        if (const auto open = m_session.store().reviews().openFor(m_draftId, ReviewKind::Approval))
            review += tr(" · due %1").arg(open->dueAt.toLocalTime().toString(u"HH:mm"_s));
    }
    m_draftState->setText(tr("<b>%1</b>%4 · revision %2 · written by %3")
                              .arg(draftStateLabel(state))
                              .arg(m_draft.revision)
                              .arg(author ? author->name : tr("unknown"), review));
}

void WorkspaceWidget::newDraft()
{
    const auto incident = m_session.store().incidents().byId(m_incidentId);
    if (!incident)
        return;
    NewDraftDialog dialog(m_session.templates(), *incident, this);
    dialog.setObjectName(u"newDraftDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = 0;
    if (attempt(tr("New Update"), [&] {
            if (!m_acting.identity())
                throw HeraldError(tr("Sign in first: choose who you are in the toolbar."));
            id = m_session.drafts().create(m_incidentId, dialog.templateId(), dialog.channels(),
                                           *m_acting.identity());
        })) {
        reloadDrafts();
        selectDraft(id);
        Q_EMIT statusMessage(tr("Started update #%1").arg(id));
    }
}

int WorkspaceWidget::saveContent()
{
    if (!m_acting.identity())
        throw HeraldError(tr("Sign in first: choose who you are in the toolbar."));
    return m_session.drafts().save(m_draftId, m_editor->content(), *m_acting.identity());
}

void WorkspaceWidget::save()
{
    if (!m_draftId)
        return;
    int revision = 0;
    if (attempt(tr("Save Update"), [&] { revision = saveContent(); }))
        Q_EMIT statusMessage(tr("Saved update #%1, revision %2").arg(m_draftId).arg(revision));
}

void WorkspaceWidget::showPreview(ChannelKind channel)
{
    m_previewPane->showChannel(channel);
}

} // namespace Herald
