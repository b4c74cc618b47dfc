// SPDX-License-Identifier: MIT
// The one palette of the inspector: every view that colours events (history table, timeline,
// charts) asks these functions, so a category has the same colour everywhere.
#pragma once

#include "eventcatalogue.h"
#include "statediff.h"

#include <QColor>
#include <QString>

namespace sagascope {

// The colour of an event category (history chips, chart series, timeline marks).
QColor categoryColor(EventCategory category);
// The accent for events that mark a failure (…Failed, …TimedOut, …Rejected).
QColor failureColor();
// The accent for events whose stored payload or metadata cannot be decoded.
QColor corruptColor();
// The mark of a change in the state tree and in snapshot diffs: added, removed, changed.
QColor stateChangeColor(StateChange::Kind kind);
// The colour of a saga item's status (activities, timers, child workflows) in tables and the
// timeline: running, waiting, done, failed, cancelled.
QColor statusColor(const QString& status);
// A readable text colour on top of `background` (black or white).
QColor textColorOn(const QColor& background);
// The translated, human-readable name of a category, e.g. "Child workflow".
QString categoryLabel(EventCategory category);

} // namespace sagascope
