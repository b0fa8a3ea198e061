#include "previews/ChannelPreview.h"

#include "previews/LimitList.h"

namespace Herald {

void ChannelPreview::showLimits(const QList<ChannelLimit>& limits)
{
    limitList()->setLimits(limits);
}

LimitList* ChannelPreview::limitList()
{
    if (!m_limitList)
        m_limitList = new LimitList(this);
    return m_limitList;
}

} // namespace Herald
