// SPDX-License-Identifier: MIT
#include "pgconnection.h"

#include "coretr.h"
#include "migrations.h"
#include "pgwire.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <array>
#include <cerrno>
#include <optional>

#include <libpq-fe.h>
#include <poll.h>

namespace sagascope::pg {

namespace {

constexpr const char* defaultConnectTimeoutSeconds = "10";

void ignoreNotice(void*, const char*)
{
    // Notices (e.g. "schema already exists, skipping", or the termination notice of a backend
    // that is shutting down) would otherwise go to stderr; errors reach us through results.
}

QString fromLocal(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// libpq's multi-line messages in one clause: the reason after "connection to server … failed:",
// without the severity and SQLSTATE prefixes of verbose errors, without a final period.
QString reasonFrom(QString message)
{
    message = message.trimmed();
    const qsizetype newline = message.indexOf(QLatin1Char('\n'));
    if (newline > 0)
        message = message.left(newline).trimmed();
    const qsizetype failed = message.indexOf(QLatin1String(" failed: "));
    if (failed >= 0)
        message = message.mid(failed + 9).trimmed();
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:FATAL|ERROR|PANIC):\s+(?:[0-9A-Z]{5}:\s+)?)"));
    message.remove(prefix);
    return withoutFinalStop(message);
}

// The SQLSTATE of a failed connection attempt: connection-time errors are not results, but in
// verbose mode libpq writes the code into the message ("FATAL:  28P01: …").
QString connectSqlState(const QString& message)
{
    static const QRegularExpression code(QStringLiteral(R"((?:FATAL|ERROR):\s+([0-9A-Z]{5}):)"));
    const auto m = code.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

void ConnDeleter::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

void ResultDeleter::operator()(pg_result* result) const
{
    PQclear(result);
}

// ---- Params -------------------------------------------------------------------------------

void Params::addBinary(QByteArray bytes)
{
    m_values.push_back(std::move(bytes));
    m_null.push_back(false);
}

void Params::addInt64(qint64 value)
{
    addBinary(int64Bytes(value));
}

void Params::addInt32(qint32 value)
{
    addBinary(int32Bytes(value));
}

void Params::addTimestampUs(qint64 unixUs)
{
    addBinary(int64Bytes(pgUsFromUnix(unixUs)));
}

void Params::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
}

Params::Arrays Params::arrays() const
{
    Arrays a;
    const size_t n = m_values.size();
    a.values.resize(n);
    a.lengths.resize(n);
    a.formats.assign(n, 1);
    for (size_t i = 0; i < n; ++i) {
        if (m_null[i]) {
            a.values[i] = nullptr;
            a.lengths[i] = 0;
        } else {
            // constData() of an empty QByteArray is "", never null: an empty text stays empty.
            a.values[i] = m_values[i].constData();
            a.lengths[i] = static_cast<int>(m_values[i].size());
        }
    }
    return a;
}

// ---- Rows ---------------------------------------------------------------------------------

Rows::Rows(ResultHandle result)
    : m_result(std::move(result))
{ }

int Rows::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool Rows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

const char* Rows::data(int row, int column) const
{
    return PQgetvalue(m_result.get(), row, column);
}

int Rows::length(int row, int column) const
{
    return PQgetlength(m_result.get(), row, column);
}

qint64 Rows::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : readInt64(data(row, column));
}

qint32 Rows::int32(int row, int column) const
{
    return isNull(row, column) ? 0 : readInt32(data(row, column));
}

QByteArray Rows::bytes(int row, int column) const
{
    return QByteArray(data(row, column), length(row, column));
}

QString Rows::text(int row, int column) const
{
    return QString::fromUtf8(data(row, column), length(row, column));
}

QUuid Rows::uuid(int row, int column) const
{
    return isNull(row, column) || length(row, column) != 16 ? QUuid() : uuidFromBytes(data(row, column));
}

qint64 Rows::timestampUs(int row, int column) const
{
    return isNull(row, column) ? 0 : unixUsFromPg(readInt64(data(row, column)));
}

// ---- connecting ---------------------------------------------------------------------------

QString serverNameOf(pg_conn* conn)
{
    QString host = fromLocal(PQhost(conn));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString port = fromLocal(PQport(conn));
    const QString db = fromLocal(PQdb(conn));
    QString name = host.startsWith(QLatin1Char('/')) ? QString(host + QStringLiteral("/.s.PGSQL.") + port)
                                                     : QString(host + QLatin1Char(':') + port);
    if (!db.isEmpty())
        name += QLatin1Char('/') + db;
    return name;
}

int connectTimeoutMs(pg_conn* conn)
{
    int seconds = 0;
    if (PQconninfoOption* options = PQconninfo(conn)) {
        for (PQconninfoOption* o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val)
                seconds = QByteArray(o->val).trimmed().toInt();
        }
        PQconninfoFree(options);
    }
    // libpq treats 1 as 2 seconds; below that an attempt could not even start.
    return seconds <= 0 ? 0 : std::max(seconds, 2) * 1000;
}

ConnHandle startConnect(const ConnectSettings& settings)
{
    const QByteArray connInfo = settings.connInfo.toUtf8();
    // Defaults first, then the connection string (expanded), whose values override them; then
    // what the store needs whatever the string says.
    std::vector<const char*> keys;
    std::vector<const char*> values;
    keys.push_back("fallback_application_name");
    values.push_back(settings.applicationName.constData());
    keys.push_back("connect_timeout");
    values.push_back(defaultConnectTimeoutSeconds);
    if (settings.keepalives) {
        keys.insert(keys.end(), { "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count" });
        values.insert(values.end(), { "1", "30", "10", "3" });
    }
    keys.push_back("dbname");
    values.push_back(connInfo.constData());
    keys.push_back("client_encoding");
    values.push_back("UTF8");
    keys.push_back(nullptr);
    values.push_back(nullptr);
    ConnHandle conn(PQconnectStartParams(keys.data(), values.data(), 1));
    if (conn) {
        PQsetNoticeProcessor(conn.get(), ignoreNotice, nullptr);
        // Verbose errors carry the SQLSTATE of a failed login (wrong password vs. no database).
        PQsetErrorVerbosity(conn.get(), PQERRORS_VERBOSE);
    }
    return conn;
}

Result<void> finishConnect(pg_conn* conn, int timeoutMs)
{
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return std::unexpected(connectError(conn));
    QDeadlineTimer deadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK) {
        if (status == PGRES_POLLING_FAILED)
            return std::unexpected(connectError(conn));
        // The socket may change between calls (libpq tries each host in turn).
        pollfd fd {};
        fd.fd = PQsocket(conn);
        fd.events = status == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        const qint64 remaining = deadline.remainingTime();
        const int rc = ::poll(&fd, 1, remaining < 0 ? -1 : static_cast<int>(std::min<qint64>(remaining, 1 << 30)));
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc == 0)
            return std::unexpected(connectError(conn, true));
        status = PQconnectPoll(conn);
    }
    PQsetErrorVerbosity(conn, PQERRORS_DEFAULT);
    return {};
}

Error connectError(pg_conn* conn, bool timedOut)
{
    if (!conn)
        return Error { ErrorCode::Internal, CoreTr::tr("Out of memory while connecting to PostgreSQL.") };
    const QString server = serverNameOf(conn);
    if (timedOut)
        return Error { ErrorCode::Connection,
            CoreTr::tr("The PostgreSQL server at %1 did not answer in time; check that it is running and "
                       "reachable.")
                .arg(server) };
    const QString message = fromLocal(PQerrorMessage(conn));
    const QString state = connectSqlState(message);
    const QString user = fromLocal(PQuser(conn));
    if (state == QLatin1String("28P01") || state == QLatin1String("28000") || PQconnectionNeedsPassword(conn))
        return Error { ErrorCode::Auth,
            CoreTr::tr("The PostgreSQL server at %1 refused the login of user \"%2\": %3; check the user "
                       "name and password.")
                .arg(server, user, reasonFrom(message)) };
    if (state == QLatin1String("3D000"))
        return Error { ErrorCode::NotFound,
            CoreTr::tr("The database \"%1\" does not exist on the PostgreSQL server at %2.")
                .arg(fromLocal(PQdb(conn)), server) };
    return Error { ErrorCode::Connection,
        CoreTr::tr("Cannot connect to the PostgreSQL server at %1: %2.").arg(server, reasonFrom(message)) };
}

// ---- Connection ---------------------------------------------------------------------------

Connection::Connection(ConnHandle conn, QString serverName)
    : m_conn(std::move(conn))
    , m_serverName(std::move(serverName))
{ }

Connection::~Connection() = default;

Result<std::unique_ptr<Connection>> Connection::open(const ConnectSettings& settings)
{
    ConnHandle conn = startConnect(settings);
    if (auto ok = finishConnect(conn.get(), conn ? connectTimeoutMs(conn.get()) : 0); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<Connection> c(new Connection(std::move(conn), QString()));
    c->m_serverName = serverNameOf(c->handle());
    PQsetNoticeReceiver(c->handle(), &Connection::noticeReceived, c.get());
    // The append function relies on a fresh snapshot per statement once it holds the append lock
    // (read committed), whatever the database's default isolation is.
    const char* session = settings.readOnly ? "SET default_transaction_isolation = 'read committed'; "
                                              "SET default_transaction_read_only = on"
                                            : "SET default_transaction_isolation = 'read committed'";
    if (auto ok = c->runSql(session, CoreTr::tr("setting up the session")); !ok)
        return std::unexpected(ok.error());
    return c;
}

void Connection::noticeReceived(void* self, const pg_result* notice)
{
    // A session the server terminates (pg_terminate_backend, shutdown) gets a FATAL message
    // while idle, which libpq hands over as a notice; the socket may stay open a moment longer.
    const char* severity = PQresultErrorField(notice, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && (qstrcmp(severity, "FATAL") == 0 || qstrcmp(severity, "PANIC") == 0))
        static_cast<Connection*>(self)->m_serverGone = true;
}

bool Connection::isAlive()
{
    pg_conn* conn = m_conn.get();
    // A terminated backend leaves a FATAL message and then EOF on the socket. libpq reads one
    // chunk per call, so keep reading while the socket has something, without ever blocking: a
    // healthy idle connection has nothing to read.
    for (int round = 0; round < 8 && PQstatus(conn) == CONNECTION_OK; ++round) {
        pollfd fd {};
        fd.fd = PQsocket(conn);
        fd.events = POLLIN;
        if (::poll(&fd, 1, 0) <= 0)
            break;
        if (!PQconsumeInput(conn))
            return false;
    }
    return !m_serverGone && PQstatus(conn) == CONNECTION_OK;
}

bool Connection::ping()
{
    ResultHandle r(PQexec(m_conn.get(), ""));
    return PQresultStatus(r.get()) == PGRES_EMPTY_QUERY && PQstatus(m_conn.get()) == CONNECTION_OK;
}

bool Connection::isReusable() const
{
    return !m_serverGone && PQstatus(m_conn.get()) == CONNECTION_OK && PQtransactionStatus(m_conn.get()) == PQTRANS_IDLE
        && PQpipelineStatus(m_conn.get()) == PQ_PIPELINE_OFF;
}

Error Connection::errorOf(const pg_result* result, const QString& what) const
{
    pg_conn* conn = m_conn.get();
    const QString state = result ? fromLocal(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const QString severity = result ? fromLocal(PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED)) : QString();
    QString detail = result ? fromLocal(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (detail.isEmpty())
        detail = reasonFrom(fromLocal(PQerrorMessage(conn)));
    detail = withoutFinalStop(detail);
    if (PQstatus(conn) != CONNECTION_OK || state.startsWith(QLatin1String("08"))
        || state.startsWith(QLatin1String("57P")) || state.startsWith(QLatin1String("53"))
        || severity == QLatin1String("FATAL") || severity == QLatin1String("PANIC"))
        return Error { ErrorCode::Connection,
            CoreTr::tr("The connection to the PostgreSQL server at %1 was lost while %2 (%3); the next "
                       "request connects again.")
                .arg(m_serverName, what, detail) };
    if (state.startsWith(QLatin1String("28")) || state == QLatin1String("42501"))
        return Error { ErrorCode::Auth,
            CoreTr::tr("The PostgreSQL server at %1 did not allow %2: %3.").arg(m_serverName, what, detail) };
    if (state == QLatin1String("25006"))
        return Error { ErrorCode::InvalidInput,
            CoreTr::tr("The PostgreSQL store at %1 is read-only here, so %2 is not possible: %3.")
                .arg(m_serverName, what, detail) };
    // A missing table, function, column or schema: a store changed since it was opened, e.g. by a
    // newer program's migrations while this one still runs.
    if (state == QLatin1String("42P01") || state == QLatin1String("42883") || state == QLatin1String("42703")
        || state == QLatin1String("3F000"))
        return schemaChangedError(m_serverName, detail);
    return Error { ErrorCode::Internal,
        CoreTr::tr("PostgreSQL at %1 failed while %2: %3.").arg(m_serverName, what, detail) };
}

Result<Rows> Connection::checked(ResultHandle result, const QString& what) const
{
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return Rows(std::move(result));
    return std::unexpected(errorOf(result.get(), what));
}

Result<void> Connection::prepare(const Statement& statement)
{
    if (m_prepared.test(static_cast<size_t>(statement.index)))
        return {};
    m_singleRowModeLingers = false; // a query outside a pipeline resets it
    ResultHandle r(PQprepare(m_conn.get(), statement.name, statement.sql, statement.paramCount, statement.paramTypes));
    if (auto ok = checked(std::move(r), CoreTr::tr("preparing a statement")); !ok)
        return std::unexpected(ok.error());
    m_prepared.set(static_cast<size_t>(statement.index));
    return {};
}

Result<Rows> Connection::run(const Statement& statement, const Params& params, const QString& what, bool binaryResult)
{
    if (auto ok = prepare(statement); !ok)
        return std::unexpected(ok.error());
    const Params::Arrays a = params.arrays();
    m_singleRowModeLingers = false;
    ResultHandle r(PQexecPrepared(m_conn.get(), statement.name, params.count(), a.values.data(), a.lengths.data(),
        a.formats.data(), binaryResult ? 1 : 0));
    return checked(std::move(r), what);
}

Result<void> Connection::stream(const Statement& statement, const Params& params, const QString& what,
    const std::function<bool(const Rows& row)>& onRow)
{
    if (auto ok = prepare(statement); !ok)
        return std::unexpected(ok.error());
    const Params::Arrays a = params.arrays();
    pg_conn* conn = m_conn.get();
    if (!PQsendQueryPrepared(
            conn, statement.name, params.count(), a.values.data(), a.lengths.data(), a.formats.data(), 1)
        || !PQsetSingleRowMode(conn))
        return std::unexpected(errorOf(nullptr, what));
    m_singleRowModeLingers = true;
    std::optional<Error> failure;
    bool stopped = false;
    // Every result is read, even after a failure or a stop, so the connection is left idle.
    while (ResultHandle result { PQgetResult(conn) }) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_SINGLE_TUPLE) {
            if (!failure && !stopped && !onRow(Rows(std::move(result)))) {
                stopped = true;
                // Without a cancel the server would go on sending the rest of a long stream.
                if (PGcancel* cancel = PQgetCancel(conn)) {
                    std::array<char, 256> ignored {};
                    PQcancel(cancel, ignored.data(), int(ignored.size()));
                    PQfreeCancel(cancel);
                }
            }
        } else if (status != PGRES_TUPLES_OK && !failure && !stopped) {
            failure = errorOf(result.get(), what);
        }
    }
    if (failure)
        return std::unexpected(*failure);
    if (PQstatus(conn) != CONNECTION_OK)
        return std::unexpected(errorOf(nullptr, what));
    return {};
}

Result<Rows> Connection::runInOneTransaction(std::initializer_list<PipelineStep> steps, const QString& what)
{
    // Inside an open transaction the Sync would not commit, and the steps would become part of
    // a larger unit of work than their caller means.
    if (PQtransactionStatus(m_conn.get()) != PQTRANS_IDLE)
        return std::unexpected(Error { ErrorCode::Internal,
            CoreTr::tr("PostgreSQL at %1 cannot start a transaction of its own while %2: one is open already.")
                .arg(m_serverName, what) });
    for (const PipelineStep& step : steps) {
        if (auto ok = prepare(step.statement); !ok)
            return std::unexpected(ok.error());
    }
    pg_conn* conn = m_conn.get();
    if (!PQenterPipelineMode(conn))
        return std::unexpected(errorOf(nullptr, what));
    bool sent = true;
    for (const PipelineStep& step : steps) {
        const Params::Arrays a = step.params.arrays();
        sent = sent
            && PQsendQueryPrepared(
                conn, step.statement.name, step.params.count(), a.values.data(), a.lengths.data(), a.formats.data(), 1);
    }
    sent = sent && PQpipelineSync(conn);
    std::optional<Error> failure;
    ResultHandle last;
    // Every reply is read, also after a failure, so that the connection leaves the pipeline idle.
    // A step ends with a null result; a lingering single-row mode splits the first step's rows,
    // and a failure turns the steps after it into aborted ones.
    for (std::size_t i = 0; sent && i < steps.size(); ++i) {
        while (ResultHandle r { PQgetResult(conn) }) {
            const ExecStatusType status = PQresultStatus(r.get());
            if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
                if (i + 1 == steps.size())
                    last = std::move(r);
            } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_PIPELINE_ABORTED && !failure) {
                failure = errorOf(r.get(), what);
            }
        }
    }
    // Then the commit's outcome: an error (a failed commit) or nothing, and the end of the
    // pipeline. Two empty answers in a row mean that nothing more is coming: the link is gone.
    for (int empty = 0; sent && empty < 2;) {
        ResultHandle r { PQgetResult(conn) };
        if (!r) {
            ++empty;
            continue;
        }
        empty = 0;
        const ExecStatusType status = PQresultStatus(r.get());
        if (status == PGRES_PIPELINE_SYNC)
            break;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !failure)
            failure = errorOf(r.get(), what);
    }
    m_singleRowModeLingers = false;
    if (!PQexitPipelineMode(conn) || !sent || PQstatus(conn) != CONNECTION_OK)
        return std::unexpected(failure ? *failure : errorOf(nullptr, what));
    if (failure)
        return std::unexpected(*failure);
    if (!last)
        return std::unexpected(errorOf(nullptr, what));
    return Rows(std::move(last));
}

Result<Rows> Connection::runSql(const char* sql, const QString& what)
{
    m_singleRowModeLingers = false;
    return checked(ResultHandle(PQexec(m_conn.get(), sql)), what);
}

Result<Rows> Connection::runSql(const char* sql, const Params& params, const QString& what)
{
    const Params::Arrays a = params.arrays();
    m_singleRowModeLingers = false;
    return checked(ResultHandle(PQexecParams(m_conn.get(), sql, params.count(), nullptr, a.values.data(),
                       a.lengths.data(), a.formats.data(), 1)),
        what);
}

// ---- ConnectionPool -----------------------------------------------------------------------

ConnectionPool::ConnectionPool(ConnectSettings settings, int maxConnections)
    : m_settings(std::move(settings))
    , m_max(std::max(1, maxConnections))
{ }

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<Connection> conn)
    : m_pool(pool)
    , m_conn(std::move(conn))
{ }

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr))
    , m_conn(std::move(other.m_conn))
{ }

ConnectionPool::Lease& ConnectionPool::Lease::operator=(Lease&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_pool = std::exchange(other.m_pool, nullptr);
        m_conn = std::move(other.m_conn);
    }
    return *this;
}

ConnectionPool::Lease::~Lease()
{
    giveBack();
}

void ConnectionPool::Lease::giveBack()
{
    if (m_pool && m_conn)
        m_pool->release(std::move(m_conn));
    m_pool = nullptr;
}

void ConnectionPool::adopt(std::unique_ptr<Connection> conn)
{
    QMutexLocker locker(&m_lock);
    ++m_open;
    locker.unlock();
    release(std::move(conn));
}

Result<ConnectionPool::Lease> ConnectionPool::acquire()
{
    QMutexLocker locker(&m_lock);
    while (true) {
        while (m_idle.empty() && m_open >= m_max)
            m_freed.wait(&m_lock);
        if (m_idle.empty())
            break; // room for a new connection
        std::unique_ptr<Connection> conn = std::move(m_idle.back());
        m_idle.pop_back();
        locker.unlock();
        if (conn->isAlive() && (conn->idleMs() < trustedIdleMs || conn->ping()))
            return Lease(this, std::move(conn));
        // Closed while idle (server restart, terminated backend): drop it and try the next.
        conn.reset();
        locker.relock();
        --m_open;
    }
    ++m_open;
    locker.unlock();
    auto conn = Connection::open(m_settings);
    if (!conn) {
        locker.relock();
        --m_open;
        m_freed.wakeOne();
        return std::unexpected(conn.error());
    }
    return Lease(this, std::move(*conn));
}

void ConnectionPool::release(std::unique_ptr<Connection> conn)
{
    // A connection left inside a transaction or pipeline by a failure is closed, not reused:
    // the next lease must start clean.
    const bool reuse = conn->isReusable();
    if (!reuse)
        conn.reset();
    if (reuse)
        conn->markIdle();
    QMutexLocker locker(&m_lock);
    if (reuse)
        m_idle.push_back(std::move(conn));
    else
        --m_open;
    m_freed.wakeOne();
}

} // namespace sagascope::pg
