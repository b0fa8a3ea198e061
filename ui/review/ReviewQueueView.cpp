#include "review/ReviewQueueView.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "common/Dialogs.h"
#include "common/Palette.h"
#include "identity/ActingPerson.h"
#include "models/ReviewQueueModel.h"
#include "previews/ChannelPreview.h"
#include "previews/PreviewPane.h"
#include "review/ReviewNotifier.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
enum Page { PlaceholderPage, QueuePage };

QString coloured(const QColor& colour, const QString& html)
{
    return u"<span style='color:%1;'>%2</span>"_s.arg(colour.name(), html);
}
} // namespace

ReviewQueueView::ReviewQueueView(Session& session, ActingPerson& acting, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_acting(acting)
    , m_model(new ReviewQueueModel(session, acting, this))
    , m_notifier(new ReviewNotifier(session, acting, this))
{
    m_list = new QTreeView;
    m_list->setObjectName(u"reviewQueueList"_s);
    m_list->setAccessibleName(tr("Review queue"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReviewQueueModel::IncidentColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showCurrent();
    });

    m_header = new QLabel;
    m_header->setObjectName(u"reviewHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previews = new PreviewPane;
    m_previews->setObjectName(u"reviewPreviews"_s);
    connect(m_previews, &PreviewPane::currentChannelChanged, this, [this] {
        showPreview();
        showChanges();
    });

    m_changesTitle = new QLabel;
    m_changesTitle->setObjectName(u"reviewChangesTitle"_s);
    m_changesTitle->setWordWrap(true);
    m_changes = new QTextBrowser;
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setAccessibleName(tr("What changed"));
    m_changes->setOpenLinks(false);
    auto* changesBox = new QWidget;
    auto* changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto* changesHeading = new QLabel(u"<b>%1</b>"_s.arg(tr("What changed")));
    changesLayout->addWidget(changesHeading);
    changesLayout->addWidget(m_changesTitle);
    changesLayout->addWidget(m_changes, 1);

    auto* contentSplitter = new QSplitter(Qt::Horizontal);
    contentSplitter->addWidget(m_previews);
    contentSplitter->addWidget(changesBox);
    contentSplitter->setStretchFactor(0, 3);
    contentSplitter->setStretchFactor(1, 2);
    contentSplitter->setChildrenCollapsible(false);
    contentSplitter->setSizes({640, 420});

    m_approve = new QPushButton;
    m_approve->setObjectName(u"reviewApproveButton"_s);
    m_approve->setToolTip(tr("Ctrl+Return"));
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueView::approve);
    m_requestChanges = new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("Request Changes…"));
    m_requestChanges->setObjectName(u"reviewRequestChangesButton"_s);
    m_requestChanges->setToolTip(tr("Ctrl+Shift+Return or Alt+R"));
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewQueueView::requestChanges);
    auto* keys = new QLabel(tr("J/K or ↑/↓ move · Ctrl+Return decides · Alt+R requests changes"));
    keys->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(keys, 1);
    buttons->addWidget(m_requestChanges);
    buttons->addWidget(m_approve);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(contentSplitter, 1);
    detailLayout->addLayout(buttons);

    // The queue across the top, where every column has room (it is rarely more than a few
    // rows); the update in view gets the rest, its previews beside what changed.
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 2 + 60);
    splitter->setSizes({110, 600});

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"reviewPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::RichText);
    m_pages = new QStackedWidget;
    m_pages->insertWidget(PlaceholderPage, m_placeholder);
    m_pages->insertWidget(QueuePage, splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // J/K as in mail and news readers; the list itself answers Up/Down.
    for (const auto& [key, delta] : {std::pair{Qt::Key_J, 1}, std::pair{Qt::Key_K, -1}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, delta] { move(delta); });
    }
    // Due times are relative: keep "due in 4 min" true.
    auto* clockTick = new QTimer(this);
    clockTick->setInterval(ReviewNotifier::tickMilliseconds);
    connect(clockTick, &QTimer::timeout, this, [this] {
        m_model->refreshTimes();
        showCurrent();
    });
    clockTick->start();
    connect(m_model, &ReviewQueueModel::reloaded, this, &ReviewQueueView::reloaded);
    connect(m_notifier, &ReviewNotifier::openRequested, this, &ReviewQueueView::showNotification);
    reloaded();
}

qint64 ReviewQueueView::currentDraftId() const
{
    const ReviewItem* item = currentItem();
    return item ? item->draft.id : 0;
}

int ReviewQueueView::count() const
{
    return m_model->rowCount();
}

const ReviewItem* ReviewQueueView::currentItem() const
{
    return m_model->itemAt(m_list->currentIndex().row());
}

bool ReviewQueueView::selectDraft(qint64 draftId)
{
    const int row = m_model->rowOfDraft(draftId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ReviewQueueView::move(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void ReviewQueueView::reloaded()
{
    const int rows = m_model->rowCount();
    if (!m_acting.isSignedIn())
        m_placeholder->setText(u"<p style='font-size:x-large;'>%1</p><p>%2</p>"_s.arg(
            tr("Sign in to review updates"),
            tr("Choose who you are at the top right. The updates waiting for your decision appear here.")));
    else if (rows == 0)
        m_placeholder->setText(u"<p style='font-size:x-large;'>%1</p><p>%2</p>"_s.arg(
            tr("Nothing waits for your review"),
            tr("When someone submits an update you may approve, it appears here, soonest due first, and "
               "your desktop tells you.")));
    m_pages->setCurrentIndex(rows ? QueuePage : PlaceholderPage);
    // A reload (after a decision, an escalation, a new submission) keeps the update in view if it
    // is still waiting, or moves on to the one in its place, as working down a queue does.
    int row = m_model->rowOfDraft(m_shownDraftId);
    if (row < 0)
        row = std::min(m_shownRow, rows - 1);
    m_reloading = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_reloading = false;
    showCurrent();
    Q_EMIT countChanged(rows);
}

void ReviewQueueView::showCurrent()
{
    const ReviewItem* item = currentItem();
    // The core says whether the signed-in person may decide (role, authorship, state).
    std::optional<QString> whyNotApprove = QString();
    std::optional<QString> whyNotChange = QString();
    if (item)
        if (const auto person = m_session.store().people().byId(m_acting.personId())) {
            const bool approval = item->review.kind == ReviewKind::Approval;
            whyNotApprove = approval
                                ? m_session.drafts().whyCannot(item->draft, *person, DraftAction::Approve)
                                : m_session.drafts().whyCannotApprove(item->draft, *person);
            if (approval)
                whyNotChange =
                    m_session.drafts().whyCannot(item->draft, *person, DraftAction::RequestChanges);
        }
    m_approve->setEnabled(!whyNotApprove);
    m_approve->setToolTip(whyNotApprove.value_or(tr("Ctrl+Return")));
    m_requestChanges->setEnabled(!whyNotChange);
    m_requestChanges->setToolTip(whyNotChange.value_or(tr("Ctrl+Shift+Return or Alt+R")));
    if (!item) {
        m_shownDraftId = 0;
        m_shownRow = 0;
        m_header->clear();
        m_update = ComposedUpdate();
        m_comparison = UpdateComparison();
        showPreview();
        showChanges();
        return;
    }
    const bool afterSend = item->review.kind == ReviewKind::AfterSend;
    m_approve->setText(afterSend ? tr("Mark Reviewed…") : tr("Approve…"));
    m_approve->setIcon(QIcon::fromTheme(afterSend ? u"checkmark"_s : u"dialog-ok-apply"_s));

    const QDateTime now = m_session.clock().now();
    QString due = ReviewQueueModel::dueText(item->review.dueAt, now);
    if (item->escalatedToMe)
        due = tr("%1, escalated to you").arg(due);
    if (item->overdue || item->escalatedToMe)
        due = coloured(Palette::bad(), u"<b>%1</b>"_s.arg(due.toHtmlEscaped()));
    else
        due = due.toHtmlEscaped();
    const QString decision = afterSend ? tr("sent in an emergency; review what went out")
                                       : tr("%1 of %2 approvals")
                                             .arg(item->progress.approvers.size())
                                             .arg(item->progress.requirement.approvals);
    const Incident& incident = item->incident;
    m_header->setText(u"<span style='font-size:large;'><b>%1</b></span> &nbsp;%2<br>%3"_s.arg(
        incident.title.toHtmlEscaped(),
        coloured(Palette::severityColor(incident.severity),
                 u"<b>%1</b>"_s.arg(severityLabel(incident.severity).toHtmlEscaped())),
        tr("Update #%1 · written by %2 · submitted %3 · %4 · %5")
            .arg(item->draft.id)
            .arg(item->authorName.toHtmlEscaped(),
                 item->review.requestedAt.toLocalTime().toString(u"HH:mm"_s), due,
                 decision.toHtmlEscaped())));

    if (item->draft.id == m_shownDraftId && item->draft.updatedAt == m_shownUpdatedAt)
        return; // a clock tick or someone else's approval: the texts have not changed
    m_shownDraftId = item->draft.id;
    m_shownUpdatedAt = item->draft.updatedAt;
    m_shownRow = m_list->currentIndex().row();
    const Draft draft = item->draft;
    m_update = ComposedUpdate();
    m_comparison = UpdateComparison();
    QList<Finding> findings;
    try {
        m_update = m_session.drafts().compose(draft, m_session.drafts().content(draft));
        findings = m_session.drafts().check(draft, m_update);
        m_comparison = UpdateComparison::of(draft, m_session.store(), m_session.drafts());
    } catch (const HeraldError& error) {
        m_header->setText(m_header->text() + u"<br>"_s +
                          coloured(Palette::bad(), u"⚠ "_s + error.message().toHtmlEscaped()));
    }
    m_previews->showFindings(m_update, findings);
    // Open on a channel the update goes to.
    if (!m_update.message(m_previews->currentChannel()) && !draft.channels.isEmpty()) {
        const QSignalBlocker blocker(m_previews);
        m_previews->showChannel(draft.channels.first());
    }
    showPreview();
    showChanges();
}

void ReviewQueueView::showPreview()
{
    m_previews->drawCurrent(m_update, m_session.composer());
}

void ReviewQueueView::showChanges()
{
    if (!m_shownDraftId) {
        m_changesTitle->clear();
        m_changes->clear();
        return;
    }
    const ChannelKind channel = m_previews->currentChannel();
    const bool first = !m_comparison.previousDraftId;
    m_changesTitle->setText(
        first ? tr("First update of this incident: nothing earlier to compare with.")
              : tr("Since update #%1, the last one sent.").arg(*m_comparison.previousDraftId));
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    for (const ComparedField& field : std::as_const(m_comparison.fields)) {
        const QString after = field.after.isEmpty() ? tr("(none)") : field.after;
        QString value;
        if (first || !field.changed())
            value = after.toHtmlEscaped() + (first ? QString() : u" <i>(%1)</i>"_s.arg(tr("unchanged")));
        else
            value = TextDiff::toHtml(
                {{DiffSegment::Kind::Removed, field.before.isEmpty() ? tr("(none)") : field.before},
                 {DiffSegment::Kind::Same, u" → "_s},
                 {DiffSegment::Kind::Added, after}});
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(field.label.toHtmlEscaped(), value);
    }
    html += u"</table>"_s;
    const ComparedField* text = nullptr;
    for (const auto& [kind, field] : std::as_const(m_comparison.channels))
        if (kind == channel)
            text = &field;
    if (!text) {
        html += u"<p><i>%1</i></p>"_s.arg(
            tr("%1 is not in this update.").arg(channelLabel(channel)).toHtmlEscaped());
    } else {
        html += u"<p><b>%1</b>"_s.arg(tr("%1 text").arg(channelLabel(channel)).toHtmlEscaped());
        if (first)
            html += u"</p><p>%1</p>"_s.arg(text->after.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        else if (text->before.isEmpty())
            html += u" <i>(%1)</i></p><p>%2</p>"_s.arg(tr("new channel: all of it is new"),
                                                       TextDiff::toHtml(text->diff));
        else if (!text->changed())
            html += u" <i>(%1)</i></p><p>%2</p>"_s.arg(tr("unchanged"),
                                                       text->after.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        else {
            // The two texts one above the other, each marked, read better than one interleaved
            // stream once a stage rewrites most of the message.
            const auto side = [text](DiffSegment::Kind left) {
                QList<DiffSegment> kept;
                for (const DiffSegment& segment : text->diff)
                    if (segment.kind != left)
                        kept << segment;
                return TextDiff::toHtml(kept);
            };
            const QString muted = Palette::muted().name();
            html += u"</p><p style='color:%1;'>%2</p><p>%3</p><p style='color:%1;'>%4</p><p>%5</p>"_s.arg(
                muted,
                tr("Sent in update #%1 (taken out: struck through in red):")
                    .arg(*m_comparison.previousDraftId)
                    .toHtmlEscaped(),
                side(DiffSegment::Kind::Added), tr("Now (added: underlined in green):").toHtmlEscaped(),
                side(DiffSegment::Kind::Removed));
        }
    }
    m_changes->setHtml(html);
}

ReviewQueueView::Key ReviewQueueView::decisionKey(const QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && modifiers == Qt::ControlModifier)
        return Key::Approve;
    if ((enter && modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) ||
        (event->key() == Qt::Key_R && modifiers == Qt::AltModifier))
        return Key::RequestChanges;
    return Key::None;
}

bool ReviewQueueView::event(QEvent* event)
{
    // Inside the review view these keys decide the update in view, whatever the window's menus
    // bind them to (Ctrl+Return submits in the workspace, Alt+R is the tab's mnemonic): taking
    // the shortcut override keeps them from firing there, and the key press comes here.
    if (event->type() == QEvent::ShortcutOverride && m_pages->currentIndex() == QueuePage &&
        decisionKey(static_cast<QKeyEvent*>(event)) != Key::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ReviewQueueView::keyPressEvent(QKeyEvent* event)
{
    switch (decisionKey(event)) {
    case Key::Approve:
        event->accept();
        approve();
        return;
    case Key::RequestChanges:
        event->accept();
        requestChanges();
        return;
    case Key::None:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ReviewQueueView::approve()
{
    const ReviewItem* item = currentItem();
    if (!item)
        return;
    // Copied: the queue may reload while a dialog is open.
    const qint64 draftId = item->draft.id;
    if (item->review.kind == ReviewKind::AfterSend) {
        const QString title = tr("Mark Reviewed");
        const auto finding = Dialogs::askText(
            this, title,
            tr("Update #%1 went out in an emergency. What did your review find? (\"Fine as sent\" is an "
               "answer.)")
                .arg(draftId));
        if (!finding)
            return;
        const auto who = m_acting.confirm(this, title, tr("Record your review of update #%1.").arg(draftId));
        if (who && !Dialogs::attempt(this, title, [&] {
                m_session.drafts().completeAfterSendReview(draftId, *who, *finding);
            }))
            Q_EMIT statusMessage(tr("Reviewed update #%1").arg(draftId));
        return;
    }
    const QString title = tr("Approve Update");
    const auto who = m_acting.confirm(
        this, title,
        tr("Approve exactly this text of update #%1 for every channel and recipient shown. Any later edit "
           "voids the approval.")
            .arg(draftId));
    if (who && !Dialogs::attempt(this, title, [&] { m_session.drafts().approve(draftId, *who, QString()); }))
        Q_EMIT statusMessage(tr("Approved update #%1").arg(draftId));
}

void ReviewQueueView::requestChanges()
{
    const ReviewItem* item = currentItem();
    if (!item || item->review.kind != ReviewKind::Approval)
        return;
    const qint64 draftId = item->draft.id;
    const QString title = tr("Request Changes");
    const auto comment = Dialogs::askText(
        this, title, tr("What should change in update #%1? Its author will read this.").arg(draftId));
    if (!comment)
        return;
    const auto who = m_acting.confirm(this, title, tr("Send update #%1 back to its author.").arg(draftId));
    if (who &&
        !Dialogs::attempt(this, title, [&] { m_session.drafts().requestChanges(draftId, *who, *comment); }))
        Q_EMIT statusMessage(tr("Sent update #%1 back to its author").arg(draftId));
}

void ReviewQueueView::showNotification(qint64 draftId)
{
    selectDraft(draftId);
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w); tabs && tabs->indexOf(this) >= 0)
            tabs->setCurrentWidget(this);
    window()->raise();
    window()->activateWindow();
    m_list->setFocus();
}

void ReviewQueueView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Focus in the queue, so the decision keys work at once when the tab opens.
    if (m_pages->currentIndex() == QueuePage)
        m_list->setFocus();
}

} // namespace Herald
