#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Herald {

// Finds the phrases of a list in a text: whole words only, ignoring case, any run of spaces
// where the phrase has one, ’ where it has ', and "*" standing for one to three words.
class PhraseMatcher {
public:
    struct Match {
        int start = 0;
        int end = 0;
        int phrase = 0; // index into the list given to the constructor
    };

    explicit PhraseMatcher(const QStringList& phrases);
    QList<Match> matches(const QString& text) const;

    // The pattern for one phrase, for rules that combine phrases with patterns of their own.
    static QString patternFor(const QString& phrase);

private:
    QRegularExpression m_expression;
    QList<int> m_groupPhrase; // capturing group n -> phrase index
};

} // namespace Herald
