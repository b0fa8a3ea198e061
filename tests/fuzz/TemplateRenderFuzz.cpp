// A template text rendered with random variables in every escaping: the check and the renderer
// never crash, and no render is longer than the output limit.
#include "FuzzSupport.h"
#include "templating/TemplateChecker.h"
#include "templating/TemplateLimits.h"
#include "templating/TemplateRenderer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;
using namespace Herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    static const TemplateRenderer renderer;
    static const TemplateChecker checker;
    FuzzedDataProvider input(data, size);
    const QString text = QString::fromStdString(input.ConsumeRandomLengthString(2048));
    QVariantHash context;
    QList<TemplateVariable> declared;
    const int count = input.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromStdString(input.ConsumeRandomLengthString(12));
        const QString value = QString::fromStdString(input.ConsumeRandomLengthString(512));
        if (input.ConsumeBool())
            context.insert(name, value);
        else
            context.insert(name, QVariantList{value, name});
        declared << TemplateVariable{
            name, TemplateVariable::Type::Text, name, {}, input.ConsumeBool(), {}, {}, {}};
    }
    context.insert(u"incident"_s, QVariantHash{{u"title"_s, u"Payments"_s}, {u"drill"_s, false}});
    checker.check(text, declared);
    const auto escaping = static_cast<TemplateRenderer::Escaping>(input.ConsumeIntegralInRange(0, 4));
    const TemplateRenderer::Result result = renderer.render(text, context, escaping);
    HeraldFuzz::require(result.text.size() <= TemplateLimits::outputCharacters, u"render over the limit"_s);
    HeraldFuzz::require(result.ok() || result.text.isEmpty(), u"an error with text"_s);
    return 0;
}
