#include "domain/ChannelKind.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<ChannelKind, 14>
    table("ChannelKind",
          {{
              {ChannelKind::Sms, u"sms", QT_TRANSLATE_NOOP("ChannelKind", "SMS")},
              {ChannelKind::Email, u"email", QT_TRANSLATE_NOOP("ChannelKind", "Email")},
              {ChannelKind::StatusPage, u"status-page", QT_TRANSLATE_NOOP("ChannelKind", "Status page")},
              {ChannelKind::Slack, u"slack", QT_TRANSLATE_NOOP("ChannelKind", "Slack")},
              {ChannelKind::Teams, u"teams", QT_TRANSLATE_NOOP("ChannelKind", "Microsoft Teams")},
              {ChannelKind::Mattermost, u"mattermost", QT_TRANSLATE_NOOP("ChannelKind", "Mattermost")},
              {ChannelKind::X, u"x", QT_TRANSLATE_NOOP("ChannelKind", "X")},
              {ChannelKind::Mastodon, u"mastodon", QT_TRANSLATE_NOOP("ChannelKind", "Mastodon")},
              {ChannelKind::Bluesky, u"bluesky", QT_TRANSLATE_NOOP("ChannelKind", "Bluesky")},
              {ChannelKind::Push, u"push", QT_TRANSLATE_NOOP("ChannelKind", "Push notification")},
              {ChannelKind::InApp, u"in-app", QT_TRANSLATE_NOOP("ChannelKind", "In-app banner")},
              {ChannelKind::Voice, u"voice", QT_TRANSLATE_NOOP("ChannelKind", "Voice")},
              {ChannelKind::Webhook, u"webhook", QT_TRANSLATE_NOOP("ChannelKind", "Webhook")},
              {ChannelKind::SupportMacro, u"support-macro",
               QT_TRANSLATE_NOOP("ChannelKind", "Support ticket macro")},
          }});
} // namespace

QString channelKey(ChannelKind value)
{
    return table.key(value);
}
std::optional<ChannelKind> channelFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString channelLabel(ChannelKind value)
{
    return table.label(value);
}

QList<ChannelKind> allChannels()
{
    const auto values = table.values();
    return QList<ChannelKind>(values.begin(), values.end());
}

} // namespace Herald
