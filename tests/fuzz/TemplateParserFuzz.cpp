// Template files (YAML) of any shape: parsing and checking never crash, hang or leave a problem
// without its place in the file.
#include "FuzzSupport.h"
#include "templating/TemplateParser.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    const QByteArray content(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = Herald::TemplateParser::parseAll(content, u"fuzz.yaml"_s);
    if (!parsed) {
        HeraldFuzz::require(!parsed.error().isEmpty(), u"refused without a problem"_s);
        for (const Herald::TemplateProblem& p : parsed.error())
            HeraldFuzz::require(p.source == u"fuzz.yaml"_s && !p.message.isEmpty(), p.toString());
    }
    return 0;
}
