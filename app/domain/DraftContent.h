#pragma once

#include "domain/MessageTemplate.h"

#include <QMap>
#include <QString>
#include <QVariantMap>

namespace Herald {

// What the author of a draft wrote: the values of the template's variables, and the template
// texts they rewrote for this update only ("body", "subject" or a channel key -> template text).
// Texts not rewritten come from the template.
struct DraftContent {
    QVariantMap variables;
    QMap<QString, QString> texts;

    DraftContent() = default;
    // Most drafts only fill in the blanks.
    DraftContent(QVariantMap values) : variables(std::move(values)) {} // NOLINT: implicit on purpose
    DraftContent(std::initializer_list<std::pair<QString, QVariant>> values) : variables(values) {}

    // The template with this draft's rewritten texts in place.
    MessageTemplate applyTo(MessageTemplate messageTemplate) const;
    // The template text a part starts from before this draft rewrites it.
    static QString originalText(const MessageTemplate& messageTemplate, const QString& part);

    bool operator==(const DraftContent&) const = default;
};

} // namespace Herald
