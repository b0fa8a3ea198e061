#include "settings/ChannelSettingsDialog.h"

#include "base/HeraldError.h"
#include "channels/ChannelSender.h"
#include "channels/webhook/ChatWebhookSender.h"
#include "common/Palette.h"
#include "session/Session.h"
#include "settings/AllowedNetworksEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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
    m_channel->setObjectName(u"endpointChannel"_s);
    for (ChannelKind channel : allChannels())
        m_channel->addItem(channelLabel(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(ChannelKind::Webhook)));
    m_name = new QLineEdit;
    m_name->setObjectName(u"endpointName"_s);
    m_address = new QLineEdit;
    m_address->setObjectName(u"endpointAddress"_s);
    m_enabled = new QCheckBox(tr("Send updates here"));
    m_enabled->setChecked(true); // a new endpoint is meant to be used
    m_secret = new QLineEdit;
    m_secret->setObjectName(u"endpointSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep what is stored"));
    m_fallback = new QComboBox;
    m_fallback->setObjectName(u"endpointFallback"_s);
    m_sandbox = new QLineEdit;
    m_sandbox->setPlaceholderText(tr("Where drills go instead; empty: drills are dry runs"));
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, 1000);
    m_rate->setSpecialValueText(tr("the provider's limit"));
    m_rate->setSuffix(tr(" per second"));
    m_message = new QLabel;
    m_message->setObjectName(u"endpointMessage"_s);
    m_message->setWordWrap(true);
    m_dryRun = new QPlainTextEdit;
    m_dryRun->setObjectName(u"dryRunView"_s);
    m_dryRun->setReadOnly(true);
    m_dryRun->setPlaceholderText(tr("Dry Run shows the exact request here, credentials redacted."));
    m_dryRun->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_enabled);
    m_fieldForm = new QFormLayout;
    auto* extra = new QFormLayout;
    extra->addRow(tr("Credential:"), m_secret);
    extra->addRow(tr("If it gives up:"), m_fallback);
    extra->addRow(tr("Drill target:"), m_sandbox);
    extra->addRow(tr("At most:"), m_rate);

    auto* addButton = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("New Endpoint"));
    auto* dryRunButton = new QPushButton(QIcon::fromTheme(u"system-run"_s), tr("Dry Run"));
    dryRunButton->setObjectName(u"dryRunButton"_s);
    auto* saveButton = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Save Endpoint"));
    saveButton->setObjectName(u"saveEndpointButton"_s);
    saveButton->setDefault(true);
    connect(addButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_editingId = 0;
        m_name->clear();
        m_address->clear();
        m_secret->clear();
        m_enabled->setChecked(true);
        rebuildFields();
        m_name->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &ChannelSettingsDialog::apply);
    connect(dryRunButton, &QPushButton::clicked, this, &ChannelSettingsDialog::dryRun);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChannelSettingsDialog::showSelected);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ChannelSettingsDialog::rebuildFields);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(addButton);
    buttonRow->addStretch();
    buttonRow->addWidget(dryRunButton);
    buttonRow->addWidget(saveButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* formBox = new QWidget;
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(m_fieldForm);
    formLayout->addLayout(extra);
    formLayout->addWidget(m_message);
    formLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Where approved updates are sent:")));
    left->addWidget(m_list, 1);
    columns->addLayout(left, 2);
    columns->addWidget(scroll, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_dryRun);
    layout->addLayout(buttonRow);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new AllowedNetworksEditor(session, actorId), 1);
    bottom->addSpacing(24);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    resize(980, 680);
    rebuildFields();
    reload();
}

const ChannelSender* ChannelSettingsDialog::sender() const
{
    return m_session.senderInfo(ChannelKind(m_channel->currentData().toInt()));
}

void ChannelSettingsDialog::rebuildFields()
{
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fields.clear();
    const ChannelSender* channelSender = sender();
    const QList<SettingField> fields = channelSender ? channelSender->settingFields() : QList<SettingField>();
    for (const SettingField& field : fields) {
        QWidget* editor = nullptr;
        if (field.type == SettingField::Type::Boolean)
            editor = new QCheckBox;
        else if (field.type == SettingField::Type::Choice) {
            auto* combo = new QComboBox;
            combo->addItems(field.choices);
            editor = combo;
        } else {
            auto* line = new QLineEdit;
            line->setPlaceholderText(field.placeholder);
            editor = line;
        }
        editor->setObjectName(u"setting_"_s + field.key);
        m_fieldForm->addRow(field.label + (field.required ? u" *:"_s : u":"_s), editor);
        m_fields.append({field.key, editor});
    }
    // Another endpoint of the same channel can take over when this one gives up.
    const ChannelKind channel = ChannelKind(m_channel->currentData().toInt());
    m_fallback->clear();
    m_fallback->addItem(tr("nothing"), 0);
    for (const ChannelEndpoint& e : m_session.store().endpoints().all())
        if (e.channel == channel && e.id != m_editingId)
            m_fallback->addItem(e.name, e.id);
    m_secret->setEnabled(!channelSender || channelSender->needsSecret());
}

void ChannelSettingsDialog::reload()
{
    m_list->clear();
    for (const ChannelEndpoint& e : m_session.store().endpoints().all()) {
        auto* item = new QListWidgetItem(
            u"%1 · %2%3"_s.arg(channelLabel(e.channel), e.name, e.enabled ? QString() : tr(" (off)")),
            m_list);
        item->setToolTip(e.address);
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
    rebuildFields();
    m_name->setText(endpoint->name);
    m_address->setText(endpoint->address);
    m_enabled->setChecked(endpoint->enabled);
    m_secret->clear();
    for (const auto& [key, editor] : std::as_const(m_fields)) {
        const QJsonValue value = endpoint->settings.value(key);
        if (auto* check = qobject_cast<QCheckBox*>(editor))
            check->setChecked(value.toBool());
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentText(value.toString());
        else if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setText(value.isDouble() ? QString::number(value.toDouble()) : value.toString());
    }
    m_fallback->setCurrentIndex(std::max(0, m_fallback->findData(endpoint->fallbackId)));
    m_sandbox->setText(endpoint->sandboxAddress);
    m_rate->setValue(endpoint->ratePerSecond);
}

ChannelEndpoint ChannelSettingsDialog::edited() const
{
    ChannelEndpoint endpoint{m_editingId, ChannelKind(m_channel->currentData().toInt()),
                             m_name->text().trimmed(), m_address->text().trimmed(), m_enabled->isChecked()};
    for (const auto& [key, editor] : std::as_const(m_fields)) {
        if (auto* check = qobject_cast<QCheckBox*>(editor))
            endpoint.settings.insert(key, check->isChecked());
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            endpoint.settings.insert(key, combo->currentText());
        else if (auto* line = qobject_cast<QLineEdit*>(editor); line && !line->text().trimmed().isEmpty())
            endpoint.settings.insert(key, line->text().trimmed());
    }
    endpoint.fallbackId = m_fallback->currentData().toLongLong();
    endpoint.sandboxAddress = m_sandbox->text().trimmed();
    endpoint.ratePerSecond = m_rate->value();
    return endpoint;
}

void ChannelSettingsDialog::showMessage(const QString& text, bool good)
{
    m_message->setStyleSheet(u"color: %1;"_s.arg((good ? Palette::good() : Palette::bad()).name()));
    m_message->setText(text);
}

void ChannelSettingsDialog::apply()
{
    try {
        const bool isNew = m_editingId == 0;
        ChannelEndpoint endpoint = edited();
        QByteArray secret = m_secret->text().toUtf8();
        // A chat webhook's URL is itself the credential: it goes to the keychain, and the
        // endpoint shows it redacted.
        const bool chat = endpoint.channel == ChannelKind::Slack || endpoint.channel == ChannelKind::Teams ||
                          endpoint.channel == ChannelKind::Mattermost;
        if (chat && !endpoint.address.contains(QChar(0x2022))) {
            secret = endpoint.address.toUtf8();
            endpoint.address = ChatWebhookSender::redact(QUrl(endpoint.address));
            m_address->setText(endpoint.address);
        }
        m_editingId = m_session.saveEndpoint(endpoint, m_actorId);
        // A new webhook gets a signing secret at once: receivers verify every request with it.
        if (secret.isEmpty() && isNew && edited().channel == ChannelKind::Webhook)
            secret = m_session.newWebhookSecret().toUtf8();
        showMessage(tr("Saved."), true);
        if (!secret.isEmpty()) {
            const QString shown =
                edited().channel == ChannelKind::Webhook ? QString::fromUtf8(secret) : QString();
            m_session.saveEndpointSecret(m_editingId, secret, [this, shown](const QString& error) {
                if (!error.isEmpty())
                    showMessage(tr("Saved, but the credential was not stored: %1").arg(error), false);
                else if (!shown.isEmpty())
                    showMessage(tr("Saved. Signing secret (give it to the receiver): %1").arg(shown), true);
                else
                    showMessage(tr("Saved; the credential is in the system keychain."), true);
            });
        }
        m_secret->clear();
        const qint64 id = m_editingId;
        reload();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
                m_list->setCurrentRow(i);
    } catch (const HeraldError& error) {
        showMessage(error.message(), false);
    }
}

void ChannelSettingsDialog::dryRun()
{
    const ChannelSender* channelSender = sender();
    if (!channelSender) {
        m_dryRun->setPlainText(tr("Herald cannot send to %1 yet.").arg(m_channel->currentText()));
        return;
    }
    const ChannelEndpoint endpoint = edited();
    if (const QString problem = channelSender->validate(endpoint); !problem.isEmpty()) {
        showMessage(problem, false);
        m_dryRun->setPlainText(problem); // not an earlier request, which was for another address
        return;
    }
    Delivery sample;
    sample.endpointId = endpoint.id;
    sample.channel = endpoint.channel;
    sample.target = endpoint.address;
    sample.idempotencyKey = u"herald-dry-run"_s;
    sample.payload = m_session.samplePayload(endpoint.channel);
    m_dryRun->setPlainText(channelSender->dryRun(sample, {endpoint, QByteArray()}));
}

} // namespace Herald
