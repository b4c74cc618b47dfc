// SPDX-License-Identifier: MIT
#include "timerlistmodel.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "jsontext.h"
#include "storesession.h"

#include <QFont>

#include <algorithm>

namespace sagascope {

namespace {

constexpr qint64 secondUs = 1000000;
constexpr int payloadPreviewChars = 160;

// The rows' order: by fire time, then timer id. The store sorts the same way, but a database's
// collation may order ids differently from QString, and the merge needs one strict order.
bool before(const TimerRecord& a, const TimerRecord& b)
{
    if (a.fireAtUs != b.fireAtUs)
        return a.fireAtUs < b.fireAtUs;
    return a.timerId < b.timerId;
}

bool sameRow(const TimerRecord& a, const TimerRecord& b)
{
    return sameTimer(a, b) && a.scheduledAtUs == b.scheduledAtUs;
}

QString payloadPreview(const QByteArray& payload)
{
    return elidedText(QString::fromUtf8(payload), payloadPreviewChars);
}

} // namespace

TimerListModel::TimerListModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_clock([] { return sagascope::nowUs(); })
{
    qRegisterMetaType<sagascope::TimerRecord>();
    m_nowUs = m_clock();
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &TimerListModel::tick);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimerListModel::reload);
    connect(m_session, &StoreSession::closed, this, [this] {
        // The rows belong to the store that closed; the scope stays for the next one.
        ++m_generation;
        m_loadRequest = 0;
        m_reloadAgain = false;
        const bool wasBusy = isBusy();
        m_taskRequest = 0;
        applyListing({});
        m_hasMore = false;
        if (wasBusy)
            Q_EMIT busyChanged(false);
    });
    connect(m_session, &StoreSession::opened, this, &TimerListModel::reload);
}

TimerListModel::~TimerListModel() = default;

void TimerListModel::setScope(const QString& streamId)
{
    if (m_active && streamId == m_scopeStreamId)
        return;
    ++m_generation; // answers for the previous scope are dropped
    m_scopeStreamId = streamId;
    m_active = true;
    m_loadRequest = 0;
    m_reloadAgain = false;
    // Another scope is another list: start from nothing rather than merge two lists.
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    endResetModel();
    reload();
}

void TimerListModel::clear()
{
    ++m_generation;
    m_active = false;
    m_scopeStreamId.clear();
    m_loadRequest = 0;
    m_reloadAgain = false;
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    endResetModel();
}

void TimerListModel::setAutoRefreshIntervalMs(int ms)
{
    if (ms <= 0) {
        m_refreshTimer.stop();
        return;
    }
    m_refreshTimer.start(ms);
}

void TimerListModel::setTicking(bool ticking)
{
    if (ticking == m_tickTimer.isActive())
        return;
    if (ticking) {
        tick();
        m_tickTimer.start();
    } else {
        m_tickTimer.stop();
    }
}

void TimerListModel::setClock(std::function<qint64()> nowUs)
{
    m_clock = std::move(nowUs);
    tick();
}

qint64 TimerListModel::nowUs() const
{
    return m_nowUs;
}

void TimerListModel::tick()
{
    m_nowUs = m_clock();
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, CountdownColumn), index(static_cast<int>(m_rows.size()) - 1, CountdownColumn),
        { Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole, RemainingRole, OverdueRole });
}

void TimerListModel::reload()
{
    // While the store opens the request waits for it; with no store there is nothing to ask.
    const StoreSession::State state = m_session->state();
    if (!m_active || state == StoreSession::State::Closed || state == StoreSession::State::Failed)
        return;
    if (m_loadRequest != 0) {
        m_reloadAgain = true;
        return;
    }
    TimerQuery query;
    query.streamId = m_scopeStreamId;
    // One more than shown tells whether more exist.
    query.limit = m_rowLimit > 0 ? m_rowLimit + 1 : 0;
    const int limit = m_rowLimit;
    const quint64 generation = m_generation;
    m_loadRequest = m_session->run<Listing>(
        this,
        [query, limit](EventStore& store) -> Result<Listing> {
            auto timers = store.listTimers(query);
            if (!timers)
                return std::unexpected(timers.error());
            Listing listing;
            listing.timers = std::move(*timers);
            if (limit > 0 && listing.timers.size() > limit) {
                listing.timers.resize(limit);
                listing.hasMore = true;
            }
            std::sort(listing.timers.begin(), listing.timers.end(), before);
            return listing;
        },
        [this, generation](Result<Listing> listing) {
            if (generation != m_generation)
                return;
            m_loadRequest = 0;
            if (!listing) {
                m_reloadAgain = false;
                Q_EMIT loadFailed(listing.error());
                return;
            }
            m_hasMore = listing->hasMore;
            m_nowUs = m_clock();
            applyListing(listing->timers);
            Q_EMIT loaded(static_cast<int>(m_rows.size()), m_hasMore);
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

// Merges a sorted listing into the sorted rows: runs of rows that are gone are removed, runs of
// new timers inserted, changed ones announced, and rows that stay keep their identity.
void TimerListModel::applyListing(const QList<TimerRecord>& timers)
{
    int row = 0;
    qsizetype next = 0;
    while (row < m_rows.size() || next < timers.size()) {
        if (next == timers.size()) {
            beginRemoveRows({}, row, static_cast<int>(m_rows.size()) - 1);
            m_rows.resize(row);
            endRemoveRows();
            break;
        }
        if (row == m_rows.size()) {
            beginInsertRows({}, row, row + static_cast<int>(timers.size() - next) - 1);
            m_rows.append(timers.mid(next));
            endInsertRows();
            break;
        }
        const TimerRecord& mine = m_rows.at(row);
        const TimerRecord& theirs = timers.at(next);
        if (mine.timerId == theirs.timerId && mine.fireAtUs == theirs.fireAtUs) {
            if (!sameRow(mine, theirs)) {
                m_rows[row] = theirs;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        } else if (before(mine, theirs)) {
            int last = row;
            while (last + 1 < m_rows.size() && before(m_rows.at(last + 1), theirs))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
        } else {
            qsizetype end = next + 1;
            while (end < timers.size() && before(timers.at(end), mine))
                ++end;
            beginInsertRows({}, row, row + static_cast<int>(end - next) - 1);
            m_rows.insert(row, end - next, TimerRecord {});
            std::copy(timers.begin() + next, timers.begin() + end, m_rows.begin() + row);
            endInsertRows();
            row += static_cast<int>(end - next);
            next = end;
        }
    }
}

template<typename T>
void TimerListModel::runTask(std::function<Result<T>(EventStore&)> job, std::function<void(const T&)> done)
{
    const quint64 generation = m_generation;
    m_taskRequest = m_session->run<T>(this, std::move(job), [this, generation, done](Result<T> result) {
        if (generation != m_generation)
            return;
        m_taskRequest = 0;
        Q_EMIT busyChanged(false);
        if (!result) {
            Q_EMIT taskFailed(result.error());
        } else {
            done(*result);
        }
        // Whatever happened, the list shows what the store holds now.
        reload();
    });
    Q_EMIT busyChanged(true);
}

void TimerListModel::scheduleTimer(const TimerRecord& timer)
{
    if (isBusy())
        return;
    runTask<ScheduleResult>([timer](EventStore& store) { return store.scheduleTimer(timer); },
        [this](const ScheduleResult& result) { Q_EMIT timerScheduled(result.timer, result.alreadyScheduled); });
}

void TimerListModel::cancelTimer(const QString& timerId)
{
    if (isBusy())
        return;
    runTask<QString>(
        [timerId](EventStore& store) -> Result<QString> {
            if (auto ok = store.cancelTimer(timerId); !ok)
                return std::unexpected(ok.error());
            return timerId;
        },
        [this](const QString& cancelled) { Q_EMIT timerCancelled(cancelled); });
}

void TimerListModel::fireDueTimers(int limit)
{
    if (isBusy())
        return;
    const qint64 now = m_clock();
    runTask<int>(
        [now, limit](EventStore& store) -> Result<int> {
            auto fired = store.fireDueTimers(now, limit);
            if (!fired)
                return std::unexpected(fired.error());
            return static_cast<int>(fired->size());
        },
        [this](const int& count) { Q_EMIT timersFired(count); });
}

TimerRecord TimerListModel::timerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TimerRecord {};
}

int TimerListModel::rowOfTimer(const QString& timerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).timerId == timerId)
            return row;
    }
    return -1;
}

QString TimerListModel::countdownText(qint64 remainingUs)
{
    const bool overdue = remainingUs <= 0;
    // A timer 0.4 s away fires "in 1 s"; one 0.4 s late is "due now" until a whole second passed.
    const qint64 seconds = overdue ? -remainingUs / secondUs : (remainingUs + secondUs - 1) / secondUs;
    if (overdue && seconds == 0)
        return tr("due now");
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    QString span;
    if (days > 0)
        span = tr("%1 d %2 h").arg(days).arg(hours % 24);
    else if (hours > 0)
        span = tr("%1 h %2 m").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    else if (minutes > 0)
        span = tr("%1 m %2 s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    else
        span = tr("%1 s").arg(seconds);
    return overdue ? tr("due %1 ago").arg(span) : tr("in %1").arg(span);
}

int TimerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TimerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TimerListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TimerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimerRecord& t = m_rows.at(index.row());
    const qint64 remainingUs = t.fireAtUs - m_nowUs;
    const bool overdue = remainingUs <= 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimerIdColumn:
            return t.timerId;
        case StreamColumn:
            return t.streamId;
        case FireAtColumn:
            return localTimeText(t.fireAtUs);
        case CountdownColumn:
            return countdownText(remainingUs);
        case PayloadColumn:
            return payloadPreview(t.payload);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FireAtColumn:
            return isoFromUs(t.fireAtUs);
        case CountdownColumn:
            return overdue ? tr("Overdue: due at %1 and not fired yet. It fires when a process fires due timers "
                                "(Fire due now, or sagascope-cli timers fire-due).")
                                 .arg(isoFromUs(t.fireAtUs))
                           : tr("Due at %1.").arg(isoFromUs(t.fireAtUs));
        case PayloadColumn:
            return QString::fromUtf8(prettyJson(t.payload));
        case StreamColumn:
            return tr("Double-click to open the stream %1.").arg(t.streamId);
        case TimerIdColumn:
            return t.scheduledAtUs != 0 ? tr("Scheduled at %1.").arg(isoFromUs(t.scheduledAtUs)) : QString();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == CountdownColumn && overdue)
            return failureColor();
        break;
    case Qt::FontRole:
        if (index.column() == CountdownColumn && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountdownColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TimerIdRole:
        return t.timerId;
    case StreamIdRole:
        return t.streamId;
    case FireAtRole:
        return t.fireAtUs;
    case RemainingRole:
        return remainingUs;
    case OverdueRole:
        return overdue;
    case PayloadRole:
        return t.payload;
    case SortRole:
        switch (index.column()) {
        case TimerIdColumn:
            return t.timerId;
        case StreamColumn:
            return t.streamId;
        case FireAtColumn:
        case CountdownColumn:
            return t.fireAtUs;
        case PayloadColumn:
            return QString::fromUtf8(t.payload);
        }
        break;
    }
    return {};
}

QVariant TimerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimerIdColumn:
        return tr("Timer");
    case StreamColumn:
        return tr("Stream");
    case FireAtColumn:
        return tr("Fires at");
    case CountdownColumn:
        return tr("Countdown");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

} // namespace sagascope
