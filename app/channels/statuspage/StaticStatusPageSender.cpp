#include "channels/statuspage/StaticStatusPageSender.h"

#include "base/Clock.h"
#include "channels/UrlPolicy.h"
#include "channels/statuspage/StaticStatusPageS3.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Herald {

StaticStatusPageSender::StaticStatusPageSender(OutboxNetwork& network, const Clock& clock, int timeoutMs,
                                               HistorySource history)
    : m_http(network, clock, timeoutMs)
    , m_history(std::move(history))
{
}

QString StaticStatusPageSender::location(const Delivery& delivery, const SendContext& context)
{
    // The delivery's target is the endpoint's address (or, for a drill, its sandbox).
    QString where =
        delivery.target.isEmpty() ? context.endpoint.settings.value(u"folder"_s).toString() : delivery.target;
    if (where.startsWith(u"file:"_s))
        where = QUrl(where).toLocalFile();
    return where;
}

StaticStatusPage StaticStatusPageSender::pageFor(const Delivery& delivery, const SendContext& context) const
{
    const QJsonObject& settings = context.endpoint.settings;
    const QString where = location(delivery, context);
    StatusHistory history = m_history ? m_history(delivery.target) : StatusHistory();
    // This update is in flight, not yet among the delivered ones: it is the newest.
    history.updates.removeIf([&](const Delivery& d) { return d.id == delivery.id; });
    Delivery latest = delivery;
    latest.updatedAt = m_http.clock().now();
    history.updates << latest;
    StaticStatusPage::Page page;
    page.id = settings.value(u"page_id"_s).toString();
    if (page.id.isEmpty())
        page.id = QString::fromLatin1(
            QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    page.name = settings.value(u"page_name"_s).toString();
    if (page.name.isEmpty())
        page.name = context.endpoint.name.isEmpty() ? tr("Service") : context.endpoint.name;
    page.url = settings.value(u"page_url"_s).toString();
    page.chainHead = context.chainHead;
    return StaticStatusPage(page, history, latest.updatedAt);
}

QString StaticStatusPageSender::writeFolder(const QString& folder, const QList<StaticStatusPage::File>& files)
{
    if (folder.isEmpty())
        return tr("No folder to write the status page into");
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1").arg(folder);
    for (const StaticStatusPage::File& file : files) {
        QSaveFile out(QDir(folder).filePath(file.name));
        // No fallback to writing in place: a half-written page is worse than an old one.
        out.setDirectWriteFallback(false);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.commit())
            return tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
    }
    return {};
}

void StaticStatusPageSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    const QString where = location(delivery, context);
    const QList<StaticStatusPage::File> files = pageFor(delivery, context).files();
    if (StaticStatusPageS3::isS3(where)) {
        QString problem;
        const auto bucket = StaticStatusPageS3::parse(where, context.endpoint.settings, &problem);
        if (!bucket) {
            done(permanent(problem));
            return;
        }
        if (const QString bad = UrlPolicy::checkEndpointUrl(bucket->endpoint); !bad.isEmpty()) {
            done(permanent(bad));
            return;
        }
        if (context.secret.isEmpty()) {
            done(permanent(tr("No credential stored for %1: store the S3 secret access key")
                               .arg(context.endpoint.name)));
            return;
        }
        StaticStatusPageS3::upload(m_http, *bucket, context.secret, files, std::move(done));
        return;
    }
    SendOutcome outcome;
    if (const QString problem = writeFolder(where, files); !problem.isEmpty()) {
        // A share that is away or a full disk may come back: tried again on the schedule.
        outcome.kind = SendOutcome::Kind::Retry;
        outcome.message = problem;
    } else {
        outcome.kind = SendOutcome::Kind::Delivered;
        outcome.message = tr("wrote %n file(s) to %1", nullptr, int(files.size())).arg(where);
        outcome.providerReference = QDir(where).filePath(u"index.html"_s);
    }
    done(outcome);
}

QList<SettingField> StaticStatusPageSender::settingFields() const
{
    auto text = [](const QString& key, const QString& label, const QString& placeholder) {
        SettingField field;
        field.key = key;
        field.label = label;
        field.placeholder = placeholder;
        return field;
    };
    return {
        text(u"folder"_s, tr("Folder (when the address is empty)"), u"/srv/status"_s),
        text(u"page_name"_s, tr("Name on the page"), tr("Example Inc.")),
        text(u"page_url"_s, tr("Address the page is published at"), u"https://status.example.com/"_s),
        text(u"page_id"_s, tr("Page id in summary.json"), {}),
        text(u"endpoint_url"_s, tr("S3 endpoint"), u"https://s3.eu-west-1.amazonaws.com"_s),
        text(u"region"_s, tr("S3 region"), u"us-east-1"_s),
        text(u"access_key_id"_s, tr("S3 access key id"), u"AKIA..."_s),
    };
}

QString StaticStatusPageSender::validate(const ChannelEndpoint& endpoint) const
{
    const QString where =
        endpoint.address.isEmpty() ? endpoint.settings.value(u"folder"_s).toString() : endpoint.address;
    if (where.isEmpty())
        return tr("Give a folder, or an s3://bucket/prefix address");
    if (!StaticStatusPageS3::isS3(where))
        return {};
    QString problem;
    if (const auto bucket = StaticStatusPageS3::parse(where, endpoint.settings, &problem))
        return UrlPolicy::checkEndpointUrl(bucket->endpoint);
    return problem;
}

QString StaticStatusPageSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    const QString where = location(delivery, context);
    const QList<StaticStatusPage::File> files = pageFor(delivery, context).files();
    QString text;
    QString problem;
    const auto bucket = StaticStatusPageS3::isS3(where)
                            ? StaticStatusPageS3::parse(where, context.endpoint.settings, &problem)
                            : std::nullopt;
    if (!problem.isEmpty())
        return problem;
    for (const StaticStatusPage::File& file : files) {
        if (bucket)
            text += HttpSend::describe("PUT", StaticStatusPageS3::objectUrl(*bucket, file.name).toString(),
                                       {{"Content-Type", file.contentType},
                                        {"Cache-Control", StaticStatusPage::cacheControl},
                                        {"Authorization", "AWS4-HMAC-SHA256 ***"}},
                                       file.name == u"index.html"_s ? file.bytes : QByteArray("..."));
        else
            text += tr("Write %1 (%n byte(s))", nullptr, int(file.bytes.size()))
                        .arg(QDir(where).filePath(file.name));
        text += u"\n\n"_s;
    }
    return text.trimmed();
}

} // namespace Herald
