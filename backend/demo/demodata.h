// SPDX-License-Identifier: MIT
// Writes the demo data set into any store: order aggregates, saga histories and flows with
// correlation and causation chains across streams, plus one long saga for scale.
#pragma once

#include "eventstore.h"

#include <functional>

namespace sagascope {

struct DemoOptions
{
    int streams = 60;                     // ordinary streams (orders, sagas, flows)
    qint64 longStreamEvents = 100000;     // events of the long saga (0 = none)
    quint32 seed = 42;                    // same seed, same data (ids and payloads)
};

struct DemoSummary
{
    int streams = 0;
    qint64 events = 0;
};

// Appends through appendBatch in large transactions. `progress` (optional) gets events written so far.
Result<DemoSummary> writeDemoData(EventStore& store, const DemoOptions& options = {},
                                  const std::function<void(qint64)>& progress = {});

} // namespace sagascope
