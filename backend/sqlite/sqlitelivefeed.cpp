// SPDX-License-Identifier: MIT
#include "sqlitelivefeed.h"

#include "sqliteeventstore.h"

#include <QTimer>

#include <optional>

namespace sagascope {

// Lives in the feed's thread: the store it opens, its connection and its timer are used there only.
class SqliteLivePoller : public QObject
{
    Q_OBJECT
public:
    SqliteLivePoller(QString path, int intervalMs)
        : m_path(std::move(path))
        , m_intervalMs(intervalMs)
    { }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SqliteLivePoller::poll);
        poll();
    }

Q_SIGNALS:
    void appended(const QString& streamId, qint64 lastVersion, qint64 lastPosition);
    void connectionChanged(bool connected, const QString& message);

private:
    // Events looked at per query: a burst of a million appends is reported in slices.
    static constexpr int slice = 20000;
    static constexpr int maxBackoffMs = 2000;

    void poll()
    {
        std::optional<Error> failure;
        if (!m_store) {
            OpenOptions options;
            options.readOnly = true;
            auto store = SqliteEventStore::open(m_path, options);
            if (store)
                m_store = std::move(*store);
            else
                failure = store.error();
        }
        if (m_store) {
            if (auto moved = catchUp(); !moved)
                failure = moved.error();
        }
        if (failure) {
            m_store.reset(); // a file replaced or removed meanwhile is opened afresh
            if (m_connected || !m_everConnected) {
                m_everConnected = true;
                m_connected = false;
                Q_EMIT connectionChanged(false, failure->message);
            }
            m_backoffMs = std::min(maxBackoffMs, std::max(m_intervalMs, m_backoffMs * 2));
            m_timer->start(m_backoffMs);
            return;
        }
        if (!m_connected) {
            m_connected = true;
            m_everConnected = true;
            Q_EMIT connectionChanged(true, {});
        }
        m_backoffMs = 0;
        m_timer->start(m_intervalMs);
    }

    Result<void> catchUp()
    {
        auto head = m_store->headPosition();
        if (!head)
            return std::unexpected(head.error());
        if (m_lastPosition < 0) {
            // The feed reports what commits after it was opened.
            m_lastPosition = *head;
            return {};
        }
        while (m_lastPosition < *head) {
            auto appends = m_store->appendsAfter(m_lastPosition, slice);
            if (!appends)
                return std::unexpected(appends.error());
            if (appends->isEmpty())
                break;
            for (const SqliteEventStore::StreamAppend& a : std::as_const(*appends)) {
                Q_EMIT appended(a.streamId, a.lastVersion, a.lastPosition);
                m_lastPosition = std::max(m_lastPosition, a.lastPosition);
            }
        }
        return {};
    }

    QString m_path;
    int m_intervalMs;
    int m_backoffMs = 0;
    std::unique_ptr<SqliteEventStore> m_store;
    QTimer* m_timer = nullptr;
    qint64 m_lastPosition = -1;
    // Not connected until the first poll has read where the log ends: appends committed after
    // isConnected() turned true are reported.
    bool m_connected = false;
    bool m_everConnected = false;
};

SqliteLiveFeed::SqliteLiveFeed(const QString& path, int intervalMs, QObject* parent)
    : LiveFeed(parent)
    , m_poller(new SqliteLivePoller(path, intervalMs))
{
    m_thread.setObjectName(QStringLiteral("sqlite-live-feed"));
    m_poller->moveToThread(&m_thread);
    connect(m_poller, &SqliteLivePoller::appended, this, &LiveFeed::eventsAppended);
    connect(m_poller, &SqliteLivePoller::connectionChanged, this, [this](bool connected, const QString& message) {
        m_connected = connected;
        Q_EMIT connectionChanged(connected, message);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, &SqliteLivePoller::start, Qt::QueuedConnection);
}

SqliteLiveFeed::~SqliteLiveFeed()
{
    // The poller's SQLite connection belongs to its thread: it is closed there.
    QMetaObject::invokeMethod(
        m_poller, [poller = m_poller] { delete poller; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace sagascope

#include "sqlitelivefeed.moc"
