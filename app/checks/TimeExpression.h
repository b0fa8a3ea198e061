#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Herald {

// Times a message commits to: clock times ("15:30 UTC", "3 pm"), relative ones ("within 30
// minutes", "in 2 hours") and days ("tomorrow", "Monday"). Used to find the next-update time
// and to compare it across channels.
class TimeExpression {
public:
    enum class Kind { Clock, Relative, Day };

    struct Match {
        int start = 0;
        int end = 0;
        Kind kind = Kind::Clock;
        QString key; // normalised for comparison: "15:30 UTC", "15:00", "+30min", "tomorrow"

        // Same moment: equal keys, or the same clock time where one of them names no zone.
        bool sameAs(const Match& other) const;
    };

    static QList<Match> find(const QString& text);
    // The times stated in a sentence about an update ("Next update by 15:30 UTC.").
    static QList<Match> nextUpdateTimes(const QString& text);
    // The times in sentences where cue matches; days ("tomorrow") only when asked for.
    static QList<Match> timesInSentences(const QString& text, const QRegularExpression& cue,
                                         bool includeDays = false);
};

} // namespace Herald
