#pragma once

#include "channels/ChannelSender.h"
#include "channels/http/HttpSend.h"
#include "channels/statuspage/StaticStatusPage.h"

#include <QCoreApplication>

#include <functional>

namespace Herald {

// A status page that survives the outage: on each update, rebuilds the page from everything
// published to it (StaticStatusPage) and writes the files into a folder, each one atomically,
// or uploads them to S3-compatible storage when the address is s3://bucket/prefix.
// Endpoint settings: provider = "static", folder (when the address is empty), page_name,
// page_url, page_id; for S3: endpoint_url, region, access_key_id (secret key in the keychain).
class StaticStatusPageSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(StaticStatusPageSender)

public:
    // What has been published to a target before (the store's delivered status-page rows).
    using HistorySource = std::function<StatusHistory(const QString& target)>;

    StaticStatusPageSender(OutboxNetwork& network, const Clock& clock, int timeoutMs, HistorySource history);
    ChannelKind channel() const override { return ChannelKind::StatusPage; }
    // Only S3 uses it; a folder target goes without.
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // The page with this delivery as its latest update.
    StaticStatusPage pageFor(const Delivery& delivery, const SendContext& context) const;
    // Writes each file with QSaveFile: a reader sees the old file or the new one, never half.
    // Empty on success, otherwise what went wrong.
    static QString writeFolder(const QString& folder, const QList<StaticStatusPage::File>& files);

private:
    static QString location(const Delivery& delivery, const SendContext& context);

    HttpSend m_http;
    HistorySource m_history;
};

} // namespace Herald
