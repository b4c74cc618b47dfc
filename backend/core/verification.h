// SPDX-License-Identifier: MIT
// Can a stream's stored history be trusted? Recomputes the fingerprint chain over every event and
// checks every snapshot against a replay, naming the first event or snapshot that does not match.
#pragma once

#include "eventstore.h"
#include "reducer.h"
#include "snapshots.h"

#include <algorithm>
#include <optional>

namespace sagascope {

struct VerifyReport
{
    QString streamId;
    qint64 eventsChecked = 0;
    std::optional<qint64> firstBadVersion; // the first event whose fingerprint does not match
    QString eventProblem;
    QList<SnapshotCheck> snapshots;

    bool eventsOk() const { return !firstBadVersion.has_value(); }
    bool snapshotsOk() const
    {
        return std::all_of(snapshots.cbegin(), snapshots.cend(), [](const SnapshotCheck& c) { return c.matches; });
    }
    bool ok() const { return eventsOk() && snapshotsOk(); }
};

// Reads the stream once (in pages) for the chain, then checks the snapshots.
Result<VerifyReport> verifyStream(EventStore& store, const QString& streamId, const Reducer& reducer);

} // namespace sagascope
