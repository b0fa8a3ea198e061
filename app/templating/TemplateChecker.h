#pragma once

#include "domain/TemplateVariable.h"
#include "templating/TemplateProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace KTextTemplate {
class Engine;
}

namespace Herald {

// Checks one template text (Django syntax) before anyone renders it: tags and filters
// KTextTemplate does not know, blocks left open or closed twice, variables the template does not
// declare ("incident.*" is always there), and, given the filled values, required ones left
// empty. Each problem has the line, column and length WITHIN the text, so an editor can
// underline it; source is left empty for the caller to fill.
class TemplateChecker {
    Q_DECLARE_TR_FUNCTIONS(TemplateChecker)

public:
    TemplateChecker();
    ~TemplateChecker();
    TemplateChecker(const TemplateChecker&) = delete;
    TemplateChecker& operator=(const TemplateChecker&) = delete;

    QList<TemplateProblem> check(const QString& text, const QList<TemplateVariable>& declared,
                                 const std::optional<QVariantMap>& filled = std::nullopt) const;
    // The top-level names a text reads ("service" for "{{ service|upper }}"), in order, once each.
    QStringList referencedVariables(const QString& text) const;

private:
    bool filterExists(const QString& name) const;
    bool tagExists(const QString& tagContent) const;

    std::unique_ptr<KTextTemplate::Engine> m_engine;
    mutable QHash<QString, bool> m_knownFilters;
    mutable QHash<QString, bool> m_knownTags;
};

} // namespace Herald
