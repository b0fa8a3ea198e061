#include "channels/sms/SmsComposer.h"

#include "channels/sms/SmsMeasure.h"

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage SmsComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Sms;
    message.text = input.body(ChannelKind::Sms, TemplateRenderer::Escaping::None, u"sms"_s);
    return message;
}

QList<ChannelLimit> SmsComposer::limits(const ChannelMessage& message) const
{
    const SmsMeasure::Result m = SmsMeasure::measure(message.text);
    const int perMessage = m.segments <= 1 ? m.singleLimit : m.segmentLimit;
    ChannelLimit text{u"text"_s,
                      tr("Text"),
                      m.encoding == SmsMeasure::Encoding::Gsm7 ? tr("septets") : tr("UTF-16 units"),
                      m.length,
                      maxSegments * m.segmentLimit,
                      true,
                      tr("%1, %2 per segment").arg(SmsMeasure::encodingName(m.encoding)).arg(perMessage)};
    ChannelLimit segments{u"segments"_s, tr("Segments"), tr("segments"), m.segments,
                          maxSegments,   true,           QString()};
    ChannelLimit single{u"single-message"_s,
                        tr("Single message"),
                        text.unit,
                        m.length,
                        m.singleLimit,
                        false,
                        tr("longer texts are split and cost more")};
    return {text, segments, single};
}

} // namespace Herald
