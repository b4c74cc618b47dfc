// SPDX-License-Identifier: MIT
#include "sqliteeventstore.h"

#include "sqlitelivefeed.h"

#include "appendrules.h"
#include "coretr.h"
#include "fingerprint.h"
#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <limits>
#include <utility>

namespace sagascope {

namespace {

std::atomic<quint64> connectionCounter { 0 };

const char* const eventColumns = "position, stream_id, version, event_id, stream_type, event_type, schema_version, "
                                 "payload, metadata, recorded_at_us, fingerprint";

RecordedEvent eventFromRow(const QSqlQuery& q)
{
    RecordedEvent e;
    e.position = q.value(0).toLongLong();
    e.streamId = q.value(1).toString();
    e.version = q.value(2).toLongLong();
    e.eventId = QUuid::fromString(q.value(3).toString());
    e.streamType = q.value(4).toString();
    e.eventType = q.value(5).toString();
    e.schemaVersion = q.value(6).toInt();
    e.payload = q.value(7).toString().toUtf8();
    e.metadata = q.value(8).toString().toUtf8();
    e.recordedAtUs = q.value(9).toLongLong();
    e.fingerprint = q.value(10).toByteArray();
    e.checkStoredJson();
    return e;
}

StreamInfo streamFromRow(const QSqlQuery& q)
{
    StreamInfo s;
    s.streamId = q.value(0).toString();
    s.streamType = q.value(1).toString();
    s.lastVersion = q.value(2).toLongLong();
    s.lastPosition = q.value(3).toLongLong();
    s.createdAtUs = q.value(4).toLongLong();
    s.updatedAtUs = q.value(5).toLongLong();
    return s;
}

const char* const timerColumns = "timer_id, stream_id, stream_type, fire_at_us, payload, scheduled_at_us";

TimerRecord timerFromRow(const QSqlQuery& q)
{
    TimerRecord t;
    t.timerId = q.value(0).toString();
    t.streamId = q.value(1).toString();
    t.streamType = q.value(2).toString();
    t.fireAtUs = q.value(3).toLongLong();
    t.payload = q.value(4).toString().toUtf8();
    t.scheduledAtUs = q.value(5).toLongLong();
    return t;
}

// LIKE pattern that matches `text` literally ('\' escapes % and _).
QString likeLiteral(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace

struct SqliteEventStore::Private
{
    QString path;
    OpenOptions options;
    QMutex connectionsLock;
    // One connection per thread (Qt Sql's rule); QPointer tells when a thread is gone.
    struct Connection
    {
        QPointer<QThread> thread;
        QString name;
    };
    QList<Connection> connections;
    QMutex writeLock; // serialises this process's writers; BEGIN IMMEDIATE serialises processes

    ~Private()
    {
        for (const Connection& c : std::as_const(connections))
            QSqlDatabase::removeDatabase(c.name);
    }

    Error sqlError(const QSqlError& e, const QString& what) const
    {
        const QString text = e.text();
        if (text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
            return Error { ErrorCode::CorruptData, CoreTr::tr("The SQLite file %1 is damaged (%2).").arg(path, text) };
        if (text.contains(QLatin1String("unable to open"), Qt::CaseInsensitive))
            return Error { ErrorCode::Connection, CoreTr::tr("Cannot open the SQLite file %1 (%2).").arg(path, text) };
        return Error { ErrorCode::Internal, CoreTr::tr("SQLite failed while %1: %2.").arg(what, text) };
    }

    Result<QSqlDatabase> connection()
    {
        QThread* const self = QThread::currentThread();
        QMutexLocker locker(&connectionsLock);
        for (qsizetype i = 0; i < connections.size();) {
            if (connections[i].thread == self)
                return QSqlDatabase::database(connections[i].name, false);
            if (connections[i].thread.isNull()) {
                QSqlDatabase::removeDatabase(connections[i].name);
                connections.removeAt(i);
                continue;
            }
            ++i;
        }
        const QString name = QStringLiteral("sagascope-sqlite-%1").arg(++connectionCounter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return fail(ErrorCode::Internal,
                CoreTr::tr("The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite."));
        }
        db.setDatabaseName(path);
        QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000");
        if (options.readOnly)
            opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(opts);
        if (!db.open()) {
            const Error e = sqlError(db.lastError(), CoreTr::tr("opening"));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return std::unexpected(Error { e.code == ErrorCode::Internal ? ErrorCode::Connection : e.code, e.message });
        }
        QSqlQuery q(db);
        if (!options.readOnly)
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        connections.append({ QPointer<QThread>(self), name });
        return db;
    }

    Result<QSqlQuery> run(const QString& sql, const QVariantList& binds = {}, const QString& what = {})
    {
        auto db = connection();
        if (!db)
            return std::unexpected(db.error());
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::unexpected(sqlError(q.lastError(), what.isEmpty() ? CoreTr::tr("preparing a query") : what));
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return std::unexpected(sqlError(q.lastError(), what.isEmpty() ? CoreTr::tr("running a query") : what));
        return q;
    }

    Result<QList<RecordedEvent>> events(const QString& sql, const QVariantList& binds)
    {
        auto q = run(sql, binds, CoreTr::tr("reading events"));
        if (!q)
            return std::unexpected(q.error());
        QList<RecordedEvent> out;
        while (q->next())
            out.append(eventFromRow(*q));
        return out;
    }

    Result<qint64> currentVersion(const QString& streamId, QString* type, QByteArray* lastFingerprint)
    {
        auto q = run(QStringLiteral("SELECT version, stream_type, last_fingerprint FROM streams WHERE stream_id = ?"),
            { streamId });
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return 0;
        *type = q->value(1).toString();
        *lastFingerprint = q->value(2).toByteArray();
        return q->value(0).toLongLong();
    }

    Result<std::optional<AppendResult>> appendOne(
        QSqlDatabase& db, const AppendRequest& r, qint64& nextPosition, qint64 timeUs)
    {
        QList<RecordedEvent> sameIds;
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT ") + QLatin1String(eventColumns)
                + QStringLiteral(" FROM events WHERE event_id = ?"));
            for (const NewEvent& e : r.events) {
                q.addBindValue(e.eventId.toString(QUuid::WithoutBraces));
                if (!q.exec())
                    return std::unexpected(sqlError(q.lastError(), CoreTr::tr("checking event ids")));
                if (q.next())
                    sameIds.append(eventFromRow(q));
            }
        }
        auto idem = idempotentResult(r, sameIds);
        if (!idem || *idem)
            return idem;
        QString existingType;
        QByteArray fingerprint;
        auto current = currentVersion(r.streamId, &existingType, &fingerprint);
        if (!current)
            return std::unexpected(current.error());
        if (auto ok = r.expected.check(r.streamId, *current); !ok)
            return std::unexpected(ok.error());
        if (*current > 0 && !r.streamType.isEmpty() && r.streamType != existingType)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Stream \"%1\" has type %2, not %3.").arg(r.streamId, existingType, r.streamType));
        const QString streamType = *current > 0 ? existingType : streamTypeForNewStream(r);

        QSqlQuery ins(db);
        ins.prepare(
            QStringLiteral("INSERT INTO events (position, stream_id, version, event_id, stream_type, event_type, "
                           "schema_version, payload, metadata, correlation_id, recorded_at_us, fingerprint) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        AppendResult result;
        result.streamId = r.streamId;
        result.firstVersion = *current + 1;
        result.firstPosition = nextPosition;
        qint64 version = *current;
        qint64 firstTimeUs = 0;
        qint64 lastTimeUs = 0;
        for (const NewEvent& e : r.events) {
            const QString correlation = correlationIdOf(e.metadata); // normalised: canonical
            ins.addBindValue(nextPosition);
            ins.addBindValue(r.streamId);
            ins.addBindValue(++version);
            ins.addBindValue(e.eventId.toString(QUuid::WithoutBraces));
            ins.addBindValue(streamType);
            ins.addBindValue(e.eventType);
            ins.addBindValue(e.schemaVersion);
            ins.addBindValue(QString::fromUtf8(e.payload));
            ins.addBindValue(QString::fromUtf8(e.metadata));
            ins.addBindValue(correlation.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(correlation));
            const qint64 recordedAt = e.recordedAtUs != 0 ? e.recordedAtUs : timeUs;
            if (firstTimeUs == 0)
                firstTimeUs = recordedAt;
            lastTimeUs = recordedAt;
            ins.addBindValue(recordedAt);
            fingerprint = chainFingerprint(fingerprint, eventDigest(e.eventId, r.streamId, e));
            ins.addBindValue(fingerprint);
            if (!ins.exec())
                return std::unexpected(sqlError(ins.lastError(), CoreTr::tr("appending an event")));
            ++nextPosition;
        }
        result.lastVersion = version;
        result.lastPosition = nextPosition - 1;
        QSqlQuery up(db);
        if (*current == 0) {
            up.prepare(QStringLiteral("INSERT INTO streams (stream_id, stream_type, version, last_position, "
                                      "created_at_us, updated_at_us, last_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            up.addBindValue(r.streamId);
            up.addBindValue(streamType);
            up.addBindValue(version);
            up.addBindValue(result.lastPosition);
            up.addBindValue(firstTimeUs);
            up.addBindValue(lastTimeUs);
            up.addBindValue(fingerprint);
        } else {
            up.prepare(QStringLiteral("UPDATE streams SET version = ?, last_position = ?, updated_at_us = ?, "
                                      "last_fingerprint = ? WHERE stream_id = ?"));
            up.addBindValue(version);
            up.addBindValue(result.lastPosition);
            up.addBindValue(lastTimeUs);
            up.addBindValue(fingerprint);
            up.addBindValue(r.streamId);
        }
        if (!up.exec())
            return std::unexpected(sqlError(up.lastError(), CoreTr::tr("updating the stream")));
        return std::optional<AppendResult>(result);
    }

    Result<void> ensureWritable() const
    {
        if (options.readOnly)
            return fail(ErrorCode::InvalidInput, CoreTr::tr("The store %1 is open read-only.").arg(path));
        return {};
    }

    // Runs `body(db)` in a BEGIN IMMEDIATE transaction: the write lock of the file is taken
    // first, so another process's writer waits (busy timeout) instead of failing at commit, and
    // whatever `body` reads stays true until the commit. Commits when `body` succeeds, else
    // rolls back.
    template<typename Body>
    auto writeTransaction(const QString& what, Body&& body) -> decltype(body(std::declval<QSqlDatabase&>()))
    {
        auto db = connection();
        if (!db)
            return std::unexpected(db.error());
        QMutexLocker locker(&writeLock);
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(sqlError(q.lastError(), what));
        auto result = body(*db);
        if (!result) {
            QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        if (!QSqlQuery(*db).exec(QStringLiteral("COMMIT"))) {
            const Error e = sqlError(db->lastError(), what);
            QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(e);
        }
        return result;
    }

    // Appends normalised requests inside a write transaction. Positions are assigned under the
    // write lock, so they increase in commit order.
    Result<QList<AppendResult>> appendAll(QSqlDatabase& db, const QList<AppendRequest>& normalised)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM events")) || !q.next())
            return std::unexpected(sqlError(q.lastError(), CoreTr::tr("reading the head position")));
        qint64 nextPosition = q.value(0).toLongLong() + 1;
        q.finish();
        const qint64 now = nowUs();
        QList<AppendResult> results;
        for (const AppendRequest& r : normalised) {
            auto one = appendOne(db, r, nextPosition, now);
            if (!one)
                return std::unexpected(one.error());
            results.append(**one);
        }
        return results;
    }

    Result<void> migrate()
    {
        auto db = connection();
        if (!db)
            return std::unexpected(db.error());
        QSqlQuery q(*db);
        const QList<Migration> known = loadMigrations(QStringLiteral(":/sagascope/sql/sqlite"));
        QList<AppliedMigration> applied;
        if (q.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations ORDER BY version"))) {
            while (q.next())
                applied.append({ q.value(0).toInt(), q.value(1).toString().toUtf8() });
        } else if (options.readOnly) {
            // No migrations table: an empty or foreign file.
        } else {
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                       "name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at_us INTEGER NOT NULL)")))
                return std::unexpected(sqlError(q.lastError(), CoreTr::tr("creating the migrations table")));
        }
        auto pending = pendingMigrations(known, applied, path);
        if (!pending)
            return std::unexpected(pending.error());
        if (pending->isEmpty())
            return {};
        if (options.readOnly)
            return fail(ErrorCode::SchemaMismatch,
                CoreTr::tr("The store %1 needs schema migrations but was opened read-only; open it for "
                           "writing once (for example with sagascope-cli init).")
                    .arg(path));
        QMutexLocker locker(&writeLock);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(sqlError(q.lastError(), CoreTr::tr("starting a migration")));
        // Another process may have migrated while we waited for the write lock.
        applied.clear();
        q.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations ORDER BY version"));
        while (q.next())
            applied.append({ q.value(0).toInt(), q.value(1).toString().toUtf8() });
        pending = pendingMigrations(known, applied, path);
        if (!pending) {
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(pending.error());
        }
        for (const Migration& m : *pending) {
            const QStringList statements = QString::fromUtf8(m.sql).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString& statement : statements) {
                QString body;
                for (const QString& line : statement.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().startsWith(QLatin1String("--")))
                        body += line + QLatin1Char('\n');
                }
                if (body.trimmed().isEmpty())
                    continue;
                if (!q.exec(body)) {
                    const Error e = sqlError(q.lastError(), CoreTr::tr("applying migration %1").arg(m.name));
                    q.exec(QStringLiteral("ROLLBACK"));
                    return std::unexpected(e);
                }
            }
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at_us) "
                                     "VALUES (?, ?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(m.name);
            q.addBindValue(QString::fromLatin1(m.checksum));
            q.addBindValue(nowUs());
            if (!q.exec()) {
                const Error e = sqlError(q.lastError(), CoreTr::tr("recording migration %1").arg(m.name));
                q.exec(QStringLiteral("ROLLBACK"));
                return std::unexpected(e);
            }
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return std::unexpected(sqlError(q.lastError(), CoreTr::tr("committing migrations")));
        return {};
    }

    // Every table and column the store reads, named once, so that a file changed by hand after
    // its migrations is refused on open instead of failing query by query later.
    Result<void> probeSchema()
    {
        auto db = connection();
        if (!db)
            return std::unexpected(db.error());
        QSqlQuery q(*db);
        const QString sql = QStringLiteral("SELECT 1 FROM (SELECT %1, correlation_id FROM events LIMIT 0),"
                                           " (SELECT stream_id, stream_type, version, last_position, created_at_us,"
                                           " updated_at_us, last_fingerprint FROM streams LIMIT 0),"
                                           " (SELECT stream_id, version, reducer, reducer_version, codec, state,"
                                           " state_hash, created_at_us FROM snapshots LIMIT 0),"
                                           " (SELECT %2 FROM timers LIMIT 0)")
                                .arg(QLatin1String(eventColumns), QLatin1String(timerColumns));
        if (!q.exec(sql))
            return std::unexpected(schemaChangedError(path, q.lastError().databaseText()));
        return {};
    }
};

Result<std::unique_ptr<SqliteEventStore>> SqliteEventStore::open(const QString& path, const OpenOptions& options)
{
    auto d = std::make_unique<Private>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->options = options;
    const QFileInfo info(d->path);
    if (options.readOnly && !info.exists())
        return fail(ErrorCode::NotFound, CoreTr::tr("There is no store at %1.").arg(d->path));
    if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Connection, CoreTr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    if (auto ok = d->migrate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = d->probeSchema(); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<SqliteEventStore>(new SqliteEventStore(std::move(d)));
}

SqliteEventStore::SqliteEventStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

SqliteEventStore::~SqliteEventStore() = default;

QString SqliteEventStore::displayUrl() const
{
    return QStringLiteral("sqlite:") + d->path;
}

Result<int> SqliteEventStore::schemaVersion()
{
    auto q = d->run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<AppendResult> SqliteEventStore::append(const AppendRequest& request)
{
    auto results = appendBatch({ request });
    if (!results)
        return std::unexpected(results.error());
    return results->first();
}

Result<QList<AppendResult>> SqliteEventStore::appendBatch(const QList<AppendRequest>& requests)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    QList<AppendRequest> normalised;
    normalised.reserve(requests.size());
    for (const AppendRequest& r : requests) {
        auto n = normaliseAppend(r);
        if (!n)
            return std::unexpected(n.error());
        normalised.append(std::move(*n));
    }
    return d->writeTransaction(CoreTr::tr("appending"), [&](QSqlDatabase& db) { return d->appendAll(db, normalised); });
}

namespace {

// " AND event_type IN (?, …)" with one bound value per type.
void addEventTypeFilter(QString& sql, QVariantList& binds, const QStringList& types)
{
    sql += QStringLiteral(" AND event_type IN (");
    for (qsizetype i = 0; i < types.size(); ++i) {
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        binds.append(types[i]);
    }
    sql += QLatin1Char(')');
}

} // namespace

Result<QList<RecordedEvent>> SqliteEventStore::readStream(const StreamQuery& query)
{
    auto info = streamInfo(query.streamId);
    if (!info)
        return std::unexpected(info.error());
    QString sql = QStringLiteral("SELECT ") + QLatin1String(eventColumns)
        + QStringLiteral(" FROM events WHERE stream_id = ? AND version >= ? AND version <= ?");
    QVariantList binds { query.streamId, std::max<qint64>(1, query.minVersion),
        query.maxVersion > 0 ? query.maxVersion : info->lastVersion };
    if (query.sinceUs) {
        sql += QStringLiteral(" AND recorded_at_us >= ?");
        binds.append(*query.sinceUs);
    }
    if (query.untilUs) {
        sql += QStringLiteral(" AND recorded_at_us <= ?");
        binds.append(*query.untilUs);
    }
    if (!query.eventTypes.isEmpty())
        addEventTypeFilter(sql, binds, query.eventTypes);
    sql += query.direction == ReadDirection::Forward ? QStringLiteral(" ORDER BY version ASC")
                                                     : QStringLiteral(" ORDER BY version DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds.append(query.limit);
    }
    return d->events(sql, binds);
}

Result<QList<RecordedEvent>> SqliteEventStore::readAll(const LogQuery& query)
{
    if (query.eventTypes.isEmpty())
        return d->events(QStringLiteral("SELECT ") + QLatin1String(eventColumns)
                + QStringLiteral(" FROM events WHERE position > ? ORDER BY position LIMIT ?"),
            { query.afterPosition, query.limit > 0 ? query.limit : -1 });
    // The (event_type, position) index serves each type.
    QString sql
        = QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events WHERE position > ?");
    QVariantList binds { query.afterPosition };
    addEventTypeFilter(sql, binds, query.eventTypes);
    sql += QStringLiteral(" ORDER BY position LIMIT ?");
    binds.append(query.limit > 0 ? query.limit : -1);
    return d->events(sql, binds);
}

Result<QList<RecordedEvent>> SqliteEventStore::readByCorrelation(const QString& correlationId, int limit)
{
    return d->events(QStringLiteral("SELECT ") + QLatin1String(eventColumns)
            + QStringLiteral(" FROM events WHERE correlation_id = ? ORDER BY position LIMIT ?"),
        { correlationId, limit > 0 ? limit : -1 });
}

Result<StreamInfo> SqliteEventStore::streamInfo(const QString& streamId)
{
    auto q = d->run(QStringLiteral("SELECT stream_id, stream_type, version, last_position, created_at_us, "
                                   "updated_at_us FROM streams WHERE stream_id = ?"),
        { streamId });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(streamId));
    return streamFromRow(*q);
}

Result<StreamPage> SqliteEventStore::listStreams(const StreamFilter& filter)
{
    const int limit = filter.limit > 0 ? filter.limit : 100;
    QString sql = QStringLiteral("SELECT stream_id, stream_type, version, last_position, created_at_us, updated_at_us "
                                 "FROM streams WHERE stream_id > ?");
    QVariantList binds { filter.afterStreamId.isNull() ? QStringLiteral("")
                                                       : filter.afterStreamId }; // NULL would match nothing
    if (!filter.streamType.isEmpty()) {
        sql += QStringLiteral(" AND stream_type = ?");
        binds.append(filter.streamType);
    }
    if (!filter.search.isEmpty()) {
        // SQLite's LIKE folds ASCII letters only, the rule every store follows.
        sql += QStringLiteral(" AND stream_id LIKE ? ESCAPE '\\'");
        const QString literal = likeLiteral(filter.search);
        binds.append(filter.searchMode == StreamSearch::Prefix
                ? QString(literal + QLatin1Char('%'))
                : QString(QLatin1Char('%') + literal + QLatin1Char('%')));
    }
    sql += QStringLiteral(" ORDER BY stream_id LIMIT ?");
    binds.append(limit + 1);
    auto q = d->run(sql, binds, CoreTr::tr("listing streams"));
    if (!q)
        return std::unexpected(q.error());
    StreamPage page;
    while (q->next()) {
        if (page.streams.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.streams.append(streamFromRow(*q));
    }
    return page;
}

Result<QStringList> SqliteEventStore::streamTypes()
{
    auto q = d->run(QStringLiteral("SELECT DISTINCT stream_type FROM streams ORDER BY stream_type"));
    if (!q)
        return std::unexpected(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<void> SqliteEventStore::saveSnapshot(const SnapshotRecord& snapshot)
{
    if (d->options.readOnly)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The store %1 is open read-only.").arg(d->path));
    auto info = streamInfo(snapshot.streamId);
    if (!info)
        return std::unexpected(info.error());
    auto q = d->run(
        QStringLiteral("INSERT OR REPLACE INTO snapshots (stream_id, version, reducer, reducer_version, codec, "
                       "state, state_hash, created_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { snapshot.streamId, snapshot.version, snapshot.reducer, snapshot.reducerVersion, snapshot.codec,
            snapshot.state, QString::fromLatin1(snapshot.stateHash),
            snapshot.createdAtUs != 0 ? snapshot.createdAtUs : nowUs() },
        CoreTr::tr("saving a snapshot"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<SnapshotRecord>> SqliteEventStore::readSnapshots(const QString& streamId, qint64 maxVersion)
{
    auto q = d->run(QStringLiteral("SELECT stream_id, version, reducer, reducer_version, codec, state, state_hash, "
                                   "created_at_us FROM snapshots WHERE stream_id = ? AND version <= ? "
                                   "ORDER BY version DESC, reducer"),
        { streamId, maxVersion > 0 ? maxVersion : std::numeric_limits<qint64>::max() },
        CoreTr::tr("reading snapshots"));
    if (!q)
        return std::unexpected(q.error());
    QList<SnapshotRecord> out;
    while (q->next()) {
        SnapshotRecord s;
        s.streamId = q->value(0).toString();
        s.version = q->value(1).toLongLong();
        s.reducer = q->value(2).toString();
        s.reducerVersion = q->value(3).toInt();
        s.codec = q->value(4).toString();
        s.state = q->value(5).toByteArray();
        s.stateHash = q->value(6).toString().toLatin1();
        s.createdAtUs = q->value(7).toLongLong();
        out.append(std::move(s));
    }
    return out;
}

Result<ScheduleResult> SqliteEventStore::scheduleTimer(const TimerRecord& timer)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto normalised = normaliseTimer(timer, nowUs());
    if (!normalised)
        return std::unexpected(normalised.error());
    const TimerRecord& t = *normalised;
    return d->writeTransaction(CoreTr::tr("scheduling a timer"), [&](QSqlDatabase& db) -> Result<ScheduleResult> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(timerColumns)
            + QStringLiteral(" FROM timers WHERE timer_id = ?"));
        q.addBindValue(t.timerId);
        if (!q.exec())
            return std::unexpected(d->sqlError(q.lastError(), CoreTr::tr("scheduling a timer")));
        if (q.next()) {
            const TimerRecord stored = timerFromRow(q);
            if (!sameTimer(t, stored))
                return std::unexpected(timerConflict(t, stored));
            return ScheduleResult { stored, true };
        }
        q.finish();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO timers (") + QLatin1String(timerColumns)
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList {
                 t.timerId, t.streamId, t.streamType, t.fireAtUs, QString::fromUtf8(t.payload), t.scheduledAtUs })
            ins.addBindValue(v);
        if (!ins.exec())
            return std::unexpected(d->sqlError(ins.lastError(), CoreTr::tr("scheduling a timer")));
        return ScheduleResult { t, false };
    });
}

Result<void> SqliteEventStore::cancelTimer(const QString& timerId)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    auto q
        = d->run(QStringLiteral("DELETE FROM timers WHERE timer_id = ?"), { timerId }, CoreTr::tr("canceling a timer"));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() < 1)
        return std::unexpected(timerNotFound(timerId));
    return {};
}

Result<QList<TimerRecord>> SqliteEventStore::listTimers(const TimerQuery& query)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(timerColumns) + QStringLiteral(" FROM timers");
    QVariantList binds;
    if (!query.streamId.isEmpty()) {
        sql += QStringLiteral(" WHERE stream_id = ?");
        binds.append(query.streamId);
    }
    sql += QStringLiteral(" ORDER BY fire_at_us, timer_id LIMIT ?");
    binds.append(query.limit > 0 ? query.limit : -1);
    auto q = d->run(sql, binds, CoreTr::tr("listing timers"));
    if (!q)
        return std::unexpected(q.error());
    QList<TimerRecord> out;
    while (q->next())
        out.append(timerFromRow(*q));
    return out;
}

Result<QList<FiredTimer>> SqliteEventStore::fireDueTimers(qint64 nowUs, int limit)
{
    if (auto ok = d->ensureWritable(); !ok)
        return std::unexpected(ok.error());
    const QString what = CoreTr::tr("firing timers");
    // BEGIN IMMEDIATE is the claim: a second process waits for the file's write lock and then
    // finds these timers gone.
    return d->writeTransaction(what, [&](QSqlDatabase& db) -> Result<QList<FiredTimer>> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(timerColumns)
            + QStringLiteral(" FROM timers WHERE fire_at_us <= ? ORDER BY fire_at_us, timer_id LIMIT ?"));
        q.addBindValue(nowUs);
        q.addBindValue(limit > 0 ? limit : -1);
        if (!q.exec())
            return std::unexpected(d->sqlError(q.lastError(), what));
        QList<TimerRecord> due;
        while (q.next())
            due.append(timerFromRow(q));
        q.finish();
        QList<AppendRequest> requests;
        requests.reserve(due.size());
        QSet<QString> created;
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM streams WHERE stream_id = ?"));
        for (const TimerRecord& t : std::as_const(due)) {
            bool streamExists = created.contains(t.streamId);
            if (!streamExists) {
                exists.addBindValue(t.streamId);
                if (!exists.exec())
                    return std::unexpected(d->sqlError(exists.lastError(), what));
                streamExists = exists.next();
                exists.finish();
            }
            created.insert(t.streamId);
            auto n = normaliseAppend(timerFiredRequest(t, streamExists));
            if (!n)
                return std::unexpected(n.error());
            requests.append(std::move(*n));
        }
        auto appended = d->appendAll(db, requests);
        if (!appended)
            return std::unexpected(appended.error());
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM timers WHERE timer_id = ?"));
        QList<FiredTimer> fired;
        fired.reserve(due.size());
        for (qsizetype i = 0; i < due.size(); ++i) {
            del.addBindValue(due[i].timerId);
            if (!del.exec())
                return std::unexpected(d->sqlError(del.lastError(), what));
            fired.append(firedTimer(due[i], (*appended)[i]));
        }
        return fired;
    });
}

Result<qint64> SqliteEventStore::headPosition()
{
    auto q = d->run(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM events"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<SqliteEventStore::StreamAppend>> SqliteEventStore::appendsAfter(qint64 position, int limit)
{
    // Positions are the rowid: the range is read from the table's own b-tree, and appends commit
    // in position order (BEGIN IMMEDIATE), so nothing below the head can still appear.
    auto q = d->run(QStringLiteral("SELECT stream_id, MAX(version), MAX(position) FROM "
                                   "(SELECT stream_id, version, position FROM events WHERE position > ? "
                                   "ORDER BY position LIMIT ?) GROUP BY stream_id ORDER BY 3"),
        { position, limit }, CoreTr::tr("looking for new events"));
    if (!q)
        return std::unexpected(q.error());
    QList<StreamAppend> appends;
    while (q->next())
        appends.append({ q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong() });
    return appends;
}

std::unique_ptr<LiveFeed> SqliteEventStore::openLiveFeed()
{
    return std::make_unique<SqliteLiveFeed>(d->path);
}

} // namespace sagascope
