#include "workspace/DeliveryPanel.h"

#include "common/Dialogs.h"
#include "common/Palette.h"
#include "identity/ActingPerson.h"
#include "models/DeliveryModel.h"
#include "session/Session.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

DeliveryPanel::DeliveryPanel(Session& session, ActingPerson& acting, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_acting(acting)
    , m_model(new DeliveryModel(session.store(), this))
{
    m_view = new QTableView;
    m_view->setObjectName(u"deliveryView"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Four recipients before scrolling: enough to watch a send, and the editor keeps its room
    // on a laptop screen. Names and states at their width; the provider's words take the rest.
    m_view->setMaximumHeight(m_view->horizontalHeader()->sizeHint().height() +
                             4 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
    for (int column = 0; column < DeliveryModel::DetailColumn; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary = new QLabel;
    m_summary->setObjectName(u"deliverySummary"_s);
    m_summary->setWordWrap(true);
    m_retry = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Retry Now"));
    m_retry->setObjectName(u"retryDeliveryButton"_s);
    m_cancel = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("Cancel Delivery"));
    m_cancel->setObjectName(u"cancelDeliveryButton"_s);
    m_markSent = new QPushButton(QIcon::fromTheme(u"dialog-ok"_s), tr("Sent by Hand…"));
    m_markSent->setObjectName(u"markSentButton"_s);
    m_markSent->setToolTip(tr("Copies the approved text; then say where it went"));
    m_markFailed = new QPushButton(tr("Could Not Send…"));
    m_markFailed->setObjectName(u"markFailedButton"_s);
    connect(m_markSent, &QPushButton::clicked, this, [this] { markSelected(true); });
    connect(m_markFailed, &QPushButton::clicked, this, [this] { markSelected(false); });
    connect(m_retry, &QPushButton::clicked, this, &DeliveryPanel::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &DeliveryPanel::cancelSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliveryPanel::update);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryPanel::update);

    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_markSent);
    row->addWidget(m_markFailed);
    row->addWidget(m_retry);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view);
    update();
}

void DeliveryPanel::setDraft(qint64 draftId)
{
    m_model->setDraft(draftId);
}

void DeliveryPanel::reload()
{
    const qint64 selected = selectedId();
    m_model->reload();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(DeliveryModel::DeliveryIdRole).toLongLong() == selected)
            m_view->selectRow(r);
}

qint64 DeliveryPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DeliveryModel::DeliveryIdRole).toLongLong();
}

void DeliveryPanel::update()
{
    int delivered = 0, waiting = 0, gaveUp = 0, byHand = 0;
    for (const Delivery& d : m_model->rows()) {
        if (d.state == DeliveryState::Delivered)
            ++delivered;
        else if (d.state == DeliveryState::AwaitingPerson)
            ++byHand;
        else if (d.state == DeliveryState::Failed || d.state == DeliveryState::DeadLetter)
            ++gaveUp;
        else if (d.state != DeliveryState::Cancelled)
            ++waiting;
    }
    const int total = int(m_model->rows().size());
    setVisible(total > 0);
    QString text = tr("Delivered to %1 of %n recipient(s)", nullptr, total).arg(delivered);
    if (waiting)
        text += tr(" · %n still sending or waiting to retry", nullptr, waiting);
    if (byHand)
        text += u" · <b>"_s + tr("%n to send by hand", nullptr, byHand) + u"</b>"_s;
    if (gaveUp)
        text += u" · <b>"_s + tr("%n gave up: select it to retry now or cancel", nullptr, gaveUp) + u"</b>"_s;
    m_summary->setText(text);
    m_summary->setStyleSheet(gaveUp ? u"color: %1;"_s.arg(Palette::bad().name()) : QString());

    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const auto state =
        rows.isEmpty() ? std::optional<DeliveryState>()
                       : std::optional(DeliveryState(rows.first().data(DeliveryModel::StateRole).toInt()));
    const bool signedIn = m_acting.isSignedIn();
    const bool manual = signedIn && state && *state == DeliveryState::AwaitingPerson;
    m_markSent->setVisible(byHand > 0);
    m_markFailed->setVisible(byHand > 0);
    m_markSent->setEnabled(manual);
    m_markFailed->setEnabled(manual);
    m_retry->setEnabled(signedIn && state &&
                        (*state == DeliveryState::DeadLetter || *state == DeliveryState::Failed));
    m_cancel->setEnabled(signedIn && state &&
                         (*state == DeliveryState::DeadLetter || *state == DeliveryState::Failed ||
                          *state == DeliveryState::Pending));
}

void DeliveryPanel::retrySelected()
{
    const qint64 id = selectedId();
    if (!id || !m_acting.identity())
        return;
    if (!Dialogs::attempt(this, tr("Retry Delivery"),
                          [&] { m_session.retryDelivery(id, *m_acting.identity()); }))
        Q_EMIT statusMessage(tr("Trying delivery #%1 again").arg(id));
}

void DeliveryPanel::markSelected(bool sent)
{
    const qint64 id = selectedId();
    if (!id || !m_acting.identity())
        return;
    if (sent)
        if (const auto text = Dialogs::attempt(this, tr("Send by Hand"), [&] {
                QGuiApplication::clipboard()->setText(m_session.manualDeliveries().textToCopy(id));
            }))
            return;
    const auto note =
        Dialogs::askText(this, sent ? tr("Sent by Hand") : tr("Could Not Send"),
                         sent ? tr("The approved text is on the clipboard. Where did it go (for the "
                                   "timeline)? For example: read to the phone tree at 14:05.")
                              : tr("What went wrong?"));
    if (!note)
        return;
    Dialogs::attempt(this, tr("Send by Hand"), [&] {
        if (sent)
            m_session.manualDeliveries().markDone(id, *m_acting.identity(), *note);
        else
            m_session.manualDeliveries().markFailed(id, *m_acting.identity(), *note);
    });
}

void DeliveryPanel::cancelSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_acting.identity())
        return;
    if (!Dialogs::confirm(this, tr("Cancel Delivery"),
                          tr("Cancel this delivery? The recipient will not get this update from Herald."),
                          tr("Cancel Delivery")))
        return;
    if (!Dialogs::attempt(this, tr("Cancel Delivery"),
                          [&] { m_session.cancelDelivery(id, *m_acting.identity()); }))
        Q_EMIT statusMessage(tr("Cancelled delivery #%1").arg(id));
}

} // namespace Herald
