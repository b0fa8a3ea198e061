#include "channels/ProviderSwitch.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

ProviderSwitch& ProviderSwitch::add(const QString& provider, std::unique_ptr<ChannelSender> sender)
{
    m_providers.emplace_back(provider, std::move(sender));
    return *this;
}

ChannelSender* ProviderSwitch::senderFor(const ChannelEndpoint& endpoint) const
{
    const QString provider = endpoint.settings.value(u"provider"_s).toString();
    if (provider.isEmpty())
        return m_providers.empty() ? nullptr : m_providers.front().second.get();
    for (const auto& [key, sender] : m_providers)
        if (key == provider)
            return sender.get();
    return nullptr;
}

QString ProviderSwitch::unknown(const ChannelEndpoint& endpoint) const
{
    return tr("Unknown provider \"%1\" for %2")
        .arg(endpoint.settings.value(u"provider"_s).toString(), channelLabel(m_channel));
}

bool ProviderSwitch::needsSecret() const
{
    return std::ranges::any_of(m_providers,
                               [](const auto& provider) { return provider.second->needsSecret(); });
}

double ProviderSwitch::defaultRatePerSecond() const
{
    return m_providers.empty() ? 0 : m_providers.front().second->defaultRatePerSecond();
}

void ProviderSwitch::send(const Delivery& delivery, const SendContext& context, Done done)
{
    if (ChannelSender* sender = senderFor(context.endpoint))
        sender->send(delivery, context, std::move(done));
    else
        done(permanent(unknown(context.endpoint)));
}

QList<SettingField> ProviderSwitch::settingFields() const
{
    SettingField provider;
    provider.key = u"provider"_s;
    provider.label = tr("Provider");
    provider.type = SettingField::Type::Choice;
    for (const auto& entry : m_providers)
        provider.choices << entry.first;
    QList<SettingField> fields{provider};
    QSet<QString> keys{provider.key};
    for (const auto& entry : m_providers)
        for (const SettingField& field : entry.second->settingFields())
            if (!keys.contains(field.key)) {
                keys.insert(field.key);
                fields << field;
            }
    return fields;
}

QString ProviderSwitch::validate(const ChannelEndpoint& endpoint) const
{
    const ChannelSender* sender = senderFor(endpoint);
    return sender ? sender->validate(endpoint) : unknown(endpoint);
}

QString ProviderSwitch::dryRun(const Delivery& delivery, const SendContext& context) const
{
    const ChannelSender* sender = senderFor(context.endpoint);
    return sender ? sender->dryRun(delivery, context) : unknown(context.endpoint);
}

} // namespace Herald
