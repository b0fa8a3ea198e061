// herald-cli's JSON --vars file (app/cli/CliTemplateInput.cpp, compiled in): any bytes are
// loaded or refused with a message, and what loads composes on every channel.
#include "FuzzSupport.h"
#include "channels/UpdateComposer.h"
#include "cli/CliTemplateInput.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace Herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    static const UpdateComposer composer;
    static const QString path =
        QDir::temp().filePath(u"herald-fuzz-vars-%1.json"_s.arg(QCoreApplication::applicationPid()));
    {
        QFile file(path);
        HeraldFuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), u"cannot write "_s + path);
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const auto loaded = Cli::CliTemplateInput::load(u"partial-outage-investigating"_s, path);
    if (!loaded) {
        HeraldFuzz::require(!loaded.error().isEmpty(), u"refused without a message"_s);
        return 0;
    }
    composer.compose(loaded->messageTemplate, loaded->incident, loaded->variables,
                     composer.supportedChannels());
    return 0;
}
