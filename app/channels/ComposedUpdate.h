#pragma once

#include "domain/ChannelMessage.h"
#include "templating/TemplateProblem.h"

#include <QList>

namespace Herald {

// Every channel's rendering of one draft revision, with the problems that block sending.
struct ComposedUpdate {
    QList<ChannelMessage> messages;
    QList<TemplateProblem> problems;

    const ChannelMessage* message(ChannelKind channel) const
    {
        for (const auto& m : messages)
            if (m.channel == channel)
                return &m;
        return nullptr;
    }
};

} // namespace Herald
