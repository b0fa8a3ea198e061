#pragma once

#include "channels/ComposeInput.h"

#include <QCoreApplication>

namespace Herald {

// What the Teams card and the Mattermost attachment list beside the text, and the colour they
// give the message, so both chats state the same status, components and next update.
class ChatFacts {
    Q_DECLARE_TR_FUNCTIONS(ChatFacts)
public:
    struct Fact {
        QString title;
        QString value; // plain text; each chat escapes it for its own Markdown
    };
    // How urgent the message looks: resolved or completed reads as good news, maintenance in
    // progress as information, SEV1/SEV2 as attention, the rest as a warning.
    enum class Tone { Attention, Warning, Good, Accent };

    // Status, severity, affected components (with impact) and, when the template has a
    // "next_update" value, the time of the next update.
    static QList<Fact> facts(const ComposeInput& input);
    static Tone tone(const Incident& incident);
};

} // namespace Herald
