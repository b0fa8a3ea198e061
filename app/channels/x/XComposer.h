#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// A post for X (POST /2/tweets body {"text": ...}); too long for 280 weighted characters it
// becomes a numbered thread, and the wire is a JSON array of those bodies in order.
class XComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(XComposer)
public:
    ChannelKind channel() const override { return ChannelKind::X; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    // The text as one post, or as a thread when it does not fit.
    static QStringList posts(const QString& text);
};

} // namespace Herald
