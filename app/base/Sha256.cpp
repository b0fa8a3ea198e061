#include "base/Sha256.h"

#include "base/HeraldError.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>

namespace Herald::Sha256 {

namespace {

constexpr int length = 32;

// Fetched once: OpenSSL 3 looks algorithms up by name, which costs more than hashing a
// short message.
const EVP_MD* digest()
{
    static const EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

EVP_MAC* mac()
{
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

[[noreturn]] void fail(const char* what)
{
    // Only an OpenSSL without SHA-256 gets here: a broken installation, not bad input.
    throw HeraldError(QString::fromLatin1(what));
}

} // namespace

QByteArray hash(std::initializer_list<QByteArrayView> parts)
{
    // One context per thread, set up again for each message: no allocation per hash.
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                       &EVP_MD_CTX_free);
    if (!digest() || !context || !EVP_DigestInit_ex2(context.get(), digest(), nullptr))
        fail("SHA-256 is not available from OpenSSL");
    for (QByteArrayView part : parts)
        EVP_DigestUpdate(context.get(), part.data(), size_t(part.size()));
    QByteArray result(length, Qt::Uninitialized);
    EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char*>(result.data()), nullptr);
    return result;
}

QByteArray hmac(QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    // One context per thread, told its digest once: a new key only derives new pads, where a
    // new context would look SHA-256 up by name again.
    thread_local const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context = [] {
        std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> made(
            mac() ? EVP_MAC_CTX_new(mac()) : nullptr, &EVP_MAC_CTX_free);
        char digestName[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                     OSSL_PARAM_construct_end()};
        if (made && !EVP_MAC_CTX_set_params(made.get(), params))
            made.reset();
        return made;
    }();
    // An empty key is a valid HMAC key; OpenSSL wants a non-null pointer for it.
    const unsigned char empty = 0;
    const auto* keyBytes = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(key.data());
    if (!context || !EVP_MAC_init(context.get(), keyBytes, size_t(key.size()), nullptr))
        fail("HMAC-SHA-256 is not available from OpenSSL");
    for (QByteArrayView part : parts)
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(part.data()),
                       size_t(part.size()));
    QByteArray result(length, Qt::Uninitialized);
    size_t written = 0;
    EVP_MAC_final(context.get(), reinterpret_cast<unsigned char*>(result.data()), &written, length);
    return result;
}

} // namespace Herald::Sha256
