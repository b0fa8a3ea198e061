#pragma once

#include "domain/ChannelKind.h"
#include "domain/DraftState.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Herald {

// One update to the audience of an incident, from first words to sent.
struct Draft {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString templateId;
    int templateVersion = 0;
    DraftState state = DraftState::Draft;
    qint64 authorId = 0;
    QList<ChannelKind> channels; // where this update goes
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 0; // number of the latest revision; 0 before the first save
};

} // namespace Herald
