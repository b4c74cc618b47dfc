// SPDX-License-Identifier: MIT
// The live_latency measurement of sagascope-bench: how long an event committed by another client
// takes to become a row of the open history in the inspector's models (live feed, batching,
// HistoryModel), against the 200 ms the user is promised.
#pragma once

#include "eventstore.h"

#include <QString>
#include <QTextStream>

// Appends `appends` single events to a fresh stream through `writer` from another thread while a
// session on `url` follows the stream; writes one JSON line (p99) and one with p50 to `out`.
bool benchLiveLatency(
    sagascope::EventStore& writer, const QString& url, int appends, QTextStream& out, QTextStream& log);
