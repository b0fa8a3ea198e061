#pragma once

#include "templating/TemplateProblem.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace Herald {

// Highlights template text with Herald's syntax definition, then marks on top of it what a
// person must look at: misspelt words in the prose (Sonnet; never inside template tags) and
// template problems (syntax errors, unknown variables) at their line and column.
// One QSyntaxHighlighter per document, so both layers live here.
class TemplateHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter {
    Q_OBJECT
public:
    // definition: a KSyntaxHighlighting definition name; Herald's own template syntax by default.
    explicit TemplateHighlighter(QTextDocument* document,
                                 const QString& definition = QStringLiteral("Herald Template"));
    ~TemplateHighlighter() override;

    void setProblems(const QList<TemplateProblem>& problems);
    void setSpellCheckEnabled(bool enabled);
    bool spellCheckAvailable() const;
    // Follows the palette: a light theme on light windows, a dark one on dark windows.
    void applyThemeFor(const QPalette& palette);
    // The misspelt words last found in a block, for tests and the context menu.
    bool isMisspelled(const QString& word) const;

protected:
    void highlightBlock(const QString& text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    void markSpelling(const QString& text);
    void markProblems();

    std::unique_ptr<Sonnet::Speller> m_speller;
    bool m_spellCheck = true;
    QList<TemplateProblem> m_problems;
    QList<std::pair<int, int>> m_prose; // offset, length of spell-checkable spans in this block
};

} // namespace Herald
