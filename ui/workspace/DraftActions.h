#pragma once

#include "domain/Draft.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QPushButton;

namespace Herald {

class ActingPerson;
class Session;

// The workflow buttons under an update: submit, ask for changes, approve, send, send before
// review, withdraw. Each decision asks the acting person's passphrase and goes to the core,
// which decides; a refusal is shown with its reason.
class DraftActions final : public QWidget {
    Q_OBJECT
public:
    DraftActions(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    void setDraft(const Draft& draft); // id 0: no update
    // Called before submitting or sending in an emergency, to save what the editor holds;
    // returns false when saving failed.
    void setSaveFirst(std::function<bool()> saveFirst) { m_saveFirst = std::move(saveFirst); }

    void submit();
    void approve();
    void requestChanges();
    void send();
    void sendEmergency();
    void withdraw();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateButtons();
    bool attempt(const QString& what, const std::function<void()>& action);

    Session& m_session;
    ActingPerson& m_acting;
    Draft m_draft;
    std::function<bool()> m_saveFirst;
    QPushButton* m_submit;
    QPushButton* m_changes;
    QPushButton* m_approve;
    QPushButton* m_send;
    QPushButton* m_emergency;
    QPushButton* m_withdraw;
    QHash<QPushButton*, QString> m_tips; // shown while a button is enabled
};

} // namespace Herald
