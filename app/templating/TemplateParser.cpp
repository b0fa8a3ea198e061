#include "templating/TemplateParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Thrown inside the parser only; turned into a TemplateProblem at the boundary.
struct Invalid {
    YAML::Mark mark;
    QString message;
};

QString text(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

QString requiredText(const YAML::Node& parent, const char* key)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull())
        throw Invalid{parent.Mark(),
                      TemplateParser::tr("the required field \"%1\" is missing").arg(QLatin1StringView(key))};
    if (!node.IsScalar())
        throw Invalid{node.Mark(), TemplateParser::tr("\"%1\" must be text").arg(QLatin1StringView(key))};
    return text(node);
}

QString optionalText(const YAML::Node& parent, const char* key, const QString& fallback = {})
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull())
        return fallback;
    if (!node.IsScalar())
        throw Invalid{node.Mark(), TemplateParser::tr("\"%1\" must be text").arg(QLatin1StringView(key))};
    return text(node);
}

template <typename E, typename F>
E requiredKey(const YAML::Node& parent, const char* key, F fromKey, const QString& allowed)
{
    const QString value = requiredText(parent, key);
    const auto parsed = fromKey(value);
    if (!parsed)
        throw Invalid{parent[key].Mark(), TemplateParser::tr("\"%1\" is not a valid %2 (use one of: %3)")
                                              .arg(value, QLatin1StringView(key), allowed)};
    return *parsed;
}

TemplateVariable::Type variableType(const YAML::Node& node)
{
    const QString type = optionalText(node, "type", u"text"_s);
    static const QHash<QString, TemplateVariable::Type> types{
        {u"text"_s, TemplateVariable::Type::Text},
        {u"multiline"_s, TemplateVariable::Type::MultilineText},
        {u"time"_s, TemplateVariable::Type::Time},
        {u"url"_s, TemplateVariable::Type::Url},
        {u"choice"_s, TemplateVariable::Type::Choice},
    };
    if (!types.contains(type))
        throw Invalid{
            node["type"].Mark(),
            TemplateParser::tr("unknown variable type \"%1\" (use text, multiline, time, url or choice)")
                .arg(type)};
    return types.value(type);
}

QList<TemplateVariable> variables(const YAML::Node& node)
{
    QList<TemplateVariable> out;
    if (!node)
        return out;
    if (!node.IsSequence())
        throw Invalid{node.Mark(), TemplateParser::tr("\"variables\" must be a list")};
    static const QRegularExpression identifier(u"^[a-z][a-z0-9_]*$"_s);
    for (const YAML::Node& item : node) {
        if (!item.IsMap())
            throw Invalid{item.Mark(), TemplateParser::tr("each variable must have a name and its fields")};
        TemplateVariable v;
        v.name = requiredText(item, "name");
        if (!identifier.match(v.name).hasMatch())
            throw Invalid{item["name"].Mark(),
                          TemplateParser::tr("variable name \"%1\" must be lower case letters, digits and _")
                              .arg(v.name)};
        for (const auto& existing : std::as_const(out))
            if (existing.name == v.name)
                throw Invalid{item["name"].Mark(),
                              TemplateParser::tr("variable \"%1\" is declared twice").arg(v.name)};
        v.type = variableType(item);
        v.label = optionalText(item, "label", v.name);
        v.description = optionalText(item, "description");
        v.required = item["required"] && item["required"].as<bool>();
        v.defaultValue = optionalText(item, "default");
        v.example = optionalText(item, "example");
        if (const YAML::Node choices = item["choices"]) {
            for (const YAML::Node& choice : choices)
                v.choices << text(choice);
        }
        out << v;
    }
    return out;
}

QHash<ChannelKind, QString> channelBodies(const YAML::Node& node)
{
    QHash<ChannelKind, QString> out;
    if (!node)
        return out;
    if (!node.IsMap())
        throw Invalid{node.Mark(), TemplateParser::tr("\"channels\" must map channel names to text")};
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = text(it->first);
        const auto channel = channelFromKey(name);
        if (!channel)
            throw Invalid{it->first.Mark(), TemplateParser::tr("unknown channel \"%1\"").arg(name)};
        if (!it->second.IsScalar())
            throw Invalid{it->second.Mark(),
                          TemplateParser::tr("the text for channel \"%1\" must be text").arg(name)};
        out.insert(*channel, text(it->second));
    }
    return out;
}

QString keysOf(const auto& values, auto keyFn)
{
    QStringList keys;
    for (auto v : values)
        keys << keyFn(v);
    return keys.join(u", "_s);
}
} // namespace

std::expected<MessageTemplate, TemplateProblem> TemplateParser::parse(const QByteArray& content,
                                                                      const QString& source)
{
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (!root.IsMap())
            throw Invalid{root.Mark(), TemplateParser::tr("a template must be a YAML mapping of fields")};
        MessageTemplate t;
        t.source = source;
        t.id = requiredText(root, "id");
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
        if (!idPattern.match(t.id).hasMatch())
            throw Invalid{root["id"].Mark(),
                          TemplateParser::tr("id \"%1\" must be lower case letters, digits and -").arg(t.id)};
        t.version = root["version"] ? root["version"].as<int>() : 1;
        t.name = requiredText(root, "name");
        t.scenario = requiredText(root, "scenario");
        t.audience =
            requiredKey<Audience>(root, "audience", audienceFromKey, keysOf(allAudiences(), audienceKey));
        t.status = requiredKey<IncidentStatus>(
            root, "status", incidentStatusFromKey,
            keysOf(statusesOf(IncidentKind::Incident) + statusesOf(IncidentKind::Maintenance),
                   incidentStatusKey));
        t.locale = optionalText(root, "locale", u"en"_s);
        t.variables = variables(root["variables"]);
        t.subject = optionalText(root, "subject");
        t.body = requiredText(root, "body");
        t.channelBodies = channelBodies(root["channels"]);
        return t;
    } catch (const Invalid& invalid) {
        return std::unexpected(
            TemplateProblem{source, invalid.mark.line + 1, invalid.mark.column + 1, invalid.message});
    } catch (const YAML::Exception& error) {
        return std::unexpected(TemplateProblem{source, error.mark.line + 1, error.mark.column + 1,
                                               QString::fromStdString(error.msg)});
    }
}

} // namespace Herald
