// SPDX-License-Identifier: MIT
#include "pgeventstore.h"

#include "appendrules.h"
#include "coretr.h"
#include "migrations.h"
#include "pgconnection.h"
#include "pglivefeed.h"
#include "pgwire.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstring>
#include <limits>

#include <libpq-fe.h>

namespace sagascope::pg {

namespace {

// Keys of the transaction-level advisory locks. The append key must match the one in
// resources/sql/postgres/001_initial.sql (sagascope.append).
constexpr const char* migrationLockSql = "SELECT pg_advisory_xact_lock(7526184000)";

// Connections per store: enough for the GUI's workers and a CLI's threads; appends serialise on
// the server anyway.
constexpr int maxConnections = 8;
// Long reads are fetched in pages so that one result never holds a whole long stream.
constexpr int readPageSize = 10000;
// Requests of a batch sent before reading their results back. Keeps the replies of one round
// trip far below what the sockets buffer, so neither side can block on a full pipe.
constexpr int pipelineChunk = 64;

// ---- statements: fixed SQL, prepared once per connection -----------------------------------

#define SAGASCOPE_EVENT_COLUMNS                                                                                        \
    "position, stream_id, version, event_id, stream_type, event_type, schema_version, payload, metadata, recorded_at"
#define SAGASCOPE_STREAM_COLUMNS "stream_id, stream_type, version, last_position, created_at, updated_at"
#define SAGASCOPE_READ_STREAM                                                                                          \
    "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events"                                                         \
    " WHERE stream_id = $1 AND version >= $2 AND version <= $3"                                                        \
    " AND ($4::timestamptz IS NULL OR recorded_at >= $4) AND ($5::timestamptz IS NULL OR recorded_at <= $5)"           \
    " AND ($6::text[] IS NULL OR event_type = ANY ($6))"

constexpr unsigned int appendTypes[] = { oid::text,      oid::text,      oid::text,      oid::int8,
                                         oid::uuidArray, oid::textArray, oid::int4Array, oid::textArray,
                                         oid::textArray, oid::textArray };
constexpr Statement appendStatement{ 0, "sagascope_append",
                                     "SELECT * FROM sagascope.append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10,
                                     appendTypes };

constexpr unsigned int readStreamTypes[] = { oid::text,        oid::int8,      oid::int8, oid::timestamptz,
                                             oid::timestamptz, oid::textArray, oid::int8 };
constexpr Statement readForwardStatement{ 1, "sagascope_read_forward",
                                          SAGASCOPE_READ_STREAM " ORDER BY version LIMIT $7", 7, readStreamTypes };
constexpr Statement readBackwardStatement{ 2, "sagascope_read_backward",
                                           SAGASCOPE_READ_STREAM " ORDER BY version DESC LIMIT $7", 7,
                                           readStreamTypes };

constexpr unsigned int int8Int8[] = { oid::int8, oid::int8 };
constexpr Statement readAllStatement{ 3, "sagascope_read_all",
                                      "SELECT " SAGASCOPE_EVENT_COLUMNS
                                      " FROM sagascope.events WHERE position > $1 ORDER BY position LIMIT $2",
                                      2, int8Int8 };

constexpr unsigned int textInt8Int8[] = { oid::text, oid::int8, oid::int8 };
// Keyset on position, so long correlations are paged like the log.
constexpr Statement readByCorrelationStatement{
    4, "sagascope_read_correlation",
    "SELECT " SAGASCOPE_EVENT_COLUMNS " FROM sagascope.events"
    " WHERE correlation_id = $1 AND position > $2 ORDER BY position LIMIT $3",
    3, textInt8Int8
};

constexpr unsigned int textOnly[] = { oid::text };
constexpr Statement streamInfoStatement{
    5, "sagascope_stream_info", "SELECT " SAGASCOPE_STREAM_COLUMNS " FROM sagascope.streams WHERE stream_id = $1", 1,
    textOnly
};

// The search pattern is a parameter ('' = none); ILIKE on the "C"-collated column folds ASCII
// letters only, the rule every store follows. Two statements so the type filter can use the
// (stream_type, stream_id) index.
constexpr unsigned int listTypes[] = { oid::text, oid::text, oid::int8, oid::text };
constexpr Statement listStreamsStatement{ 6, "sagascope_list_streams",
                                          "SELECT " SAGASCOPE_STREAM_COLUMNS " FROM sagascope.streams"
                                          " WHERE stream_id > $1 AND ($2 = '' OR stream_id ILIKE $2)"
                                          " ORDER BY stream_id LIMIT $3",
                                          3, listTypes };
constexpr Statement listStreamsOfTypeStatement{ 7, "sagascope_list_streams_of_type",
                                                "SELECT " SAGASCOPE_STREAM_COLUMNS " FROM sagascope.streams"
                                                " WHERE stream_type = $4 AND stream_id > $1"
                                                " AND ($2 = '' OR stream_id ILIKE $2)"
                                                " ORDER BY stream_id LIMIT $3",
                                                4, listTypes };

// A loose index scan: one index probe per distinct type instead of reading every stream.
constexpr Statement streamTypesStatement{
    8, "sagascope_stream_types",
    "WITH RECURSIVE t(stream_type) AS ("
    " SELECT min(stream_type) FROM sagascope.streams"
    " UNION ALL"
    " SELECT (SELECT min(s.stream_type) FROM sagascope.streams s WHERE s.stream_type > t.stream_type)"
    " FROM t WHERE t.stream_type IS NOT NULL)"
    " SELECT stream_type FROM t WHERE stream_type IS NOT NULL",
    0, nullptr
};
constexpr Statement headPositionStatement{ 9, "sagascope_head_position",
                                           "SELECT coalesce(max(position), 0)::bigint FROM sagascope.events", 0,
                                           nullptr };
constexpr Statement schemaVersionStatement{ 10, "sagascope_schema_version",
                                            "SELECT count(*)::bigint FROM sagascope.schema_migrations", 0, nullptr };

#undef SAGASCOPE_EVENT_COLUMNS
#undef SAGASCOPE_STREAM_COLUMNS
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
    RecordedEvent decode(const Rows& rows, int row)
    {
        RecordedEvent e;
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
        // A damaged stored payload becomes a corruption error on this event, never a dropped event.
        e.decode();
        return e;
    }

    void appendAll(const Rows& rows, QList<RecordedEvent>& out)
    {
        const int n = rows.rowCount();
        out.reserve(out.size() + n);
        for (int row = 0; row < n; ++row)
            out.append(decode(rows, row));
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

// The correlation id of canonical metadata, or an empty string. Most metadata has none, and
// the cheap byte search spares parsing it.
QString correlationOf(const QByteArray& metadata)
{
    if (!metadata.contains("\"correlation_id\""))
        return {};
    return QJsonDocument::fromJson(metadata).object().value(meta::correlationId).toString();
}

// ---- append requests and replies -----------------------------------------------------------

Params appendParams(const AppendRequest& r)
{
    qsizetype payloadBytes = 0;
    qsizetype metadataBytes = 0;
    for (const NewEvent& e : r.events) {
        payloadBytes += e.payload.size() + 4;
        metadataBytes += e.metadata.size() + 4;
    }
    const qsizetype n = r.events.size();
    ArrayWriter ids(oid::uuid, n * 20);
    ArrayWriter types(oid::text, n * 24);
    ArrayWriter schemas(oid::int4, n * 8);
    ArrayWriter payloads(oid::text, payloadBytes);
    ArrayWriter metadata(oid::text, metadataBytes);
    ArrayWriter correlations(oid::text);
    for (const NewEvent& e : r.events) {
        ids.addUuid(e.eventId);
        types.addText(e.eventType);
        schemas.addInt32(e.schemaVersion);
        payloads.add(e.payload);
        metadata.add(e.metadata);
        const QString correlation = correlationOf(e.metadata);
        if (correlation.isEmpty())
            correlations.addNull();
        else
            correlations.addText(correlation);
    }
    Params p;
    p.addText(r.streamId);
    p.addText(r.streamType);
    p.addText(streamTypeForNewStream(r));
    p.addInt64(r.expected.encoded());
    p.addBinary(ids.finish());
    p.addBinary(types.finish());
    p.addBinary(schemas.finish());
    p.addBinary(payloads.finish());
    p.addBinary(metadata.finish());
    p.addBinary(correlations.finish());
    return p;
}

// Turns the reply of sagascope.append (see 001_initial.sql for the statuses) into the result
// every store gives, using the shared rules for idempotency and conflict messages.
Result<AppendResult> appendOutcome(const AppendRequest& r, const Rows& rows)
{
    if (rows.rowCount() == 0)
        return fail(ErrorCode::Internal, CoreTr::tr("PostgreSQL gave no answer to an append to stream \"%1\".")
                                             .arg(r.streamId));
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

} // namespace

// ---- the store -----------------------------------------------------------------------------

struct PgEventStore::Private
{
    explicit Private(const ConnectSettings& settings)
        : pool(settings, maxConnections)
    {
    }

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
    Result<QList<AppendResult>> appendInTransaction(Connection& conn, const QList<AppendRequest>& requests);
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
    auto rows = conn.runSql("SELECT version, checksum FROM sagascope.schema_migrations ORDER BY version", Params(),
                            what);
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

Result<QList<AppendResult>> PgEventStore::Private::appendInTransaction(Connection& conn,
                                                                        const QList<AppendRequest>& requests)
{
    pg_conn* c = conn.handle();
    const QString what = CoreTr::tr("appending a batch");
    if (auto ok = conn.prepare(appendStatement); !ok)
        return std::unexpected(ok.error());
    if (!PQenterPipelineMode(c))
        return std::unexpected(conn.errorOf(nullptr, what));

    QList<AppendResult> results;
    results.reserve(requests.size());
    std::optional<Error> failure;
    bool begun = false;
    // Reads the replies of `count` statements and the sync that ends their round trip.
    auto readReplies = [&](qsizetype firstRequest, qsizetype count, bool withBegin) {
        for (qsizetype i = withBegin ? -1 : 0; i < count; ++i) {
            ResultHandle reply(PQgetResult(c));
            if (!reply)
                return false; // the connection broke: nothing more will come
            const ExecStatusType status = PQresultStatus(reply.get());
            if (status == PGRES_FATAL_ERROR && !failure) {
                failure = conn.errorOf(reply.get(), what);
            } else if (i >= 0 && status == PGRES_TUPLES_OK && !failure) {
                const AppendRequest& r = requests[firstRequest + i];
                auto outcome = appendOutcome(r, Rows(std::move(reply)));
                if (outcome)
                    results.append(*outcome);
                else
                    failure = outcome.error();
            }
            if (PQstatus(c) != CONNECTION_OK)
                return false;
            // Each statement's replies end with a null result.
            while (ResultHandle extra{ PQgetResult(c) }) {
            }
        }
        ResultHandle sync(PQgetResult(c));
        return sync && PQresultStatus(sync.get()) == PGRES_PIPELINE_SYNC;
    };

    bool inSync = true;
    for (qsizetype start = 0; start < requests.size() && !failure && inSync; start += pipelineChunk) {
        const qsizetype count = std::min<qsizetype>(pipelineChunk, requests.size() - start);
        const bool withBegin = !begun;
        bool sent = true;
        if (withBegin) {
            sent = PQsendQueryParams(c, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
            begun = true;
        }
        for (qsizetype i = 0; i < count && sent; ++i) {
            const Params p = appendParams(requests[start + i]);
            const Params::Arrays a = p.arrays();
            sent = PQsendQueryPrepared(c, appendStatement.name, p.count(), a.values.data(), a.lengths.data(),
                                       a.formats.data(), 1)
                == 1;
        }
        if (!sent || !PQpipelineSync(c)) {
            failure = conn.errorOf(nullptr, what);
            break;
        }
        inSync = readReplies(start, count, withBegin);
        if (!inSync && !failure)
            failure = conn.errorOf(nullptr, what);
    }
    if (!inSync || !PQexitPipelineMode(c)) {
        // The connection is in no state to continue; the pool drops it.
        return std::unexpected(failure ? *failure : conn.errorOf(nullptr, what));
    }
    if (failure) {
        (void)conn.runSql("ROLLBACK", what);
        return std::unexpected(*failure);
    }
    if (auto ok = conn.runSql("COMMIT", what); !ok)
        return std::unexpected(ok.error());
    return results;
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
    d->pool.adopt(std::move(*conn));
    return std::unique_ptr<PgEventStore>(new PgEventStore(std::move(d)));
}

PgEventStore::PgEventStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

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
    // One statement in its own transaction: one round trip and one commit. Nothing is written
    // unless the function reports status 0, so no rollback is ever needed here.
    auto rows = (*conn)->run(appendStatement, appendParams(*normalised),
                             CoreTr::tr("appending to stream \"%1\"").arg(normalised->streamId));
    if (!rows)
        return std::unexpected(rows.error());
    return appendOutcome(*normalised, *rows);
}

Result<QList<AppendResult>> PgEventStore::appendBatch(const QList<AppendRequest>& requests)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    if (requests.isEmpty())
        return QList<AppendResult>{};
    QList<AppendRequest> normalised;
    normalised.reserve(requests.size());
    for (const AppendRequest& r : requests) {
        auto n = normaliseAppend(r);
        if (!n)
            return std::unexpected(n.error());
        normalised.append(std::move(*n));
    }
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    return d->appendInTransaction(**conn, normalised);
}

Result<QList<RecordedEvent>> PgEventStore::readStream(const StreamQuery& query)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading stream \"%1\"").arg(query.streamId);
    const bool forward = query.direction == ReadDirection::Forward;
    qint64 low = std::max<qint64>(1, query.minVersion);
    qint64 high = query.maxVersion > 0 ? query.maxVersion : std::numeric_limits<qint64>::max();
    QByteArray types;
    if (!query.eventTypes.isEmpty()) {
        ArrayWriter writer(oid::text);
        for (const QString& t : query.eventTypes)
            writer.addText(t);
        types = writer.finish();
    }
    QList<RecordedEvent> out;
    EventDecoder decoder;
    qint64 remaining = query.limit > 0 ? query.limit : -1;
    while (low <= high) {
        const qint64 pageLimit = remaining < 0 ? readPageSize : std::min<qint64>(remaining, readPageSize);
        Params p;
        p.addText(query.streamId);
        p.addInt64(low);
        p.addInt64(high);
        query.sinceUs ? p.addTimestampUs(*query.sinceUs) : p.addNull();
        query.untilUs ? p.addTimestampUs(*query.untilUs) : p.addNull();
        types.isNull() ? p.addNull() : p.addBinary(types);
        p.addInt64(pageLimit);
        auto rows = (*conn)->run(forward ? readForwardStatement : readBackwardStatement, p, what);
        if (!rows)
            return std::unexpected(rows.error());
        const int n = rows->rowCount();
        decoder.appendAll(*rows, out);
        if (n < pageLimit)
            break;
        if (remaining > 0 && (remaining -= n) == 0)
            break;
        if (forward)
            low = out.last().version + 1;
        else
            high = out.last().version - 1;
    }
    if (out.isEmpty()) {
        // Only an empty answer needs to tell a missing stream from an empty selection.
        Params p;
        p.addText(query.streamId);
        auto info = (*conn)->run(streamInfoStatement, p, what);
        if (!info)
            return std::unexpected(info.error());
        if (info->rowCount() == 0)
            return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(query.streamId));
    }
    return out;
}

Result<QList<RecordedEvent>> PgEventStore::readAll(const LogQuery& query)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading the global log");
    QList<RecordedEvent> out;
    EventDecoder decoder;
    qint64 after = std::max<qint64>(0, query.afterPosition);
    qint64 remaining = query.limit > 0 ? query.limit : -1;
    while (true) {
        const qint64 pageLimit = remaining < 0 ? readPageSize : std::min<qint64>(remaining, readPageSize);
        Params p;
        p.addInt64(after);
        p.addInt64(pageLimit);
        auto rows = (*conn)->run(readAllStatement, p, what);
        if (!rows)
            return std::unexpected(rows.error());
        const int n = rows->rowCount();
        decoder.appendAll(*rows, out);
        if (n < pageLimit || (remaining > 0 && (remaining -= n) == 0))
            break;
        after = out.last().position;
    }
    return out;
}

Result<QList<RecordedEvent>> PgEventStore::readByCorrelation(const QString& correlationId, int limit)
{
    auto conn = d->pool.acquire();
    if (!conn)
        return std::unexpected(conn.error());
    const QString what = CoreTr::tr("reading events of correlation \"%1\"").arg(correlationId);
    QList<RecordedEvent> out;
    EventDecoder decoder;
    qint64 after = 0;
    qint64 remaining = limit > 0 ? limit : -1;
    while (true) {
        const qint64 pageLimit = remaining < 0 ? readPageSize : std::min<qint64>(remaining, readPageSize);
        Params p;
        p.addText(correlationId);
        p.addInt64(after);
        p.addInt64(pageLimit);
        auto rows = (*conn)->run(readByCorrelationStatement, p, what);
        if (!rows)
            return std::unexpected(rows.error());
        const int n = rows->rowCount();
        decoder.appendAll(*rows, out);
        if (n < pageLimit || (remaining > 0 && (remaining -= n) == 0))
            break;
        after = out.last().position;
    }
    return out;
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

std::unique_ptr<LiveFeed> PgEventStore::openLiveFeed()
{
    ConnectSettings settings = d->pool.settings();
    settings.applicationName = "sagascope live feed";
    settings.readOnly = false;
    settings.keepalives = true;
    return std::make_unique<PgLiveFeed>(settings);
}

} // namespace sagascope::pg
