#include "editor/TemplateHighlighter.h"

#include "editor/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>
#include <Sonnet/Speller>

using namespace Qt::StringLiterals;

namespace Herald {

TemplateHighlighter::TemplateHighlighter(QTextDocument* document, const QString& definition)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_speller(std::make_unique<Sonnet::Speller>(u"en_US"_s))
{
    setDefinition(syntaxRepository().definitionForName(definition));
}

TemplateHighlighter::~TemplateHighlighter() = default;

void TemplateHighlighter::applyThemeFor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    setTheme(syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                  : KSyntaxHighlighting::Repository::LightTheme));
    rehighlight();
}

void TemplateHighlighter::setProblems(const QList<TemplateProblem>& problems)
{
    if (problems.size() == m_problems.size() &&
        std::equal(problems.begin(), problems.end(), m_problems.begin(), [](const auto& a, const auto& b) {
            return a.line == b.line && a.column == b.column && a.length == b.length && a.message == b.message;
        }))
        return;
    m_problems = problems;
    rehighlight();
}

void TemplateHighlighter::setSpellCheckEnabled(bool enabled)
{
    if (m_spellCheck == enabled)
        return;
    m_spellCheck = enabled;
    rehighlight();
}

bool TemplateHighlighter::spellCheckAvailable() const
{
    return m_speller->isValid();
}

bool TemplateHighlighter::isMisspelled(const QString& word) const
{
    return m_speller->isValid() && m_speller->isMisspelled(word);
}

void TemplateHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    if (format.spellCheck())
        m_prose.append({offset, length});
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    m_prose.clear();
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (m_spellCheck && m_speller->isValid())
        markSpelling(text);
    markProblems();
}

void TemplateHighlighter::markSpelling(const QString& text)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}'’]*"_s);
    for (const auto& [offset, length] : std::as_const(m_prose)) {
        auto it = word.globalMatch(text.mid(offset, length));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString candidate = m.captured();
            while (candidate.endsWith(u'\'') || candidate.endsWith(u'’'))
                candidate.chop(1);
            if (candidate.size() < 2 || !m_speller->isMisspelled(candidate))
                continue;
            const int start = offset + int(m.capturedStart());
            for (int i = start; i < start + candidate.size(); ++i) {
                QTextCharFormat f = format(i);
                f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                f.setUnderlineColor(Qt::red);
                setFormat(i, 1, f);
            }
        }
    }
}

void TemplateHighlighter::markProblems()
{
    const int line = currentBlock().blockNumber() + 1;
    const int blockLength = currentBlock().length() - 1;
    for (const TemplateProblem& problem : std::as_const(m_problems)) {
        if (problem.line != line)
            continue;
        // No column: the whole line; no length: to the end of the line.
        const int start = problem.column > 0 ? problem.column - 1 : 0;
        const int length = problem.length > 0 ? problem.length : std::max(1, blockLength - start);
        for (int i = start; i < std::min(blockLength, start + length); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
            f.setToolTip(problem.message);
            setFormat(i, 1, f);
        }
    }
}

} // namespace Herald
