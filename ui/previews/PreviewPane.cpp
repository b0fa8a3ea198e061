#include "previews/PreviewPane.h"

#include "channels/ComposedUpdate.h"
#include "channels/UpdateComposer.h"
#include "checks/Finding.h"
#include "previews/ChannelPreview.h"
#include "previews/PreviewCatalog.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Herald {

PreviewPane::PreviewPane(QWidget* parent)
    : QWidget(parent)
    , m_channels(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_previews(createChannelPreviews())
{
    m_channels->setObjectName(u"channelList"_s);
    m_channels->setAccessibleName(tr("Channels"));
    for (ChannelPreview* preview : std::as_const(m_previews)) {
        preview->setObjectName(u"preview_"_s + channelKey(preview->channel()));
        auto* item = new QListWidgetItem(channelLabel(preview->channel()), m_channels);
        item->setData(Qt::UserRole, int(preview->channel()));
        // Tall previews (a long email, a thread) scroll inside the pane.
        auto* scroll = new QScrollArea;
        scroll->setWidget(preview);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
        m_states << State::NotInUpdate;
    }
    m_channels->setFixedWidth(m_channels->sizeHintForColumn(0) + 44);
    connect(m_channels, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (row >= 0)
            Q_EMIT currentChannelChanged(m_previews.at(row)->channel());
    });
    m_channels->setCurrentRow(0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_channels);
    layout->addWidget(m_stack, 1);
}

void PreviewPane::showChannel(ChannelKind channel)
{
    for (int i = 0; i < m_previews.size(); ++i)
        if (m_previews.at(i)->channel() == channel)
            m_channels->setCurrentRow(i);
}

ChannelKind PreviewPane::currentChannel() const
{
    return m_previews.at(std::max(0, m_channels->currentRow()))->channel();
}

void PreviewPane::setState(ChannelKind channel, State state, const QString& summary)
{
    for (int i = 0; i < m_previews.size(); ++i) {
        if (m_previews.at(i)->channel() != channel)
            continue;
        m_states[i] = state;
        QListWidgetItem* item = m_channels->item(i);
        static const QHash<State, QString> icons{{State::NotInUpdate, QString()},
                                                 {State::Fits, u"emblem-ok-symbolic"_s},
                                                 {State::Warning, u"dialog-warning"_s},
                                                 {State::Blocked, u"dialog-error"_s}};
        item->setIcon(state == State::NotInUpdate ? QIcon() : QIcon::fromTheme(icons.value(state)));
        item->setForeground(state == State::NotInUpdate ? palette().color(QPalette::PlaceholderText)
                                                        : palette().color(QPalette::Text));
        item->setToolTip(summary);
    }
}

void PreviewPane::showFindings(const ComposedUpdate& update, const QList<Finding>& findings)
{
    for (const ChannelPreview* preview : std::as_const(m_previews)) {
        const ChannelKind channel = preview->channel();
        if (!update.message(channel)) {
            setState(channel, State::NotInUpdate, tr("Not in this update"));
            continue;
        }
        int blocking = 0;
        int others = 0;
        for (const Finding& f : findings)
            if (!f.channel || f.channel == channel)
                (f.blocks() ? blocking : others) += 1;
        setState(channel,
                 blocking ? State::Blocked
                 : others ? State::Warning
                          : State::Fits,
                 blocking ? tr("%n problem(s) block this channel", nullptr, blocking)
                 : others ? tr("%n finding(s) to look at", nullptr, others)
                          : tr("Fits every limit; no findings"));
    }
}

ChannelPreview* PreviewPane::currentPreview() const
{
    return m_previews.at(std::max(0, m_channels->currentRow()));
}

PreviewPane::State PreviewPane::state(ChannelKind channel) const
{
    for (int i = 0; i < m_previews.size(); ++i)
        if (m_previews.at(i)->channel() == channel)
            return m_states.at(i);
    return State::NotInUpdate;
}

void PreviewPane::drawCurrent(const ComposedUpdate& update, const UpdateComposer& composer)
{
    ChannelPreview* preview = currentPreview();
    const ChannelMessage* message = update.message(preview->channel());
    preview->showMessage(message);
    preview->showLimits(message ? composer.limits(*message) : QList<ChannelLimit>{});
}

} // namespace Herald
