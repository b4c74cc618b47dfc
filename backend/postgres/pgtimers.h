// SPDX-License-Identifier: MIT
// Durable timers of the PostgreSQL store (backend/core/timers.h): the statements on
// sagascope.timers and the fire transaction. Internal to backend/postgres; the store leases the
// connection and lends its own append path, so fired events go through sagascope.append (global
// order, advisory lock, fingerprints) like every other event.
#pragma once

#include "timers.h"

#include <functional>

namespace sagascope::pg {

class Connection;

// Appends normalised requests, in order, on the given connection inside its open transaction (one
// round trip for all of them); the first refused one fails the lot.
using AppendOnConnection = std::function<Result<QList<AppendResult>>(Connection&, const QList<AppendRequest>&)>;

// A query of no rows that names every column of sagascope.timers the statements here use; part
// of the schema probe the store runs on open.
extern const char* const timersProbeSql;

// `timer` must be normalised (normaliseTimer).
Result<ScheduleResult> scheduleTimer(Connection& conn, const TimerRecord& timer);
Result<void> cancelTimer(Connection& conn, const QString& timerId);
Result<QList<TimerRecord>> listTimers(Connection& conn, const TimerQuery& query);
// One transaction: claim due rows (FOR UPDATE SKIP LOCKED), append TimerFired for each with one
// call of `append`, delete the rows, commit.
Result<QList<FiredTimer>> fireDueTimers(Connection& conn, qint64 nowUs, int limit, const AppendOnConnection& append);

} // namespace sagascope::pg
