#include "checks/OverLimit.h"

#include "channels/UpdateComposer.h"

using namespace Qt::StringLiterals;

namespace Herald {

OverLimit::OverLimit(const CheckSettings& settings) : m_severity(settings.severity(u"over-limit"_s)) {}

QString OverLimit::partOf(const ChannelLimit& limit)
{
    return limit.measuresTitle() ? u"title"_s : u"text"_s;
}

QList<Finding> OverLimit::check(const CheckContext& context) const
{
    QList<Finding> findings;
    if (!m_severity || !context.composer)
        return findings;
    for (const ChannelMessage& message : context.update.messages) {
        for (const ChannelLimit& limit : context.composer->limits(message)) {
            if (limit.fits())
                continue;
            const Finding::Severity natural =
                limit.blocking ? Finding::Severity::Blocking : Finding::Severity::Warning;
            const QString part = partOf(limit);
            const QString& text = part == u"title"_s ? message.title : message.text;
            QString what = tr("%1, %2: %3 of %4 %5")
                               .arg(channelLabel(message.channel), limit.part.toLower())
                               .arg(limit.used)
                               .arg(limit.limit)
                               .arg(limit.unit);
            if (!limit.detail.isEmpty())
                what += u" ("_s + limit.detail + u")"_s;
            findings << Finding{u"over-limit"_s,
                                std::min(natural, *m_severity),
                                message.channel,
                                part,
                                0,
                                int(text.size()),
                                limit.blocking ? tr("%1. Over the limit: shorten it.").arg(what)
                                               : tr("%1. Longer than advised.").arg(what)};
        }
    }
    return findings;
}

} // namespace Herald
