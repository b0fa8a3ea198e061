// Email headers and MIME from random subjects, names, addresses and keys: a message is built or
// refused, and in a built one no CR or LF reaches a header except as folding (CRLF then white
// space), so no value can add a header or a recipient.
#include "FuzzSupport.h"
#include "channels/email/EmailMessage.h"
#include "channels/email/Rfc2047.h"
#include "channels/email/SmtpSettings.h"
#include "domain/Delivery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
// Every header line of `head` ("Name: value" or a folded continuation), no stray CR or LF.
void checkHeaders(const QByteArray& head, const QString& what)
{
    static const QSet<QByteArray> allowed{"subject",      "from",         "to",
                                          "reply-to",     "date",         "message-id",
                                          "mime-version", "content-type", "content-transfer-encoding"};
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            HeraldFuzz::require(line.endsWith('\r'), what + u": LF without CR"_s);
            line.chop(1);
        }
        HeraldFuzz::require(!line.contains('\r'), what + u": CR inside a line"_s);
        if (line.isEmpty() && i + 1 == lines.size())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // folding
        const qsizetype colon = line.indexOf(':');
        HeraldFuzz::require(colon > 0, what + u": a line that is no header: "_s + QString::fromLatin1(line));
        HeraldFuzz::require(allowed.contains(line.left(colon).toLower()),
                            what + u": unexpected header "_s + QString::fromLatin1(line.left(colon)));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    FuzzedDataProvider input(data, size);
    const auto next = [&] { return QString::fromStdString(input.ConsumeRandomLengthString(200)); };
    const QString subject = next();
    const QByteArray encoded = Rfc2047::encode(subject, 9);
    checkHeaders("Subject: " + encoded + "\r\n", u"Rfc2047"_s);

    SmtpSettings settings;
    settings.host = u"localhost"_s;
    settings.fromName = next();
    settings.fromAddress = input.ConsumeBool() ? u"status@example.com"_s : next();
    settings.replyTo = input.ConsumeBool() ? QString() : next();
    Delivery delivery;
    delivery.channel = ChannelKind::Email;
    delivery.target = input.ConsumeBool() ? u"ops@example.com, team@example.org"_s : next();
    delivery.idempotencyKey = input.ConsumeBool() ? u"d-1-2"_s : next();
    const QString text = next();
    const QString html = next();
    delivery.payload =
        QJsonDocument(
            QJsonObject{
                {u"subject"_s, subject},
                {u"parts"_s, QJsonArray{QJsonObject{{u"content_type"_s, u"text/plain"_s}, {u"body"_s, text}},
                                        QJsonObject{{u"content_type"_s, u"text/html"_s}, {u"body"_s, html}}}},
            })
            .toJson(QJsonDocument::Compact);
    const auto built = EmailMessage::build(delivery, settings,
                                           QDateTime(QDate(2026, 11, 26), QTime(13, 16), QTimeZone::UTC));
    if (!built)
        return 0;
    const qsizetype end = built->mime.indexOf("\r\n\r\n");
    HeraldFuzz::require(end > 0, u"no end of headers"_s);
    checkHeaders(built->mime.left(end + 2), u"message"_s);
    for (const QByteArray& recipient : built->recipients)
        HeraldFuzz::require(!recipient.contains('\r') && !recipient.contains('\n') &&
                                !recipient.contains(','),
                            u"recipient"_s);
    return 0;
}
