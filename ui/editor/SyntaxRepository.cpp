#include "editor/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;

namespace Herald {

KSyntaxHighlighting::Repository& syntaxRepository()
{
    static KSyntaxHighlighting::Repository* repository = [] {
        auto* r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(u":/herald"_s); // resources/syntax/herald-template.xml
        return r;
    }();
    return *repository;
}

} // namespace Herald
