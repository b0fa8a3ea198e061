#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Herald {

// Written text turned into what a voice says: Markdown marks dropped, "15:30" said as
// "3:30 PM", "2026-11-26" as "November 26, 2026", "UTC" spelled out; split into paragraphs of
// sentences, and read at about 150 words a minute (channels.md §10, third-party rule of thumb)
// with a fixed pause between paragraphs.
class SpokenText {
    Q_DECLARE_TR_FUNCTIONS(SpokenText)

public:
    static constexpr int wordsPerMinute = 150;
    static constexpr int pauseMs = 700; // the <break> between paragraphs

    // Paragraphs (blank-line separated in the result of text()), each a list of sentences.
    using Paragraph = QStringList;
    static QList<Paragraph> paragraphs(const QString& written);
    // What is said, paragraphs separated by a blank line.
    static QString text(const QList<Paragraph>& paragraphs);
    // SSML: <speak>, one <p> per paragraph with <s> sentences, <break time="700ms"/> between them;
    // every text XML-escaped.
    static QString ssml(const QList<Paragraph>& paragraphs);
    static int words(const QString& spoken);
    // Estimated duration of text(): words at wordsPerMinute plus the pauses, in milliseconds.
    static int durationMs(const QString& spoken);
    // One phrase said plainly (times, dates, abbreviations, no Markdown).
    static QString plain(const QString& phrase);
};

} // namespace Herald
