#include "store/SqlBatch.h"

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace Herald::SqlBatch {

qsizetype rowsFor(qsizetype remaining)
{
    return std::min(maxRows, qsizetype(std::bit_ceil(size_t(std::max<qsizetype>(remaining, 1)))));
}

QString repeated(const QString& row, qsizetype count)
{
    QString text;
    text.reserve((row.size() + 2) * count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            text += u", "_s;
        text += row;
    }
    return text;
}

} // namespace Herald::SqlBatch
