// SPDX-License-Identifier: MIT
// The PostgreSQL store over libpq. Thread-safe: a small pool of connections, each used by one
// thread at a time. libpq handles never leave this adapter.
#pragma once

#include "eventstore.h"
#include "storelocation.h"

#include <memory>

namespace sagascope::pg {

class PgEventStore final : public EventStore
{
public:
    // Connects, checks the schema and applies pending migrations (unless read-only).
    static Result<std::unique_ptr<PgEventStore>> open(const QString& connInfo, const OpenOptions& options = {});
    ~PgEventStore() override;

    QString displayUrl() const override;
    Result<int> schemaVersion() override;
    Result<AppendResult> append(const AppendRequest& request) override;
    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& requests) override;
    Result<QList<RecordedEvent>> readStream(const StreamQuery& query) override;
    Result<qint64> visitStream(const StreamQuery& query, const EventVisitor& visit) override;
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
    struct Private;
    explicit PgEventStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sagascope::pg
