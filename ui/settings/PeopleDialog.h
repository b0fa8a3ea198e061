#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Herald {

class ActingPerson;
class PeopleModel;
class Session;
enum class Role;

// Settings → People: who can act in Herald, with which roles. An administrator adds people,
// changes roles and resets passphrases; anyone changes their own passphrase. Each change asks
// the acting person's passphrase, and the core refuses whatever their role does not allow.
class PeopleDialog final : public QDialog {
    Q_OBJECT
public:
    PeopleDialog(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    void selectPerson(qint64 personId);
    void addPerson();
    void saveChanges();
    void setPassphrase();

private:
    void showSelected();
    qint64 selectedId() const;
    std::optional<QString> askNewPassphrase(const QString& whose);

    Session& m_session;
    ActingPerson& m_acting;
    PeopleModel* m_model;
    QListView* m_list;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_login;
    QList<std::pair<Role, QCheckBox*>> m_roles;
    QLabel* m_passphraseState;
    QLabel* m_note;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_passphrase;
};

} // namespace Herald
