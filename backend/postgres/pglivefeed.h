// SPDX-License-Identifier: MIT
// The PostgreSQL store's live feed: its own connection LISTENs to the notifications that
// sagascope.append sends at commit, driven entirely by the owning thread's event loop (a
// QSocketNotifier on the libpq socket), so the GUI thread never waits on the network. After a lost
// connection it reconnects with backoff and catches up from the global log. On a hot standby, where
// LISTEN is not allowed, it reads the log every 100 ms instead. Internal to backend/postgres;
// callers see a LiveFeed.
#pragma once

#include "eventstore.h"
#include "pgconnection.h"

#include <QList>
#include <QSocketNotifier>
#include <QTimer>

namespace sagascope::pg {

class PgLiveFeed final : public LiveFeed
{
    Q_OBJECT
public:
    explicit PgLiveFeed(ConnectSettings settings, QObject* parent = nullptr);
    ~PgLiveFeed() override;

    bool isConnected() const override { return m_phase == Phase::Live; }
    // Connected to a hot standby, which cannot LISTEN: the feed reads the log every 100 ms instead.
    bool isPolling() const { return m_polling; }

private:
    enum class Phase
    {
        Waiting, // no connection; a retry is scheduled
        Connecting, // PQconnectPoll in progress
        Syncing, // connected; LISTEN, then the head position or the catch-up read
        Live, // listening and up to date
    };
    enum class Step
    {
        Listen,
        Prepare,
        Head,
        CatchUp
    };

    struct Notice
    {
        QString streamId;
        qint64 version = 0;
        qint64 position = 0;
    };

    void connectNow();
    void continueConnecting();
    void startSyncing();
    void sendStep();
    bool handleReply(pg_result* reply);
    void stepDone();
    void onReadable();
    void onWritable();
    void collectNotifications();
    void deliver(const Notice& notice);
    void goLive();
    void lose(const QString& message);
    bool flush();
    void watch(QSocketNotifier::Type type);
    void unwatch();

    ConnectSettings m_settings;
    ConnHandle m_conn;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_pollTimer;
    bool m_polling = false;
    int m_backoffMs;
    int m_pollStatus = 0; // PostgresPollingStatusType while connecting
    Phase m_phase = Phase::Waiting;
    Step m_step = Step::Listen;
    bool m_replyPending = false;
    int m_catchUpRows = 0;
    qint64 m_lastPosition = -1; // the last position reported; -1 before the first connection
    QString m_lastMessage;
    QList<Notice> m_early; // notifications that arrived while syncing, delivered after it
};

} // namespace sagascope::pg
