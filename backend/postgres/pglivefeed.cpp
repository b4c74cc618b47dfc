// SPDX-License-Identifier: MIT
#include "pglivefeed.h"

#include "coretr.h"
#include "pgwire.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

namespace sagascope::pg {

namespace {

constexpr const char* channel = "sagascope_events";
constexpr int initialBackoffMs = 100;
constexpr int maxBackoffMs = 10000;
constexpr int catchUpPage = 10000;
// A hot standby cannot LISTEN (notifications are not replicated): the feed reads the log this often.
constexpr int standbyPollMs = 100;
// "cannot execute LISTEN during recovery"
constexpr const char* readOnlyTransaction = "25006";
constexpr const char* catchUpName = "sagascope_feed_catch_up";
// Only what a signal carries: the payloads are read by whoever reacts to it.
constexpr const char* catchUpSql = "SELECT stream_id, version, position FROM sagascope.events"
                                   " WHERE position > $1 ORDER BY position LIMIT 10000";
constexpr unsigned int catchUpTypes[] = { oid::int8 };

QString libpqMessage(pg_conn* conn)
{
    QString m = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const qsizetype newline = m.indexOf(QLatin1Char('\n'));
    if (newline > 0)
        m = m.left(newline).trimmed();
    while (m.endsWith(QLatin1Char('.')))
        m.chop(1);
    return m;
}

} // namespace

PgLiveFeed::PgLiveFeed(ConnectSettings settings, QObject* parent)
    : LiveFeed(parent)
    , m_settings(std::move(settings))
    , m_backoffMs(initialBackoffMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PgLiveFeed::connectNow);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Live || m_replyPending)
            return;
        m_step = Step::CatchUp;
        sendStep();
    });
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { lose(connectError(m_conn.get(), true).message); });
    // Started from the event loop, so that even an immediate failure reaches the caller's slots.
    m_retryTimer.start(0);
}

PgLiveFeed::~PgLiveFeed()
{
    // Notifiers first: the socket they watch closes with the connection.
    unwatch();
    m_conn.reset();
}

void PgLiveFeed::watch(QSocketNotifier::Type type)
{
    QSocketNotifier*& slot = type == QSocketNotifier::Read ? m_readNotifier : m_writeNotifier;
    if (slot)
        return;
    slot = new QSocketNotifier(PQsocket(m_conn.get()), type, this);
    connect(slot, &QSocketNotifier::activated, this,
        type == QSocketNotifier::Read ? &PgLiveFeed::onReadable : &PgLiveFeed::onWritable);
}

void PgLiveFeed::unwatch()
{
    // Disabled at once (libpq may close or replace the socket right after this), deleted later
    // because this may run inside the notifier's own signal.
    for (QSocketNotifier** slot : { &m_readNotifier, &m_writeNotifier }) {
        if (*slot) {
            (*slot)->setEnabled(false);
            (*slot)->deleteLater();
            *slot = nullptr;
        }
    }
}

void PgLiveFeed::connectNow()
{
    unwatch();
    m_conn = startConnect(m_settings);
    if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
        lose(connectError(m_conn.get()).message);
        return;
    }
    m_phase = Phase::Connecting;
    m_pollStatus = PGRES_POLLING_WRITING;
    if (const int timeoutMs = connectTimeoutMs(m_conn.get()); timeoutMs > 0)
        m_connectTimer.start(timeoutMs);
    watch(QSocketNotifier::Write);
}

void PgLiveFeed::continueConnecting()
{
    // The socket can change between polls (libpq tries each host in turn): watch it afresh.
    unwatch();
    m_pollStatus = PQconnectPoll(m_conn.get());
    switch (m_pollStatus) {
    case PGRES_POLLING_OK:
        m_connectTimer.stop();
        startSyncing();
        return;
    case PGRES_POLLING_FAILED:
        m_connectTimer.stop();
        lose(connectError(m_conn.get()).message);
        return;
    case PGRES_POLLING_READING:
        watch(QSocketNotifier::Read);
        return;
    default:
        watch(QSocketNotifier::Write);
        return;
    }
}

void PgLiveFeed::startSyncing()
{
    PQsetErrorVerbosity(m_conn.get(), PQERRORS_DEFAULT);
    if (PQsetnonblocking(m_conn.get(), 1) != 0) {
        lose(libpqMessage(m_conn.get()));
        return;
    }
    m_phase = Phase::Syncing;
    m_early.clear();
    m_polling = false; // a standby may have been promoted since: LISTEN is tried on every connection
    m_step = Step::Listen;
    watch(QSocketNotifier::Read);
    sendStep();
}

void PgLiveFeed::sendStep()
{
    pg_conn* c = m_conn.get();
    int sent = 0;
    switch (m_step) {
    case Step::Listen:
        // LISTEN first: whatever commits from now on is notified, and what committed before is
        // read below; positions already reported are skipped, so nothing is reported twice.
        sent = PQsendQuery(c, "LISTEN sagascope_events");
        break;
    case Step::Prepare:
        sent = PQsendPrepare(c, catchUpName, catchUpSql, 1, catchUpTypes);
        break;
    case Step::Head:
        sent = PQsendQueryParams(c, "SELECT coalesce(max(position), 0)::bigint FROM sagascope.events", 0, nullptr,
            nullptr, nullptr, nullptr, 1);
        break;
    case Step::CatchUp: {
        const QByteArray after = int64Bytes(m_lastPosition);
        const char* values[] = { after.constData() };
        const int lengths[] = { 8 };
        const int formats[] = { 1 };
        sent = PQsendQueryPrepared(c, catchUpName, 1, values, lengths, formats, 1);
        break;
    }
    }
    if (!sent) {
        lose(libpqMessage(c));
        return;
    }
    m_replyPending = true;
    flush();
}

bool PgLiveFeed::flush()
{
    const int rc = PQflush(m_conn.get());
    if (rc < 0) {
        lose(libpqMessage(m_conn.get()));
        return false;
    }
    if (rc > 0)
        watch(QSocketNotifier::Write); // the rest goes out when the socket can take it
    return true;
}

void PgLiveFeed::onWritable()
{
    if (m_phase == Phase::Connecting) {
        continueConnecting();
        return;
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
        m_writeNotifier->deleteLater();
        m_writeNotifier = nullptr;
    }
    flush();
}

void PgLiveFeed::onReadable()
{
    if (m_phase == Phase::Connecting) {
        continueConnecting();
        return;
    }
    pg_conn* c = m_conn.get();
    if (!PQconsumeInput(c) || PQstatus(c) != CONNECTION_OK) {
        lose(CoreTr::tr("The live feed lost its connection to the PostgreSQL server at %1 (%2); reconnecting.")
                 .arg(serverNameOf(c), libpqMessage(c)));
        return;
    }
    while (m_replyPending && m_conn && !PQisBusy(m_conn.get())) {
        ResultHandle reply(PQgetResult(m_conn.get()));
        if (!reply) {
            m_replyPending = false;
            stepDone(); // may send the next step
            continue;
        }
        if (!handleReply(reply.get()))
            return; // lost
    }
    if (m_conn)
        collectNotifications();
}

bool PgLiveFeed::handleReply(pg_result* reply)
{
    const ExecStatusType status = PQresultStatus(reply);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (m_step == Step::Listen && qstrcmp(PQresultErrorField(reply, PG_DIAG_SQLSTATE), readOnlyTransaction) == 0) {
            // A hot standby: commits replay in the primary's commit order, which is position
            // order, so reading the log after the last position misses nothing.
            m_polling = true;
            return true;
        }
        const QString detail = QString::fromUtf8(PQresultErrorMessage(reply)).trimmed();
        lose(CoreTr::tr("The live feed of the PostgreSQL server at %1 failed: %2.")
                 .arg(serverNameOf(m_conn.get()), detail));
        return false;
    }
    if (m_step == Step::Head && PQntuples(reply) == 1) {
        m_lastPosition = readInt64(PQgetvalue(reply, 0, 0));
    } else if (m_step == Step::CatchUp) {
        // One signal per run of consecutive events of one stream: what an append wrote.
        const int n = PQntuples(reply);
        m_catchUpRows = n;
        Notice run;
        for (int row = 0; row < n; ++row) {
            const QString streamId = QString::fromUtf8(PQgetvalue(reply, row, 0), PQgetlength(reply, row, 0));
            const qint64 version = readInt64(PQgetvalue(reply, row, 1));
            const qint64 position = readInt64(PQgetvalue(reply, row, 2));
            if (run.position > 0 && (streamId != run.streamId || version != run.version + 1))
                deliver(run);
            run = Notice { streamId, version, position };
        }
        if (run.position > 0)
            deliver(run);
    }
    return true;
}

void PgLiveFeed::stepDone()
{
    switch (m_step) {
    case Step::Listen:
        m_step = Step::Prepare;
        sendStep();
        return;
    case Step::Prepare:
        // The first connection starts at the head; a reconnection reads what it missed.
        m_step = m_lastPosition < 0 ? Step::Head : Step::CatchUp;
        sendStep();
        return;
    case Step::CatchUp:
        if (m_catchUpRows >= catchUpPage) {
            sendStep();
            return;
        }
        if (m_phase == Phase::Live) {
            m_pollTimer.start(standbyPollMs); // a poll of a standby
            return;
        }
        goLive();
        return;
    case Step::Head:
        goLive();
        return;
    }
}

void PgLiveFeed::goLive()
{
    m_phase = Phase::Live;
    m_backoffMs = initialBackoffMs;
    m_lastMessage.clear();
    const QList<Notice> early = std::exchange(m_early, {});
    if (m_polling)
        m_pollTimer.start(standbyPollMs);
    Q_EMIT connectionChanged(true, QString());
    for (const Notice& n : early)
        deliver(n);
}

void PgLiveFeed::collectNotifications()
{
    while (m_conn) {
        PGnotify* raw = PQnotifies(m_conn.get());
        if (!raw)
            break;
        Notice n;
        if (qstrcmp(raw->relname, channel) == 0) {
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(raw->extra)).object();
            n.streamId = o.value(QStringLiteral("s")).toString();
            n.version = static_cast<qint64>(o.value(QStringLiteral("v")).toDouble());
            n.position = static_cast<qint64>(o.value(QStringLiteral("p")).toDouble());
        }
        PQfreemem(raw);
        if (n.streamId.isEmpty() || n.position <= 0)
            continue;
        if (m_phase == Phase::Live)
            deliver(n);
        else
            m_early.append(n);
    }
}

void PgLiveFeed::deliver(const Notice& notice)
{
    // Positions grow in commit order, so anything at or below the last one was reported already
    // (by the catch-up read or by an earlier notification).
    if (notice.position <= m_lastPosition)
        return;
    m_lastPosition = notice.position;
    Q_EMIT eventsAppended(notice.streamId, notice.version, notice.position);
}

void PgLiveFeed::lose(const QString& message)
{
    const bool wasLive = m_phase == Phase::Live;
    unwatch();
    m_conn.reset();
    m_connectTimer.stop();
    m_pollTimer.stop();
    m_replyPending = false;
    m_early.clear();
    m_phase = Phase::Waiting;
    if (wasLive || message != m_lastMessage)
        Q_EMIT connectionChanged(false, message);
    m_lastMessage = message;
    m_retryTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
}

} // namespace sagascope::pg
