#pragma once

#include <QDateTime>
#include <QString>

namespace Herald {

// One saved version of a template people wrote in the app: the file text exactly as imported or
// edited, who saved it and when. A deleted template is a version with deleted set.
struct StoredTemplate {
    QString id;
    int version = 0;
    QString document; // YAML, as in templates/
    qint64 authorId = 0;
    QDateTime createdAt;
    bool deleted = false;
};

} // namespace Herald
