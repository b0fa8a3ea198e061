#include "workspace/NewDraftDialog.h"

#include "templating/TemplateLibrary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

NewDraftDialog::NewDraftDialog(const TemplateLibrary& templates, const Incident& incident, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Update"));
    m_templates = new QListWidget;
    m_templates->setObjectName(u"templateList"_s);
    QList<const MessageTemplate*> ordered;
    for (const auto& t : templates.templates())
        if (t.status == incident.status)
            ordered << &t;
    for (const auto& t : templates.templates())
        if (t.status != incident.status)
            ordered << &t;
    for (const MessageTemplate* t : ordered) {
        auto* item = new QListWidgetItem(t->name, m_templates);
        item->setData(Qt::UserRole, t->id);
        item->setToolTip(t->body);
        if (t->status == incident.status)
            item->setText(tr("%1  ✓ fits the current status").arg(t->name));
    }
    m_templates->setCurrentRow(0);

    auto* channelBox = new QGroupBox(tr("Channels"));
    auto* channelLayout = new QGridLayout(channelBox);
    const QList<ChannelKind> channels = allChannels();
    for (int i = 0; i < channels.size(); ++i) {
        const ChannelKind channel = channels.at(i);
        auto* check = new QCheckBox(channelLabel(channel));
        check->setObjectName(u"channel_"_s + channelKey(channel));
        check->setChecked(true); // every channel, unless the author takes one out
        channelLayout->addWidget(check, i / 4, i % 4);
        m_channels << qMakePair(channel, check);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Update"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_templates, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from the template that fits what is happening now:")));
    layout->addWidget(m_templates, 1);
    layout->addWidget(channelBox);
    layout->addWidget(buttons);
    resize(620, 520);
}

QString NewDraftDialog::templateId() const
{
    const QListWidgetItem* item = m_templates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QList<ChannelKind> NewDraftDialog::channels() const
{
    QList<ChannelKind> channels;
    for (const auto& [channel, check] : m_channels)
        if (check->isChecked())
            channels << channel;
    return channels;
}

} // namespace Herald
