// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "coretr.h"

namespace sagascope {

EventStore::~EventStore() = default;

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
