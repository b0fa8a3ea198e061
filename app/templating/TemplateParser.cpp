#include "templating/TemplateParser.h"

#include "templating/TemplateChecker.h"
#include "templating/TemplateLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Thrown for problems after which the rest of the file cannot be read; the others are collected.
struct Invalid {
    YAML::Mark mark;
    QString message;
};

QString text(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

QString keysOf(const auto& values, auto keyFn)
{
    QStringList keys;
    for (auto v : values)
        keys << keyFn(v);
    return keys.join(u", "_s);
}

class Reader {
public:
    Reader(const QByteArray& content, const QString& source) : m_source(source)
    {
        for (const QByteArray& line : content.split('\n'))
            m_lines << line;
    }

    QList<TemplateProblem> problems;

    void report(const YAML::Mark& mark, const QString& message, int length = 0)
    {
        problems << TemplateProblem{m_source, mark.line + 1, column(mark.line, mark.column) + 1, message,
                                    length};
    }

    // yaml-cpp counts bytes; people (and editors) count characters.
    int column(int line, int byteColumn) const
    {
        if (line < 0 || line >= m_lines.size())
            return byteColumn;
        return int(QString::fromUtf8(m_lines.at(line).left(byteColumn)).size());
    }

    void allowOnly(const YAML::Node& map, const QStringList& allowed, const QString& where)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = it->first.IsScalar() ? text(it->first) : QString();
            if (!allowed.contains(key))
                report(it->first.Mark(),
                       TemplateParser::tr("unknown field \"%1\" in %2 (use %3)")
                           .arg(key, where, allowed.join(u", "_s)),
                       int(key.size()));
        }
    }

    QString requiredText(const YAML::Node& parent, const char* key)
    {
        const YAML::Node node = parent[key];
        if (!node || node.IsNull()) {
            report(parent.Mark(),
                   TemplateParser::tr("the required field \"%1\" is missing").arg(QLatin1StringView(key)));
            return {};
        }
        return optionalText(parent, key);
    }

    QString optionalText(const YAML::Node& parent, const char* key, const QString& fallback = {})
    {
        const YAML::Node node = parent[key];
        if (!node || node.IsNull())
            return fallback;
        if (!node.IsScalar()) {
            report(node.Mark(), TemplateParser::tr("\"%1\" must be text").arg(QLatin1StringView(key)));
            return fallback;
        }
        return text(node);
    }

    bool optionalBool(const YAML::Node& parent, const char* key)
    {
        const YAML::Node node = parent[key];
        if (!node || node.IsNull())
            return false;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
            report(node.Mark(),
                   TemplateParser::tr("\"%1\" must be true or false").arg(QLatin1StringView(key)));
        return value;
    }

    template <typename E, typename F>
    E requiredKey(const YAML::Node& parent, const char* key, F fromKey, const QString& allowed, E fallback)
    {
        const QString value = requiredText(parent, key);
        if (value.isEmpty())
            return fallback;
        const auto parsed = fromKey(value);
        if (!parsed) {
            report(parent[key].Mark(), TemplateParser::tr("\"%1\" is not a valid %2 (use one of: %3)")
                                           .arg(value, QLatin1StringView(key), allowed));
            return fallback;
        }
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
            report(
                node["type"].Mark(),
                TemplateParser::tr("unknown variable type \"%1\" (use text, multiline, time, url or choice)")
                    .arg(type));
        return types.value(type, TemplateVariable::Type::Text);
    }

    QList<TemplateVariable> variables(const YAML::Node& node)
    {
        QList<TemplateVariable> out;
        if (!node)
            return out;
        if (!node.IsSequence()) {
            report(node.Mark(), TemplateParser::tr("\"variables\" must be a list"));
            return out;
        }
        if (node.size() > std::size_t(TemplateLimits::variables)) {
            report(node.Mark(), TemplateParser::tr("the template declares %1 variables; a template declares "
                                                   "at most %2")
                                    .arg(node.size())
                                    .arg(TemplateLimits::variables));
            return out;
        }
        QSet<QString> names;
        static const QRegularExpression identifier(u"^[a-z][a-z0-9_]*$"_s);
        static const QStringList fields{u"name"_s,        u"label"_s,   u"type"_s,    u"required"_s,
                                        u"description"_s, u"default"_s, u"example"_s, u"choices"_s};
        for (const YAML::Node& item : node) {
            if (!item.IsMap()) {
                report(item.Mark(), TemplateParser::tr("each variable must have a name and its fields"));
                continue;
            }
            allowOnly(item, fields, TemplateParser::tr("a variable"));
            TemplateVariable v;
            v.name = requiredText(item, "name");
            if (v.name.isEmpty())
                continue;
            if (!identifier.match(v.name).hasMatch()) {
                report(item["name"].Mark(),
                       TemplateParser::tr("variable name \"%1\" must be lower case letters, digits and _")
                           .arg(v.name),
                       int(v.name.size()));
                continue;
            }
            if (names.contains(v.name)) {
                report(item["name"].Mark(),
                       TemplateParser::tr("variable \"%1\" is declared twice").arg(v.name),
                       int(v.name.size()));
                continue;
            }
            names.insert(v.name);
            v.type = variableType(item);
            v.label = optionalText(item, "label", v.name);
            v.description = optionalText(item, "description");
            v.required = optionalBool(item, "required");
            v.defaultValue = optionalText(item, "default");
            v.example = optionalText(item, "example");
            if (const YAML::Node choices = item["choices"]) {
                if (!choices.IsSequence())
                    report(choices.Mark(), TemplateParser::tr("\"choices\" must be a list"));
                else
                    for (const YAML::Node& choice : choices)
                        v.choices << text(choice);
            }
            out << v;
        }
        return out;
    }

    // A text of the template: kept for the checks, which need the variables read first.
    QString templateText(const YAML::Node& node, const QString& what)
    {
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            report(node.Mark(), TemplateParser::tr("%1 must be text").arg(what));
            return {};
        }
        m_texts << std::pair(node, what);
        return text(node);
    }

    // "channels": each channel or group name maps to its text, or to {subject, body}.
    void channels(const YAML::Node& node, TemplateTexts& texts)
    {
        if (!node)
            return;
        if (!node.IsMap()) {
            report(node.Mark(), TemplateParser::tr("\"channels\" must map channel names to text"));
            return;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString name = text(it->first);
            const auto channel = channelFromKey(name);
            if (!channel && !MessageTemplate::groups().contains(name)) {
                QStringList names = MessageTemplate::groups();
                for (ChannelKind c : allChannels())
                    names << channelKey(c);
                report(it->first.Mark(),
                       TemplateParser::tr("unknown channel \"%1\" (use one of: %2)")
                           .arg(name, names.join(u", "_s)),
                       int(name.size()));
                continue;
            }
            QString body;
            QString subject;
            if (it->second.IsMap()) {
                allowOnly(it->second, {u"subject"_s, u"body"_s},
                          TemplateParser::tr("channel \"%1\"").arg(name));
                body = templateText(it->second["body"],
                                    TemplateParser::tr("the body for channel \"%1\"").arg(name));
                subject = templateText(it->second["subject"],
                                       TemplateParser::tr("the subject for channel \"%1\"").arg(name));
            } else if (it->second.IsScalar()) {
                body = templateText(it->second, TemplateParser::tr("the text for channel \"%1\"").arg(name));
            } else {
                report(it->second.Mark(),
                       TemplateParser::tr("the text for channel \"%1\" must be text").arg(name));
                continue;
            }
            if (channel) {
                if (!body.isNull())
                    texts.channelBodies.insert(*channel, body);
                if (!subject.isNull())
                    texts.channelSubjects.insert(*channel, subject);
            } else {
                if (!body.isNull())
                    texts.groupBodies.insert(name, body);
                if (!subject.isNull())
                    texts.groupSubjects.insert(name, subject);
            }
        }
    }

    void locales(const YAML::Node& node, MessageTemplate& t)
    {
        if (!node)
            return;
        if (!node.IsMap()) {
            report(node.Mark(), TemplateParser::tr("\"locales\" must map locale names (\"de\") to texts"));
            return;
        }
        static const QRegularExpression localeName(u"^[a-z]{2,3}([_-][A-Za-z0-9]+)?$"_s);
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString name = text(it->first);
            if (!localeName.match(name).hasMatch()) {
                report(it->first.Mark(),
                       TemplateParser::tr("\"%1\" is not a locale name such as de or pt-BR").arg(name),
                       int(name.size()));
                continue;
            }
            if (!it->second.IsMap()) {
                report(
                    it->second.Mark(),
                    TemplateParser::tr("locale \"%1\" must have name, subject, body or channels").arg(name));
                continue;
            }
            allowOnly(it->second, {u"name"_s, u"subject"_s, u"body"_s, u"channels"_s},
                      TemplateParser::tr("locale \"%1\"").arg(name));
            TemplateTexts texts;
            texts.name = optionalText(it->second, "name");
            texts.subject = templateText(it->second["subject"], TemplateParser::tr("\"subject\""));
            texts.body = templateText(it->second["body"], TemplateParser::tr("\"body\""));
            channels(it->second["channels"], texts);
            t.locales.insert(name, texts);
        }
    }

    // Compiles every text and checks its variables, placing what is wrong in the file.
    void checkTexts(const QList<TemplateVariable>& declared)
    {
        const TemplateChecker checker;
        for (const auto& [node, what] : std::as_const(m_texts)) {
            for (const TemplateProblem& p : checker.check(text(node), declared)) {
                const auto [line, column] = fileOffset(node, p.line, p.column);
                problems << TemplateProblem{m_source, line, column, what + u": "_s + p.message, p.length};
            }
        }
    }

private:
    // Where line:column of a scalar's text is in the file. Exact for literal blocks ("|") and
    // single-line scalars, which is how templates are written; near for folded text.
    std::pair<int, int> fileOffset(const YAML::Node& node, int textLine, int textColumn) const
    {
        const YAML::Mark mark = node.Mark();
        const QString first =
            mark.line < m_lines.size() ? QString::fromUtf8(m_lines.at(mark.line)) : QString();
        const int start = column(mark.line, mark.column);
        const QChar indicator = start < first.size() ? first.at(start) : QChar();
        if (indicator == u'|' || indicator == u'>') {
            int indent = 0;
            for (int l = mark.line + 1; l < m_lines.size(); ++l) {
                const QString line = QString::fromUtf8(m_lines.at(l));
                if (line.trimmed().isEmpty())
                    continue;
                while (indent < line.size() && line.at(indent) == u' ')
                    ++indent;
                break;
            }
            return {mark.line + 1 + textLine, indent + textColumn};
        }
        const int quote = (indicator == u'"' || indicator == u'\'') ? 1 : 0;
        if (textLine == 1)
            return {mark.line + 1, start + quote + textColumn};
        return {mark.line + textLine, textColumn};
    }

    QString m_source;
    QList<QByteArray> m_lines;
    QList<std::pair<YAML::Node, QString>> m_texts;
};
} // namespace

std::expected<MessageTemplate, QList<TemplateProblem>> TemplateParser::parseAll(const QByteArray& content,
                                                                                const QString& source)
{
    Reader reader(content, source);
    if (content.size() > TemplateLimits::fileBytes) {
        reader.problems << TemplateProblem{source, 1, 1,
                                           tr("the file has %1 bytes; a template file has at most %2")
                                               .arg(content.size())
                                               .arg(TemplateLimits::fileBytes)};
        return std::unexpected(reader.problems);
    }
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (!root.IsMap())
            throw Invalid{root.Mark(), tr("a template must be a YAML mapping of fields")};
        MessageTemplate t;
        t.source = source;
        t.document = QString::fromUtf8(content);
        t.id = reader.requiredText(root, "id");
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
        if (!t.id.isEmpty() && !idPattern.match(t.id).hasMatch())
            reader.report(root["id"].Mark(),
                          tr("id \"%1\" must be lower case letters, digits and -").arg(t.id),
                          int(t.id.size()));
        reader.allowOnly(root,
                         {u"id"_s, u"version"_s, u"name"_s, u"scenario"_s, u"audience"_s, u"status"_s,
                          u"locale"_s, u"variables"_s, u"subject"_s, u"body"_s, u"channels"_s, u"locales"_s},
                         tr("a template"));
        if (const YAML::Node version = root["version"]) {
            if (!version.IsScalar() || !YAML::convert<int>::decode(version, t.version) || t.version < 1) {
                reader.report(version.Mark(), tr("\"version\" must be a whole number from 1"));
                t.version = 1;
            }
        }
        t.name = reader.requiredText(root, "name");
        t.scenario = reader.requiredText(root, "scenario");
        t.audience = reader.requiredKey<Audience>(root, "audience", audienceFromKey,
                                                  keysOf(allAudiences(), audienceKey), Audience::External);
        t.status = reader.requiredKey<IncidentStatus>(
            root, "status", incidentStatusFromKey,
            keysOf(statusesOf(IncidentKind::Incident) + statusesOf(IncidentKind::Maintenance),
                   incidentStatusKey),
            IncidentStatus::Investigating);
        t.locale = reader.optionalText(root, "locale", u"en"_s);
        t.variables = reader.variables(root["variables"]);
        t.subject = reader.templateText(root["subject"], tr("\"subject\""));
        if (!root["body"] || root["body"].IsNull())
            reader.report(root.Mark(), tr("the required field \"body\" is missing"));
        t.body = reader.templateText(root["body"], tr("\"body\""));
        TemplateTexts texts;
        reader.channels(root["channels"], texts);
        t.channelBodies = texts.channelBodies;
        t.channelSubjects = texts.channelSubjects;
        t.groupBodies = texts.groupBodies;
        t.groupSubjects = texts.groupSubjects;
        reader.locales(root["locales"], t);
        reader.checkTexts(t.variables);
        if (!reader.problems.isEmpty())
            return std::unexpected(reader.problems);
        return t;
    } catch (const Invalid& invalid) {
        reader.report(invalid.mark, invalid.message);
    } catch (const YAML::Exception& error) {
        reader.report(error.mark, QString::fromStdString(error.msg));
    }
    return std::unexpected(reader.problems);
}

std::expected<MessageTemplate, TemplateProblem> TemplateParser::parse(const QByteArray& content,
                                                                      const QString& source)
{
    auto parsed = parseAll(content, source);
    if (!parsed)
        return std::unexpected(parsed.error().first());
    return std::move(*parsed);
}

} // namespace Herald
