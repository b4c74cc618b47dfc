// SPDX-License-Identifier: MIT
// What an event (or a range of events) changed in a state, for the state tree: the same list as
// diffStates(), found faster. diffStates() builds a path for every member of both documents; on a
// saga of a million events that is hundreds of thousands of items, almost all equal. Here equal
// values are skipped after one comparison, so the cost follows the size of the state only through
// those comparisons.
#pragma once

#include "statediff.h"

#include <QJsonObject>

namespace sagascope {

// Equal to diffStates(before, after), in the same order.
QList<StateChange> changesBetween(const QJsonObject& before, const QJsonObject& after);

} // namespace sagascope
