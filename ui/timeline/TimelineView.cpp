#include "timeline/TimelineView.h"

#include "common/Palette.h"
#include "models/TimelineModel.h"
#include "session/Session.h"
#include "timeline/TimelineChain.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

TimelineView::TimelineView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TimelineModel(session.store(), this))
{
    m_view = new QTreeView;
    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TimelineModel::ActorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_order = new QComboBox;
    m_order->setObjectName(u"timelineOrder"_s);
    m_order->addItem(tr("Newest first"), true);
    m_order->addItem(tr("Oldest first"), false);
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setNewestFirst(m_order->currentData().toBool()); });
    m_verification = new QLabel;
    m_verification->setObjectName(u"chainState"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_verification, 1);
    top->addWidget(new QLabel(tr("Order:")));
    top->addWidget(m_order);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(&m_session.notifier(), &ChangeNotifier::timelineAppended, this, [this] {
        m_model->refresh();
        verify();
    });
}

void TimelineView::setIncident(qint64 incidentId)
{
    m_model->setIncident(incidentId);
    verify();
}

void TimelineView::verify()
{
    // The whole chain is checked once; after that only what was appended since, from the last
    // verified hash, so the UI thread does not rehash the whole history on every event.
    const QList<TimelineEvent> added = m_session.store().timeline().events(0, m_verifiedSequence);
    if (!m_broken)
        m_broken = TimelineChain::verify(added, m_verifiedHash, m_verifiedSequence + 1);
    if (!m_broken && !added.isEmpty()) {
        m_verifiedSequence = added.last().sequence;
        m_verifiedHash = added.last().hash;
    }
    if (m_broken)
        m_verification->setText(u"<span style='color:%1;'>✗ %2</span>"_s.arg(
            Palette::bad().name(),
            tr("The record was altered at event #%1: %2").arg(m_broken->sequence).arg(m_broken->reason)));
    else
        m_verification->setText(u"<span style='color:%1;'>✓</span> %2"_s.arg(
            Palette::good().name(), tr("All %n event(s) in this database verified: the hash chain is intact",
                                       nullptr, int(m_verifiedSequence))));
}

} // namespace Herald
