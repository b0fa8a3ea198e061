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

// Whether positions, visited in increasing order, fall inside a protected span: one pass over
// the sorted spans for the whole text, not a search of every span at each position.
class SpanCursor {
public:
    explicit SpanCursor(QList<ThreadSplitter::Span> spans) : m_spans(std::move(spans))
    {
        std::ranges::sort(m_spans);
    }
    bool inside(qsizetype position)
    {
        while (m_next < m_spans.size() && m_spans.at(m_next).first < position) {
            m_reach = std::max(m_reach, m_spans.at(m_next).second);
            ++m_next;
        }
        return position < m_reach;
    }

private:
    QList<ThreadSplitter::Span> m_spans;
    qsizetype m_next = 0;
    qsizetype m_reach = -1; // the furthest end of the spans starting before the position
};

// The breaks between words (and, last, the end of the text), and the cuts between graphemes.
std::pair<QList<Break>, QList<Break>> breaksOf(const QString& text, const QList<ThreadSplitter::Span>& spans)
{
    QSet<qsizetype> sentenceStarts;
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, text);
    while (sentences.toNextBoundary() != -1)
        sentenceStarts.insert(sentences.position());

    QList<Break> breaks;
    SpanCursor wordSpans(spans);
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && text.at(j).isSpace())
            ++j;
        if (i > 0 && j < text.size() && !wordSpans.inside(i))
            breaks << Break{i, j,
                            sentenceStarts.contains(j) || QStringView(text).mid(i, j - i).contains(u'\n')};
        i = j;
    }
    breaks << Break{text.size(), text.size(), true};
    // Between graphemes, for words longer than a post.
    QList<Break> cuts;
    SpanCursor cutSpans(spans);
    for (qsizetype b : TextUnits::graphemeBoundaries(text)) {
        if (b > 0 && b < text.size() && !text.at(b).isSpace() && !text.at(b - 1).isSpace() &&
            !cutSpans.inside(b))
            cuts << Break{b, b, false};
    }
    return {breaks, cuts};
}

// One post being packed from `start`. Every measure it takes covers at most twice the text a
// post can hold, so a thread costs time linear in its text, not its text times its posts.
class PostWindow {
public:
    PostWindow(const QString& text, qsizetype start, int limit, const ThreadSplitter::Measure& measure,
               const QString& widest, const QList<ThreadSplitter::Span>& spans)
        : m_text(text)
        , m_start(start)
        , m_limit(limit)
        , m_measure(measure)
        , m_widest(widest)
        , m_spans(spans)
    {
    }

    bool fits(qsizetype end) const { return m_measure(piece(end) + m_widest) <= m_limit; }
    int measure(qsizetype end) const { return m_measure(piece(end)); }

    // The last break after start whose post still fits, or nullptr. A window of text doubles
    // from start until it alone is over the limit (no later break can fit then); the limit is
    // looked for first where it falls if the measure grows evenly over that window, then by
    // binary search (a post's measure grows with its text at these breaks, since none falls
    // inside a URL). Most posts take five measures or fewer.
    const Break* lastFitting(const QList<Break>& breaks) const
    {
        const auto first = std::ranges::upper_bound(breaks, m_start, {}, &Break::end);
        auto lo = first, hi = breaks.end(); // breaks before lo fit, from hi on they do not
        const auto upTo = [&](qsizetype position) {
            return std::upper_bound(lo, hi, position, [](qsizetype p, const Break& b) { return p < b.end; });
        };
        for (qsizetype window = 256; m_start + window < m_text.size(); window *= 2) {
            const qsizetype edge = outsideSpans(m_start + window);
            if (edge >= m_text.size())
                break;
            if (const int over = m_measure(piece(edge)); over > m_limit) {
                hi = upTo(edge);
                if (lo == hi)
                    break;
                auto guess = upTo(m_start + (edge - m_start) * m_limit / over);
                if (guess != lo)
                    --guess;
                if (fits(guess->end)) {
                    lo = guess + 1;
                    for (int step = 0; step < 3 && lo < hi; ++step) {
                        if (!fits(lo->end)) {
                            hi = lo;
                            break;
                        }
                        ++lo;
                    }
                } else {
                    hi = guess;
                    for (int step = 0; step < 3 && lo < hi; ++step) {
                        if (fits((hi - 1)->end)) {
                            lo = hi;
                            break;
                        }
                        --hi;
                    }
                }
                break;
            }
        }
        while (lo < hi) {
            const auto mid = lo + (hi - lo) / 2;
            if (fits(mid->end))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo == first ? nullptr : &*(lo - 1);
    }

private:
    QString piece(qsizetype end) const { return m_text.mid(m_start, end - m_start); }

    // A window never ends inside a URL: cut there, it would measure as something else.
    qsizetype outsideSpans(qsizetype edge) const
    {
        // Spans (URLs) do not overlap: only the last one starting before the edge can hold it.
        const auto after = std::ranges::upper_bound(m_spans, edge, {}, &ThreadSplitter::Span::first);
        if (after != m_spans.begin() && edge > (after - 1)->first && edge < (after - 1)->second)
            return (after - 1)->second;
        return edge;
    }

    const QString& m_text;
    qsizetype m_start;
    int m_limit;
    const ThreadSplitter::Measure& m_measure;
    const QString& m_widest;
    const QList<ThreadSplitter::Span>& m_spans;
};

// Posts for a given counter width; the counter is measured at its widest ("(99/99)"). Stops
// after maxPosts + 1 posts: a wider counter is needed then, and the rest would be wasted work.
QList<std::pair<qsizetype, qsizetype>> pack(const QString& text, const QList<Break>& words,
                                            const QList<Break>& cuts, int limit,
                                            const ThreadSplitter::Measure& measure, const QString& widest,
                                            const QList<ThreadSplitter::Span>& spans, qsizetype maxPosts)
{
    QList<std::pair<qsizetype, qsizetype>> posts;
    qsizetype start = 0;
    while (start < text.size()) {
        const PostWindow window(text, start, limit, measure, widest, spans);
        const Break* chosen = window.lastFitting(words);
        if (chosen && chosen->end == text.size()) {
            posts << std::pair{start, text.size()};
            break;
        }
        if (chosen) {
            // The last sentence end before it, when that fills at least half of what fits.
            for (auto it = std::make_reverse_iterator(words.begin() + (chosen - words.constData()) + 1);
                 it != words.rend() && it->end > start; ++it) {
                if (!it->sentence)
                    continue;
                if (window.measure(it->end) * 2 >= window.measure(chosen->end))
                    chosen = &*it;
                break;
            }
        } else {
            chosen = window.lastFitting(cuts);
        }
        if (!chosen) {
            // Nothing fits (a protected span too long): take it whole up to the next break.
            chosen = &*std::ranges::upper_bound(words, start, {}, &Break::end); // the end at worst
            if (chosen->end == text.size()) {
                posts << std::pair{start, text.size()};
                break;
            }
        }
        posts << std::pair{start, chosen->end};
        if (posts.size() > maxPosts)
            break;
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
    std::ranges::sort(spans);
    const auto [words, cuts] = breaksOf(trimmed, spans);
    for (int digits = 1; digits <= 4; ++digits) {
        const QString nines(digits, u'9');
        const auto posts = pack(trimmed, words, cuts, limit, measure, u" ("_s + nines + u'/' + nines + u')',
                                spans, nines.toLongLong());
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
