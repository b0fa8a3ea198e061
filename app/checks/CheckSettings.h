#pragma once

#include "checks/Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <expected>
#include <optional>

namespace Herald {

// What the wording checks look for and how much each finding matters. Stored as JSON by the app
// and read by `herald-cli lint --settings FILE.json`; a file only needs the keys it changes.
//
// Rules and their default severity ("off" turns a rule off):
//   missing-next-update  blocking  no time for the next update (not required once resolved/completed)
//   missing-impact       warning   nothing says what customers notice
//   missing-action       warning   nothing says what customers can or need to do
//   vague-phrase         warning   "some issues", "soon", "as soon as possible", ... (vague_phrases)
//   jargon               warning   internal words (jargon_words) and patterns: hostnames, IP
//                                  addresses, HTTP/error codes, stack traces, ticket ids
//   reading-grade        warning   Flesch-Kincaid grade above reading_grade_target (8), English only
//   shouting             warning   words of 4+ letters in capitals (except acronyms), "!!"
//   blame-speculation    warning   blame_phrases and speculation_phrases
//   over-limit           blocking  a channel limit exceeded; limits the channel only advises on
//                                  are at most a warning
//   consistency          blocking  channels state different status or next-update times;
//                                  a variant leaving out an affected component is at most a warning
// Template problems (rule "template") always block: the text would go out broken.
//
// JSON: {"severities": {"jargon": "off", ...}, "jargon_words": [...], "reading_grade_target": 8,
//        "vague_phrases": [...], "blame_phrases": [...], "speculation_phrases": [...],
//        "acronyms": [...]}
// Phrases match whole words, ignoring case; "*" stands for one to three words ("due to *'s error").
class CheckSettings {
    Q_DECLARE_TR_FUNCTIONS(CheckSettings)

public:
    CheckSettings();

    static QStringList ruleKeys();
    static std::optional<Finding::Severity> defaultSeverity(const QString& rule);

    // nullopt: the rule is off.
    std::optional<Finding::Severity> severity(const QString& rule) const;
    void setSeverity(const QString& rule, std::optional<Finding::Severity> severity);
    bool enabled(const QString& rule) const { return severity(rule).has_value(); }

    QStringList jargonWords;
    QStringList vaguePhrases;
    QStringList blamePhrases;
    QStringList speculationPhrases;
    QStringList acronyms; // capitalised words that are not shouting (HTTPS, GDPR, ...)
    int readingGradeTarget = 8;

    QJsonObject toJson() const;
    // Starts from the defaults and applies what the object sets; an unknown rule, severity or a
    // value of the wrong type is an error naming the key.
    static std::expected<CheckSettings, QString> fromJson(const QJsonObject& object);

    bool operator==(const CheckSettings&) const = default;

private:
    QHash<QString, std::optional<Finding::Severity>> m_severities;
};

} // namespace Herald
