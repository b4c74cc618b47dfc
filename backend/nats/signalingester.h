// SPDX-License-Identifier: MIT
// Records received signals in the event store: a durable pull consumer on the signal stream whose
// messages become SignalReceived events on their saga's stream (stream id = saga id, event id =
// the signal's event id). A message is acked only after the append committed, and appends are
// idempotent by event id, so at-least-once delivery gives each signal exactly once in the store.
// Malformed messages are terminated (never redelivered) and reported, not recorded.
// Blocking; used by one thread at a time.
#pragma once

#include "signalmessage.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>

namespace sagascope {
class EventStore;
struct NewEvent;
} // namespace sagascope

namespace sagascope::nats {

class SignalBus;

inline constexpr QLatin1StringView signalReceivedType { "SignalReceived" };

struct IngesterSettings
{
    QString consumerName = QStringLiteral("sagascope-ingester");
    int batchSize = 500;
    // Unacked messages of a dead ingester come back after this long.
    int ackWaitSeconds = 10;
    int fetchTimeoutMs = 500;
    qsizetype maxPayloadBytes = defaultMaxSignalBytes;
};

struct IngestReport
{
    qint64 recorded = 0; // newly stored events
    qint64 alreadyStored = 0; // redelivered signals whose event was stored before
    qint64 malformed = 0; // terminated, not recorded
    qint64 rejected = 0; // well-formed but refused by the store (e.g. the event id is used for other content)
};

// The SignalReceived event for a well-formed signal: payload {signal_name, payload, headers,
// subject}, metadata {correlation_id (when given), source: "nats"}. Built from what the sender
// sent only, so that a redelivery yields the same content and the append stays idempotent.
NewEvent signalReceivedEvent(const ReceivedSignal& signal);

class SignalIngester
{
public:
    // Called for every message that is not recorded, with the reason (the signal's
    // malformedReason, or the store's refusal).
    using Problem = std::function<void(const ReceivedSignal& signal, const QString& reason)>;

    static Result<std::unique_ptr<SignalIngester>> open(
        SignalBus& bus, EventStore& store, const IngesterSettings& settings = {});
    ~SignalIngester();

    void setProblemHandler(Problem handler) { m_problem = std::move(handler); }

    // Records everything pending (including signals a dead ingester had taken and not acked,
    // once their ack wait is over) and returns.
    Result<IngestReport> runOnce();
    // Records signals as they come until `stop` is set; `progress` is called after each batch.
    // Lost connections (NATS or the store) are waited out, not returned.
    Result<IngestReport> run(
        const std::atomic<bool>& stop, const std::function<void(const IngestReport&)>& progress = {});

private:
    struct Private;
    explicit SignalIngester(std::unique_ptr<Private> d);
    // One fetch and its appends; the number of messages handled (0 when none came in time).
    Result<int> step(IngestReport& report);
    std::unique_ptr<Private> d;
    Problem m_problem;
};

} // namespace sagascope::nats
