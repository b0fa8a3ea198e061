#pragma once

#include "channels/SettingField.h"
#include "channels/sns/ProviderHttp.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Herald {

// Amazon SNS Publish over the Query API (Action=Publish&Version=2010-03-31), signed with
// AWS Signature Version 4 (service "sns"). The access key id and region are endpoint settings;
// the secret access key is the endpoint's keychain credential.
class SnsClient {
    Q_DECLARE_TR_FUNCTIONS(SnsClient)

public:
    using Fields = QList<std::pair<QString, QString>>;

    explicit SnsClient(const ProviderHttp& http) : m_http(http) {}

    // The settings an SNS endpoint takes: region, access_key_id, api_base.
    static QList<SettingField> settingFields();
    static QString validate(const QJsonObject& settings);
    // https://sns.<region>.amazonaws.com/ unless settings.api_base says otherwise.
    static QUrl apiBase(const QJsonObject& settings);
    // The signed Publish request with these parameters (Action and Version added).
    ProviderHttp::Request publish(const QJsonObject& settings, const Fields& parameters,
                                  const QByteArray& secretAccessKey) const;
    void send(const ProviderHttp::Request& request, std::function<void(const SendOutcome&)> done) const;
    // A PublishResponse's MessageId, or an ErrorResponse's Code: Throttling is retried,
    // everything else the client got wrong (InvalidParameter, AuthorizationError...) is not.
    static SendOutcome outcome(const ProviderHttp::Answer& answer);

private:
    const ProviderHttp& m_http;
};

} // namespace Herald
