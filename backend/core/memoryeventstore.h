// SPDX-License-Identifier: MIT
// The in-memory store: a full implementation of the contract for tests, demos and services that
// need no durability. Not a mock: it passes the same contract suite as SQLite and PostgreSQL.
#pragma once

#include "eventstore.h"

#include <memory>

namespace sagascope {

class MemoryEventStore final : public EventStore
{
public:
    MemoryEventStore();
    ~MemoryEventStore() override;

    QString displayUrl() const override;
    Result<int> schemaVersion() override;
    Result<AppendResult> append(const AppendRequest& request) override;
    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& requests) override;
    Result<QList<RecordedEvent>> readStream(const StreamQuery& query) override;
    Result<QList<RecordedEvent>> readAll(const LogQuery& query) override;
    Result<QList<RecordedEvent>> readByCorrelation(const QString& correlationId, int limit) override;
    Result<StreamInfo> streamInfo(const QString& streamId) override;
    Result<StreamPage> listStreams(const StreamFilter& filter) override;
    Result<QStringList> streamTypes() override;
    Result<qint64> headPosition() override;
    Result<void> saveSnapshot(const SnapshotRecord& snapshot) override;
    Result<QList<SnapshotRecord>> readSnapshots(const QString& streamId, qint64 maxVersion = 0) override;
    Result<ScheduleResult> scheduleTimer(const TimerRecord& timer) override;
    Result<void> cancelTimer(const QString& timerId) override;
    Result<QList<TimerRecord>> listTimers(const TimerQuery& query) override;
    Result<QList<FiredTimer>> fireDueTimers(qint64 nowUs, int limit) override;
    std::unique_ptr<LiveFeed> openLiveFeed() override;

private:
    struct State;
    std::unique_ptr<State> d;
};

// Whether a stream id matches a search text the way every store matches it: literally, with
// ASCII letters compared case-insensitively.
bool streamIdMatches(const QString& streamId, const QString& search, StreamSearch mode);

} // namespace sagascope
