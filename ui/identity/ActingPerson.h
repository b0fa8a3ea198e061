#pragma once

#include "identity/Identity.h"

#include <QObject>

#include <optional>

namespace Herald {

class Session;

// The person at the keyboard. Becoming someone takes their passphrase (the core's verifier
// checks it); each decision (submit, approve, send) asks for it again, because the core only
// accepts an identity proven moments ago.
class ActingPerson final : public QObject {
    Q_OBJECT
public:
    explicit ActingPerson(Session& session, QObject* parent = nullptr);

    // Asks for the person's passphrase; false (with the reason shown) when it is wrong or cancelled.
    bool signIn(QWidget* parent, qint64 personId);
    void signOut();
    bool isSignedIn() const { return m_identity.has_value(); }
    qint64 personId() const { return m_identity ? m_identity->personId() : 0; }
    QString name() const { return m_identity ? m_identity->name() : QString(); }
    // For edits: who is signed in (the proof may be old). Empty when nobody is.
    const std::optional<Identity>& identity() const { return m_identity; }
    // For a decision: asks the signed-in person's passphrase again, saying what it is for.
    // Empty when cancelled or wrong (the reason is shown under `title`).
    std::optional<Identity> confirm(QWidget* parent, const QString& title, const QString& decision);

Q_SIGNALS:
    void changed();

private:
    std::optional<Identity> prove(QWidget* parent, qint64 personId, const QString& title,
                                  const QString& prompt);

    Session& m_session;
    std::optional<Identity> m_identity;
};

} // namespace Herald
