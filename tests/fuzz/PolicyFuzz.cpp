// The address and URL policies on any text: no crash; an allowed-ranges text that parses prints
// back as one that parses to the same thing; a refusal is never empty for a metadata address.
#include "FuzzSupport.h"
#include "channels/AddressPolicy.h"
#include "channels/UrlPolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString problem;
    if (const auto policy = AddressPolicy::fromText(text, &problem)) {
        const QString printed = policy->toText();
        const auto again = AddressPolicy::fromText(printed);
        HeraldFuzz::require(again.has_value(), u"printed ranges do not parse: "_s + printed);
        HeraldFuzz::require(again->toText() == printed, u"ranges change when printed: "_s + printed);
        HeraldFuzz::require(!policy->refusal(QHostAddress(u"169.254.169.254"_s)).isEmpty(),
                            u"the metadata service allowed by "_s + text);
    } else {
        HeraldFuzz::require(!problem.isEmpty(), u"refused without a reason: "_s + text);
    }
    const AddressPolicy defaults;
    QHostAddress address;
    if (address.setAddress(text.trimmed()))
        defaults.refusal(address);
    UrlPolicy::checkEndpointUrl(QUrl(text));
    UrlPolicy::checkEndpointUrl(QUrl(u"https://"_s + text + u"/hook"_s));
    UrlPolicy::isLoopbackHost(text);
    return 0;
}
