// SPDX-License-Identifier: MIT
// A steady flood of well-formed signals for load measurements (the monitor's stall benchmark):
// plain NATS publishes into the signal stream's subjects, paced to a rate, without waiting for
// JetStream's acknowledgements so that the sender, not the ack round trip, sets the pace.
// Blocking; run it on a thread of its own with a connection of its own.
#pragma once

#include "signalbus.h"

#include <atomic>

namespace sagascope::nats {

struct SignalLoadOptions
{
    int messagesPerSecond = 50'000;
    int durationMs = 10'000;
    int sagaCount = 100; // signals go round-robin to saga-0 … saga-(N-1)
    // Empty the stream first: what earlier runs left there slows the server down, so runs would
    // not compare. Only for a stream of the measurement's own.
    bool purgeFirst = false;
};

struct SignalLoadReport
{
    qint64 published = 0;
    qint64 elapsedMs = 0;
    double achievedPerSecond() const { return elapsedMs > 0 ? double(published) * 1000.0 / double(elapsedMs) : 0; }
};

// Publishes until the duration is over or `stop` is set, then flushes. Give the bus a connection
// with sendAsap off, so that the client batches its writes.
Result<SignalLoadReport> publishSignalLoad(
    SignalBus& bus, const SignalLoadOptions& options, const std::atomic<bool>& stop);

} // namespace sagascope::nats
