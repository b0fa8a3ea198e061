#include "domain/Audience.h"
#include "domain/ChannelKind.h"
#include "domain/ComponentImpact.h"
#include "domain/DeliveryState.h"
#include "domain/DraftState.h"
#include "domain/IncidentStatus.h"
#include "domain/Role.h"
#include "domain/Severity.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Every enum's stable keys: each value has one, they are unique, they read back to the value, and
// they are exactly the keys already stored in databases and files (so they never change).
class EnumKeysTest : public QObject {
    Q_OBJECT

private:
    template <typename E, typename KeyFn, typename FromFn, typename LabelFn>
    static void check(const QList<E>& values, KeyFn key, FromFn fromKey, LabelFn label,
                      const QStringList& expected)
    {
        QStringList keys;
        for (E value : values) {
            const QString k = key(value);
            QVERIFY2(!k.isEmpty(), "every value has a key");
            QVERIFY2(!label(value).isEmpty(), qPrintable(k));
            const std::optional<E> back = fromKey(k);
            QVERIFY2(back.has_value(), qPrintable(k));
            QVERIFY2(*back == value, qPrintable(k));
            keys << k;
        }
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        QCOMPARE(keys, expected);
        QVERIFY(!fromKey(u"no-such-key"_s));
        QVERIFY(!fromKey(QString()));
        QVERIFY(!fromKey(expected.first().toUpper()));
    }

private Q_SLOTS:
    void severity()
    {
        check<Severity>({Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}, severityKey,
                        severityFromKey, severityLabel, {u"sev1"_s, u"sev2"_s, u"sev3"_s, u"sev4"_s});
    }

    void incidentKind()
    {
        check<IncidentKind>({IncidentKind::Incident, IncidentKind::Maintenance}, incidentKindKey,
                            incidentKindFromKey, incidentKindLabel, {u"incident"_s, u"maintenance"_s});
    }

    void incidentStatus()
    {
        check<IncidentStatus>(statusesOf(IncidentKind::Incident) + statusesOf(IncidentKind::Maintenance),
                              incidentStatusKey, incidentStatusFromKey, incidentStatusLabel,
                              {u"investigating"_s, u"identified"_s, u"monitoring"_s, u"resolved"_s,
                               u"scheduled"_s, u"in_progress"_s, u"verifying"_s, u"completed"_s});
    }

    void componentImpact()
    {
        check<ComponentImpact>({ComponentImpact::Operational, ComponentImpact::DegradedPerformance,
                                ComponentImpact::PartialOutage, ComponentImpact::MajorOutage,
                                ComponentImpact::UnderMaintenance},
                               componentImpactKey, componentImpactFromKey, componentImpactLabel,
                               {u"operational"_s, u"degraded_performance"_s, u"partial_outage"_s,
                                u"major_outage"_s, u"under_maintenance"_s});
    }

    void role()
    {
        check<Role>(allRoles(), roleKey, roleFromKey, roleLabel,
                    {u"incident_manager"_s, u"communications_manager"_s, u"support_lead"_s, u"approver"_s,
                     u"administrator"_s});
    }

    void audience()
    {
        check<Audience>(allAudiences(), audienceKey, audienceFromKey, audienceLabel,
                        {u"external"_s, u"internal"_s, u"support"_s});
    }

    void draftState()
    {
        check<DraftState>(allDraftStates(), draftStateKey, draftStateFromKey, draftStateLabel,
                          {u"draft"_s, u"in_review"_s, u"changes_requested"_s, u"approved"_s, u"sending"_s,
                           u"sent"_s, u"partly_failed"_s, u"withdrawn"_s});
    }

    void deliveryState()
    {
        check<DeliveryState>(allDeliveryStates(), deliveryStateKey, deliveryStateFromKey, deliveryStateLabel,
                             {u"pending"_s, u"in_flight"_s, u"delivered"_s, u"failed"_s, u"dead_letter"_s,
                              u"awaiting_person"_s, u"cancelled"_s});
    }

    void channelKind()
    {
        check<ChannelKind>(allChannels(), channelKey, channelFromKey, channelLabel,
                           {u"sms"_s, u"email"_s, u"status-page"_s, u"slack"_s, u"teams"_s, u"mattermost"_s,
                            u"x"_s, u"mastodon"_s, u"bluesky"_s, u"push"_s, u"in-app"_s, u"voice"_s,
                            u"webhook"_s, u"support-macro"_s});
    }

    void listsCoverEveryEnumerator()
    {
        // The all*() lists are what menus and validation use: none may miss a value.
        QCOMPARE(allRoles().size(), int(Role::Administrator) + 1);
        QCOMPARE(allAudiences().size(), int(Audience::Support) + 1);
        QCOMPARE(allDraftStates().size(), int(DraftState::Withdrawn) + 1);
        QCOMPARE(allDeliveryStates().size(), int(DeliveryState::Cancelled) + 1);
        QCOMPARE(allChannels().size(), int(ChannelKind::SupportMacro) + 1);
    }
};

QTEST_GUILESS_MAIN(EnumKeysTest)
#include "EnumKeysTest.moc"
