#include "checks/TextRule.h"

using namespace Qt::StringLiterals;

namespace Herald {

QList<Finding> TextRule::check(const CheckContext& context) const
{
    QList<Finding> findings;
    for (const ChannelMessage& message : context.update.messages) {
        for (const auto& [part, text] :
             {std::pair{u"title"_s, message.title}, std::pair{u"text"_s, message.text}}) {
            if (text.isEmpty())
                continue;
            for (Finding finding : findIn(text, part, context)) {
                finding.channel = message.channel;
                finding.part = part;
                findings << finding;
            }
        }
    }
    return findings;
}

QList<Finding> TextRule::checkText(const QString& text, const CheckContext& context) const
{
    QList<Finding> findings = findIn(text, u"text"_s, context);
    for (Finding& finding : findings)
        finding.part = u"text"_s;
    return findings;
}

} // namespace Herald
