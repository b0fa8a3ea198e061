#pragma once

#include <QString>
#include <QStringView>

namespace Herald {

// Flesch-Kincaid grade level of English text:
//   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
// Words are whitespace-separated tokens with a letter or digit; a hyphenated word counts once
// with the syllables of its parts. Sentences end at . ! ? followed by a space, or at a line
// break, so headings and list items count as sentences. Syllables are estimated (see syllables()).
class FleschKincaid {
public:
    struct Result {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        double grade = 0.0; // 0 when there are no words
    };

    static Result measure(const QString& text);
    // Vowel groups (a e i o u, and y after the first letter), less a silent final "e", "-ed"
    // or "-es"; words of three letters or fewer and numbers count one. At least one.
    static int syllables(QStringView word);
};

} // namespace Herald
