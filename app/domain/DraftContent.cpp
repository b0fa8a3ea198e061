#include "domain/DraftContent.h"

using namespace Qt::StringLiterals;

namespace Herald {

MessageTemplate DraftContent::applyTo(MessageTemplate messageTemplate) const
{
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.key() == u"body"_s)
            messageTemplate.body = it.value();
        else if (it.key() == u"subject"_s) {
            // One subject for every channel with a title: the author rewrote "the" subject.
            messageTemplate.subject = it.value();
            messageTemplate.channelSubjects.clear();
            messageTemplate.groupSubjects.clear();
        } else if (const auto channel = channelFromKey(it.key()))
            messageTemplate.channelBodies.insert(*channel, it.value());
    }
    return messageTemplate;
}

QString DraftContent::originalText(const MessageTemplate& messageTemplate, const QString& part)
{
    if (part == u"subject"_s)
        return messageTemplate.subject;
    if (const auto channel = channelFromKey(part))
        return messageTemplate.bodyFor(*channel);
    return messageTemplate.body;
}

} // namespace Herald
