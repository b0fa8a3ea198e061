#pragma once

#include <QString>

namespace Herald::TimelineEventType {

// Stable keys of timeline events; stored in the database and the chain's hashes.
inline const QString IncidentCreated = QStringLiteral("incident.created");
inline const QString IncidentStatusChanged = QStringLiteral("incident.status_changed");
inline const QString DraftCreated = QStringLiteral("draft.created");
inline const QString DraftRevised = QStringLiteral("draft.revised");
inline const QString DraftSubmitted = QStringLiteral("draft.submitted");
inline const QString DraftApproved = QStringLiteral("draft.approved");
inline const QString DraftChangesRequested = QStringLiteral("draft.changes_requested");
inline const QString ApprovalVoided = QStringLiteral("draft.approval_voided");
inline const QString DraftSendStarted = QStringLiteral("draft.send_started");
inline const QString DraftSent = QStringLiteral("draft.sent");
inline const QString DraftPartlyFailed = QStringLiteral("draft.partly_failed");
inline const QString DeliveryAttempted = QStringLiteral("delivery.attempted");
inline const QString DeliveryDelivered = QStringLiteral("delivery.delivered");
inline const QString DeliveryFailed = QStringLiteral("delivery.failed");
inline const QString DeliveryFallback = QStringLiteral("delivery.fallback");
inline const QString DeliveryRetried = QStringLiteral("delivery.retried");
inline const QString DeliveryCancelled = QStringLiteral("delivery.cancelled");
inline const QString EndpointChanged = QStringLiteral("settings.endpoint_changed");
inline const QString NetworksAllowed = QStringLiteral("settings.networks_allowed");
inline const QString TemplateSaved = QStringLiteral("settings.template_saved");
inline const QString TemplateDeleted = QStringLiteral("settings.template_deleted");
inline const QString ApprovalRecorded = QStringLiteral("draft.approval_recorded"); // one of several needed
inline const QString DraftWithdrawn = QStringLiteral("draft.withdrawn");
inline const QString DraftEmergencySent = QStringLiteral("draft.emergency_sent");
inline const QString AfterSendReviewed = QStringLiteral("draft.after_send_reviewed");
inline const QString ReviewEscalated = QStringLiteral("review.escalated");
inline const QString TextCopied = QStringLiteral("support.text_copied");
inline const QString PolicyChanged = QStringLiteral("settings.policy_changed");
inline const QString PersonAdded = QStringLiteral("settings.person_added");
inline const QString PersonChanged = QStringLiteral("settings.person_changed");
inline const QString PassphraseSet = QStringLiteral("settings.passphrase_set");

} // namespace Herald::TimelineEventType
