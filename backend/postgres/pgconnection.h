// SPDX-License-Identifier: MIT
// libpq connections of the PostgreSQL store: connecting with errors a user can act on, statements
// prepared once per connection, binary parameters and results, and the small pool that lets any
// thread call the store. Internal to backend/postgres: only forward declarations of libpq's types
// appear here, and each PGconn/PGresult is freed by exactly one owner below.
#pragma once

#include <QElapsedTimer>

#include "error.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QUuid>
#include <QWaitCondition>

#include <bitset>
#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace sagascope::pg {

struct ConnDeleter
{
    void operator()(pg_conn* conn) const;
};
struct ResultDeleter
{
    void operator()(pg_result* result) const;
};
using ConnHandle = std::unique_ptr<pg_conn, ConnDeleter>;
using ResultHandle = std::unique_ptr<pg_result, ResultDeleter>;

// How to reach the server. `applicationName` is a fallback: a connection string that names its
// own application_name wins.
struct ConnectSettings
{
    QString connInfo;
    QByteArray applicationName = "sagascope";
    bool readOnly = false; // every transaction of the session is read-only
    bool keepalives = false; // TCP keepalives, so a long idle listener notices a dead peer
};

// A statement the store prepares once per connection, identified by a small index.
struct Statement
{
    int index; // unique, below Connection::maxStatements
    const char* name;
    const char* sql;
    int paramCount;
    const unsigned int* paramTypes;
};

// Parameters of one statement, sent in binary format. The bytes live until the statement has run.
class Params
{
public:
    void addBinary(QByteArray bytes);
    void addText(const QString& text) { addBinary(text.toUtf8()); }
    void addInt64(qint64 value);
    void addInt32(qint32 value);
    void addTimestampUs(qint64 unixUs);
    void addNull();

    int count() const { return static_cast<int>(m_values.size()); }
    // Pointer arrays in the shape PQexecPrepared wants; valid while this object is unchanged.
    struct Arrays
    {
        std::vector<const char*> values;
        std::vector<int> lengths;
        std::vector<int> formats;
    };
    Arrays arrays() const;

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

// The rows of a statement's result, read in the format it was asked in (binary by default).
class Rows
{
public:
    Rows() = default;
    explicit Rows(ResultHandle result);

    int rowCount() const;
    bool isNull(int row, int column) const;
    const char* data(int row, int column) const;
    int length(int row, int column) const;

    qint64 int64(int row, int column) const;
    qint32 int32(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    QUuid uuid(int row, int column) const;
    qint64 timestampUs(int row, int column) const; // Unix microseconds

private:
    ResultHandle m_result;
};

// One statement of a pipeline and its parameters.
struct PipelineStep
{
    const Statement& statement;
    const Params& params;
};

class Connection
{
public:
    static constexpr int maxStatements = 32;

    // Connects (blocking). Auth for a rejected user or password, NotFound for a missing
    // database, Connection for everything else; messages name the server, never the password.
    static Result<std::unique_ptr<Connection>> open(const ConnectSettings& settings);
    ~Connection();

    pg_conn* handle() const { return m_conn.get(); }
    // "host:port/database", for messages.
    const QString& serverName() const { return m_serverName; }

    // Reads whatever the server sent while the connection sat idle (a termination notice, EOF)
    // without blocking; false when the connection is gone.
    bool isAlive();
    // One real round trip (an empty query): what a connection that has been idle must pass,
    // because a backend the server terminated may not have said so on the socket yet.
    bool ping();
    // Milliseconds since the connection was last handed back to the pool.
    qint64 idleMs() const { return m_idleSince.isValid() ? m_idleSince.elapsed() : 0; }
    void markIdle() { m_idleSince.start(); }
    // Whether the connection can go back to the pool: open and outside any transaction.
    bool isReusable() const;

    Result<void> prepare(const Statement& statement);
    Result<Rows> run(const Statement& statement, const Params& params, const QString& what, bool binaryResult = true);
    // Runs a statement and hands each row to `onRow` as it arrives (single-row mode, binary),
    // so the caller works on early rows while the server still produces later ones. `onRow`
    // returning false cancels the statement on the server; the rows already sent are dropped.
    Result<void> stream(const Statement& statement, const Params& params, const QString& what,
        const std::function<bool(const Rows& row)>& onRow);
    // Runs `steps`, on a connection outside any transaction, in one round trip (pipeline mode) as
    // one implicit transaction, which the
    // server commits after the last step unless a step fails; then nothing of it stays. Each
    // step runs, with a snapshot of its own, after the one before has finished: what one
    // statement alone cannot do, such as reading what a lock taken before it protects.
    // The rows of the last step.
    Result<Rows> runInOneTransaction(std::initializer_list<PipelineStep> steps, const QString& what);
    // Fixed SQL text without parameters (transaction control, migrations). Never user text.
    Result<Rows> runSql(const char* sql, const QString& what);
    Result<Rows> runSql(const char* sql, const Params& params, const QString& what);

    // libpq keeps single-row mode switched on after a streamed query until the next query starts
    // outside a pipeline; the first statement of a pipeline would inherit it.
    bool singleRowModeLingers() const { return m_singleRowModeLingers; }

    // The error for a failed result (or a null one), classified by SQLSTATE and connection state.
    Error errorOf(const pg_result* result, const QString& what) const;
    // Checks that a result succeeded; the error otherwise.
    Result<Rows> checked(ResultHandle result, const QString& what) const;

private:
    Connection(ConnHandle conn, QString serverName);
    static void noticeReceived(void* self, const pg_result* notice);

    ConnHandle m_conn;
    QString m_serverName;
    std::bitset<maxStatements> m_prepared;
    bool m_serverGone = false;
    QElapsedTimer m_idleSince; // the server announced it is closing this session
    bool m_singleRowModeLingers = false;
};

// Starts a non-blocking connection attempt (the caller drives PQconnectPoll, e.g. from an event
// loop). Never null.
ConnHandle startConnect(const ConnectSettings& settings);
// Finishes a blocking connection attempt started with startConnect.
Result<void> finishConnect(pg_conn* conn, int timeoutMs);
// The error for a connection attempt that failed (or `timedOut`).
Error connectError(pg_conn* conn, bool timedOut = false);
// "host:port/database" of a connection (or of the last host it tried).
QString serverNameOf(pg_conn* conn);
// The connect timeout in effect for an attempt, in milliseconds (0 = none).
int connectTimeoutMs(pg_conn* conn);

// A few connections shared by every thread of one store. Each connection is leased to one
// thread at a time; a thread waits when all are busy. A connection found closed (server
// restarted, backend terminated) is dropped and the next lease opens a fresh one.
class ConnectionPool
{
public:
    // A connection handed back less than this long ago is leased without a round trip; one
    // that sat idle longer is pinged first, so that a backend terminated meanwhile is found here.
    static constexpr qint64 trustedIdleMs = 20;

    ConnectionPool(ConnectSettings settings, int maxConnections);
    ~ConnectionPool();

    class Lease
    {
    public:
        Lease() = default;
        Lease(ConnectionPool* pool, std::unique_ptr<Connection> conn);
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&& other) noexcept;
        ~Lease();
        Connection* operator->() const { return m_conn.get(); }
        Connection& operator*() const { return *m_conn; }

    private:
        void giveBack();
        ConnectionPool* m_pool = nullptr;
        std::unique_ptr<Connection> m_conn;
    };

    Result<Lease> acquire();
    // Hands an open connection to the pool (the one that opened and migrated the store).
    void adopt(std::unique_ptr<Connection> conn);
    const ConnectSettings& settings() const { return m_settings; }

private:
    void release(std::unique_ptr<Connection> conn);

    ConnectSettings m_settings;
    int m_max;
    QMutex m_lock;
    QWaitCondition m_freed;
    std::vector<std::unique_ptr<Connection>> m_idle;
    int m_open = 0; // leased + idle
};

} // namespace sagascope::pg
