// SPDX-License-Identifier: MIT
// The state of one stream at any version or instant: the nearest checkpoint at or before it plus
// a fold of the events after it. Checkpoints are in-memory states kept every K events as the
// stream is folded, so once a stream has been replayed once, any state costs at most K folds.
#pragma once

#include "eventstore.h"
#include "reducer.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace sagascope {

class TimeTravel
{
public:
    // `store` must outlive this object. Thread-safe: calls are serialised.
    TimeTravel(EventStore& store, QString streamId, std::shared_ptr<const Reducer> reducer, int checkpointEvery = 1000);

    const QString& streamId() const { return m_streamId; }
    const Reducer& reducer() const { return *m_reducer; }
    int checkpointEvery() const { return m_every; }

    // Folds the whole stream once so every later state is at most K folds away. Stops early
    // (returning what it reached) when `stop` becomes true. `progress` gets (version, last).
    Result<qint64> buildCheckpoints(
        const std::atomic<bool>* stop = nullptr, const std::function<void(qint64, qint64)>& progress = {});

    // The state after the event at `version` (0 = the initial state). Versions past the end
    // are an InvalidInput error.
    Result<std::unique_ptr<ReducerState>> stateAt(qint64 version);
    // The state after the last event recorded at or before `timeUs`.
    Result<std::unique_ptr<ReducerState>> stateAtTime(qint64 timeUs);
    // The last version recorded at or before `timeUs` (0 when none was).
    Result<qint64> versionAtTime(qint64 timeUs);

    // Offers a state the caller already has (e.g. from a snapshot) as a checkpoint.
    void addCheckpoint(const ReducerState& state);
    qsizetype checkpointCount() const;
    // Forgets checkpoints after `version` (e.g. when the stream is found to have changed).
    void dropCheckpointsAfter(qint64 version);

private:
    Result<std::unique_ptr<ReducerState>> foldTo(
        qint64 version, const std::atomic<bool>* stop, const std::function<void(qint64, qint64)>& progress);

    EventStore& m_store;
    QString m_streamId;
    std::shared_ptr<const Reducer> m_reducer;
    int m_every;
    mutable QMutex m_lock;
    std::map<qint64, std::shared_ptr<const ReducerState>> m_checkpoints;
};

} // namespace sagascope
