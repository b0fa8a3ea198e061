#include "checks/Finding.h"

using namespace Qt::StringLiterals;

namespace Herald {

QString findingSeverityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return u"info"_s;
    case Finding::Severity::Warning:
        return u"warning"_s;
    case Finding::Severity::Blocking:
        break;
    }
    return u"blocking"_s;
}

std::optional<Finding::Severity> findingSeverityFromKey(QStringView key)
{
    for (auto s : {Finding::Severity::Info, Finding::Severity::Warning, Finding::Severity::Blocking})
        if (findingSeverityKey(s) == key)
            return s;
    return std::nullopt;
}

} // namespace Herald
