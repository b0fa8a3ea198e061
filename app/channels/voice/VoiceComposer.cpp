#include "channels/voice/VoiceComposer.h"

#include "channels/voice/SpokenText.h"

using namespace Qt::StringLiterals;

namespace Herald {

int VoiceComposer::estimatedSeconds(const QString& spoken)
{
    return (SpokenText::durationMs(spoken) + 999) / 1000;
}

ChannelMessage VoiceComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Voice;
    message.title = input.title(ChannelKind::Voice, u"voice title"_s);
    QList<SpokenText::Paragraph> paragraphs;
    // "[DRILL]" would be read out as a word; say it as a sentence instead, first.
    if (!input.drillMarker().isEmpty())
        paragraphs << SpokenText::Paragraph{tr("This is a drill.")};
    paragraphs << SpokenText::paragraphs(input.render(input.messageTemplate.subjectFor(ChannelKind::Voice),
                                                      TemplateRenderer::Escaping::None, u"voice title"_s));
    paragraphs << SpokenText::paragraphs(input.render(input.messageTemplate.bodyFor(ChannelKind::Voice),
                                                      TemplateRenderer::Escaping::None, u"voice"_s));
    message.text = SpokenText::text(paragraphs);
    message.wire = SpokenText::ssml(paragraphs).toUtf8();
    return message;
}

QList<ChannelLimit> VoiceComposer::limits(const ChannelMessage& message) const
{
    const int seconds = estimatedSeconds(message.text);
    const QString rate = tr("%1 words at %2 per minute, with pauses")
                             .arg(SpokenText::words(message.text))
                             .arg(SpokenText::wordsPerMinute);
    return {
        ChannelLimit{u"duration"_s, tr("Duration"), tr("seconds"), seconds, adviceSeconds, false,
                     tr("listeners drift after a minute; %1").arg(rate)},
        ChannelLimit{u"call-length"_s, tr("Call length"), tr("seconds"), seconds, maxSeconds, true,
                     tr("too long for a phone message")},
        ChannelLimit{u"text"_s, tr("Spoken text"), tr("characters"), int(message.text.size()), maxCharacters,
                     true, tr("Amazon Polly and Twilio Say per request")},
    };
}

} // namespace Herald
