#include "identity/FirstAdministrator.h"

#include "MainWindow.h"
#include "common/Dialogs.h"
#include "session/Session.h"

namespace Herald {

bool FirstAdministrator::setUp(MainWindow& window)
{
    Session& session = window.session();
    if (!session.store().people().all().isEmpty())
        return true;
    const QString title = tr("Set Up Herald");
    const auto name =
        Dialogs::askText(&window, title,
                         tr("This database has nobody in it yet. You will be its first administrator, "
                            "and can add your team in File → People.\n\nYour full name:"));
    if (!name || name->trimmed().isEmpty())
        return false;
    const auto passphrase = Dialogs::askPassphrase(
        &window, title,
        tr("Choose your passphrase (at least %1 characters). Herald asks for it whenever you submit, "
           "approve or send.")
            .arg(PeopleService::minimumLength));
    if (!passphrase)
        return false;
    const auto again = Dialogs::askPassphrase(&window, title, tr("The same passphrase again:"));
    if (!again)
        return false;
    if (*again != *passphrase) {
        Dialogs::showError(&window, title, tr("The two passphrases differ."));
        return false;
    }
    qint64 id = 0;
    if (Dialogs::attempt(&window, title, [&] {
            id = session.people().addFirstAdministrator(Person::named(name->trimmed(), QString(), {}),
                                                        *passphrase);
        }))
        return false;
    Dialogs::setNextPassphrase(*passphrase);
    return window.setActor(id);
}

} // namespace Herald
