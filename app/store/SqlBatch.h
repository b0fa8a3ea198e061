#pragma once

#include <QString>

namespace Herald::SqlBatch {

// Rows per multi-row statement at most: 64 rows of ten values stay far below every backend's
// limit on bound values (SQLite 32,766, PostgreSQL 65,535).
inline constexpr qsizetype maxRows = 64;

// How many rows the statement for `remaining` rows has: the next power of two, at most maxRows.
// A handful of statement texts (each prepared once per connection) then serve every batch size;
// the caller fills the rows beyond its own with values that change nothing.
qsizetype rowsFor(qsizetype remaining);
// `row` (e.g. "(?, ?)") `count` times, separated by commas.
QString repeated(const QString& row, qsizetype count);

} // namespace Herald::SqlBatch
