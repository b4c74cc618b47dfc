// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "coretr.h"

namespace sagascope {

EventStore::~EventStore() = default;

Result<qint64> EventStore::visitStream(const StreamQuery& query, const EventVisitor& visit)
{
    constexpr int pageSize = 2000;
    const bool forward = query.direction == ReadDirection::Forward;
    StreamQuery page = query;
    qint64 visited = 0;
    while (true) {
        const qint64 left = query.limit > 0 ? query.limit - visited : pageSize;
        page.limit = int(std::min<qint64>(pageSize, left));
        auto events = readStream(page);
        if (!events)
            return std::unexpected(events.error());
        for (const RecordedEvent& e : std::as_const(*events)) {
            ++visited;
            if (!visit(e))
                return visited;
        }
        if (events->size() < page.limit || (query.limit > 0 && visited >= query.limit))
            return visited;
        // Versions bound the next page whatever else the query selects by.
        if (forward)
            page.minVersion = events->last().version + 1;
        else
            page.maxVersion = events->last().version - 1;
        if (!forward && page.maxVersion < std::max<qint64>(1, page.minVersion))
            return visited;
    }
}

Result<void> EventStore::saveSnapshot(const SnapshotRecord&)
{
    return fail(ErrorCode::Internal, CoreTr::tr("The store %1 does not keep snapshots.").arg(displayUrl()));
}

Result<QList<SnapshotRecord>> EventStore::readSnapshots(const QString&, qint64)
{
    return fail(ErrorCode::Internal, CoreTr::tr("The store %1 does not keep snapshots.").arg(displayUrl()));
}
namespace {

Error noTimers(const EventStore& store)
{
    return Error { ErrorCode::Internal, CoreTr::tr("The store %1 does not keep timers.").arg(store.displayUrl()) };
}

} // namespace

Result<ScheduleResult> EventStore::scheduleTimer(const TimerRecord&)
{
    return std::unexpected(noTimers(*this));
}

Result<void> EventStore::cancelTimer(const QString&)
{
    return std::unexpected(noTimers(*this));
}

Result<QList<TimerRecord>> EventStore::listTimers(const TimerQuery&)
{
    return std::unexpected(noTimers(*this));
}

Result<QList<FiredTimer>> EventStore::fireDueTimers(qint64, int)
{
    return std::unexpected(noTimers(*this));
}

LiveFeed::~LiveFeed() = default;

} // namespace sagascope
