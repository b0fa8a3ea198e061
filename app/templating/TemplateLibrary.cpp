#include "templating/TemplateLibrary.h"

#include "templating/TemplateParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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

void TemplateLibrary::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems << TemplateProblem{
            path, 0, 0,
            QCoreApplication::translate("TemplateLibrary", "cannot read the file: %1")
                .arg(file.errorString())};
        return;
    }
    const QString source = path.startsWith(u":/"_s) ? path.mid(path.lastIndexOf(u'/') + 1) : path;
    auto parsed = TemplateParser::parse(file.readAll(), source);
    if (!parsed) {
        m_problems << parsed.error();
        return;
    }
    if (find(parsed->id)) {
        m_problems << TemplateProblem{
            source, 1, 1,
            QCoreApplication::translate("TemplateLibrary", "another template already has the id \"%1\"")
                .arg(parsed->id)};
        return;
    }
    add(*parsed);
}

void TemplateLibrary::add(const MessageTemplate& messageTemplate)
{
    m_templates << messageTemplate;
}

const MessageTemplate* TemplateLibrary::find(const QString& id) const
{
    for (const auto& t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace Herald
