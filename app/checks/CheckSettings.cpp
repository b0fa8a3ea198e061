#include "checks/CheckSettings.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
using Severity = Finding::Severity;

struct RuleDefault {
    QString key;
    Severity severity;
};

const QList<RuleDefault>& ruleDefaults()
{
    static const QList<RuleDefault> rules{
        {u"missing-next-update"_s, Severity::Blocking},
        {u"missing-impact"_s, Severity::Warning},
        {u"missing-action"_s, Severity::Warning},
        {u"vague-phrase"_s, Severity::Warning},
        {u"jargon"_s, Severity::Warning},
        {u"reading-grade"_s, Severity::Warning},
        {u"shouting"_s, Severity::Warning},
        {u"blame-speculation"_s, Severity::Warning},
        {u"over-limit"_s, Severity::Blocking},
        {u"consistency"_s, Severity::Blocking},
        {u"hidden-characters"_s, Severity::Blocking},
    };
    return rules;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

std::expected<QStringList, QString> readList(const QJsonObject& object, const QString& key,
                                             const QStringList& fallback)
{
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return std::unexpected(CheckSettings::tr("\"%1\" must be a list of texts").arg(key));
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return std::unexpected(CheckSettings::tr("\"%1\" must be a list of non-empty texts").arg(key));
        list << item.toString().trimmed();
    }
    return list;
}
} // namespace

CheckSettings::CheckSettings()
    : jargonWords{u"k8s"_s,
                  u"kubernetes"_s,
                  u"pod"_s,
                  u"pods"_s,
                  u"cluster"_s,
                  u"RCA"_s,
                  u"root cause analysis"_s,
                  u"DNS"_s,
                  u"CDN"_s,
                  u"latency"_s,
                  u"p50"_s,
                  u"p95"_s,
                  u"p99"_s,
                  u"4xx"_s,
                  u"5xx"_s,
                  u"upstream"_s,
                  u"downstream"_s,
                  u"deploy"_s,
                  u"deployed"_s,
                  u"deployment"_s,
                  u"redeploy"_s,
                  u"rollback"_s,
                  u"hotfix"_s,
                  u"failover"_s,
                  u"load balancer"_s,
                  u"SRE"_s,
                  u"on-call"_s,
                  u"incident commander"_s,
                  u"postmortem"_s,
                  u"post-mortem"_s,
                  u"runbook"_s,
                  u"canary"_s,
                  u"shard"_s,
                  u"replica"_s,
                  u"replication lag"_s,
                  u"prod"_s,
                  u"staging"_s,
                  u"MTTR"_s,
                  u"NOC"_s,
                  u"war room"_s,
                  u"sev1"_s,
                  u"sev2"_s,
                  u"sev3"_s,
                  u"PagerDuty"_s,
                  u"OOM"_s,
                  u"CPU"_s}
    , vaguePhrases{u"some issues"_s,
                   u"some problems"_s,
                   u"some users"_s,
                   u"some customers"_s,
                   u"some of our users"_s,
                   u"some of our customers"_s,
                   u"a subset of users"_s,
                   u"a subset of customers"_s,
                   u"certain users"_s,
                   u"certain customers"_s,
                   u"soon"_s,
                   u"very soon"_s,
                   u"as soon as possible"_s,
                   u"asap"_s,
                   u"shortly"_s,
                   u"in the near future"_s,
                   u"at some point"_s,
                   u"intermittent issues"_s,
                   u"intermittent problems"_s,
                   u"degraded"_s,
                   u"degradation"_s,
                   u"experiencing difficulties"_s,
                   u"technical difficulties"_s,
                   u"technical issues"_s,
                   u"minor issues"_s,
                   u"unexpected behavior"_s,
                   u"unexpected behaviour"_s}
    , blamePhrases{u"due to *'s error"_s, u"due to *'s mistake"_s,
                   u"*'s fault"_s,        u"their fault"_s,
                   u"their mistake"_s,    u"their error"_s,
                   u"not our fault"_s,    u"human error"_s,
                   u"operator error"_s,   u"blame"_s,
                   u"to blame"_s}
    , speculationPhrases{u"we think"_s,
                         u"we guess"_s,
                         u"we assume"_s,
                         u"we suspect"_s,
                         u"we believe the cause"_s,
                         u"probably"_s,
                         u"possibly"_s,
                         u"perhaps"_s,
                         u"maybe"_s,
                         u"presumably"_s,
                         u"might be caused"_s,
                         u"may have been caused"_s,
                         u"might have been caused"_s,
                         u"could be caused"_s,
                         u"could be due to"_s,
                         u"likely caused"_s,
                         u"it seems"_s,
                         u"it looks like"_s}
    , acronyms{u"HTTP"_s, u"HTTPS"_s, u"HTML"_s, u"JSON"_s, u"ASAP"_s,  u"CEST"_s, u"AEST"_s,
               u"AEDT"_s, u"NZST"_s,  u"NZDT"_s, u"GDPR"_s, u"HIPAA"_s, u"SAML"_s, u"OAUTH"_s,
               u"SMTP"_s, u"IMAP"_s,  u"SFTP"_s, u"IBAN"_s, u"SEPA"_s,  u"BACS"_s, u"SWIFT"_s,
               u"VISA"_s, u"NYSE"_s,  u"WCAG"_s, u"MTTR"_s}
{
}

QStringList CheckSettings::ruleKeys()
{
    QStringList keys;
    for (const RuleDefault& rule : ruleDefaults())
        keys << rule.key;
    return keys;
}

std::optional<Finding::Severity> CheckSettings::defaultSeverity(const QString& rule)
{
    for (const RuleDefault& r : ruleDefaults())
        if (r.key == rule)
            return r.severity;
    return std::nullopt;
}

std::optional<Finding::Severity> CheckSettings::severity(const QString& rule) const
{
    const auto it = m_severities.constFind(rule);
    return it != m_severities.cend() ? *it : defaultSeverity(rule);
}

void CheckSettings::setSeverity(const QString& rule, std::optional<Finding::Severity> severity)
{
    if (severity == defaultSeverity(rule))
        m_severities.remove(rule); // keeps == meaningful: a default set explicitly is the default
    else
        m_severities.insert(rule, severity);
}

QJsonObject CheckSettings::toJson() const
{
    QJsonObject severities;
    for (const QString& rule : ruleKeys()) {
        const auto s = severity(rule);
        severities.insert(rule, s ? findingSeverityKey(*s) : u"off"_s);
    }
    return QJsonObject{
        {u"severities"_s, severities},
        {u"jargon_words"_s, toArray(jargonWords)},
        {u"reading_grade_target"_s, readingGradeTarget},
        {u"vague_phrases"_s, toArray(vaguePhrases)},
        {u"blame_phrases"_s, toArray(blamePhrases)},
        {u"speculation_phrases"_s, toArray(speculationPhrases)},
        {u"acronyms"_s, toArray(acronyms)},
    };
}

std::expected<CheckSettings, QString> CheckSettings::fromJson(const QJsonObject& object)
{
    static const QStringList known{u"severities"_s,    u"jargon_words"_s,  u"reading_grade_target"_s,
                                   u"vague_phrases"_s, u"blame_phrases"_s, u"speculation_phrases"_s,
                                   u"acronyms"_s};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return std::unexpected(tr("unknown setting \"%1\"").arg(it.key()));

    CheckSettings settings;
    if (object.contains(u"severities"_s)) {
        const QJsonValue value = object.value(u"severities"_s);
        if (!value.isObject())
            return std::unexpected(tr("\"severities\" must be an object of rule: severity"));
        const QJsonObject severities = value.toObject();
        for (auto it = severities.begin(); it != severities.end(); ++it) {
            if (!ruleKeys().contains(it.key()))
                return std::unexpected(tr("unknown rule \"%1\" in \"severities\" (known: %2)")
                                           .arg(it.key(), ruleKeys().join(u", "_s)));
            const QString name = it.value().toString();
            if (name == u"off"_s) {
                settings.setSeverity(it.key(), std::nullopt);
                continue;
            }
            const auto severity = findingSeverityFromKey(name);
            if (!severity)
                return std::unexpected(
                    tr("severity of \"%1\" must be blocking, warning, info or off").arg(it.key()));
            settings.setSeverity(it.key(), *severity);
        }
    }
    if (object.contains(u"reading_grade_target"_s)) {
        const QJsonValue value = object.value(u"reading_grade_target"_s);
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > 20)
            return std::unexpected(tr("\"reading_grade_target\" must be a number from 1 to 20"));
        settings.readingGradeTarget = qRound(value.toDouble());
    }
    const struct {
        const char16_t* key;
        QStringList CheckSettings::* list;
    } lists[] = {
        {u"jargon_words", &CheckSettings::jargonWords},
        {u"vague_phrases", &CheckSettings::vaguePhrases},
        {u"blame_phrases", &CheckSettings::blamePhrases},
        {u"speculation_phrases", &CheckSettings::speculationPhrases},
        {u"acronyms", &CheckSettings::acronyms},
    };
    for (const auto& entry : lists) {
        auto list = readList(object, QString::fromUtf16(entry.key), settings.*entry.list);
        if (!list)
            return std::unexpected(list.error());
        settings.*entry.list = *list;
    }
    return settings;
}

} // namespace Herald
