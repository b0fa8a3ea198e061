#include "channels/http/HttpAnswer.h"

namespace Herald {

namespace {
const std::pair<QByteArray, QByteArray>* find(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& header : headers)
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return &header;
    return nullptr;
}
} // namespace

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    const auto* found = find(headers, name);
    return found ? found->second : QByteArray();
}

bool HttpAnswer::hasHeader(QByteArrayView name) const
{
    return find(headers, name) != nullptr;
}

} // namespace Herald
