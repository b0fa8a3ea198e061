#pragma once

#include "domain/Audience.h"
#include "domain/ChannelKind.h"
#include "domain/IncidentStatus.h"
#include "domain/TemplateVariable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Herald {

// The texts of a template in one language: a base body and subject, per-channel and
// per-group ("chat", "social") variants that fall back to them.
struct TemplateTexts {
    QString name;
    QString subject; // email subject, chat header, push title
    QString body;    // the base body every channel falls back to
    QHash<ChannelKind, QString> channelBodies;
    QHash<ChannelKind, QString> channelSubjects;
    QHash<QString, QString> groupBodies;   // keyed "chat" or "social"
    QHash<QString, QString> groupSubjects; // keyed "chat" or "social"
};

// A scenario's message, written once with variables and rendered for every channel.
struct MessageTemplate {
    QString id; // stable, e.g. "partial-outage-investigating"
    int version = 1;
    QString name;
    QString scenario;
    Audience audience = Audience::External;
    IncidentStatus status = IncidentStatus::Investigating;
    QString locale = QStringLiteral("en");
    QString source;      // where it came from, for messages: a file path or "database"
    QString document;    // the template file's text (YAML) it was read from, for export
    bool stored = false; // written in Herald (a database version), not shipped
    QList<TemplateVariable> variables;
    QString subject; // email subject, slack header, push title
    QString body;    // the base body every channel falls back to
    QHash<ChannelKind, QString> channelBodies;
    QHash<ChannelKind, QString> channelSubjects;
    QHash<QString, QString> groupBodies; // "chat" (Slack, Teams, Mattermost), "social" (X, Mastodon, Bluesky)
    QHash<QString, QString> groupSubjects; // as groupBodies
    QHash<QString, TemplateTexts> locales; // other languages, keyed by locale ("de")

    // "chat" or "social" for channels that share a variant, empty for the others.
    static QString groupOf(ChannelKind channel)
    {
        switch (channel) {
        case ChannelKind::Slack:
        case ChannelKind::Teams:
        case ChannelKind::Mattermost:
            return QStringLiteral("chat");
        case ChannelKind::X:
        case ChannelKind::Mastodon:
        case ChannelKind::Bluesky:
            return QStringLiteral("social");
        default:
            return {};
        }
    }
    static QStringList groups() { return {QStringLiteral("chat"), QStringLiteral("social")}; }

    // The channel's own text, else its group's, else the base body.
    QString bodyFor(ChannelKind channel) const
    {
        if (const auto it = channelBodies.constFind(channel); it != channelBodies.cend())
            return *it;
        return groupBodies.value(groupOf(channel), body);
    }
    // The channel's own subject (email subject, push title, chat header), else its group's, else
    // the base subject.
    QString subjectFor(ChannelKind channel) const
    {
        if (const auto it = channelSubjects.constFind(channel); it != channelSubjects.cend())
            return *it;
        return groupSubjects.value(groupOf(channel), subject);
    }
    QStringList availableLocales() const
    {
        QStringList out{locale};
        for (auto it = locales.cbegin(); it != locales.cend(); ++it)
            out << it.key();
        std::sort(out.begin() + 1, out.end());
        return out;
    }
    // This template in another language. A locale that has its own body uses its own channel
    // texts (never English SMS under a German email); parts it lacks come from the template's
    // own locale. An unknown locale gives the template unchanged.
    MessageTemplate forLocale(const QString& wanted) const
    {
        const auto it = locales.constFind(wanted);
        if (wanted == locale || it == locales.cend())
            return *this;
        MessageTemplate out = *this;
        out.locale = wanted;
        if (!it->name.isEmpty())
            out.name = it->name;
        if (!it->body.isEmpty()) {
            out.body = it->body;
            out.channelBodies = it->channelBodies;
            out.groupBodies = it->groupBodies;
        }
        if (!it->subject.isEmpty()) {
            out.subject = it->subject;
            out.channelSubjects = it->channelSubjects;
            out.groupSubjects = it->groupSubjects;
        }
        out.locales.clear();
        return out;
    }
    QString bodyFor(ChannelKind channel, const QString& wanted) const
    {
        return forLocale(wanted).bodyFor(channel);
    }
    QString subjectFor(ChannelKind channel, const QString& wanted) const
    {
        return forLocale(wanted).subjectFor(channel);
    }
    const TemplateVariable* variable(const QString& name) const
    {
        for (const auto& v : variables)
            if (v.name == name)
                return &v;
        return nullptr;
    }
};

} // namespace Herald
