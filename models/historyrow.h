// SPDX-License-Identifier: MIT
// One event as a row of a history table: what the full (windowed) history and the filtered
// history show, computed once when the event arrives, and answered per column and role the same
// way by both models.
#pragma once

#include "eventcatalogue.h"
#include "recordedevent.h"

#include <QVariant>

namespace sagascope {

struct HistoryRow
{
    RecordedEvent event;
    EventCategory category = EventCategory::Domain;
    bool present = false;
    bool failure = false;
    QString timeText;

    static HistoryRow fromEvent(const RecordedEvent& event);
    // The cell of a loaded row; columns and roles are HistoryModel's.
    QVariant data(int column, int role) const;
};

} // namespace sagascope
