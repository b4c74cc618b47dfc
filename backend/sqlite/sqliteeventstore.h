// SPDX-License-Identifier: MIT
// The embedded store: one SQLite file (WAL mode) through Qt Sql's QSQLITE driver. The default
// store. Thread-safe: each thread gets its own connection; appends run in BEGIN IMMEDIATE
// transactions so that several processes (the GUI and the CLI) can write the same file.
#pragma once

#include "eventstore.h"
#include "storelocation.h"

#include <memory>

namespace sagascope {

class SqliteEventStore final : public EventStore
{
public:
    // Opens or creates the file and applies pending migrations (unless read-only).
    static Result<std::unique_ptr<SqliteEventStore>> open(const QString& path, const OpenOptions& options = {});
    ~SqliteEventStore() override;

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
    // Polled every few tens of milliseconds by another thread, since SQLite cannot notify.
    std::unique_ptr<LiveFeed> openLiveFeed() override;

    struct StreamAppend
    {
        QString streamId;
        qint64 lastVersion = 0;
        qint64 lastPosition = 0;
    };
    // The streams that received events after `position` (at most `limit` events are looked at),
    // in the order of their last position: what the live feed reports after a poll.
    Result<QList<StreamAppend>> appendsAfter(qint64 position, int limit);

    Result<ScheduleResult> scheduleTimer(const TimerRecord& timer) override;
    Result<void> cancelTimer(const QString& timerId) override;
    Result<QList<TimerRecord>> listTimers(const TimerQuery& query) override;
    Result<QList<FiredTimer>> fireDueTimers(qint64 nowUs, int limit) override;

private:
    struct Private;
    explicit SqliteEventStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sagascope
