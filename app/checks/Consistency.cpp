#include "checks/Consistency.h"

#include "checks/PhraseMatcher.h"
#include "checks/TimeExpression.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// A span found in one part of one channel's message.
struct Stated {
    QString part;
    int start = 0;
    int end = 0;
    QString value;
};

struct Variant {
    const ChannelMessage* message = nullptr;
    QList<TimeExpression::Match> times; // with the part in which they were found
    QStringList timeParts;
    QList<Stated> statuses;
    QSet<QString> components;

    int size() const { return int(message->title.size() + message->text.size()); }
};

QList<IncidentStatus> allStatuses()
{
    return statusesOf(IncidentKind::Incident) + statusesOf(IncidentKind::Maintenance);
}

QString statusWord(IncidentStatus status)
{
    return incidentStatusKey(status).replace(u'_', u' ');
}

const PhraseMatcher& statusMatcher()
{
    static const PhraseMatcher matcher([] {
        QStringList words;
        for (IncidentStatus status : allStatuses())
            words << statusWord(status);
        return words;
    }());
    return matcher;
}

// The longest variant for which has(variant) holds, or nullptr.
template <typename Has> const Variant* reference(const QList<Variant>& variants, Has has)
{
    const Variant* best = nullptr;
    for (const Variant& v : variants)
        if (has(v) && (!best || v.size() > best->size()))
            best = &v;
    return best;
}
} // namespace

Consistency::Consistency(const CheckSettings& settings) : m_severity(settings.severity(u"consistency"_s)) {}

QList<Finding> Consistency::check(const CheckContext& context) const
{
    QList<Finding> findings;
    if (!m_severity || context.update.messages.size() < 2)
        return findings;
    const QStringList statusWords = [] {
        QStringList words;
        for (IncidentStatus status : allStatuses())
            words << statusWord(status);
        return words;
    }();

    QList<Variant> variants;
    for (const ChannelMessage& message : context.update.messages) {
        Variant v{&message, {}, {}, {}, {}};
        for (const auto& [part, text] :
             {std::pair{u"title"_s, message.title}, std::pair{u"text"_s, message.text}}) {
            for (const TimeExpression::Match& time : TimeExpression::nextUpdateTimes(text)) {
                v.times << time;
                v.timeParts << part;
            }
            for (const PhraseMatcher::Match& m : statusMatcher().matches(text))
                v.statuses << Stated{part, m.start, m.end, statusWords.at(m.phrase)};
            for (const AffectedComponent& component : context.components)
                if (text.contains(component.name, Qt::CaseInsensitive))
                    v.components.insert(component.name);
        }
        variants << v;
    }

    // Next-update time: every stated time must be one the reference states.
    if (const Variant* ref = reference(variants, [](const Variant& v) { return !v.times.isEmpty(); })) {
        for (const Variant& v : variants) {
            if (&v == ref)
                continue;
            for (qsizetype i = 0; i < v.times.size(); ++i) {
                const TimeExpression::Match& time = v.times.at(i);
                const bool agrees =
                    std::any_of(ref->times.cbegin(), ref->times.cend(),
                                [&](const TimeExpression::Match& r) { return r.sameAs(time); });
                if (agrees)
                    continue;
                const QString& text = v.timeParts.at(i) == u"title"_s ? v.message->title : v.message->text;
                const QString& refText =
                    ref->timeParts.front() == u"title"_s ? ref->message->title : ref->message->text;
                const TimeExpression::Match& r = ref->times.front();
                findings << Finding{
                    u"consistency"_s,
                    *m_severity,
                    v.message->channel,
                    v.timeParts.at(i),
                    time.start,
                    time.end,
                    tr("%1 gives the next update as \"%2\" but %3 says \"%4\": use the same time "
                       "everywhere.")
                        .arg(channelLabel(v.message->channel), text.mid(time.start, time.end - time.start),
                             channelLabel(ref->message->channel), refText.mid(r.start, r.end - r.start))};
            }
        }
    }

    // Status: a variant whose status words share none with the reference's contradicts it.
    if (const Variant* ref = reference(variants, [](const Variant& v) { return !v.statuses.isEmpty(); })) {
        QSet<QString> refWords;
        for (const Stated& s : ref->statuses)
            refWords.insert(s.value);
        for (const Variant& v : variants) {
            if (&v == ref || v.statuses.isEmpty())
                continue;
            const bool shares = std::any_of(v.statuses.cbegin(), v.statuses.cend(),
                                            [&](const Stated& s) { return refWords.contains(s.value); });
            if (shares)
                continue;
            const Stated& s = v.statuses.front();
            findings << Finding{u"consistency"_s,
                                *m_severity,
                                v.message->channel,
                                s.part,
                                s.start,
                                s.end,
                                tr("%1 says the status is \"%2\" but %3 says \"%4\": state the same status "
                                   "everywhere.")
                                    .arg(channelLabel(v.message->channel), s.value,
                                         channelLabel(ref->message->channel), ref->statuses.front().value)};
        }
    }

    // Components: a variant that names some of them should name all that the others name.
    QSet<QString> named;
    for (const Variant& v : variants)
        named.unite(v.components);
    for (const Variant& v : variants) {
        if (v.components.isEmpty() || v.components == named)
            continue;
        const Variant* other =
            reference(variants, [&](const Variant& o) { return !(o.components - v.components).isEmpty(); });
        QStringList missing;
        for (const AffectedComponent& component : context.components)
            if (named.contains(component.name) && !v.components.contains(component.name))
                missing << component.name;
        findings << Finding{u"consistency"_s,
                            std::min(*m_severity, Finding::Severity::Warning),
                            v.message->channel,
                            u"text"_s,
                            0,
                            0,
                            tr("%1 leaves out %2, which %3 names as affected.")
                                .arg(channelLabel(v.message->channel), missing.join(u", "_s),
                                     channelLabel(other->message->channel))};
    }
    return findings;
}

} // namespace Herald
