// SPDX-License-Identifier: MIT
// Writes the demo data set into any store: order aggregates, checkout sagas and fulfilment flows
// linked by correlation and causation ids across streams, plus one long saga for scale.
// Everything is derived from the seed (event ids included), so writing it twice stores nothing new.
// Each event is recorded at its business time (NewEvent::recordedAtUs), so histories, timelines
// and time travel show the weeks the data set spans rather than the second it was written in.
// Every fifth order (order-0002, order-0007, …) is placed with OrderPlaced at schema version 1,
// the shape the built-in upcaster takes to version 2; the others at schema version 2.
// Checkout sagas that are still open get pending durable timers (demotimers.h), due from a few
// minutes to weeks after the time of writing.
#pragma once

#include "eventstore.h"

#include <functional>

namespace sagascope {

struct DemoOptions
{
    // Ordinary streams, spread over orders, checkout sagas and flows in that rotation
    // (order-0001, saga-checkout-0001, flow-0001, order-0002, …).
    int streams = 60;
    // Events of the long saga `saga-long-0001` (0 = no long saga).
    qint64 longStreamEvents = 100000;
    // Same seed, same data: ids, payloads and metadata.
    quint32 seed = 42;
    // Events per appendBatch call (one transaction each).
    int batchEvents = 5000;
    // Schedule the pending timers of the open sagas.
    bool timers = true;
    // The instant the timers' fire times count from (microseconds since the epoch); 0 = the time
    // of writing. Fixed, it makes the timers as deterministic as the events.
    qint64 timersAnchorUs = 0;
};

struct DemoSummary
{
    int streams = 0; // streams of the data set, the long saga included
    qint64 events = 0; // events of the data set
    qint64 eventsWritten = 0; // events this run stored
    qint64 eventsAlreadyStored = 0; // events found already stored (a repeated run)
    int timersScheduled = 0; // timers this run scheduled
    int timersAlreadyPending = 0; // timers an earlier run scheduled that have not fired yet
};

// Appends the data set through appendBatch in large transactions, ordinary streams first (their
// events interleaved by business time, as a live system would have written them), then the long
// saga in chunks, and last schedules the timers (a demo timer that is still pending from an
// earlier run is kept as it is). A run that stopped half-way is completed by running again. `progress`
// (optional) gets the number of events handled so far after each transaction.
Result<DemoSummary> writeDemoData(
    EventStore& store, const DemoOptions& options = {}, const std::function<void(qint64)>& progress = {});

// The number of events writeDemoData writes for these options (for progress bars).
qint64 demoEventCount(const DemoOptions& options = {});

} // namespace sagascope
