#pragma once

#include <QList>

namespace Herald {

class ChannelPreview;

// One preview per channel Herald composes, in the order the workspace shows them.
QList<ChannelPreview*> createChannelPreviews();

} // namespace Herald
