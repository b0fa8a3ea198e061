#include "channels/sms/SmsComposer.h"

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage SmsComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Sms;
    message.text = input.drillMarker() + input.render(input.messageTemplate.bodyFor(ChannelKind::Sms),
                                                      TemplateRenderer::Escaping::None, u"sms"_s);
    return message;
}

} // namespace Herald
