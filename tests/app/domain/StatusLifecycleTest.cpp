#include "domain/IncidentStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Which status changes the core accepts, written out move by move for both lifecycles.
class StatusLifecycleTest : public QObject {
    Q_OBJECT

private:
    static constexpr IncidentStatus all[] = {
        IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
        IncidentStatus::Resolved,      IncidentStatus::Scheduled,  IncidentStatus::InProgress,
        IncidentStatus::Verifying,     IncidentStatus::Completed,
    };

    // Rows are "from", columns "to", in the order of `all`; Y allowed, . refused.
    static constexpr const char* incidentTable[] = {
        ".YYY....", // investigating
        "Y.YY....", // identified
        "YY.Y....", // monitoring
        "Y.......", // resolved: only reopens to investigating
        "........", // scheduled: not an incident status
        "........", // in_progress
        "........", // verifying
        "........", // completed
    };
    static constexpr const char* maintenanceTable[] = {
        "........", // investigating: not a maintenance status
        "........", // identified
        "........", // monitoring
        "........", // resolved
        ".....YYY", // scheduled
        "....Y.YY", // in_progress
        "....YY.Y", // verifying
        "........", // completed: final
    };

private Q_SLOTS:
    void allowedChanges_data()
    {
        QTest::addColumn<IncidentKind>("kind");
        QTest::addColumn<IncidentStatus>("from");
        QTest::addColumn<IncidentStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (IncidentKind kind : {IncidentKind::Incident, IncidentKind::Maintenance}) {
            const auto& table = kind == IncidentKind::Incident ? incidentTable : maintenanceTable;
            for (int f = 0; f < 8; ++f)
                for (int t = 0; t < 8; ++t)
                    QTest::addRow("%s %s -> %s", qPrintable(incidentKindKey(kind)),
                                  qPrintable(incidentStatusKey(all[f])),
                                  qPrintable(incidentStatusKey(all[t])))
                        << kind << all[f] << all[t] << (table[f][t] == 'Y');
        }
    }

    void allowedChanges()
    {
        QFETCH(IncidentKind, kind);
        QFETCH(IncidentStatus, from);
        QFETCH(IncidentStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedStatusChange(kind, from, to), allowed);
    }

    void lifecycles()
    {
        QCOMPARE(statusesOf(IncidentKind::Incident),
                 (QList<IncidentStatus>{IncidentStatus::Investigating, IncidentStatus::Identified,
                                        IncidentStatus::Monitoring, IncidentStatus::Resolved}));
        QCOMPARE(statusesOf(IncidentKind::Maintenance),
                 (QList<IncidentStatus>{IncidentStatus::Scheduled, IncidentStatus::InProgress,
                                        IncidentStatus::Verifying, IncidentStatus::Completed}));
    }

    void finalStatuses()
    {
        for (IncidentStatus status : all)
            QCOMPARE(isFinalStatus(status),
                     status == IncidentStatus::Resolved || status == IncidentStatus::Completed);
    }
};

QTEST_GUILESS_MAIN(StatusLifecycleTest)
#include "StatusLifecycleTest.moc"
