#include "templating/TemplateValue.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Herald {

std::expected<QString, QString> TemplateValue::toText(const QString& name, const QVariant& value)
{
    const auto refused = [&](const QString& what) {
        return std::unexpected(tr("\"%1\" must be text (a string), not %2").arg(name, what));
    };
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QString();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        // JSON numbers arrive as doubles: 42 is written "42", not "42.0" or "4.2e+01".
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return refused(tr("a list"));
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return refused(tr("an object"));
    default:
        break;
    }
    if (value.canConvert<QString>())
        return value.toString();
    return refused(tr("a value of type %1").arg(QString::fromLatin1(value.typeName())));
}

} // namespace Herald
