#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// The lifecycle of one update: only the workflow moves a draft between states.
enum class DraftState { Draft, InReview, ChangesRequested, Approved, Sending, Sent, PartlyFailed, Withdrawn };

QString draftStateKey(DraftState value);
std::optional<DraftState> draftStateFromKey(QStringView key);
QString draftStateLabel(DraftState value);
QList<DraftState> allDraftStates();
// The lifecycle's edges; the workflow refuses any other move.
bool isAllowedDraftTransition(DraftState from, DraftState to);

} // namespace Herald
