#include "checks/FleschKincaid.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
bool isVowel(QChar c, bool first)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
        return true;
    case u'y':
        return !first;
    default:
        return false;
    }
}

int syllablesOfPart(const QString& letters)
{
    if (letters.isEmpty())
        return 0;
    if (letters.size() <= 3)
        return 1;
    int count = 0;
    bool previousVowel = false;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const bool vowel = isVowel(letters.at(i), i == 0);
        if (vowel && !previousVowel)
            ++count;
        previousVowel = vowel;
    }
    const auto consonantAt = [&](qsizetype i) { return i >= 0 && !isVowel(letters.at(i), i == 0); };
    const qsizetype n = letters.size();
    if (count > 1) {
        if (letters.endsWith(u'e') && consonantAt(n - 2) &&
            !(letters.endsWith(u"le"_s) && consonantAt(n - 3)))
            --count; // silent e: "update", "there"; but "table" keeps it
        else if (letters.endsWith(u"ed"_s) && consonantAt(n - 3) && letters.at(n - 3) != u't' &&
                 letters.at(n - 3) != u'd')
            --count; // "worked"; but "started", "ended" keep it
        else if (letters.endsWith(u"es"_s) && consonantAt(n - 3) &&
                 !QStringView(u"sxzcgh").contains(letters.at(n - 3)))
            --count; // "updates"; but "services", "changes" keep it
    }
    return std::max(count, 1);
}
} // namespace

int FleschKincaid::syllables(QStringView word)
{
    int total = 0;
    bool anyLetter = false;
    for (QStringView part : word.split(u'-', Qt::SkipEmptyParts)) {
        QString letters;
        for (QChar c : part)
            if (c.isLetter())
                letters += c.toLower();
        anyLetter = anyLetter || !letters.isEmpty();
        total += syllablesOfPart(letters);
    }
    return anyLetter ? std::max(total, 1) : 1;
}

FleschKincaid::Result FleschKincaid::measure(const QString& text)
{
    // One pass without regular expressions: this runs on every channel's text while typing.
    Result result;
    int wordsInSentence = 0;
    const auto endSentence = [&] {
        if (wordsInSentence > 0) {
            result.words += wordsInSentence;
            ++result.sentences;
            wordsInSentence = 0;
        }
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            endSentence();
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        const QStringView token = QStringView(text).mid(start, i - start);
        if (std::any_of(token.cbegin(), token.cend(), [](QChar t) { return t.isLetterOrNumber(); })) {
            ++wordsInSentence;
            result.syllables += syllables(token);
        }
        const QChar last = token.back();
        if (last == u'.' || last == u'!' || last == u'?')
            endSentence(); // . ! ? followed by a space or the end
    }
    endSentence();
    if (result.words > 0)
        result.grade =
            0.39 * result.words / result.sentences + 11.8 * result.syllables / result.words - 15.59;
    return result;
}

} // namespace Herald
