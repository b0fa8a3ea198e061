#pragma once

#include "domain/ChannelMessage.h"

#include <QWidget>

namespace Herald {

// Shows one channel's message the way its readers will see it, with the channel's limits.
class ChannelPreview : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual ChannelKind channel() const = 0;
    // nullptr when the draft does not go to this channel.
    virtual void showMessage(const ChannelMessage* message) = 0;
};

} // namespace Herald
