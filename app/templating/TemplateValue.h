#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <expected>

namespace Herald {

// What a template variable's value becomes in customer text, the same for every front end:
// text as it is, a number or a yes/no written out ("42", "2.5", "true"), nothing as empty. A
// list or an object has no wording a customer should read ("[u'a', u'b']"), so it is refused,
// with what was expected.
class TemplateValue {
    Q_DECLARE_TR_FUNCTIONS(TemplateValue)

public:
    // The text, or why the value cannot be one ("\"service\" must be text, not a list").
    static std::expected<QString, QString> toText(const QString& name, const QVariant& value);
};

} // namespace Herald
