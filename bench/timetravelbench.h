// SPDX-License-Identifier: MIT
// The time-travel measurements of sagascope-bench, on a realistic saga (the demo's long saga):
// state_at_random (p99 of the state at random versions after checkpoints are built, with the
// checkpoint build time), fold (the saga reducer against parsing the same payloads) and
// snapshot_load (state at the head from a snapshot plus tail against a full replay).
#pragma once

#include "eventstore.h"

#include <QTextStream>

// Writes the long saga into `store` when it is not there yet; prints one JSON line per measurement.
bool benchTimeTravel(sagascope::EventStore& store, qint64 events, QTextStream& out, QTextStream& log);
