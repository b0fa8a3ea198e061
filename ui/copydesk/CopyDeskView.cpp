#include "copydesk/CopyDeskView.h"

#include "common/Dialogs.h"
#include "common/Palette.h"
#include "identity/ActingPerson.h"
#include "models/ApprovedTextModel.h"
#include "session/Session.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
enum Page { EmptyPage, DeskPage };

QString signInFirst()
{
    return CopyDeskView::tr("Sign in at the top right first: each copy is recorded under your name.");
}

QPlainTextEdit* readOnlyText(const QString& objectName)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}
} // namespace

CopyDeskView::CopyDeskView(Session& session, ActingPerson& acting, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_acting(acting)
    , m_model(new ApprovedTextModel(session, this))
{
    // Left: the approved versions, grouped by audience.
    m_versions = new QTreeView;
    m_versions->setObjectName(u"copyDeskVersions"_s);
    m_versions->setModel(m_model);
    m_versions->setUniformRowHeights(true);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->header()->setStretchLastSection(false);
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(ApprovedTextModel::ApproverColumn, QHeaderView::Stretch);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CopyDeskView::currentChanged);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("Approved versions"));
    caption->setBuddy(m_versions);
    leftLayout->addWidget(caption);
    leftLayout->addWidget(m_versions, 1);

    // Right: the selected text as it will paste.
    m_heading = new QLabel;
    m_heading->setObjectName(u"copyDeskTitle"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_details = new QLabel;
    m_details->setObjectName(u"copyDeskDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_rich = new QTextBrowser;
    m_rich->setObjectName(u"copyRichView"_s);
    m_rich->setOpenLinks(false);
    m_plain = readOnlyText(u"copyPlainView"_s);
    m_macro = readOnlyText(u"copyMacroView"_s);
    m_macro->setPlaceholderText(tr("This update was approved without the support-macro channel, so it has "
                                   "no macro text."));
    m_formats = new QTabWidget;
    m_formats->setObjectName(u"copyFormats"_s);
    m_formats->setDocumentMode(true);
    m_formats->addTab(m_rich, tr("Rich text (as it pastes)"));
    m_formats->addTab(m_plain, tr("Plain text"));
    m_formats->addTab(m_macro, tr("Support macro"));

    m_copyTicket = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy for Ticket"));
    m_copyTicket->setObjectName(u"copyTicketButton"_s);
    m_copyTicket->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_copyTicket->setDefault(true);
    connect(m_copyTicket, &QPushButton::clicked, this, &CopyDeskView::copyForTicket);
    m_copyMacro = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy as Macro"));
    m_copyMacro->setObjectName(u"copyMacroButton"_s);
    connect(m_copyMacro, &QPushButton::clicked, this, &CopyDeskView::copyAsMacro);
    m_status = new QLabel;
    m_status->setObjectName(u"copyStatus"_s);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyTicket);
    buttons->addWidget(m_copyMacro);
    buttons->addWidget(m_status, 1);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_formats, 1);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 700});
    splitter->setChildrenCollapsible(false);

    // Nothing to copy yet.
    auto* empty = new QLabel;
    empty->setObjectName(u"copyDeskEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_pages = new QStackedWidget;
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(DeskPage, splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // A reset (an approval came or went) keeps the shown version when it still stands.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CopyDeskView::selectDefault);
    connect(&m_acting, &ActingPerson::changed, this, &CopyDeskView::updateButtons);
    auto* ageing = new QTimer(this);
    ageing->setInterval(60 * 1000);
    connect(ageing, &QTimer::timeout, this, [this] {
        m_model->refreshTimes();
        currentChanged();
    });
    ageing->start();
    selectDefault();
}

void CopyDeskView::setIncident(qint64 incidentId)
{
    if (incidentId != m_model->incidentId()) {
        m_shownApproval = 0;
        m_shownAudience = Audience::External;
        m_followLatest = true;
        m_lastCopy.clear();
    }
    m_model->setIncident(incidentId);
}

const ApprovedText* CopyDeskView::current() const
{
    return m_model->textAt(m_versions->currentIndex());
}

void CopyDeskView::selectDefault()
{
    auto* empty = static_cast<QLabel*>(m_pages->widget(EmptyPage));
    empty->setText(m_model->incidentId()
                       ? u"<p style='font-size:large;'>%1</p><p style='color:%2;'>%3</p>"_s.arg(
                             tr("No approved updates for this incident yet"), Palette::muted().name(),
                             tr("An update appears here once someone other than its author approves it. "
                                "Only approved text can be copied."))
                       : u"<p style='font-size:large;'>%1</p>"_s.arg(
                             tr("Choose an incident to see its approved updates")));
    m_pages->setCurrentIndex(m_model->isEmpty() ? EmptyPage : DeskPage);
    m_versions->expandAll();
    for (int group = 0; group < m_model->rowCount(); ++group)
        m_versions->setFirstColumnSpanned(group, {}, true);
    // The latest of the audience shown before, or the version picked before if it still stands;
    // otherwise the latest of the first audience (customers first), so one click on Copy is enough.
    QModelIndex index =
        m_followLatest ? m_model->latestOf(m_shownAudience) : m_model->indexOfApproval(m_shownApproval);
    if (!index.isValid())
        index = m_model->latestOfGroup(0);
    m_versions->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    currentChanged();
}

void CopyDeskView::currentChanged()
{
    const QModelIndex index = m_versions->currentIndex();
    // An audience row stands for its latest version.
    if (index.isValid() && !m_model->textAt(index) && m_model->rowCount(index.siblingAtColumn(0)) > 0) {
        m_versions->selectionModel()->setCurrentIndex(m_model->index(0, 0, index.siblingAtColumn(0)),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        return;
    }
    const ApprovedText* text = current();
    // Nothing current (a reset in between) keeps what was shown, for selectDefault().
    if (!text) {
        m_heading->clear();
        m_details->clear();
        m_rich->clear();
        m_plain->clear();
        m_macro->clear();
        updateButtons();
        return;
    }
    m_shownApproval = text->approvalId;
    m_shownAudience = text->audience;
    m_followLatest = index.row() == 0;
    m_heading->setText(text->title.isEmpty() ? tr("Update #%1").arg(text->draftId) : text->title);
    const QString when = index.siblingAtColumn(ApprovedTextModel::ApprovedColumn).data().toString();
    QString approval;
    switch (text->kind) {
    case ApprovalKind::Review:
        approval = tr("approved %1 by %2").arg(when, text->approverName).toHtmlEscaped();
        break;
    case ApprovalKind::Policy:
        approval = tr("approved %1 by the approval rules (no review needed)").arg(when).toHtmlEscaped();
        break;
    case ApprovalKind::Emergency:
        approval = u"<span style='color:%1;'>%2</span>"_s.arg(
            Palette::warning().name(),
            tr("sent %1 by %2 in an emergency, before review").arg(when, text->approverName).toHtmlEscaped());
        break;
    }
    const QString sent = text->sent ? tr("sent") : tr("not sent yet");
    // Rich text, for the emergency mark: every part is escaped.
    m_details->setText(tr("Update #%1 · revision %2 · for %3 · %4 · %5")
                           .arg(text->draftId)
                           .arg(text->revision)
                           .arg(audienceLabel(text->audience).toLower().toHtmlEscaped(), approval, sent));
    m_rich->setHtml(text->html);
    m_plain->setPlainText(text->plain);
    m_macro->setPlainText(text->macro);
    updateButtons();
}

void CopyDeskView::updateButtons()
{
    const ApprovedText* text = current();
    const bool signedIn = m_acting.isSignedIn();
    m_copyTicket->setEnabled(text && signedIn);
    m_copyMacro->setEnabled(text && signedIn && !text->macro.isEmpty());
    const QString shortcut = m_copyTicket->shortcut().toString(QKeySequence::NativeText);
    if (!signedIn) {
        const QString why = signInFirst();
        m_copyTicket->setToolTip(why);
        m_copyMacro->setToolTip(why);
        m_status->setText(why);
        return;
    }
    // What was last copied; until then, how to copy.
    m_status->setText(
        !m_lastCopy.isEmpty() ? m_lastCopy
        : text ? tr("%1 copies for a ticket; every copy is recorded on the timeline.").arg(shortcut)
               : QString());
    m_copyTicket->setToolTip(
        tr("Puts the text on the clipboard as rich text and as plain text, so it pastes well into any "
           "ticket reply (%1).")
            .arg(shortcut));
    m_copyMacro->setToolTip(
        text && text->macro.isEmpty()
            ? tr("Update #%1 was approved without the support-macro channel, so it has no macro text. Use "
                 "Copy for Ticket instead.")
                  .arg(text->draftId)
            : tr("Puts the support macro's plain text on the clipboard."));
}

void CopyDeskView::copyForTicket()
{
    copy(false);
}

void CopyDeskView::copyAsMacro()
{
    copy(true);
}

void CopyDeskView::copy(bool macro)
{
    const ApprovedText* text = current();
    const std::optional<Identity>& identity = m_acting.identity();
    if (!text || !identity)
        return;
    const qint64 approvalId = text->approvalId;
    ApprovedText copied;
    const auto refused = Dialogs::attempt(this, macro ? tr("Copy as Macro") : tr("Copy for Ticket"), [&] {
        copied =
            m_session.copyDesk().copy(approvalId, macro ? CopyFormat::Macro : CopyFormat::Ticket, *identity);
    });
    if (refused) {
        m_lastCopy = *refused;
        m_status->setText(m_lastCopy);
        m_model->reload(); // the version is no longer approved as shown
        return;
    }
    auto* mime = new QMimeData;
    if (macro) {
        mime->setText(copied.macro);
    } else {
        mime->setText(copied.plain);
        mime->setHtml(copied.html);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    m_lastCopy = macro ? tr("Copied the support macro of update #%1 (revision %2) — recorded on the timeline")
                             .arg(copied.draftId)
                             .arg(copied.revision)
                       : tr("Copied update #%1 (revision %2) — recorded on the timeline")
                             .arg(copied.draftId)
                             .arg(copied.revision);
    m_status->setText(m_lastCopy);
}

} // namespace Herald
