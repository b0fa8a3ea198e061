#include "channels/email/SmtpTransport.h"

#include "channels/http/CurlAddressCheck.h"
#include "channels/http/CurlLibrary.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
struct Upload {
    const QByteArray& data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t n = std::min<size_t>(size * count, size_t(upload->data.size() - upload->offset));
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// The server's replies as they come (libcurl has no other way to give their text).
struct Transcript {
    QByteArray lastReply;
    QByteArray lastFailure; // the last 4xx or 5xx reply
};

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto* transcript = static_cast<Transcript*>(user);
    for (const QByteArray& raw : QByteArray(data, qsizetype(size)).split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.size() < 3)
            continue;
        transcript->lastReply = line;
        if (line.at(0) == '4' || line.at(0) == '5')
            transcript->lastFailure = line;
    }
    return 0;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool>*>(user)->load() ? 1 : 0;
}

SendOutcome outcome(SendOutcome::Kind kind, const QString& message)
{
    SendOutcome result;
    result.kind = kind;
    result.message = message;
    return result;
}

} // namespace

SendOutcome SmtpTransport::send(const Request& request, const std::atomic<bool>& abort)
{
    CurlLibrary::initialise();
    const SmtpSettings& settings = request.settings;
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return outcome(SendOutcome::Kind::Retry, tr("Could not start an SMTP session"));
    CURL* handle = curl.get();
    // The path is the name we greet with (EHLO): the sender's domain.
    const QByteArray url = (settings.url() + u'/').toUtf8() +
                           request.message.mailFrom.mid(request.message.mailFrom.indexOf('@') + 1);
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // we run on a worker thread
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     settings.security == SmtpSettings::Security::None ? long(CURLUSESSL_NONE)
                                                                       : long(CURLUSESSL_ALL));
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    if (!caFile.isEmpty()) {
        // An extra trust anchor: the file, and the system's certificates still.
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(handle, CURLOPT_CAPATH, "/etc/ssl/certs");
    }
    const QByteArray username = settings.username.toUtf8();
    if (!username.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, request.password.constData());
    }
    const QByteArray mailFrom = QByteArray('<' + request.message.mailFrom + '>');
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(nullptr, &curl_slist_free_all);
    for (const QByteArray& address : request.message.recipients)
        recipients.reset(
            curl_slist_append(recipients.release(), QByteArray('<' + address + '>').constData()));
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    Upload upload{request.message.mime};
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.message.mime.size()));
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    Transcript transcript;
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L); // the debug callback below gets the replies
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, &onDebug);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, &transcript);
    curl_easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(handle, CURLOPT_XFERINFODATA, &abort);
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    CurlAddressCheck addressCheck(
        [&addresses = request.addresses](const QHostAddress& address) { return addresses.refusal(address); });
    addressCheck.install(handle);

    const CURLcode code = curl_easy_perform(handle);
    const QString detail = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
    const QString host = settings.host;
    if (code == CURLE_OK) {
        SendOutcome delivered =
            outcome(SendOutcome::Kind::Delivered, u"SMTP %1"_s.arg(QString::fromUtf8(transcript.lastReply)));
        delivered.providerReference = u"<%1>"_s.arg(QString::fromLatin1(request.message.messageId));
        return delivered;
    }
    if (addressCheck.refused())
        return outcome(SendOutcome::Kind::Permanent,
                       AddressPolicy::refusedMessage(host, addressCheck.reason(), addressCheck.address()));
    // A certificate that does not verify will not start verifying by itself; Herald never
    // turns verification off.
    if (CurlLibrary::isCertificateError(code))
        return outcome(SendOutcome::Kind::Permanent,
                       tr("TLS certificate of %1 not accepted: %2").arg(host, detail));
    if (code == CURLE_USE_SSL_FAILED)
        return outcome(SendOutcome::Kind::Permanent,
                       tr("%1 does not offer STARTTLS; Herald does not send in clear text").arg(host));
    // The server said no: 4xx is "try later" (greylisting, a full queue), 5xx is final
    // (no such user, bad credentials, relaying denied).
    if (!transcript.lastFailure.isEmpty()) {
        const QString reply = u"SMTP %1"_s.arg(QString::fromUtf8(transcript.lastFailure));
        return outcome(transcript.lastFailure.at(0) == '4' ? SendOutcome::Kind::Retry
                                                           : SendOutcome::Kind::Permanent,
                       reply);
    }
    switch (code) {
    case CURLE_LOGIN_DENIED:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_FUNCTION_ARGUMENT:
        return outcome(SendOutcome::Kind::Permanent, tr("SMTP to %1 failed: %2").arg(host, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return outcome(SendOutcome::Kind::Retry,
                       tr("No answer within %1 ms: timed out").arg(request.timeoutMs));
    case CURLE_ABORTED_BY_CALLBACK:
        return outcome(SendOutcome::Kind::Retry, tr("Stopped before %1 answered").arg(host));
    default: // refused, reset, closed, name not resolved: the network, worth another try
        return outcome(SendOutcome::Kind::Retry, tr("SMTP to %1 failed: %2").arg(host, detail));
    }
}

} // namespace Herald
