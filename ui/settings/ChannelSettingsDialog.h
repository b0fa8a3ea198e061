#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Herald {

class Session;

// The channel endpoints updates go to (webhook and Slack incoming-webhook URLs for now).
class ChannelSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    ChannelSettingsDialog(Session& session, qint64 actorId, QWidget* parent = nullptr);

private:
    void reload();
    void showSelected();
    void apply();

    Session& m_session;
    qint64 m_actorId;
    qint64 m_editingId = 0;
    QListWidget* m_list;
    QComboBox* m_channel;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QCheckBox* m_enabled;
    QLabel* m_message;
};

} // namespace Herald
