// SPDX-License-Identifier: MIT
// The pending durable timers of one stream or of the whole store, by fire time: timer id, stream,
// fire time, a countdown that follows the clock, and the payload. Loads and writes (schedule,
// cancel, fire due timers) run as jobs on the session's workers. A reload merges the new list into
// the rows (rows that stay are neither removed nor reset), so a view's selection survives the
// refreshes that keep the list current. The countdown column is the only one that changes with the
// clock: tick() announces it alone, so a view repaints one column once a second.
#pragma once

#include "error.h"
#include "timers.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <functional>

namespace sagascope {

class EventStore;
class StoreSession;

class TimerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        TimerIdColumn,
        StreamColumn,
        FireAtColumn,
        CountdownColumn,
        PayloadColumn,
        ColumnCount
    };
    enum Roles
    {
        TimerIdRole = Qt::UserRole, // QString
        StreamIdRole, // QString
        FireAtRole, // qint64: microseconds since the epoch, UTC
        RemainingRole, // qint64: microseconds until the fire time; negative once it is overdue
        OverdueRole, // bool: the fire time has passed and the timer has not fired yet
        PayloadRole, // QByteArray: the payload as stored (canonical JSON text)
        SortRole, // raw values
    };

    // The first timers by fire time that a list holds; the rest are counted as "more".
    static constexpr int defaultRowLimit = 10000;

    explicit TimerListModel(StoreSession* session, QObject* parent = nullptr);
    ~TimerListModel() override;

    // The timers of this stream, or of every stream when `streamId` is empty. Drops the rows and
    // any answer still on its way for the previous scope, then loads.
    void setScope(const QString& streamId);
    QString scopeStreamId() const { return m_scopeStreamId; }
    // Shows nothing and loads nothing (the "this stream" scope while no stream is selected).
    void clear();
    bool isActive() const { return m_active; }

    // Reads the list again. A reload asked for while one runs follows it, once.
    void reload();
    bool isLoading() const { return m_loadRequest != 0; }
    // Whether more pending timers exist than the rows hold.
    bool hasMore() const { return m_hasMore; }
    void setRowLimit(int rows) { m_rowLimit = rows; }
    int rowLimit() const { return m_rowLimit; }

    // Reloads every `ms` while active (0 = never): schedules and cancels by other processes append
    // nothing, so live updates cannot tell of them.
    void setAutoRefreshIntervalMs(int ms);
    // Announces the countdown column's change once a second while on.
    void setTicking(bool ticking);
    bool isTicking() const { return m_tickTimer.isActive(); }
    // The clock the countdowns and "fire due now" use (tests set a fixed one).
    void setClock(std::function<qint64()> nowUs);
    qint64 nowUs() const;
    // Re-reads the clock and announces that the countdown column changed.
    void tick();

    // Writes; each needs a store open for writing, ends with its signal or taskFailed, then
    // reloads. At most one runs at a time.
    void scheduleTimer(const TimerRecord& timer);
    void cancelTimer(const QString& timerId);
    // Fires the timers due now once (up to `limit`), as `sagascope-cli timers fire-due` does.
    void fireDueTimers(int limit = 1000);
    bool isBusy() const { return m_taskRequest != 0; }

    TimerRecord timerAt(int row) const;
    int rowOfTimer(const QString& timerId) const;

    // "in 4 m 12 s", "due now", "due 3 s ago": whole seconds, the two largest units.
    static QString countdownText(qint64 remainingUs);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void loaded(int rows, bool hasMore);
    void loadFailed(const sagascope::Error& error);
    void timerScheduled(const sagascope::TimerRecord& timer, bool alreadyScheduled);
    void timerCancelled(const QString& timerId);
    void timersFired(int count);
    void taskFailed(const sagascope::Error& error);
    void busyChanged(bool busy);

private:
    struct Listing
    {
        QList<TimerRecord> timers;
        bool hasMore = false;
    };
    void applyListing(const QList<TimerRecord>& timers);
    template<typename T>
    void runTask(std::function<Result<T>(EventStore&)> job, std::function<void(const T&)> done);

    StoreSession* m_session;
    QString m_scopeStreamId;
    bool m_active = false;
    QList<TimerRecord> m_rows;
    bool m_hasMore = false;
    int m_rowLimit = defaultRowLimit;
    std::function<qint64()> m_clock;
    qint64 m_nowUs = 0;
    QTimer m_tickTimer;
    QTimer m_refreshTimer;
    quint64 m_generation = 0;
    quint64 m_loadRequest = 0;
    quint64 m_taskRequest = 0;
    bool m_reloadAgain = false;
};

} // namespace sagascope
