#include "identity/ActingPerson.h"

#include "base/HeraldError.h"
#include "common/Dialogs.h"
#include "session/Session.h"

#include <QApplication>
#include <QScopeGuard>

namespace Herald {

ActingPerson::ActingPerson(Session& session, QObject* parent) : QObject(parent), m_session(session) {}

std::optional<Identity> ActingPerson::prove(QWidget* parent, qint64 personId, const QString& title,
                                            const QString& prompt)
{
    QString secret;
    if (m_session.verifier().asksForPassphrase()) {
        const auto answer = Dialogs::askPassphrase(parent, title, prompt);
        if (!answer)
            return std::nullopt;
        secret = *answer;
    }
    // PBKDF2 is slow on purpose (a few hundred milliseconds): say so with the cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    try {
        return m_session.verifier().prove(personId, secret);
    } catch (const HeraldError& error) {
        Dialogs::showError(parent, title, error.message());
        return std::nullopt;
    }
}

bool ActingPerson::signIn(QWidget* parent, qint64 personId)
{
    const auto person = m_session.store().people().byId(personId);
    if (!person)
        return false;
    auto identity = prove(parent, personId, tr("Sign In"), tr("Passphrase of %1:").arg(person->name));
    if (!identity)
        return false;
    m_identity = identity;
    Q_EMIT changed();
    return true;
}

void ActingPerson::signOut()
{
    m_identity.reset();
    Q_EMIT changed();
}

std::optional<Identity> ActingPerson::confirm(QWidget* parent, const QString& title, const QString& decision)
{
    if (!m_identity) {
        Dialogs::showError(parent, title, tr("Sign in first: choose who you are in the toolbar."));
        return std::nullopt;
    }
    return prove(parent, m_identity->personId(), title,
                 tr("%1\n\nConfirm with the passphrase of %2:").arg(decision, m_identity->name()));
}

} // namespace Herald
