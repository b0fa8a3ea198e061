#pragma once

#include "domain/ComponentImpact.h"
#include "domain/StatusHistory.h"
#include "timeline/ChainHead.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Herald {

// A status page that lives apart from the service it reports on: three self-contained files
// made from what Herald has published. Pure: the same history and time give the same bytes.
//   index.html   for people: current status per component, the latest update, the history
//   history.atom an Atom 1.0 feed, one entry per update, ids stable across rebuilds
//   summary.json shaped like Statuspage's public /api/v2/summary.json, for tools
class StaticStatusPage {
    Q_DECLARE_TR_FUNCTIONS(StaticStatusPage)

public:
    struct Page {
        QString id;   // stable; summary.json's page id, and the feed's id is made from it
        QString name; // "Example Inc."
        QString url;  // where the files are published; empty when unknown
        // The timeline's head when the page is built: summary.json's "chain_head", a witness
        // readers keep. Empty: left out.
        ChainHead chainHead = {};
    };
    struct File {
        QString name;
        QByteArray contentType;
        QByteArray bytes;
    };
    // Short: readers should see a new update within a minute.
    static inline const QByteArray cacheControl = QByteArrayLiteral("public, max-age=60");

    StaticStatusPage(Page page, const StatusHistory& history, const QDateTime& generatedAt);

    // index.html last, so a reader never finds a page newer than its feed and summary.
    QList<File> files() const;
    QByteArray html() const;
    QByteArray atom() const;
    QByteArray summaryJson() const;

private:
    struct Update {
        qint64 deliveryId = 0;
        QString key; // the delivery's idempotency key: stable, unique per update and page
        qint64 incidentId = 0;
        QString name;
        QString status; // Statuspage's status keys: investigating ... completed
        QString impact; // none, minor, major, critical, maintenance
        QString body;
        QList<AffectedComponent> components;
        QDateTime at;
    };
    struct IncidentView {
        qint64 id = 0;
        bool maintenance = false;
        QList<Update> updates; // oldest first
        const Update& latest() const { return updates.last(); }
        bool isOver() const;
        bool isActive() const; // counts towards the current status
    };
    struct ComponentView {
        QString name;
        ComponentImpact impact = ComponentImpact::Operational;
        QDateTime since;   // first mentioned
        QDateTime updated; // last mentioned
    };

    Update parse(const Delivery& delivery, const Incident* incident) const;
    QString overallIndicator() const;
    QString headline(const QString& indicator, bool forPeople) const;
    QDateTime updatedAt() const;
    QString htmlUpdate(const Update& update, int headingLevel) const;

    Page m_page;
    QDateTime m_generatedAt;
    QList<IncidentView> m_incidents; // newest latest update first
    QList<ComponentView> m_components;
};

} // namespace Herald
