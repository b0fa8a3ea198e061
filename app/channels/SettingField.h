#pragma once

#include <QString>
#include <QStringList>

namespace Herald {

// One option an endpoint of a channel takes (stored in ChannelEndpoint::settings under `key`),
// described once so the settings dialog can show it and the sender can check it.
struct SettingField {
    enum class Type { Text, Number, Boolean, Choice };
    QString key;
    QString label;
    Type type = Type::Text;
    QStringList choices; // for Choice
    QString placeholder;
    bool required = false;
};

} // namespace Herald
