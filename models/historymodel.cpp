// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "eventcatalogue.h"
#include "historyrow.h"
#include "storesession.h"

#include <QColor>

#include <limits>
#include <vector>

namespace sagascope {

struct HistoryModel::Page
{
    using Row = HistoryRow;
    qint64 firstVersion = 1;
    std::vector<Row> rows; // index = version - firstVersion
};

HistoryModel::HistoryModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_cache.setMaxCost(m_cacheCapacity);
    // A zero-time single shot: every data() call of one paint lands before it fires.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &HistoryModel::flushWanted);
    connect(m_session, &StoreSession::eventsReady, this, &HistoryModel::onEventsReady);
    connect(m_session, &StoreSession::streamInfoReady, this, &HistoryModel::onStreamInfoReady);
    connect(m_session, &StoreSession::requestFailed, this, &HistoryModel::onRequestFailed);
    connect(m_session, &StoreSession::closed, this, &HistoryModel::clear);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setPageSize(int versions)
{
    m_pageSize = std::max(1, versions);
}

void HistoryModel::setCacheCapacity(int pages)
{
    m_cacheCapacity = std::max(2, pages);
    m_cache.setMaxCost(m_cacheCapacity);
}

void HistoryModel::clear()
{
    setStream(StreamInfo {});
}

void HistoryModel::setStream(const StreamInfo& stream)
{
    beginResetModel();
    ++m_generation; // answers for the previous stream are stale from now on
    m_stream = stream;
    m_rowCount = static_cast<int>(std::clamp<qint64>(stream.lastVersion, 0, std::numeric_limits<int>::max()));
    m_openingStreamId.clear();
    m_infoRequest = 0;
    m_cache.clear();
    m_wanted.clear();
    m_queue.clear();
    m_loading.clear();
    m_failed.clear();
    m_flushTimer.stop();
    endResetModel();
    if (!stream.streamId.isEmpty())
        Q_EMIT streamChanged(stream);
}

void HistoryModel::openStream(const QString& streamId)
{
    clear();
    m_openingStreamId = streamId;
    m_infoRequest = m_session->requestStreamInfo(streamId);
}

void HistoryModel::onStreamInfoReady(quint64 requestId, const StreamInfo& info)
{
    if (requestId != m_infoRequest || requestId == 0)
        return;
    setStream(info);
}

HistoryModel::CacheStats HistoryModel::cacheStats() const
{
    CacheStats stats;
    stats.cachedPages = static_cast<int>(m_cache.size());
    stats.loadingPages = static_cast<int>(m_loading.size());
    stats.pagesLoaded = m_pagesLoaded;
    stats.staleDropped = m_staleDropped;
    return stats;
}

const HistoryModel::Page* HistoryModel::cachedPage(qint64 page) const
{
    return m_cache.object(page); // also marks the page as recently used
}

bool HistoryModel::isComplete(const Page& page, qint64 index) const
{
    const qint64 last = std::min<qint64>(m_rowCount, (index + 1) * m_pageSize);
    return page.firstVersion + static_cast<qint64>(page.rows.size()) - 1 >= last;
}

void HistoryModel::applyGrowth(const QList<StreamGrowth>& growth)
{
    for (const StreamGrowth& g : growth) {
        if (g.streamId != m_stream.streamId || m_stream.streamId.isEmpty() || g.lastVersion <= m_stream.lastVersion)
            continue;
        const int rows = static_cast<int>(std::min<qint64>(g.lastVersion, std::numeric_limits<int>::max()));
        m_stream.lastVersion = g.lastVersion;
        m_stream.lastPosition = std::max(m_stream.lastPosition, g.lastPosition);
        if (rows > m_rowCount) {
            beginInsertRows({}, m_rowCount, rows - 1);
            m_rowCount = rows;
            endInsertRows();
        }
        // A page that failed before the stream grew may succeed now.
        m_failed.remove((m_rowCount - 1) / m_pageSize);
        Q_EMIT streamGrew(m_stream);
    }
}

void HistoryModel::wantPage(qint64 page) const
{
    if (m_loading.contains(page) || m_failed.contains(page) || m_wanted.contains(page))
        return;
    m_wanted.append(page);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void HistoryModel::flushWanted()
{
    // Only what was asked for since the last flush is still on screen; pages queued earlier and
    // not asked for again were scrolled past and are not worth a store call any more.
    m_queue = std::exchange(m_wanted, {});
    pump();
}

void HistoryModel::prefetch(int firstRow, int lastRow)
{
    if (m_rowCount == 0)
        return;
    firstRow = std::clamp(firstRow, 0, m_rowCount - 1);
    lastRow = std::clamp(lastRow, firstRow, m_rowCount - 1);
    for (qint64 page = firstRow / m_pageSize; page <= lastRow / m_pageSize; ++page) {
        const Page* cached = m_cache.object(page);
        if ((!cached || !isComplete(*cached, page)) && !m_loading.contains(page) && !m_queue.contains(page))
            m_queue.append(page);
    }
    pump();
}

void HistoryModel::pump()
{
    while (m_loading.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const qint64 page = m_queue.takeFirst();
        const Page* cached = m_cache.object(page);
        if ((cached && isComplete(*cached, page)) || m_loading.contains(page) || m_failed.contains(page))
            continue;
        StreamQuery query;
        query.streamId = m_stream.streamId;
        query.direction = ReadDirection::Forward;
        query.minVersion = page * m_pageSize + 1;
        query.maxVersion = std::min<qint64>(m_rowCount, (page + 1) * m_pageSize);
        const quint64 id = m_session->requestEvents(query);
        m_requests.insert(id, PageRequest { m_generation, page, query.maxVersion });
        m_loading.insert(page);
    }
}

void HistoryModel::emitPageChanged(qint64 page)
{
    const int first = static_cast<int>(page * m_pageSize);
    const int last = std::min(m_rowCount - 1, first + m_pageSize - 1);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void HistoryModel::onEventsReady(quint64 requestId, const QList<RecordedEvent>& events)
{
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.cend())
        return; // asked for by someone else
    const PageRequest request = *it;
    m_requests.erase(it);
    if (request.generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    m_loading.remove(request.page);

    auto page = std::make_unique<Page>();
    page->firstVersion = request.page * m_pageSize + 1;
    const qint64 lastVersion = request.maxVersion;
    page->rows.resize(static_cast<size_t>(std::max<qint64>(0, lastVersion - page->firstVersion + 1)));
    for (const RecordedEvent& e : events) {
        const qint64 offset = e.version - page->firstVersion;
        if (offset < 0 || offset >= static_cast<qint64>(page->rows.size()))
            continue;
        page->rows[static_cast<size_t>(offset)] = HistoryRow::fromEvent(e);
    }
    m_cache.insert(request.page, page.release());
    ++m_pagesLoaded;
    emitPageChanged(request.page);
    const int first = static_cast<int>(request.page * m_pageSize);
    Q_EMIT pageLoaded(first, std::min(m_rowCount - 1, first + m_pageSize - 1));
    pump();
}

void HistoryModel::onRequestFailed(quint64 requestId, const Error& error)
{
    if (requestId == m_infoRequest && requestId != 0) {
        const QString streamId = std::exchange(m_openingStreamId, {});
        m_infoRequest = 0;
        Q_EMIT streamOpenFailed(streamId, error);
        return;
    }
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.cend())
        return;
    const PageRequest request = *it;
    m_requests.erase(it);
    if (request.generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    m_loading.remove(request.page);
    // Not asked for again until the stream is reopened: a failing store must not be hammered.
    m_failed.insert(request.page);
    emitPageChanged(request.page);
    const int first = static_cast<int>(request.page * m_pageSize);
    Q_EMIT pageFailed(first, std::min(m_rowCount - 1, first + m_pageSize - 1), error);
    pump();
}

const RecordedEvent* HistoryModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const qint64 pageIndex = row / m_pageSize;
    const Page* page = cachedPage(pageIndex);
    if (!page) {
        wantPage(pageIndex);
        return nullptr;
    }
    const Page::Row& r = page->rows[static_cast<size_t>(row - pageIndex * m_pageSize)];
    return r.present ? &r.event : nullptr;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant HistoryModel::placeholder(const QModelIndex& index, int role, bool failed) const
{
    const qint64 version = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == VersionColumn)
            return version;
        if (index.column() == TypeColumn)
            return failed ? tr("Could not load") : tr("Loading…");
        break;
    case Qt::ForegroundRole:
        if (index.column() == TypeColumn)
            return failed ? failureColor() : QColor(Qt::gray);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LoadedRole:
        return false;
    case VersionRole:
        return version;
    case SortRole:
        if (index.column() == VersionColumn)
            return version;
        break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 pageIndex = index.row() / m_pageSize;
    const Page* page = cachedPage(pageIndex);
    if (!page) {
        const bool failed = m_failed.contains(pageIndex);
        if (!failed)
            wantPage(pageIndex);
        return placeholder(index, role, failed);
    }
    const auto offset = static_cast<size_t>(index.row() - pageIndex * m_pageSize);
    if (offset >= page->rows.size()) {
        // A row added by live updates to a page loaded before: the page is read again.
        wantPage(pageIndex);
        return placeholder(index, role, false);
    }
    const Page::Row& row = page->rows[offset];
    if (!row.present)
        return placeholder(index, role, true);
    return row.data(index.column(), role);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role);
}

QVariant HistoryModel::columnHeader(int section, int role)
{
    if (role == Qt::TextAlignmentRole && (section == VersionColumn || section == PositionColumn))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case TimeColumn:
        return tr("Recorded");
    case TypeColumn:
        return tr("Event type");
    case CategoryColumn:
        return tr("Category");
    case PositionColumn:
        return tr("Position");
    }
    return {};
}

} // namespace sagascope
