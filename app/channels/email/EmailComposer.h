#pragma once

#include "channels/ChannelComposer.h"

namespace Herald {

// Subject, plain-text body and its HTML alternative.
class EmailComposer final : public ChannelComposer {
public:
    ChannelKind channel() const override { return ChannelKind::Email; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Plain paragraphs to HTML, escaping everything.
    static QString htmlFromPlainText(const QString& text);
};

} // namespace Herald
