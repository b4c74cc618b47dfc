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
LiveFeed::~LiveFeed() = default;

} // namespace sagascope
