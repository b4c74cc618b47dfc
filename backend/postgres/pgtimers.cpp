// SPDX-License-Identifier: MIT
#include "pgtimers.h"

#include "appendrules.h"
#include "coretr.h"
#include "pgconnection.h"
#include "pgwire.h"

#include <QSet>

namespace sagascope::pg {

namespace {

// Statement indices 20 and up: pgeventstore.cpp uses those below.
#define SAGASCOPE_TIMER_COLUMNS "timer_id, stream_id, stream_type, fire_at, payload, scheduled_at"

constexpr unsigned int scheduleTypes[]
    = { oid::text, oid::text, oid::text, oid::timestamptz, oid::text, oid::timestamptz };
// Inserts the timer, or (first column 0) returns the one already pending under that id. When a
// concurrent schedule of the same id commits after this statement's snapshot, neither part
// returns a row and the caller asks again.
constexpr Statement scheduleStatement { 20, "sagascope_schedule_timer",
    "WITH ins AS (INSERT INTO sagascope.timers (" SAGASCOPE_TIMER_COLUMNS ") VALUES ($1, $2, $3, $4, $5, $6)"
    " ON CONFLICT (timer_id) DO NOTHING RETURNING " SAGASCOPE_TIMER_COLUMNS ")"
    " SELECT 1, " SAGASCOPE_TIMER_COLUMNS " FROM ins"
    " UNION ALL"
    " SELECT 0, " SAGASCOPE_TIMER_COLUMNS " FROM sagascope.timers WHERE timer_id = $1 AND NOT EXISTS (SELECT FROM ins)",
    6, scheduleTypes };
constexpr unsigned int textOnly[] = { oid::text };
constexpr Statement cancelStatement { 21, "sagascope_cancel_timer",
    "DELETE FROM sagascope.timers WHERE timer_id = $1 RETURNING 1", 1, textOnly };
constexpr unsigned int listTypes[] = { oid::int8, oid::text };
constexpr Statement listAllStatement { 22, "sagascope_list_timers",
    "SELECT 0, " SAGASCOPE_TIMER_COLUMNS " FROM sagascope.timers ORDER BY fire_at, timer_id LIMIT $1", 1, listTypes };
constexpr Statement listStreamStatement { 23, "sagascope_list_stream_timers",
    "SELECT 0, " SAGASCOPE_TIMER_COLUMNS " FROM sagascope.timers WHERE stream_id = $2"
    " ORDER BY fire_at, timer_id LIMIT $1",
    2, listTypes };
constexpr unsigned int claimTypes[] = { oid::timestamptz, oid::int8 };
// SKIP LOCKED: rows another firer has claimed are passed over, not waited for, so concurrent
// firers take disjoint sets. The first column tells whether the stream exists already.
constexpr Statement claimStatement { 24, "sagascope_claim_timers",
    "SELECT EXISTS (SELECT FROM sagascope.streams s WHERE s.stream_id = t.stream_id)::integer,"
    " t.timer_id, t.stream_id, t.stream_type, t.fire_at, t.payload, t.scheduled_at"
    " FROM sagascope.timers t WHERE t.fire_at <= $1 ORDER BY t.fire_at, t.timer_id LIMIT $2"
    " FOR UPDATE OF t SKIP LOCKED",
    2, claimTypes };
constexpr unsigned int textArrayOnly[] = { oid::textArray };
constexpr Statement deleteClaimedStatement { 25, "sagascope_delete_timers",
    "DELETE FROM sagascope.timers WHERE timer_id = ANY ($1)", 1, textArrayOnly };

// Columns 1.. of a timer row (column 0 is the statement's flag).
TimerRecord timerFromRow(const Rows& rows, int row)
{
    TimerRecord t;
    t.timerId = rows.text(row, 1);
    t.streamId = rows.text(row, 2);
    t.streamType = rows.text(row, 3);
    t.fireAtUs = rows.timestampUs(row, 4);
    t.payload = rows.bytes(row, 5);
    t.scheduledAtUs = rows.timestampUs(row, 6);
    return t;
}

} // namespace

const char* const timersProbeSql = "SELECT " SAGASCOPE_TIMER_COLUMNS " FROM sagascope.timers LIMIT 0";

#undef SAGASCOPE_TIMER_COLUMNS

Result<ScheduleResult> scheduleTimer(Connection& conn, const TimerRecord& timer)
{
    const QString what = CoreTr::tr("scheduling timer \"%1\"").arg(timer.timerId);
    Params p;
    p.addText(timer.timerId);
    p.addText(timer.streamId);
    p.addText(timer.streamType);
    p.addTimestampUs(timer.fireAtUs);
    p.addBinary(timer.payload);
    p.addTimestampUs(timer.scheduledAtUs);
    // A concurrent schedule or cancel of the same id can make one attempt see nothing; the
    // next one sees the committed outcome.
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto rows = conn.run(scheduleStatement, p, what);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rowCount() == 0)
            continue;
        const TimerRecord stored = timerFromRow(*rows, 0);
        if (rows->int32(0, 0) == 1)
            return ScheduleResult { stored, false };
        if (!sameTimer(timer, stored))
            return std::unexpected(timerConflict(timer, stored));
        return ScheduleResult { stored, true };
    }
    return fail(ErrorCode::Conflict,
        CoreTr::tr("Timer \"%1\" is being scheduled and canceled by others at the same time; try again.")
            .arg(timer.timerId));
}

Result<void> cancelTimer(Connection& conn, const QString& timerId)
{
    Params p;
    p.addText(timerId);
    auto rows = conn.run(cancelStatement, p, CoreTr::tr("canceling timer \"%1\"").arg(timerId));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rowCount() == 0)
        return std::unexpected(timerNotFound(timerId));
    return {};
}

Result<QList<TimerRecord>> listTimers(Connection& conn, const TimerQuery& query)
{
    Params p;
    query.limit > 0 ? p.addInt64(query.limit) : p.addNull(); // NULL: no limit
    if (!query.streamId.isEmpty())
        p.addText(query.streamId);
    auto rows
        = conn.run(query.streamId.isEmpty() ? listAllStatement : listStreamStatement, p, CoreTr::tr("listing timers"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<TimerRecord> out;
    out.reserve(rows->rowCount());
    for (int row = 0; row < rows->rowCount(); ++row)
        out.append(timerFromRow(*rows, row));
    return out;
}

Result<QList<FiredTimer>> fireDueTimers(Connection& conn, qint64 nowUs, int limit, const AppendOnConnection& append)
{
    const QString what = CoreTr::tr("firing timers");
    auto fails = [&](const Error& e) -> Result<QList<FiredTimer>> {
        (void)conn.runSql("ROLLBACK", what);
        return std::unexpected(e);
    };
    if (auto ok = conn.runSql("BEGIN", what); !ok)
        return std::unexpected(ok.error());
    Params claim;
    claim.addTimestampUs(nowUs);
    limit > 0 ? claim.addInt64(limit) : claim.addNull();
    auto rows = conn.run(claimStatement, claim, what);
    if (!rows)
        return fails(rows.error());
    if (rows->rowCount() == 0) {
        if (auto ok = conn.runSql("ROLLBACK", what); !ok)
            return std::unexpected(ok.error());
        return QList<FiredTimer> {};
    }
    QList<TimerRecord> claimed;
    QList<AppendRequest> requests;
    claimed.reserve(rows->rowCount());
    requests.reserve(rows->rowCount());
    QSet<QString> created;
    ArrayWriter ids(oid::text);
    for (int row = 0; row < rows->rowCount(); ++row) {
        TimerRecord t = timerFromRow(*rows, row);
        const bool exists = rows->int32(row, 0) != 0 || created.contains(t.streamId);
        created.insert(t.streamId);
        auto request = normaliseAppend(timerFiredRequest(t, exists));
        if (!request)
            return fails(request.error());
        requests.append(std::move(*request));
        ids.addText(t.timerId);
        claimed.append(std::move(t));
    }
    auto appended = append(conn, requests);
    if (!appended)
        return fails(appended.error());
    if (appended->size() != claimed.size())
        return fails({ ErrorCode::Internal,
            CoreTr::tr("PostgreSQL answered %1 of %2 timer appends.").arg(appended->size()).arg(claimed.size()) });
    QList<FiredTimer> fired;
    fired.reserve(claimed.size());
    for (qsizetype i = 0; i < claimed.size(); ++i)
        fired.append(firedTimer(claimed[i], (*appended)[i]));
    Params del;
    del.addBinary(ids.finish());
    if (auto ok = conn.run(deleteClaimedStatement, del, what); !ok)
        return fails(ok.error());
    if (auto ok = conn.runSql("COMMIT", what); !ok)
        return fails(ok.error());
    return fired;
}

} // namespace sagascope::pg
