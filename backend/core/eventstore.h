// SPDX-License-Identifier: MIT
// The store contract every backend implements (memory, SQLite, PostgreSQL). Calls block and are
// thread-safe: any thread may call any method at any time. The GUI calls them from worker threads.
#pragma once

#include "error.h"
#include "recordedevent.h"
#include "timers.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sagascope {

class LiveFeed;

using EventVisitor = std::function<bool(const RecordedEvent& event)>;

class EventStore
{
public:
    virtual ~EventStore();

    // The store's URL with any password removed, for display.
    virtual QString displayUrl() const = 0;
    // The schema version the store is at (the number of applied migrations).
    virtual Result<int> schemaVersion() = 0;

    // Appends events to one stream atomically. Versions continue from the stream's version
    // without gaps; positions are unique and increase in commit order.
    virtual Result<AppendResult> append(const AppendRequest& request) = 0;
    // Appends to several streams in one transaction: all requests are stored, or none is.
    // The fast path for imports and the demo generator.
    virtual Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& requests) = 0;

    // Events of one stream; NotFound when the stream does not exist.
    virtual Result<QList<RecordedEvent>> readStream(const StreamQuery& query) = 0;
    // The same events handed to `visit` one at a time, in order, as they are read, so a stream
    // of any length is replayed, verified or exported without holding it: the way to read a
    // whole stream. `visit` returning false stops the read. Returns how many events were visited;
    // NotFound when the stream does not exist. Stores read pages of readStream unless they can
    // stream one query (PostgreSQL).
    virtual Result<qint64> visitStream(const StreamQuery& query, const EventVisitor& visit);
    // The global log after a position. Commit-safe: a reader that follows it never skips an
    // event that commits late under concurrent writers.
    virtual Result<QList<RecordedEvent>> readAll(const LogQuery& query) = 0;
    // Events whose metadata carries this correlation id, in position order.
    virtual Result<QList<RecordedEvent>> readByCorrelation(const QString& correlationId, int limit) = 0;

    virtual Result<StreamInfo> streamInfo(const QString& streamId) = 0;
    virtual Result<StreamPage> listStreams(const StreamFilter& filter) = 0;
    // The distinct stream types, sorted.
    virtual Result<QStringList> streamTypes() = 0;
    // The position of the last committed event (0 for an empty store).
    virtual Result<qint64> headPosition() = 0;

    // Stores a snapshot; one per (stream, version, reducer): saving again replaces it.
    virtual Result<void> saveSnapshot(const SnapshotRecord& snapshot);
    // The snapshots of a stream at or before `maxVersion` (0 = all), newest first.
    virtual Result<QList<SnapshotRecord>> readSnapshots(const QString& streamId, qint64 maxVersion = 0);

    // Durable timers (timers.h says why they are shaped this way). Scheduling the same timer
    // again is a success that writes nothing; the same id with other content is a Conflict.
    virtual Result<ScheduleResult> scheduleTimer(const TimerRecord& timer);
    // Removes a pending timer; NotFound when there is none with this id.
    virtual Result<void> cancelTimer(const QString& timerId);
    // Pending timers ordered by fire time, then timer id.
    virtual Result<QList<TimerRecord>> listTimers(const TimerQuery& query);
    // Claims up to `limit` timers due at `nowUs` (fire time <= nowUs, earliest first), appends
    // a TimerFired event to each one's stream and removes them, all in one transaction, and
    // returns what fired. Claiming is safe across processes: a timer fires exactly once however
    // many callers fire at the same time. Call again until it returns nothing to fire every due
    // timer.
    virtual Result<QList<FiredTimer>> fireDueTimers(qint64 nowUs, int limit);

    // A feed of appends made by anyone, or nullptr when the store cannot tell.
    // The feed lives in the calling thread.
    virtual std::unique_ptr<LiveFeed> openLiveFeed() { return nullptr; }
};

// Tells subscribers about new events as they commit.
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LiveFeed() override;

    virtual bool isConnected() const = 0;

Q_SIGNALS:
    // One signal per committed append: the stream, its new version and the last position written.
    void eventsAppended(const QString& streamId, qint64 lastVersion, qint64 lastPosition);
    void connectionChanged(bool connected, const QString& message);
};

} // namespace sagascope
