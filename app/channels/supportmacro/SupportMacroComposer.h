#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// The reply a support agent pastes into a ticket about the incident: a greeting, the update,
// when the next update comes, and a sign-off; the greeting and sign-off only where the
// template's own text has none. No channel limit applies; the word count helps
// agents keep replies short.
//
// ChannelMessage: title = the macro's name in the helpdesk (the subject), text = the reply as
// plain text, html = the same reply for rich-text editors (values HTML-escaped).
class SupportMacroComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(SupportMacroComposer)

public:
    ChannelKind channel() const override { return ChannelKind::SupportMacro; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    static int words(const QString& text);
    // Whether a reply opens with its own salutation ("Hello,", "Dear customer,").
    static bool hasGreeting(const QString& reply);

private:
    static constexpr int maxGreeting = 40;
};

} // namespace Herald
