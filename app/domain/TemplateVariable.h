#pragma once

#include <QString>
#include <QStringList>

namespace Herald {

// One blank of a template, filled once per draft and used by every channel's text.
struct TemplateVariable {
    enum class Type { Text, MultilineText, Time, Url, Choice };

    QString name;
    Type type = Type::Text;
    QString label;
    QString description;
    bool required = false;
    QString defaultValue;
    QString example;
    QStringList choices; // for Type::Choice
};

} // namespace Herald
