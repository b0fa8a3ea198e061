#pragma once

#include "domain/ChannelEndpoint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Herald {

class ChannelSender;
class Session;

// File → Channels: every endpoint updates go to. Each channel's own options come from its
// sender (SettingField), the credential goes to the system keychain (never the database), and
// "Dry Run" shows the exact request a send would make, credentials redacted.
class ChannelSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    ChannelSettingsDialog(Session& session, qint64 actorId, QWidget* parent = nullptr);

    ChannelEndpoint edited() const;
    void apply();
    void dryRun();

private:
    void reload();
    void showSelected();
    void rebuildFields();
    void showMessage(const QString& text, bool good);
    const ChannelSender* sender() const;

    Session& m_session;
    qint64 m_actorId;
    qint64 m_editingId = 0;
    QListWidget* m_list;
    QComboBox* m_channel;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QCheckBox* m_enabled;
    QFormLayout* m_fieldForm;
    QList<std::pair<QString, QWidget*>> m_fields; // setting key → editor
    QLineEdit* m_secret;
    QComboBox* m_fallback;
    QLineEdit* m_sandbox;
    QDoubleSpinBox* m_rate;
    QLabel* m_message;
    QPlainTextEdit* m_dryRun;
};

} // namespace Herald
