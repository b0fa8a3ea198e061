#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace Herald {

// Writes a JSON object byte for byte as QJsonDocument::toJson(QJsonDocument::Compact) writes
// the same QJsonObject, without building one: every timeline event is hashed in this form,
// and the outbox hashes one per delivery. Members must be added in QJsonObject's (sorted) key
// order; the keys themselves are plain ASCII.
class CanonicalJson {
public:
    CanonicalJson& add(QLatin1StringView key, qint64 value);
    CanonicalJson& add(QLatin1StringView key, QStringView value);
    // A value that is JSON text already, such as a compact nested object.
    CanonicalJson& addJson(QLatin1StringView key, QByteArrayView json);
    QByteArray text() const;

    // Appends `text` as a quoted JSON string, escaped as Qt escapes it.
    static void appendString(QByteArray& out, QStringView text);

private:
    void appendKey(QLatin1StringView key);

    QByteArray m_text = QByteArrayLiteral("{");
};

} // namespace Herald
