#include "checks/TextRule.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Herald {

QList<Finding> TextRule::check(const CheckContext& context) const
{
    QList<Finding> findings;
    // Many channels carry the same text (the base body, a group's variant): check each text once.
    QHash<QString, QList<Finding>> seen;
    for (const ChannelMessage& message : context.update.messages) {
        for (const auto& [part, text] :
             {std::pair{u"title"_s, message.title}, std::pair{u"text"_s, message.text}}) {
            if (text.isEmpty())
                continue;
            const QString key = part + u'\n' + text;
            auto it = seen.find(key);
            if (it == seen.end())
                it = seen.insert(key, findIn(text, part, context));
            for (Finding finding : std::as_const(*it)) {
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
