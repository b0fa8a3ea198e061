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

} // namespace Herald
