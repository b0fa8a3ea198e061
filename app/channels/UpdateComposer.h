#pragma once

#include "channels/ChannelComposer.h"
#include "channels/ComposedUpdate.h"
#include "templating/TemplateRenderer.h"

#include <QVariantMap>

#include <memory>
#include <vector>

namespace Herald {

// Renders a draft for each of its channels with that channel's composer.
class UpdateComposer {
public:
    UpdateComposer();
    ~UpdateComposer();

    // The channels Herald can compose today.
    QList<ChannelKind> supportedChannels() const;
    ComposedUpdate compose(const MessageTemplate& messageTemplate, const Incident& incident,
                           const QVariantMap& variables, const QList<ChannelKind>& channels) const;
    // The channel's limits measured on one of its messages (empty for unknown channels).
    QList<ChannelLimit> limits(const ChannelMessage& message) const;
    const ChannelComposer* composer(ChannelKind channel) const;
    // The variables plus "incident" (title, status, severity, components, ...) for templates.
    static QVariantHash contextFor(const Incident& incident, const QVariantMap& variables);

private:
    TemplateRenderer m_renderer;
    std::vector<std::unique_ptr<ChannelComposer>> m_composers;
};

} // namespace Herald
