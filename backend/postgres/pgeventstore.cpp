// SPDX-License-Identifier: MIT
#include "pgeventstore.h"

#include "appendrules.h"
#include "coretr.h"
#include "fingerprint.h"
#include "migrations.h"
#include "pgconnection.h"
#include "pglivefeed.h"
#include "pgtimers.h"
#include "pgwire.h"

#include <QSet>

#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <limits>

#include <libpq-fe.h>
#include <poll.h>

namespace sagascope::pg {

namespace {

// Keys of the transaction-level advisory locks, spelled out in the SQL text. The append key must
// match the one the functions take (sagascope.append and sagascope.append_batch, last replaced in
// resources/sql/postgres/006_streams_from_events.sql).
#define SAGASCOPE_MIGRATION_LOCK_KEY "7526184000"
#define SAGASCOPE_APPEND_LOCK_KEY "7526184001"
constexpr const char* migrationLockSql = "SELECT pg_advisory_xact_lock(" SAGASCOPE_MIGRATION_LOCK_KEY ")";

// Connections per store: enough for the GUI's workers and a CLI's threads; appends serialise on
// the server anyway.
constexpr int maxConnections = 8;
// A batch asks the server for the replies so far after this many requests, so that a failure
// stops the sending early and replies never pile up on the server.
constexpr int flushEvery = 32;
// Events per sagascope.append_batch call: enough to spread its fixed cost thin, few enough that
// the client prepares the next call while the server runs this one.
constexpr qsizetype eventsPerBatchCall = 256;

// ---- statements: fixed SQL, prepared once per connection -----------------------------------

#define SAGASCOPE_EVENT_COLUMNS                                                                                        \
    "position, stream_id, version, event_id, stream_type, event_type, schema_version, payload, metadata, "             \
    "recorded_at, "                                                                                                    \
    "fingerprint"
// A stream's row holds what never changes; its version, last position and last time are those
// of its last event, one step down the (stream_id, version) index (006_streams_from_events.sql).
#define SAGASCOPE_SELECT_STREAMS                                                                                       \
    "SELECT s.stream_id, s.stream_type, coalesce(l.version, 0), coalesce(l.position, 0), s.created_at,"                \
    " coalesce(l.recorded_at, s.created_at)"                                                                           \
    " FROM sagascope.streams s"                                                                                        \
    " LEFT JOIN LATERAL (SELECT e.version, e.position, e.recorded_at FROM sagascope.events e"                          \
    " WHERE e.stream_id = s.stream_id ORDER BY e.version DESC LIMIT 1) l ON true"
#define SAGASCOPE_READ_STREAM                                                                                          \
    "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events"                                                         \
    " WHERE stream_id = $1 AND version >= $2 AND version <= $3"                                                        \
    " AND ($4::timestamptz IS NULL OR recorded_at >= $4) AND ($5::timestamptz IS NULL OR recorded_at <= $5)"           \
    " AND ($6::text[] IS NULL OR event_type = ANY ($6))"

constexpr unsigned int appendTypes[]
    = { oid::text, oid::text, oid::text, oid::int8, oid::uuidArray, oid::textArray, oid::int4Array, oid::textArray,
          oid::textArray, oid::textArray, oid::timestamptzArray, oid::byteaArray, oid::boolean };
constexpr Statement appendStatement { 0, "sagascope_append",
    "SELECT * FROM sagascope.append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)", 13, appendTypes };
constexpr unsigned int appendBatchTypes[]
    = { oid::textArray, oid::textArray, oid::textArray, oid::int8Array, oid::int4Array, oid::uuidArray, oid::textArray,
          oid::int4Array, oid::textArray, oid::textArray, oid::textArray, oid::timestamptzArray, oid::byteaArray };
constexpr Statement appendBatchStatement { 13, "sagascope_append_batch",
    "SELECT * FROM sagascope.append_batch($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)", 13,
    appendBatchTypes };
// sagascope.append_batch meets stored event ids as this error of the events' unique index.
constexpr const char* uniqueViolationState = "23505";
constexpr unsigned int appendNextTypes[] = { oid::text, oid::text, oid::int8, oid::uuid, oid::text, oid::int4,
    oid::text, oid::text, oid::text, oid::timestamptz, oid::bytea };
// One event appended to a stream that has events, what a service does most, as the plain
// statement that follows appendLockStatement in the same transaction. Taken after the lock, its
// snapshot sees every committed append. It writes only that append and answers with the stream's
// new version and the event's position; no row for anything else (no stream
// yet, a stored event id, a version that does not hold, another stream type), which
// sagascope.append then sorts out. A refused append takes no position.
// One INSERT … SELECT rather than a function or a statement of CTEs: each costs the server more
// than the append's own work here (see docs/architecture.md).
constexpr Statement appendNextStatement { 14, "sagascope_append_next",
    "INSERT INTO sagascope.events (position, stream_id, version, event_id, stream_type, event_type, schema_version,"
    " payload, metadata, correlation_id, recorded_at, fingerprint)"
    " SELECT nextval('sagascope.event_position'), $1, l.version + 1, $4, l.stream_type, $5, $6, $7, $8, $9,"
    " coalesce($10, clock_timestamp()),"
    " sha256(coalesce(l.fingerprint, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)"
    " || $11)"
    " FROM (SELECT e.version, e.stream_type, e.fingerprint FROM sagascope.events e WHERE e.stream_id = $1"
    " ORDER BY e.version DESC LIMIT 1) AS l"
    " WHERE ($3 < 0 OR l.version = $3) AND ($2 = '' OR $2 = l.stream_type)"
    " AND NOT EXISTS (SELECT FROM sagascope.events s WHERE s.event_id = $4)"
    // Delivered to listeners at commit.
    " RETURNING version, position,"
    " pg_notify('sagascope_events', json_build_object('s', stream_id, 'v', version, 'p', position)::text)",
    11, appendNextTypes };
// The lock every append takes first (see sagascope.append), and for this transaction alone what
// the functions set for themselves: one generic plan, and never a sequential scan, which a plan
// made while a table was still small would otherwise keep using as it grows.
constexpr Statement appendLockStatement { 15, "sagascope_append_lock",
    "SELECT pg_advisory_xact_lock(" SAGASCOPE_APPEND_LOCK_KEY "), set_config('enable_seqscan', 'off', true),"
    " set_config('plan_cache_mode', 'force_generic_plan', true)",
    0, nullptr };
// Raised by sagascope.append in strict mode, and by sagascope.append_batch, when a request needs
// the client's decision.
constexpr const char* needsDecisionState = "SGA01";

constexpr unsigned int readStreamTypes[]
    = { oid::text, oid::int8, oid::int8, oid::timestamptz, oid::timestamptz, oid::textArray, oid::int8 };
constexpr Statement readForwardStatement { 1, "sagascope_read_forward",
    SAGASCOPE_READ_STREAM " ORDER BY version LIMIT $7", 7, readStreamTypes };
constexpr Statement readBackwardStatement { 2, "sagascope_read_backward",
    SAGASCOPE_READ_STREAM " ORDER BY version DESC LIMIT $7", 7, readStreamTypes };

constexpr unsigned int int8Int8[] = { oid::int8, oid::int8 };
constexpr Statement readAllStatement { 3, "sagascope_read_all",
    "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events WHERE position > $1 ORDER BY position LIMIT $2", 2,
    int8Int8 };

// Events of one type from a position on. Sent unprepared, so that each type gets a plan of its
// own: a rare type reads the (event_type, position) index, a common one the log in order (one
// generic plan would have to pick one for all).
constexpr const char* readAllOfTypeSql = "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events"
                                         " WHERE event_type = $1 AND position > $2 ORDER BY position LIMIT $3";

constexpr unsigned int textInt8[] = { oid::text, oid::int8 };
constexpr Statement readByCorrelationStatement { 4, "sagascope_read_correlation",
    "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events"
    " WHERE correlation_id = $1 ORDER BY position LIMIT $2",
    2, textInt8 };

constexpr unsigned int textOnly[] = { oid::text };
constexpr Statement streamInfoStatement { 5, "sagascope_stream_info",
    SAGASCOPE_SELECT_STREAMS " WHERE s.stream_id = $1", 1, textOnly };

// The search pattern is a parameter ('' = none); ILIKE on the "C"-collated column folds ASCII
// letters only, the rule every store follows. Two statements so the type filter can use the
// (stream_type, stream_id) index.
constexpr unsigned int listTypes[] = { oid::text, oid::text, oid::int8, oid::text };
constexpr Statement listStreamsStatement { 6, "sagascope_list_streams",
    SAGASCOPE_SELECT_STREAMS " WHERE s.stream_id > $1 AND ($2 = '' OR s.stream_id ILIKE $2)"
                             " ORDER BY s.stream_id LIMIT $3",
    3, listTypes };
constexpr Statement listStreamsOfTypeStatement { 7, "sagascope_list_streams_of_type",
    SAGASCOPE_SELECT_STREAMS " WHERE s.stream_type = $4 AND s.stream_id > $1"
                             " AND ($2 = '' OR s.stream_id ILIKE $2)"
                             " ORDER BY s.stream_id LIMIT $3",
    4, listTypes };

// A loose index scan: one index probe per distinct type instead of reading every stream.
constexpr Statement streamTypesStatement { 8, "sagascope_stream_types",
    "WITH RECURSIVE t(stream_type) AS ("
    " SELECT min(stream_type) FROM sagascope.streams"
    " UNION ALL"
    " SELECT (SELECT min(s.stream_type) FROM sagascope.streams s WHERE s.stream_type > t.stream_type)"
    " FROM t WHERE t.stream_type IS NOT NULL)"
    " SELECT stream_type FROM t WHERE stream_type IS NOT NULL",
    0, nullptr };
constexpr Statement headPositionStatement { 9, "sagascope_head_position",
    "SELECT coalesce(max(position), 0)::bigint FROM sagascope.events", 0, nullptr };
constexpr Statement schemaVersionStatement { 10, "sagascope_schema_version",
    "SELECT count(*)::bigint FROM sagascope.schema_migrations", 0, nullptr };

constexpr unsigned int saveSnapshotTypes[]
    = { oid::text, oid::int8, oid::text, oid::int4, oid::text, oid::bytea, oid::text, oid::timestamptz };
// Nothing is written (and no row comes back) for a stream that does not exist.
constexpr Statement saveSnapshotStatement { 11, "sagascope_save_snapshot",
    "INSERT INTO sagascope.snapshots AS s (stream_id, version, reducer, reducer_version, codec, state, state_hash,"
    " created_at)"
    " SELECT $1, $2, $3, $4, $5, $6, $7, coalesce($8, now())"
    " WHERE EXISTS (SELECT FROM sagascope.streams WHERE stream_id = $1)"
    " ON CONFLICT (stream_id, version, reducer) DO UPDATE"
    " SET reducer_version = excluded.reducer_version, codec = excluded.codec, state = excluded.state,"
    " state_hash = excluded.state_hash, created_at = excluded.created_at"
    " RETURNING 1",
    8, saveSnapshotTypes };
constexpr unsigned int readSnapshotTypes[] = { oid::text, oid::int8 };
constexpr Statement readSnapshotsStatement { 12, "sagascope_read_snapshots",
    "SELECT stream_id, version, reducer, reducer_version, codec, state, state_hash, created_at"
    " FROM sagascope.snapshots WHERE stream_id = $1 AND version <= $2 ORDER BY version DESC, reducer",
    2, readSnapshotTypes };

// Every table, column, sequence and function the statements above use, in one query of no rows
// (followed by the timers' own part); the casts fail while the query is parsed when a name is
// missing.
constexpr const char* schemaProbeSql
    = "SELECT 'sagascope.event_position'::regclass, 'sagascope.append'::regproc, 'sagascope.append_batch'::regproc"
      " FROM (SELECT " SAGASCOPE_EVENT_COLUMNS ", correlation_id FROM sagascope.events LIMIT 0) e,"
      " (" SAGASCOPE_SELECT_STREAMS " LIMIT 0) s,"
      " (SELECT stream_id, version, reducer, reducer_version, codec, state, state_hash, created_at"
      " FROM sagascope.snapshots LIMIT 0) n,";

#undef SAGASCOPE_EVENT_COLUMNS
#undef SAGASCOPE_SELECT_STREAMS
#undef SAGASCOPE_READ_STREAM

// ---- rows -> values ------------------------------------------------------------------------

// Rows of one result repeat the same stream ids, stream types and event types; a few recent
// values are kept so that each distinct one is decoded and allocated once per result.
class TextCache
{
public:
    const QString& get(const char* data, int length)
    {
        for (Entry& e : m_entries) {
            if (e.bytes.size() == length && std::memcmp(e.bytes.constData(), data, static_cast<size_t>(length)) == 0)
                return e.text;
        }
        Entry& e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        e.bytes = QByteArray(data, length);
        e.text = QString::fromUtf8(e.bytes);
        return e.text;
    }

private:
    struct Entry
    {
        QByteArray bytes;
        QString text;
    };
    std::array<Entry, 8> m_entries;
    size_t m_next = 0;
};

class EventDecoder
{
public:
    // Fills `e` (constructed in place in the caller's list: events are large to move).
    void decodeInto(RecordedEvent& e, const Rows& rows, int row)
    {
        e.position = rows.int64(row, 0);
        e.streamId = m_streams.get(rows.data(row, 1), rows.length(row, 1));
        e.version = rows.int64(row, 2);
        e.eventId = rows.uuid(row, 3);
        e.streamType = m_types.get(rows.data(row, 4), rows.length(row, 4));
        e.eventType = m_eventTypes.get(rows.data(row, 5), rows.length(row, 5));
        e.schemaVersion = rows.int32(row, 6);
        e.payload = rows.bytes(row, 7);
        e.metadata = rows.bytes(row, 8);
        e.recordedAtUs = rows.timestampUs(row, 9);
        if (!rows.isNull(row, 10))
            e.fingerprint = rows.bytes(row, 10);
        // A damaged stored payload becomes a corruption error on this event, never a dropped event.
        e.checkStoredJson();
    }

private:
    TextCache m_streams;
    TextCache m_types;
    TextCache m_eventTypes;
};

StreamInfo streamFromRow(const Rows& rows, int row)
{
    StreamInfo s;
    s.streamId = rows.text(row, 0);
    s.streamType = rows.text(row, 1);
    s.lastVersion = rows.int64(row, 2);
    s.lastPosition = rows.int64(row, 3);
    s.createdAtUs = rows.timestampUs(row, 4);
    s.updatedAtUs = rows.timestampUs(row, 5);
    return s;
}

// Runs an event-reading statement and decodes each row as it arrives.
Result<QList<RecordedEvent>> readEvents(
    Connection& conn, const Statement& statement, const Params& params, const QString& what, qint64 expectedRows)
{
    QList<RecordedEvent> out;
    if (expectedRows > 0)
        out.reserve(std::min<qint64>(expectedRows, 100000));
    EventDecoder decoder;
    auto ok = conn.stream(statement, params, what, [&](const Rows& row) {
        decoder.decodeInto(out.emplace_back(), row, 0);
        return true;
    });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

// LIKE pattern that matches `text` literally ('\' is PostgreSQL's default LIKE escape).
QString likeLiteral(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

// ---- append requests and replies -----------------------------------------------------------

// The per-event arrays that sagascope.append and sagascope.append_batch take, in their order.
class EventArrays
{
public:
    explicit EventArrays(qsizetype events, qsizetype payloadBytes, qsizetype metadataBytes)
        : m_ids(oid::uuid, events * 20)
        , m_types(oid::text, events * 24)
        , m_schemas(oid::int4, events * 8)
        , m_payloads(oid::text, payloadBytes)
        , m_metadata(oid::text, metadataBytes)
        , m_times(oid::timestamptz, events * 12)
        , m_digests(oid::bytea, events * 36)
    { }

    static EventArrays sizedFor(const QList<AppendRequest>& requests, qsizetype from, qsizetype to)
    {
        qsizetype events = 0;
        qsizetype payloadBytes = 0;
        qsizetype metadataBytes = 0;
        for (qsizetype r = from; r < to; ++r) {
            for (const NewEvent& e : requests[r].events) {
                ++events;
                payloadBytes += e.payload.size() + 4;
                metadataBytes += e.metadata.size() + 4;
            }
        }
        return EventArrays(events, payloadBytes, metadataBytes);
    }

    void add(const AppendRequest& r)
    {
        for (const NewEvent& e : r.events) {
            m_ids.addUuid(e.eventId);
            m_types.addText(e.eventType);
            m_schemas.addInt32(e.schemaVersion);
            m_payloads.add(e.payload);
            m_metadata.add(e.metadata);
            const QString correlation = correlationIdOf(e.metadata);
            if (correlation.isEmpty())
                m_correlations.addNull();
            else
                m_correlations.addText(correlation);
            if (e.recordedAtUs != 0) {
                m_times.addInt64(pgUsFromUnix(e.recordedAtUs));
                m_explicitTimes = true;
            } else {
                m_times.addNull(); // the server's clock
            }
            m_digests.add(eventDigest(e.eventId, r.streamId, e));
        }
    }

    void finishInto(Params& p)
    {
        p.addBinary(m_ids.finish());
        p.addBinary(m_types.finish());
        p.addBinary(m_schemas.finish());
        p.addBinary(m_payloads.finish());
        p.addBinary(m_metadata.finish());
        p.addBinary(m_correlations.finish());
        m_explicitTimes ? p.addBinary(m_times.finish()) : p.addNull();
        p.addBinary(m_digests.finish());
    }

private:
    ArrayWriter m_ids;
    ArrayWriter m_types;
    ArrayWriter m_schemas;
    ArrayWriter m_payloads;
    ArrayWriter m_metadata;
    ArrayWriter m_correlations { oid::text };
    ArrayWriter m_times;
    ArrayWriter m_digests;
    bool m_explicitTimes = false;
};

Params appendParams(const AppendRequest& r)
{
    EventArrays events = EventArrays::sizedFor({ r }, 0, 1);
    events.add(r);
    Params p;
    p.addText(r.streamId);
    p.addText(r.streamType);
    p.addText(streamTypeForNewStream(r));
    p.addInt64(r.expected.encoded());
    events.finishInto(p);
    p.addBinary(QByteArray(1, '\0')); // not strict: statuses are answered, not raised
    return p;
}

// A request of one event as scalars, for appendNextStatement.
Params appendNextParams(const AppendRequest& r)
{
    const NewEvent& e = r.events.first();
    Params p;
    p.addText(r.streamId);
    p.addText(r.streamType);
    p.addInt64(r.expected.encoded());
    p.addBinary(e.eventId.toRfc4122());
    p.addText(e.eventType);
    p.addInt32(e.schemaVersion);
    p.addBinary(e.payload); // text in binary format is its UTF-8 bytes
    p.addBinary(e.metadata);
    const QString correlation = correlationIdOf(e.metadata);
    correlation.isEmpty() ? p.addNull() : p.addText(correlation);
    e.recordedAtUs != 0 ? p.addTimestampUs(e.recordedAtUs) : p.addNull();
    p.addBinary(eventDigest(e.eventId, r.streamId, e));
    return p;
}

// Requests [from, to) as one call of sagascope.append_batch.
Params appendBatchParams(const QList<AppendRequest>& requests, qsizetype from, qsizetype to)
{
    ArrayWriter streamIds(oid::text);
    ArrayWriter streamTypes(oid::text);
    ArrayWriter newStreamTypes(oid::text);
    ArrayWriter expected(oid::int8);
    ArrayWriter counts(oid::int4);
    EventArrays events = EventArrays::sizedFor(requests, from, to);
    for (qsizetype i = from; i < to; ++i) {
        const AppendRequest& r = requests[i];
        streamIds.addText(r.streamId);
        streamTypes.addText(r.streamType);
        newStreamTypes.addText(streamTypeForNewStream(r));
        expected.addInt64(r.expected.encoded());
        counts.addInt32(static_cast<qint32>(r.events.size()));
        events.add(r);
    }
    Params p;
    p.addBinary(streamIds.finish());
    p.addBinary(streamTypes.finish());
    p.addBinary(newStreamTypes.finish());
    p.addBinary(expected.finish());
    p.addBinary(counts.finish());
    events.finishInto(p);
    return p;
}

// Turns the reply of sagascope.append (see 001_initial.sql for the statuses) into the result
// every store gives, using the shared rules for idempotency and conflict messages.
Result<AppendResult> appendOutcome(const AppendRequest& r, const Rows& rows)
{
    if (rows.rowCount() == 0)
        return fail(ErrorCode::Internal,
            CoreTr::tr("PostgreSQL gave no answer to an append to stream \"%1\".").arg(r.streamId));
    const qint32 status = rows.int32(0, 0);
    const qint64 version = rows.int64(0, 1);
    switch (status) {
    case 0: {
        AppendResult result;
        result.streamId = r.streamId;
        result.lastVersion = version;
        result.firstVersion = version - r.events.size() + 1;
        result.firstPosition = rows.int64(0, 2);
        result.lastPosition = rows.int64(0, 3);
        return result;
    }
    case 1: {
        QList<RecordedEvent> stored;
        for (int row = 0; row < rows.rowCount(); ++row) {
            RecordedEvent e;
            e.version = rows.int64(row, 1);
            e.position = rows.int64(row, 2);
            e.streamType = rows.text(row, 4);
            e.eventId = rows.uuid(row, 5);
            e.streamId = rows.text(row, 6);
            e.eventType = rows.text(row, 7);
            e.schemaVersion = rows.int32(row, 8);
            e.payload = rows.bytes(row, 9);
            e.metadata = rows.bytes(row, 10);
            stored.append(std::move(e));
        }
        auto idem = idempotentResult(r, stored);
        if (!idem)
            return std::unexpected(idem.error());
        if (*idem)
            return **idem;
        break;
    }
    case 2:
        if (auto ok = r.expected.check(r.streamId, version); !ok)
            return std::unexpected(ok.error());
        break;
    case 3:
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Stream \"%1\" has type %2, not %3.").arg(r.streamId, rows.text(0, 4), r.streamType));
    default:
        break;
    }
    return fail(ErrorCode::Internal,
        CoreTr::tr("PostgreSQL gave an unexpected answer (%1) to an append to stream \"%2\".")
            .arg(status)
            .arg(r.streamId));
}

// One normalised append on `conn`, in its own transaction. Nothing is written unless the
// statement appends or the function reports status 0, so no rollback is ever needed here.
Result<AppendResult> appendOn(Connection& conn, const AppendRequest& normalised)
{
    const QString what = CoreTr::tr("appending to stream \"%1\"").arg(normalised.streamId);
    // A stream that must not exist yet has no last event to append after: straight to the function.
    if (normalised.events.size() == 1 && normalised.expected.kind() != ExpectedVersion::Kind::NoStream) {
        auto rows = conn.runInOneTransaction(
            { { appendLockStatement, Params() }, { appendNextStatement, appendNextParams(normalised) } }, what);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rowCount() == 1) {
            AppendResult result;
            result.streamId = normalised.streamId;
            result.firstVersion = result.lastVersion = rows->int64(0, 0);
            result.firstPosition = result.lastPosition = rows->int64(0, 1);
            return result;
        }
        // Not a plain append, and nothing was written: the function finds out why.
    }
    auto rows = conn.run(appendStatement, appendParams(normalised), what);
    if (!rows)
        return std::unexpected(rows.error());
    return appendOutcome(normalised, *rows);
}

// The statement and parameters that read the events a StreamQuery selects.
const Statement& readStreamStatement(const StreamQuery& query)
{
    return query.direction == ReadDirection::Forward ? readForwardStatement : readBackwardStatement;
}

Params readStreamParams(const StreamQuery& query)
{
    Params p;
    p.addText(query.streamId);
    p.addInt64(std::max<qint64>(1, query.minVersion));
    p.addInt64(query.maxVersion > 0 ? query.maxVersion : std::numeric_limits<qint64>::max());
    query.sinceUs ? p.addTimestampUs(*query.sinceUs) : p.addNull();
    query.untilUs ? p.addTimestampUs(*query.untilUs) : p.addNull();
    if (query.eventTypes.isEmpty()) {
        p.addNull();
    } else {
        ArrayWriter types(oid::text);
        for (const QString& t : query.eventTypes)
            types.addText(t);
        p.addBinary(types.finish());
    }
    query.limit > 0 ? p.addInt64(query.limit) : p.addNull(); // NULL: no limit
    return p;
}

// Only an empty answer needs to tell a missing stream from an empty selection.
Result<void> requireStream(Connection& conn, const QString& streamId, const QString& what)
{
    Params s;
    s.addText(streamId);
    auto info = conn.run(streamInfoStatement, s, what);
    if (!info)
        return std::unexpected(info.error());
    if (info->rowCount() == 0)
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(streamId));
    return {};
}

} // namespace

// ---- the store -----------------------------------------------------------------------------

struct PgEventStore::Private
{
    explicit Private(const ConnectSettings& settings)
        : pool(settings, maxConnections)
    { }

    QString displayUrl;
    bool readOnly = false;
    ConnectionPool pool;

    Result<void> migrate(Connection& conn);
    Result<QList<AppliedMigration>> appliedMigrations(Connection& conn);
    Result<void> ensureWritable() const
    {
        if (readOnly)
            return fail(ErrorCode::InvalidInput, CoreTr::tr("The store %1 is open read-only.").arg(displayUrl));
        return {};
    }
    Result<QList<AppendResult>> appendBatch(Connection& conn, const QList<AppendRequest>& requests);
};

Result<QList<AppliedMigration>> PgEventStore::Private::appliedMigrations(Connection& conn)
{
    const QString what = CoreTr::tr("reading the schema version");
    auto exists = conn.runSql("SELECT to_regclass('sagascope.schema_migrations') IS NOT NULL", Params(), what);
    if (!exists)
        return std::unexpected(exists.error());
    QList<AppliedMigration> applied;
    if (exists->rowCount() != 1 || exists->data(0, 0)[0] == 0)
        return applied;
    auto rows
        = conn.runSql("SELECT version, checksum FROM sagascope.schema_migrations ORDER BY version", Params(), what);
    if (!rows)
        return std::unexpected(rows.error());
    for (int row = 0; row < rows->rowCount(); ++row)
        applied.append({ rows->int32(row, 0), rows->bytes(row, 1) });
    return applied;
}

Result<void> PgEventStore::Private::migrate(Connection& conn)
{
    const QList<Migration> known = loadMigrations(QStringLiteral(":/sagascope/sql/postgres"));
    auto applied = appliedMigrations(conn);
    if (!applied)
        return std::unexpected(applied.error());
    auto pending = pendingMigrations(known, *applied, displayUrl);
    if (!pending)
        return std::unexpected(pending.error());
    if (pending->isEmpty())
        return {};
    if (readOnly) {
        if (applied->isEmpty())
            return fail(ErrorCode::SchemaMismatch,
                CoreTr::tr("The database %1 has no SagaScope store yet; create it once with sagascope-cli "
                           "init, then open it read-only.")
                    .arg(displayUrl));
        return fail(ErrorCode::SchemaMismatch,
            CoreTr::tr("The store %1 needs %n schema migration(s) but was opened read-only; run "
                       "sagascope-cli init on it once.",
                nullptr, static_cast<int>(pending->size()))
                .arg(displayUrl));
    }

    const QString what = CoreTr::tr("migrating the schema");
    auto fails = [&](const Error& e) -> Result<void> {
        (void)conn.runSql("ROLLBACK", what);
        return std::unexpected(e);
    };
    if (auto ok = conn.runSql("BEGIN", what); !ok)
        return std::unexpected(ok.error());
    // Openers of a new database wait for each other here; the second one then finds nothing to do.
    if (auto ok = conn.runSql(migrationLockSql, what); !ok)
        return fails(ok.error());
    if (auto ok = conn.runSql("CREATE SCHEMA IF NOT EXISTS sagascope; "
                              "CREATE TABLE IF NOT EXISTS sagascope.schema_migrations ("
                              " version integer PRIMARY KEY,"
                              " name text NOT NULL,"
                              " checksum text NOT NULL,"
                              " applied_at timestamptz NOT NULL DEFAULT now())",
            what);
        !ok)
        return fails(ok.error());
    applied = appliedMigrations(conn);
    if (!applied)
        return fails(applied.error());
    pending = pendingMigrations(known, *applied, displayUrl);
    if (!pending)
        return fails(pending.error());
    for (const Migration& m : std::as_const(*pending)) {
        const QString step = CoreTr::tr("applying schema migration %1").arg(m.name);
        if (auto ok = conn.runSql(m.sql.constData(), step); !ok)
            return fails(ok.error());
        Params p;
        p.addInt32(m.version);
        p.addText(m.name);
        p.addBinary(m.checksum);
        if (auto ok = conn.runSql("INSERT INTO sagascope.schema_migrations (version, name, checksum) "
                                  "VALUES ($1::integer, $2::text, $3::text)",
                p, step);
            !ok)
            return fails(ok.error());
    }
    if (auto ok = conn.runSql("COMMIT", what); !ok)
        return fails(ok.error());
    return {};
}

namespace {

// One batch of appends in pipeline mode on a non-blocking connection: calls are sent while the
// replies of earlier ones are read, so the client prepares call n+1 while the server runs call
// n, and the whole batch costs one round trip.
class BatchPipeline
{
public:
    enum class Mode
    {
        // No BEGIN/COMMIT: the calls up to the Sync form one implicit transaction, which the
        // server commits at the Sync unless a call failed. Requests go in groups through
        // sagascope.append_batch, which takes plain appends only: anything else fails
        // (needsDecision) and nothing is written.
        CommitAtSync,
        // BEGIN, then one sagascope.append per request, each answering with its status; the
        // caller decides and then commits or rolls back.
        Decide,
        // Decide inside the caller's open transaction (no BEGIN): appends that belong to a larger
        // unit of work, such as firing timers.
        InOpenTransaction,
    };

    BatchPipeline(Connection& conn, Mode mode)
        : m_conn(conn)
        , m_c(conn.handle())
        , m_mode(mode)
        , m_what(CoreTr::tr("appending a batch"))
    { }

    // Sends every request and reads every reply. In CommitAtSync mode the requests are
    // normalised on the way into `normalised`; in Decide mode `requests` must be normalised.
    void run(const QList<AppendRequest>& requests, QList<AppendRequest>* normalised)
    {
        m_requests = normalised ? normalised : &requests;
        const bool oneByOne = m_mode != Mode::CommitAtSync;
        const Statement& statement = oneByOne ? appendStatement : appendBatchStatement;
        if (auto ok = m_conn.prepare(statement); !ok) {
            failure = ok.error();
            return;
        }
        if (PQsetnonblocking(m_c, 1) != 0 || !PQenterPipelineMode(m_c)) {
            lose();
            PQsetnonblocking(m_c, 0);
            return;
        }
        if (m_mode == Mode::Decide)
            sendSql("BEGIN");
        else if (m_conn.singleRowModeLingers())
            sendSql("SELECT"); // takes the lingering single-row mode; its row is ignored
        if (oneByOne)
            sendEach();
        else
            sendGrouped(requests, *normalised);
        if (!m_broken) {
            if (PQpipelineSync(m_c))
                pump(true);
            else
                lose();
        }
        if (!m_broken && !PQexitPipelineMode(m_c))
            lose();
        PQsetnonblocking(m_c, 0);
    }

    QList<AppendResult> results;
    std::optional<Error> inputError; // a request that is not valid (takes precedence)
    std::optional<Error> failure; // the first failure, in request order
    bool needsDecision = false;

private:
    static constexpr qsizetype transactionControl = -1;

    // What one statement in flight covers: requests [first, first + count), or none.
    struct Sent
    {
        qsizetype first = transactionControl;
        qsizetype count = 0;
    };

    bool stopped() const { return m_broken || failure || needsDecision || inputError; }

    void sendEach()
    {
        for (qsizetype i = 0; i < m_requests->size() && !stopped(); ++i) {
            send(appendStatement, appendParams((*m_requests)[i]), { i, 1 });
            if ((i + 1) % flushEvery == 0 && (!PQsendFlushRequest(m_c) || !pump(false)))
                break;
        }
    }

    void sendGrouped(const QList<AppendRequest>& requests, QList<AppendRequest>& normalised)
    {
        QSet<QUuid> ids; // an id twice in a batch is for the rules to decide, not for the fast path
        qsizetype first = 0;
        qsizetype events = 0;
        for (qsizetype i = 0; i < requests.size() && !stopped(); ++i) {
            auto n = normaliseAppend(requests[i]);
            if (!n) {
                inputError = n.error();
                break;
            }
            for (const NewEvent& e : std::as_const(n->events)) {
                if (ids.contains(e.eventId))
                    needsDecision = true;
                else
                    ids.insert(e.eventId);
            }
            events += n->events.size();
            normalised.append(std::move(*n));
            if (needsDecision)
                break;
            if (events < eventsPerBatchCall && i + 1 < requests.size())
                continue;
            send(appendBatchStatement, appendBatchParams(normalised, first, i + 1), { first, i + 1 - first });
            first = i + 1;
            events = 0;
            if (!m_broken && (!PQsendFlushRequest(m_c) || !pump(false)))
                break;
        }
        // Abort the implicit transaction: nothing of the batch may be stored.
        if (!m_broken && (inputError || needsDecision))
            sendSql("ROLLBACK");
    }

    void send(const Statement& statement, const Params& p, Sent sent)
    {
        const Params::Arrays a = p.arrays();
        if (!PQsendQueryPrepared(
                m_c, statement.name, p.count(), a.values.data(), a.lengths.data(), a.formats.data(), 1)) {
            lose();
            return;
        }
        m_inFlight.push_back(sent);
    }

    void sendSql(const char* sql)
    {
        if (PQsendQueryParams(m_c, sql, 0, nullptr, nullptr, nullptr, nullptr, 1))
            m_inFlight.push_back({});
        else
            lose();
    }

    bool lose()
    {
        m_broken = true;
        if (!failure)
            failure = m_conn.errorOf(nullptr, m_what);
        return false;
    }

    // Flushes what was sent and reads what came back. With `untilSync`, waits for the Sync;
    // otherwise waits only while the output cannot be written (reading meanwhile, so neither
    // side ever blocks on a full pipe).
    bool pump(bool untilSync)
    {
        while (!m_broken) {
            const int flushed = PQflush(m_c);
            if (flushed < 0 || !PQconsumeInput(m_c))
                return lose();
            drain();
            if (m_broken)
                return false;
            if (untilSync ? m_syncSeen : flushed == 0)
                return true;
            pollfd fd {};
            fd.fd = PQsocket(m_c);
            fd.events = static_cast<short>(POLLIN | (flushed ? POLLOUT : 0));
            if (::poll(&fd, 1, -1) < 0 && errno != EINTR)
                return lose();
        }
        return false;
    }

    void drain()
    {
        while (!m_broken && !PQisBusy(m_c)) {
            ResultHandle reply(PQgetResult(m_c));
            if (!reply) {
                // The end of one statement's replies (or nothing pending at all).
                if (m_inFlight.empty())
                    return;
                m_inFlight.pop_front();
                continue;
            }
            if (PQresultStatus(reply.get()) == PGRES_PIPELINE_SYNC) {
                m_syncSeen = true;
                return;
            }
            handle(m_inFlight.empty() ? Sent {} : m_inFlight.front(), std::move(reply));
        }
    }

    void handle(Sent sent, ResultHandle reply)
    {
        const ExecStatusType status = PQresultStatus(reply.get());
        if (status == PGRES_PIPELINE_ABORTED)
            return; // skipped after an earlier failure
        if (sent.first == transactionControl && status == PGRES_SINGLE_TUPLE)
            return;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            // Also a failed commit at the Sync, which arrives after every statement's replies.
            const char* state = PQresultErrorField(reply.get(), PG_DIAG_SQLSTATE);
            if (state
                && (qstrcmp(state, needsDecisionState) == 0
                    || (m_mode == Mode::CommitAtSync && qstrcmp(state, uniqueViolationState) == 0)))
                needsDecision = true;
            else if (!failure)
                failure = m_conn.errorOf(reply.get(), m_what);
            if (PQstatus(m_c) != CONNECTION_OK)
                m_broken = true;
            return;
        }
        if (sent.first == transactionControl || failure || needsDecision)
            return;
        const Rows rows(std::move(reply));
        if (m_mode != Mode::CommitAtSync) {
            auto outcome = appendOutcome((*m_requests)[sent.first], rows);
            if (outcome)
                results.append(*outcome);
            else
                failure = outcome.error();
            return;
        }
        if (rows.rowCount() != sent.count) {
            failure = Error { ErrorCode::Internal,
                CoreTr::tr("PostgreSQL answered %1 of %2 appends of a batch.").arg(rows.rowCount()).arg(sent.count) };
            return;
        }
        for (int row = 0; row < rows.rowCount(); ++row) {
            const AppendRequest& r = (*m_requests)[sent.first + row];
            AppendResult result;
            result.streamId = r.streamId;
            result.lastVersion = rows.int64(row, 0);
            result.firstVersion = result.lastVersion - r.events.size() + 1;
            result.firstPosition = rows.int64(row, 1);
            result.lastPosition = rows.int64(row, 2);
            results.append(result);
        }
    }

    Connection& m_conn;
    pg_conn* m_c;
    Mode m_mode;
    QString m_what;
    const QList<AppendRequest>* m_requests = nullptr;
    std::deque<Sent> m_inFlight; // statements sent and not yet answered in full
    bool m_syncSeen = false;
    bool m_broken = false;
};

} // namespace

Result<QList<AppendResult>> PgEventStore::Private::appendBatch(Connection& conn, const QList<AppendRequest>& requests)
{
    QList<AppendRequest> normalised;
    normalised.reserve(requests.size());
    {
        BatchPipeline fast(conn, BatchPipeline::Mode::CommitAtSync);
        fast.run(requests, &normalised);
        if (fast.inputError)
            return std::unexpected(*fast.inputError);
        if (fast.failure)
            return std::unexpected(*fast.failure);
        if (!fast.needsDecision)
            return fast.results; // committed at the Sync
    }
    // A request met stored event ids, a version conflict or another stream type, and nothing
    // was written. Redo the batch in a transaction, decide with the rules every store shares,
    // and commit only if every request is fine (e.g. a retried batch: all already stored).
    for (qsizetype i = normalised.size(); i < requests.size(); ++i) {
        auto n = normaliseAppend(requests[i]);
        if (!n)
            return std::unexpected(n.error());
        normalised.append(std::move(*n));
    }
    BatchPipeline decide(conn, BatchPipeline::Mode::Decide);
    decide.run(normalised, nullptr);
    const QString what = CoreTr::tr("appending a batch");
    if (decide.failure) {
        // Unless the connection broke (then the server rolls back, and the pool drops it).
        if (PQstatus(conn.handle()) == CONNECTION_OK && PQpipelineStatus(conn.handle()) == PQ_PIPELINE_OFF)
            (void)conn.runSql("ROLLBACK", what);
        return std::unexpected(*decide.failure);
    }
    if (auto ok = conn.runSql("COMMIT", what); !ok)
        return std::unexpected(ok.error());
    return decide.results;
}

Result<std::unique_ptr<PgEventStore>> PgEventStore::open(const QString& connInfo, const OpenOptions& options)
{
    ConnectSettings settings;
    settings.connInfo = connInfo;
    settings.readOnly = options.readOnly;
    auto d = std::make_unique<Private>(settings);
    d->readOnly = options.readOnly;
    StoreLocation location;
    location.kind = StoreLocation::Kind::Postgres;
    location.connInfo = connInfo;
    d->displayUrl = location.displayUrl();

    auto conn = Connection::open(settings);
    if (!conn)
        return std::unexpected(conn.error());
    if (auto ok = d->migrate(**conn); !ok)
        return std::unexpected(ok.error());
    const QByteArray probe = QByteArray(schemaProbeSql) + " (" + timersProbeSql + ") t";
    if (auto ok = (*conn)->runSql(probe.constData(), CoreTr::tr("checking the schema")); !ok)
        return std::unexpected(ok.error());
    d->pool.adopt(std::move(*conn));
    return std::unique_ptr<PgEventStore>(new PgEventStore(std::move(d)));
}

PgEventStore::PgEventStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

PgEventStore::~PgEventStore() = default;

QString PgEventStore::displayUrl() const
{
    return d->displayUrl;
}

Result<int> PgEventStore::schemaVersion()
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    auto rows = (*conn)->run(schemaVersionStatement, Params(), CoreTr::tr("reading the schema version"));
    if (!rows)
        return std::unexpected(rows.error());
    return static_cast<int>(rows->int64(0, 0));
}

Result<AppendResult> PgEventStore::append(const AppendRequest& request)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto normalised = normaliseAppend(request);
    if (!normalised)
        return std::unexpected(normalised.error());
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    // One statement in its own transaction: one round trip and one commit.
    return appendOn(**conn, *normalised);
}

Result<QList<AppendResult>> PgEventStore::appendBatch(const QList<AppendRequest>& requests)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    if (requests.isEmpty())
        return QList<AppendResult> {};
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return d->appendBatch(**conn, requests);
}

Result<QList<RecordedEvent>> PgEventStore::readStream(const StreamQuery& query)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading stream \"%1\"").arg(query.streamId);
    auto events = readEvents(**conn, readStreamStatement(query), readStreamParams(query), what, query.limit);
    if (!events || !events->isEmpty())
        return events;
    if (auto exists = requireStream(**conn, query.streamId, what); !exists)
        return std::unexpected(exists.error());
    return events;
}

Result<qint64> PgEventStore::visitStream(const StreamQuery& query, const EventVisitor& visit)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading stream \"%1\"").arg(query.streamId);
    // One query streamed row by row: each event is decoded and visited while the server still
    // sends the next ones, and nothing but the current event is held.
    EventDecoder decoder;
    qint64 visited = 0;
    auto ok = (*conn)->stream(readStreamStatement(query), readStreamParams(query), what, [&](const Rows& row) {
        RecordedEvent event;
        decoder.decodeInto(event, row, 0);
        ++visited;
        return visit(event);
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (visited == 0) {
        if (auto exists = requireStream(**conn, query.streamId, what); !exists)
            return std::unexpected(exists.error());
    }
    return visited;
}

Result<QList<RecordedEvent>> PgEventStore::readAll(const LogQuery& query)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading the global log");
    if (query.eventTypes.isEmpty()) {
        Params p;
        p.addInt64(std::max<qint64>(0, query.afterPosition));
        query.limit > 0 ? p.addInt64(query.limit) : p.addNull();
        return readEvents(**conn, readAllStatement, p, what, query.limit);
    }
    // Up to `limit` of each type, merged by position and cut to `limit`.
    QList<RecordedEvent> out;
    EventDecoder decoder;
    const QSet<QString> types(query.eventTypes.cbegin(), query.eventTypes.cend());
    for (const QString& type : types) {
        Params p;
        p.addText(type);
        p.addInt64(std::max<qint64>(0, query.afterPosition));
        query.limit > 0 ? p.addInt64(query.limit) : p.addNull();
        auto rows = (*conn)->runSql(readAllOfTypeSql, p, what);
        if (!rows)
            return std::unexpected(rows.error());
        for (int row = 0; row < rows->rowCount(); ++row)
            decoder.decodeInto(out.emplace_back(), *rows, row);
    }
    std::sort(
        out.begin(), out.end(), [](const RecordedEvent& a, const RecordedEvent& b) { return a.position < b.position; });
    if (query.limit > 0 && out.size() > query.limit)
        out.resize(query.limit);
    return out;
}

Result<QList<RecordedEvent>> PgEventStore::readByCorrelation(const QString& correlationId, int limit)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    Params p;
    p.addText(correlationId);
    limit > 0 ? p.addInt64(limit) : p.addNull();
    return readEvents(**conn, readByCorrelationStatement, p,
        CoreTr::tr("reading events of correlation \"%1\"").arg(correlationId), limit);
}

Result<StreamInfo> PgEventStore::streamInfo(const QString& streamId)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    Params p;
    p.addText(streamId);
    auto rows = (*conn)->run(streamInfoStatement, p, CoreTr::tr("reading stream \"%1\"").arg(streamId));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rowCount() == 0)
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(streamId));
    return streamFromRow(*rows, 0);
}

Result<StreamPage> PgEventStore::listStreams(const StreamFilter& filter)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const int limit = filter.limit > 0 ? filter.limit : 100;
    QString pattern;
    if (!filter.search.isEmpty()) {
        const QString literal = likeLiteral(filter.search);
        pattern = filter.searchMode == StreamSearch::Prefix ? QString(literal + QLatin1Char('%'))
                                                            : QString(QLatin1Char('%') + literal + QLatin1Char('%'));
    }
    Params p;
    p.addText(filter.afterStreamId);
    p.addText(pattern);
    p.addInt64(qint64(limit) + 1);
    if (!filter.streamType.isEmpty())
        p.addText(filter.streamType);
    auto rows = (*conn)->run(filter.streamType.isEmpty() ? listStreamsStatement : listStreamsOfTypeStatement, p,
        CoreTr::tr("listing streams"));
    if (!rows)
        return std::unexpected(rows.error());
    StreamPage page;
    const int n = rows->rowCount();
    page.hasMore = n > limit;
    page.streams.reserve(std::min(n, limit));
    for (int row = 0; row < n && row < limit; ++row)
        page.streams.append(streamFromRow(*rows, row));
    return page;
}

Result<QStringList> PgEventStore::streamTypes()
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    auto rows = (*conn)->run(streamTypesStatement, Params(), CoreTr::tr("listing stream types"));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList out;
    for (int row = 0; row < rows->rowCount(); ++row)
        out.append(rows->text(row, 0));
    return out;
}

Result<qint64> PgEventStore::headPosition()
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    auto rows = (*conn)->run(headPositionStatement, Params(), CoreTr::tr("reading the head position"));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->int64(0, 0);
}

Result<void> PgEventStore::saveSnapshot(const SnapshotRecord& snapshot)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    Params p;
    p.addText(snapshot.streamId);
    p.addInt64(snapshot.version);
    p.addText(snapshot.reducer);
    p.addInt32(snapshot.reducerVersion);
    p.addText(snapshot.codec);
    p.addBinary(snapshot.state);
    p.addBinary(snapshot.stateHash);
    snapshot.createdAtUs != 0 ? p.addTimestampUs(snapshot.createdAtUs) : p.addNull();
    auto rows = (*conn)->run(
        saveSnapshotStatement, p, CoreTr::tr("saving a snapshot of stream \"%1\"").arg(snapshot.streamId));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rowCount() == 0)
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(snapshot.streamId));
    return {};
}

Result<QList<SnapshotRecord>> PgEventStore::readSnapshots(const QString& streamId, qint64 maxVersion)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    Params p;
    p.addText(streamId);
    p.addInt64(maxVersion > 0 ? maxVersion : std::numeric_limits<qint64>::max());
    auto rows = (*conn)->run(readSnapshotsStatement, p, CoreTr::tr("reading snapshots of stream \"%1\"").arg(streamId));
    if (!rows)
        return std::unexpected(rows.error());
    QList<SnapshotRecord> out;
    out.reserve(rows->rowCount());
    for (int row = 0; row < rows->rowCount(); ++row) {
        SnapshotRecord s;
        s.streamId = rows->text(row, 0);
        s.version = rows->int64(row, 1);
        s.reducer = rows->text(row, 2);
        s.reducerVersion = rows->int32(row, 3);
        s.codec = rows->text(row, 4);
        s.state = rows->bytes(row, 5);
        s.stateHash = rows->bytes(row, 6);
        s.createdAtUs = rows->timestampUs(row, 7);
        out.append(std::move(s));
    }
    return out;
}

Result<ScheduleResult> PgEventStore::scheduleTimer(const TimerRecord& timer)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto normalised = normaliseTimer(timer, nowUs());
    if (!normalised)
        return std::unexpected(normalised.error());
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return pg::scheduleTimer(**conn, *normalised);
}

Result<void> PgEventStore::cancelTimer(const QString& timerId)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return pg::cancelTimer(**conn, timerId);
}

Result<QList<TimerRecord>> PgEventStore::listTimers(const TimerQuery& query)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return pg::listTimers(**conn, query);
}

Result<QList<FiredTimer>> PgEventStore::fireDueTimers(qint64 nowUs, int limit)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return pg::fireDueTimers(**conn, nowUs, limit, [](Connection& c, const QList<AppendRequest>& normalised) {
        BatchPipeline pipeline(c, BatchPipeline::Mode::InOpenTransaction);
        pipeline.run(normalised, nullptr);
        if (pipeline.failure)
            return Result<QList<AppendResult>>(std::unexpected(*pipeline.failure));
        return Result<QList<AppendResult>>(std::move(pipeline.results));
    });
}

std::unique_ptr<LiveFeed> PgEventStore::openLiveFeed()
{
    ConnectSettings settings = d->pool.settings();
    settings.applicationName = "sagascope live feed";
    settings.readOnly = false;
    settings.keepalives = true;
    return std::make_unique<PgLiveFeed>(settings);
}

} // namespace sagascope::pg
