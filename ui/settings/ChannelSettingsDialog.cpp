#include "settings/ChannelSettingsDialog.h"

#include "base/HeraldError.h"
#include "channels/UrlPolicy.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelSettingsDialog::ChannelSettingsDialog(Session& session, qint64 actorId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actorId(actorId)
{
    setWindowTitle(tr("Channels"));
    m_list = new QListWidget;
    m_list->setObjectName(u"endpointList"_s);
    m_channel = new QComboBox;
    m_channel->addItem(channelLabel(ChannelKind::Webhook), int(ChannelKind::Webhook));
    m_channel->addItem(channelLabel(ChannelKind::Slack), int(ChannelKind::Slack));
    m_name = new QLineEdit;
    m_name->setObjectName(u"endpointName"_s);
    m_address = new QLineEdit;
    m_address->setObjectName(u"endpointAddress"_s);
    m_address->setPlaceholderText(u"https://hooks.example.com/status"_s);
    m_enabled = new QCheckBox(tr("Send updates here"));
    m_enabled->setChecked(true); // a new endpoint is meant to be used
    m_message = new QLabel;
    m_message->setObjectName(u"endpointMessage"_s);
    m_message->setWordWrap(true);
    connect(m_address, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString problem = text.isEmpty() ? QString() : UrlPolicy::checkEndpointUrl(QUrl(text));
        m_message->setText(problem);
        m_message->setStyleSheet(u"color: #c62828;"_s);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_message);
    auto* addButton = new QPushButton(tr("New Endpoint"));
    auto* saveButton = new QPushButton(tr("Save Endpoint"));
    saveButton->setObjectName(u"saveEndpointButton"_s);
    saveButton->setDefault(true);
    connect(addButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_editingId = 0;
        m_name->clear();
        m_address->clear();
        m_enabled->setChecked(true);
        m_name->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &ChannelSettingsDialog::apply);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChannelSettingsDialog::showSelected);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(addButton);
    buttonRow->addStretch();
    buttonRow->addWidget(saveButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where approved updates are sent. Secrets never go here.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addWidget(close);
    resize(560, 440);
    reload();
}

void ChannelSettingsDialog::reload()
{
    m_list->clear();
    for (const ChannelEndpoint& e : m_session.store().endpoints().all()) {
        auto* item = new QListWidgetItem(u"%1 · %2 — %3%4"_s.arg(channelLabel(e.channel), e.name, e.address,
                                                                 e.enabled ? QString() : tr(" (off)")),
                                         m_list);
        item->setData(Qt::UserRole, e.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ChannelSettingsDialog::showSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    const auto endpoint =
        item ? m_session.store().endpoints().byId(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
    if (!endpoint)
        return;
    m_editingId = endpoint->id;
    m_channel->setCurrentIndex(m_channel->findData(int(endpoint->channel)));
    m_name->setText(endpoint->name);
    m_address->setText(endpoint->address);
    m_enabled->setChecked(endpoint->enabled);
}

void ChannelSettingsDialog::apply()
{
    ChannelEndpoint endpoint{m_editingId, ChannelKind(m_channel->currentData().toInt()),
                             m_name->text().trimmed(), m_address->text().trimmed(), m_enabled->isChecked()};
    try {
        m_editingId = m_session.saveEndpoint(endpoint, m_actorId);
        m_message->setStyleSheet(u"color: #2e7d32;"_s);
        m_message->setText(tr("Saved."));
        const qint64 id = m_editingId;
        reload();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
                m_list->setCurrentRow(i);
    } catch (const HeraldError& error) {
        m_message->setStyleSheet(u"color: #c62828;"_s);
        m_message->setText(error.message());
    }
}

} // namespace Herald
