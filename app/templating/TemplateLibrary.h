#pragma once

#include "domain/MessageTemplate.h"
#include "templating/TemplateProblem.h"

#include <QList>

namespace Herald {

// The templates a person can start a draft from. A broken file is reported and skipped;
// the others still load.
class TemplateLibrary {
public:
    // The templates shipped with Herald (compiled in from templates/).
    static TemplateLibrary shipped();

    void loadDirectory(const QString& path);
    void loadFile(const QString& path);
    void add(const MessageTemplate& messageTemplate);

    const QList<MessageTemplate>& templates() const { return m_templates; }
    const QList<TemplateProblem>& problems() const { return m_problems; }
    const MessageTemplate* find(const QString& id) const;

private:
    QList<MessageTemplate> m_templates;
    QList<TemplateProblem> m_problems;
};

} // namespace Herald
