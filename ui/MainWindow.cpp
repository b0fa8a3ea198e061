#include "MainWindow.h"

#include "base/AppInfo.h"
#include "base/HeraldError.h"
#include "common/Dialogs.h"
#include "copydesk/CopyDeskView.h"
#include "identity/ActingPerson.h"
#include "incidents/IncidentHeader.h"
#include "incidents/NewIncidentDialog.h"
#include "models/IncidentListModel.h"
#include "models/PeopleModel.h"
#include "review/ReviewQueueView.h"
#include "session/Session.h"
#include "settings/ApprovalRulesDialog.h"
#include "settings/ChannelSettingsDialog.h"
#include "settings/PeopleDialog.h"
#include "templates/TemplateManagerDialog.h"
#include "timeline/TimelineView.h"
#include "workspace/DraftActions.h"
#include "workspace/DraftEditor.h"
#include "workspace/WorkspaceWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

MainWindow::MainWindow(Session& session, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_incidents(new IncidentListModel(session.store(), this))
    , m_people(new PeopleModel(session.store(), this))
    , m_acting(new ActingPerson(session, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("%1 — Herald").arg(QFileInfo(databasePath).fileName()));
    setWindowIcon(QIcon(u":/herald/icons/herald.svg"_s));

    m_incidentView = new QTreeView;
    m_incidentView->setObjectName(u"incidentList"_s);
    m_incidentView->setModel(m_incidents);
    m_incidentView->setRootIsDecorated(false);
    m_incidentView->setUniformRowHeights(true);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->header()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_incidentView->header()->setSectionResizeMode(IncidentListModel::SeverityColumn,
                                                   QHeaderView::ResizeToContents);
    m_incidentView->header()->setSectionResizeMode(IncidentListModel::StatusColumn,
                                                   QHeaderView::ResizeToContents);
    m_incidentView->hideColumn(IncidentListModel::StartedColumn);
    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::incidentSelected);

    m_workspace = new WorkspaceWidget(session, *m_acting);
    m_workspace->setObjectName(u"workspace"_s);
    m_timeline = new TimelineView(session);
    m_timeline->setObjectName(u"timeline"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->addTab(m_workspace, QIcon::fromTheme(u"document-edit"_s), tr("&Workspace"));
    m_tabs->addTab(m_timeline, QIcon::fromTheme(u"view-calendar-timeline"_s), tr("&Timeline"));
    // What waits for the signed-in person's decision; the tab title counts it.
    m_reviews = new ReviewQueueView(session, *m_acting);
    m_reviews->setObjectName(u"reviews"_s);
    m_tabs->addTab(m_reviews, QIcon::fromTheme(u"view-task"_s), tr("&Reviews"));
    connect(m_reviews, &ReviewQueueView::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_reviews),
                           count ? tr("&Reviews (%1)").arg(count) : tr("&Reviews"));
    });
    connect(m_reviews, &ReviewQueueView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    // The support lead's tab, last: approved text to paste into tickets.
    m_copyDesk = new CopyDeskView(session, *m_acting);
    m_copyDesk->setObjectName(u"copyDesk"_s);
    m_tabs->addTab(m_copyDesk, QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Desk"));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_incidentView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1100});
    setCentralWidget(splitter);

    m_actor = new QComboBox;
    m_actor->setObjectName(u"actorCombo"_s);
    m_actor->setModel(m_people);
    m_actor->setMinimumContentsLength(24);
    m_actor->setPlaceholderText(tr("Sign in…"));
    m_actor->setCurrentIndex(-1);
    m_actor->setToolTip(tr("Who you are: choosing a person asks for their passphrase. Herald records every "
                           "decision under this name."));
    connect(m_actor, &QComboBox::activated, this, &MainWindow::actorChosen);
    connect(&session.notifier(), &ChangeNotifier::peopleChanged, this, [this] {
        m_people->reload();
        m_actor->setCurrentIndex(m_people->rowOf(m_acting->personId()));
    });

    createActions();

    m_outboxLabel = new QLabel;
    statusBar()->addPermanentWidget(
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath))));
    statusBar()->addPermanentWidget(m_outboxLabel);
    connect(m_workspace, &WorkspaceWidget::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(&session.notifier(), &ChangeNotifier::incidentsChanged, this, [this](qint64 id) {
        const qint64 current =
            m_incidentView->currentIndex().data(IncidentListModel::IncidentIdRole).toLongLong();
        m_incidents->reload();
        selectIncident(current ? current : id);
    });
    m_outboxRefresh = new QTimer(this);
    m_outboxRefresh->setSingleShot(true);
    m_outboxRefresh->setInterval(300);
    connect(m_outboxRefresh, &QTimer::timeout, this, &MainWindow::showOutboxState);
    connect(&session.dispatcher(), &DispatcherThread::idle, m_outboxRefresh, qOverload<>(&QTimer::start));
    // The outbox keeps trying; until it can record its work again, nothing more is sent.
    connect(&session.dispatcher(), &DispatcherThread::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Sending is paused: %1").arg(message), 15'000);
    });
    connect(&session.notifier(), &ChangeNotifier::deliveriesChanged, m_outboxRefresh,
            qOverload<>(&QTimer::start));
    showOutboxState();

    if (m_incidents->rowCount() > 0)
        m_incidentView->setCurrentIndex(m_incidents->index(0, IncidentListModel::TitleColumn));
    statusBar()->showMessage(tr("Nobody is signed in: choose who you are at the top right."));
    resize(1366, 768);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(u"channel-insecure-symbolic"_s), tr("&Channels…"), this,
                    &MainWindow::openChannelSettings);
    file->addAction(QIcon::fromTheme(u"text-x-generic-template"_s), tr("&Templates…"), this,
                    &MainWindow::openTemplates);
    file->addAction(QIcon::fromTheme(u"system-users"_s), tr("&People…"), this, &MainWindow::openPeople);
    file->addAction(QIcon::fromTheme(u"security-medium"_s), tr("&Approval Rules…"), this,
                    &MainWindow::openApprovalRules);
    file->addSeparator();
    QAction* quit =
        file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    // Undo and redo cover every edit of the update being written: text and values alike.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* undoStack = m_workspace->editor()->undoStack();
    QAction* undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction* redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* incident = menuBar()->addMenu(tr("&Incident"));
    QAction* newIncident = incident->addAction(QIcon::fromTheme(u"list-add"_s), tr("&New Incident…"), this,
                                               &MainWindow::newIncident);
    newIncident->setShortcut(QKeySequence::New);
    newIncident->setObjectName(u"actionNewIncident"_s);
    incident->addAction(tr("Set &Status"), m_workspace->header(), &IncidentHeader::changeStatus);

    QMenu* update = menuBar()->addMenu(tr("&Update"));
    QAction* newDraft = update->addAction(QIcon::fromTheme(u"document-new"_s), tr("New &Update…"),
                                          m_workspace, &WorkspaceWidget::newDraft);
    newDraft->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QAction* save = update->addAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"), m_workspace,
                                      &WorkspaceWidget::save);
    save->setShortcut(QKeySequence::Save);
    DraftActions* actions = m_workspace->actions();
    QAction* submit = update->addAction(tr("Submit for &Review"), actions, &DraftActions::submit);
    submit->setShortcut(Qt::CTRL | Qt::Key_Return);
    // Only while working in the workspace: in the Reviews tab the same key approves.
    submit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_workspace->addAction(submit);
    update->addAction(tr("&Approve"), actions, &DraftActions::approve);
    update->addAction(tr("Request &Changes…"), actions, &DraftActions::requestChanges);
    update->addAction(QIcon::fromTheme(u"mail-send"_s), tr("Se&nd"), actions, &DraftActions::send);
    update->addSeparator();
    update->addAction(QIcon::fromTheme(u"dialog-warning"_s), tr("Send Now, Review &After…"), actions,
                      &DraftActions::sendEmergency);
    update->addAction(tr("&Withdraw…"), actions, &DraftActions::withdraw);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showWorkspace = view->addAction(tr("&Workspace"), this, [this] { m_tabs->setCurrentIndex(0); });
    showWorkspace->setShortcut(Qt::CTRL | Qt::Key_1);
    QAction* showTimeline = view->addAction(tr("&Timeline"), this, [this] { m_tabs->setCurrentIndex(1); });
    showTimeline->setShortcut(Qt::CTRL | Qt::Key_2);
    QAction* showReviews =
        view->addAction(tr("&Reviews"), this, [this] { m_tabs->setCurrentWidget(m_reviews); });
    showReviews->setShortcut(Qt::CTRL | Qt::Key_3);
    QAction* showCopyDesk =
        view->addAction(tr("&Copy Desk"), this, [this] { m_tabs->setCurrentWidget(m_copyDesk); });
    showCopyDesk->setShortcut(Qt::CTRL | Qt::Key_4);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Herald"), this, [this] {
        QMessageBox::about(this, tr("About Herald"),
                           tr("<h3>Herald %1</h3><p>Tell customers and staff what is happening during an "
                              "outage: quickly, clearly, on every channel, and never unreviewed.</p>")
                               .arg(AppInfo::version()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newIncident);
    toolbar->addAction(newDraft);
    toolbar->addSeparator();
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(new QLabel(tr("Acting as: ")));
    toolbar->addWidget(m_actor);
}

void MainWindow::incidentSelected()
{
    const qint64 id = m_incidentView->currentIndex().data(IncidentListModel::IncidentIdRole).toLongLong();
    m_workspace->setIncident(id);
    m_timeline->setIncident(id);
    m_copyDesk->setIncident(id);
}

void MainWindow::selectIncident(qint64 incidentId)
{
    const int row = m_incidents->rowOf(incidentId);
    if (row >= 0)
        m_incidentView->setCurrentIndex(m_incidents->index(row, IncidentListModel::TitleColumn));
}

bool MainWindow::setActor(qint64 personId)
{
    const int row = m_people->rowOf(personId);
    m_actor->setCurrentIndex(row);
    actorChosen(row);
    return m_acting->personId() == personId;
}

void MainWindow::actorChosen(int row)
{
    const qint64 personId = m_people->index(row, 0).data(PeopleModel::PersonIdRole).toLongLong();
    if (personId == m_acting->personId())
        return;
    if (personId && m_acting->signIn(this, personId))
        statusBar()->showMessage(tr("Signed in as %1").arg(m_acting->name()), 8000);
    // Wrong or cancelled: show who is still signed in.
    m_actor->setCurrentIndex(m_acting->isSignedIn() ? m_people->rowOf(m_acting->personId()) : -1);
}

qint64 MainWindow::actorId() const
{
    return m_acting->personId();
}

void MainWindow::newIncident()
{
    NewIncidentDialog dialog(this);
    dialog.setObjectName(u"newIncidentDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = 0;
    if (Dialogs::attempt(this, tr("New Incident"),
                         [&] { id = m_session.incidents().create(dialog.incident(), actorId()); }))
        return;
    m_incidents->reload();
    selectIncident(id);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::openTemplates()
{
    TemplateManagerDialog dialog(m_session, actorId(), this);
    dialog.exec();
}

void MainWindow::openPeople()
{
    PeopleDialog dialog(m_session, *m_acting, this);
    dialog.setObjectName(u"peopleDialog"_s);
    dialog.exec();
}

void MainWindow::openApprovalRules()
{
    ApprovalRulesDialog dialog(m_session, *m_acting, this);
    dialog.setObjectName(u"approvalRulesDialog"_s);
    dialog.exec();
}

void MainWindow::openChannelSettings()
{
    ChannelSettingsDialog dialog(m_session, actorId(), this);
    dialog.setObjectName(u"channelSettingsDialog"_s);
    dialog.exec();
}

void MainWindow::showOutboxState()
{
    QHash<DeliveryState, int> counts;
    try {
        counts = m_session.store().deliveries().unfinishedCounts();
    } catch (const HeraldError& error) {
        m_outboxLabel->setText(tr("Outbox: unknown"));
        m_outboxLabel->setToolTip(error.message());
        return;
    }
    QStringList parts;
    if (const int going = counts.value(DeliveryState::Pending) + counts.value(DeliveryState::InFlight))
        parts << tr("%n sending", nullptr, going);
    if (const int byHand = counts.value(DeliveryState::AwaitingPerson))
        parts << tr("%n to send by hand", nullptr, byHand);
    if (const int gaveUp = counts.value(DeliveryState::DeadLetter) + counts.value(DeliveryState::Failed))
        parts << tr("%n not delivered", nullptr, gaveUp);
    m_outboxLabel->setText(parts.isEmpty() ? tr("Outbox: all sent")
                                           : tr("Outbox: %1").arg(parts.join(u" · "_s)));
    m_outboxLabel->setToolTip(tr("Every delivery of every update in this database"));
}

} // namespace Herald
