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
        const qint64 left = query.limit > 0 ? query.limit - visited : qint64(pageSize) + 1;
        const int wanted = int(std::min<qint64>(pageSize, left));
        // While another page may follow, one event more than is visited tells whether it does,
        // so a history that ends on a page boundary costs no last read that finds nothing.
        page.limit = left > wanted ? wanted + 1 : wanted;
        auto events = readStream(page);
        if (!events)
            return std::unexpected(events.error());
        const qsizetype visitable = std::min<qsizetype>(events->size(), wanted);
        for (qsizetype i = 0; i < visitable; ++i) {
            ++visited;
            if (!visit(events->at(i)))
                return visited;
        }
        if (events->size() <= wanted || (query.limit > 0 && visited >= query.limit))
            return visited;
        // Versions bound the next page whatever else the query selects by.
        const qint64 last = events->at(visitable - 1).version;
        if (forward)
            page.minVersion = last + 1;
        else
            page.maxVersion = last - 1;
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
