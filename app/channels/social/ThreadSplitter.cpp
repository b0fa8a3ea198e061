#include "channels/social/ThreadSplitter.h"

#include "channels/social/TextUnits.h"

#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// A place the text may be cut: the post ends at `end`, the next one starts at `next` (after the
// white space, which neither post keeps).
struct Break {
    qsizetype end = 0;
    qsizetype next = 0;
    bool sentence = false;
};

bool insideSpan(qsizetype position, const QList<ThreadSplitter::Span>& spans)
{
    return std::ranges::any_of(
        spans, [&](const ThreadSplitter::Span& s) { return position > s.first && position < s.second; });
}

std::pair<QList<Break>, QList<Break>> breaksOf(const QString& text, const QList<ThreadSplitter::Span>& spans)
{
    QSet<qsizetype> sentenceStarts;
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    while (sentences.toNextBoundary() != -1)
        sentenceStarts.insert(sentences.position());

    QList<Break> breaks;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text.at(j).isSpace())
            ++j;
        if (i > 0 && j < text.size() && !insideSpan(i, spans))
            breaks << Break{i, j, sentenceStarts.contains(j) || text.mid(i, j - i).contains(u'\n')};
        i = j;
    }
    // Between graphemes, for words longer than a post.
    QList<Break> cuts;
    for (qsizetype b : TextUnits::graphemeBoundaries(text)) {
        if (b > 0 && b < text.size() && !text.at(b).isSpace() && !text.at(b - 1).isSpace() &&
            !insideSpan(b, spans))
            cuts << Break{b, b, false};
    }
    return {breaks, cuts};
}

// The last break after start whose post still fits, by binary search (a post's measure grows
// with its text at these breaks, since none falls inside a URL), or nullptr.
const Break* lastFitting(const QList<Break>& breaks, qsizetype start,
                         const std::function<bool(qsizetype)>& fits)
{
    auto first = std::ranges::upper_bound(breaks, start, {}, &Break::end);
    auto lo = first, hi = breaks.end(); // answer in [lo - 1, hi)
    while (lo < hi) {
        const auto mid = lo + (hi - lo) / 2;
        if (fits(mid->end))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == first ? nullptr : &*(lo - 1);
}

// Posts for a given counter width; the counter is measured at its widest ("(99/99)").
QList<std::pair<qsizetype, qsizetype>> pack(const QString& text, const QList<Break>& words,
                                            const QList<Break>& cuts, int limit,
                                            const ThreadSplitter::Measure& measure, const QString& widest)
{
    QList<std::pair<qsizetype, qsizetype>> posts;
    qsizetype start = 0;
    while (start < text.size()) {
        const std::function<bool(qsizetype)> fits = [&](qsizetype end) {
            return measure(text.mid(start, end - start) + widest) <= limit;
        };
        if (fits(text.size())) {
            posts << std::pair{start, text.size()};
            break;
        }
        const Break* chosen = lastFitting(words, start, fits);
        if (chosen) {
            // The last sentence end before it, when that fills at least half of what fits.
            for (auto it = std::make_reverse_iterator(words.begin() + (chosen - words.constData()) + 1);
                 it != words.rend() && it->end > start; ++it) {
                if (!it->sentence)
                    continue;
                if (measure(text.mid(start, it->end - start)) * 2 >=
                    measure(text.mid(start, chosen->end - start)))
                    chosen = &*it;
                break;
            }
        } else {
            chosen = lastFitting(cuts, start, fits);
        }
        if (!chosen) {
            // Nothing fits (a protected span too long): take it whole up to the next break.
            const auto next = std::ranges::find_if(words, [&](const Break& b) { return b.end > start; });
            if (next == words.end()) {
                posts << std::pair{start, text.size()};
                break;
            }
            chosen = &*next;
        }
        posts << std::pair{start, chosen->end};
        start = chosen->next;
    }
    return posts;
}

} // namespace

QString ThreadSplitter::counter(int index, int count)
{
    return u" (%1/%2)"_s.arg(index).arg(count);
}

QStringList ThreadSplitter::split(const QString& text, int limit, const Measure& measure,
                                  const QList<Span>& protectedSpans)
{
    const QString trimmed = text.trimmed();
    if (measure(trimmed) <= limit)
        return {trimmed};
    qsizetype offset = 0;
    while (offset < text.size() && text.at(offset).isSpace())
        ++offset;
    QList<Span> spans;
    for (const Span& s : protectedSpans)
        spans << Span{s.first - offset, s.second - offset};
    const auto [words, cuts] = breaksOf(trimmed, spans);
    for (int digits = 1; digits <= 4; ++digits) {
        const QString nines(digits, u'9');
        const auto posts = pack(trimmed, words, cuts, limit, measure, u" ("_s + nines + u'/' + nines + u')');
        if (QString::number(posts.size()).size() > digits)
            continue;
        QStringList thread;
        for (qsizetype i = 0; i < posts.size(); ++i)
            thread << trimmed.mid(posts[i].first, posts[i].second - posts[i].first) +
                          counter(int(i + 1), int(posts.size()));
        return thread;
    }
    return {trimmed};
}

} // namespace Herald
