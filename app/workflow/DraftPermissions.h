#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QMetaType>

#include <optional>

namespace Herald {

// The decisions a person takes on an update.
enum class DraftAction { Edit, Submit, Approve, RequestChanges, Send, EmergencySend, Withdraw };

QString draftActionKey(DraftAction action);

// Which roles may take which decision: the one place that says so. DraftService enforces it
// for every front end, and the front ends ask it (through DraftService::whyCannot) what to
// offer instead of repeating the rule.
class DraftPermissions {
    Q_DECLARE_TR_FUNCTIONS(DraftPermissions)

public:
    // Any one of them is enough.
    static QList<Role> rolesFor(DraftAction action);
    static bool allows(const Person& person, DraftAction action);
    // Why the person's roles do not allow the action, or nothing when they do.
    static std::optional<QString> whyNot(const Person& person, DraftAction action);
    // Throws HeraldError with whyNot's reason.
    static void require(const Person& person, DraftAction action);
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::DraftAction)
