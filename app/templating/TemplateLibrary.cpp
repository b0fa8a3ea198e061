#include "templating/TemplateLibrary.h"

#include "templating/TemplateParser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Herald {

TemplateLibrary TemplateLibrary::shipped()
{
    TemplateLibrary library;
    library.loadDirectory(u":/herald/templates"_s);
    return library;
}

void TemplateLibrary::loadDirectory(const QString& path)
{
    const QDir dir(path);
    const QStringList names = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        loadFile(dir.filePath(name));
}

std::expected<MessageTemplate, QList<TemplateProblem>> TemplateLibrary::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            QList<TemplateProblem>{{path, 0, 0, tr("cannot read the file: %1").arg(file.errorString())}});
    const QString source = path.startsWith(u":/"_s) ? path.mid(path.lastIndexOf(u'/') + 1) : path;
    return TemplateParser::parseAll(file.readAll(), source);
}

void TemplateLibrary::loadFile(const QString& path)
{
    auto parsed = readFile(path);
    if (!parsed) {
        m_problems << parsed.error();
        return;
    }
    if (find(parsed->id)) {
        m_problems << TemplateProblem{parsed->source, 1, 1,
                                      tr("another template already has the id \"%1\"").arg(parsed->id)};
        return;
    }
    add(*parsed);
}

void TemplateLibrary::add(const MessageTemplate& messageTemplate)
{
    m_templates << messageTemplate;
    m_shipped << messageTemplate;
}

void TemplateLibrary::addStored(const QList<StoredTemplate>& versions)
{
    QHash<QString, const StoredTemplate*> newest;
    for (const StoredTemplate& stored : versions) {
        const StoredTemplate*& current = newest[stored.id];
        if (!current || current->version < stored.version)
            current = &stored;
        if (stored.deleted || find(stored.id, stored.version))
            continue;
        const QString source = tr("database: %1 version %2").arg(stored.id).arg(stored.version);
        auto parsed = TemplateParser::parseAll(stored.document.toUtf8(), source);
        if (!parsed) {
            m_problems << parsed.error();
            continue;
        }
        // The database row names the template; the file text inside it may say otherwise.
        parsed->id = stored.id;
        parsed->version = stored.version;
        parsed->stored = true;
        m_stored << *parsed;
    }
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const StoredTemplate& latest = **it;
        const auto current = std::find_if(m_templates.begin(), m_templates.end(),
                                          [&](const MessageTemplate& t) { return t.id == latest.id; });
        const auto shipped = std::find_if(m_shipped.cbegin(), m_shipped.cend(),
                                          [&](const MessageTemplate& t) { return t.id == latest.id; });
        const MessageTemplate* replacement = nullptr;
        if (!latest.deleted)
            replacement = find(latest.id, latest.version);
        if (replacement && shipped != m_shipped.cend() && shipped->version >= replacement->version)
            replacement = &*shipped;
        if (!replacement && shipped != m_shipped.cend())
            replacement = &*shipped;
        if (current != m_templates.end()) {
            if (replacement)
                *current = *replacement;
            else
                m_templates.erase(current);
        } else if (replacement) {
            m_templates << *replacement;
        }
    }
}

const MessageTemplate* TemplateLibrary::find(const QString& id) const
{
    for (const auto& t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

const MessageTemplate* TemplateLibrary::find(const QString& id, int version) const
{
    for (const QList<MessageTemplate>* list : {&m_templates, &m_stored, &m_shipped})
        for (const auto& t : *list)
            if (t.id == id && t.version == version)
                return &t;
    return nullptr;
}

int TemplateLibrary::nextVersion(const QString& id) const
{
    int newest = 0;
    for (const QList<MessageTemplate>* list : {&m_templates, &m_stored, &m_shipped})
        for (const auto& t : *list)
            if (t.id == id)
                newest = std::max(newest, t.version);
    return newest + 1;
}

QString TemplateLibrary::withIdAndVersion(QString document, const QString& id, int version)
{
    static const QRegularExpression idLine(u"^id:[^\\n]*$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression versionLine(u"^version:[^\\n]*$"_s, QRegularExpression::MultilineOption);
    const QString newId = u"id: "_s + id;
    const QString newVersion = u"version: "_s + QString::number(version);
    if (document.contains(idLine))
        document.replace(idLine, newId);
    else
        document.prepend(newId + u'\n');
    if (document.contains(versionLine)) {
        document.replace(versionLine, newVersion);
    } else {
        const auto match = idLine.match(document);
        document.insert(match.capturedEnd(), u'\n' + newVersion);
    }
    return document;
}

std::expected<StoredTemplate, QList<TemplateProblem>>
TemplateLibrary::prepareImport(const QString& path, qint64 authorId, const QDateTime& at) const
{
    auto parsed = readFile(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    const int version = std::max(parsed->version, nextVersion(parsed->id));
    return StoredTemplate{parsed->id, version, withIdAndVersion(parsed->document, parsed->id, version),
                          authorId,   at,      false};
}

std::expected<StoredTemplate, QString> TemplateLibrary::duplicate(const QString& id, qint64 authorId,
                                                                  const QDateTime& at) const
{
    const MessageTemplate* original = find(id);
    if (!original)
        return std::unexpected(tr("There is no template \"%1\".").arg(id));
    QString copyId = id + u"-copy"_s;
    for (int n = 2; nextVersion(copyId) > 1; ++n)
        copyId = id + u"-copy-"_s + QString::number(n);
    QString document = withIdAndVersion(original->document, copyId, 1);
    static const QRegularExpression nameLine(u"^name:[^\\n]*$"_s, QRegularExpression::MultilineOption);
    const QString name = original->name + tr(" (copy)");
    // Quoted as YAML: the name may hold ": " or "#".
    document.replace(nameLine,
                     u"name: \""_s + QString(name).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return StoredTemplate{copyId, 1, document, authorId, at, false};
}

std::expected<void, QString> TemplateLibrary::exportTo(const QString& id, int version,
                                                       const QString& path) const
{
    const MessageTemplate* t = find(id, version);
    if (!t)
        return std::unexpected(tr("There is no template \"%1\" version %2.").arg(id).arg(version));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(withIdAndVersion(t->document, t->id, t->version).toUtf8());
    if (!file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Herald
