#include "domain/DraftState.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<DraftState, 8>
    table("DraftState",
          {{
              {DraftState::Draft, u"draft", QT_TRANSLATE_NOOP("DraftState", "Draft")},
              {DraftState::InReview, u"in_review", QT_TRANSLATE_NOOP("DraftState", "In review")},
              {DraftState::ChangesRequested, u"changes_requested",
               QT_TRANSLATE_NOOP("DraftState", "Changes requested")},
              {DraftState::Approved, u"approved", QT_TRANSLATE_NOOP("DraftState", "Approved")},
              {DraftState::Sending, u"sending", QT_TRANSLATE_NOOP("DraftState", "Sending")},
              {DraftState::Sent, u"sent", QT_TRANSLATE_NOOP("DraftState", "Sent")},
              {DraftState::PartlyFailed, u"partly_failed", QT_TRANSLATE_NOOP("DraftState", "Partly failed")},
              {DraftState::Withdrawn, u"withdrawn", QT_TRANSLATE_NOOP("DraftState", "Withdrawn")},
          }});
} // namespace

QString draftStateKey(DraftState value)
{
    return table.key(value);
}
std::optional<DraftState> draftStateFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString draftStateLabel(DraftState value)
{
    return table.label(value);
}

QList<DraftState> allDraftStates()
{
    const auto values = table.values();
    return QList<DraftState>(values.begin(), values.end());
}

bool isAllowedDraftTransition(DraftState from, DraftState to)
{
    using enum DraftState;
    switch (from) {
    case Draft:
        // Sending straight from a draft is the audited emergency path.
        return to == InReview || to == Sending || to == Withdrawn;
    case ChangesRequested:
        return to == InReview || to == Draft || to == Sending || to == Withdrawn;
    case InReview:
        return to == ChangesRequested || to == Approved || to == Draft || to == Sending || to == Withdrawn;
    case Approved:
        return to == Sending || to == Draft || to == Withdrawn;
    case Sending:
        return to == Sent || to == PartlyFailed;
    case PartlyFailed:
        return to == Sending || to == Sent;
    case Sent:
    case Withdrawn:
        return false;
    }
    return false;
}

} // namespace Herald
