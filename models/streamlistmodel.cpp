// SPDX-License-Identifier: MIT
#include "streamlistmodel.h"

#include "displayformat.h"
#include "storesession.h"

#include <algorithm>

namespace sagascope {

StreamListModel::StreamListModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &StoreSession::streamsReady, this, &StreamListModel::onStreamsReady);
    connect(m_session, &StoreSession::requestFailed, this, &StreamListModel::onRequestFailed);
    connect(m_session, &StoreSession::opened, this, &StreamListModel::reload);
    connect(m_session, &StoreSession::closed, this, [this] { resetRows(false); });
    m_hasMore = m_session->isOpen();
}

StreamListModel::~StreamListModel() = default;

void StreamListModel::setPageSize(int streams)
{
    m_pageSize = std::max(1, streams);
}

void StreamListModel::setFilter(const QString& streamType, const QString& search)
{
    if (streamType == m_streamType && search == m_search)
        return;
    m_streamType = streamType;
    m_search = search;
    reload();
}

void StreamListModel::reload()
{
    resetRows(m_session->isOpen());
    fetchMore({});
}

void StreamListModel::resetRows(bool canLoad)
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_streams.clear();
    m_rowById.clear();
    m_pendingRequest = 0; // whatever is still on its way belongs to the old filter
    m_hasMore = canLoad;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

StreamInfo StreamListModel::streamAt(int row) const
{
    return row >= 0 && row < m_streams.size() ? m_streams[row] : StreamInfo {};
}

int StreamListModel::rowOfStream(const QString& streamId) const
{
    return m_rowById.value(streamId, -1);
}

int StreamListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_streams.size());
}

int StreamListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StreamListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant StreamListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StreamInfo& s = m_streams[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StreamIdColumn:
            return s.streamId;
        case StreamTypeColumn:
            return s.streamType;
        case EventsColumn:
            return countText(s.lastVersion);
        case LastEventColumn:
            return localTimeText(s.updatedAtUs, TimePrecision::Minutes);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastEventColumn)
            return isoFromUs(s.updatedAtUs);
        if (index.column() == StreamIdColumn)
            return s.streamId;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StreamIdRole:
        return s.streamId;
    case StreamTypeRole:
        return s.streamType;
    case LastVersionRole:
        return s.lastVersion;
    case UpdatedAtUsRole:
        return s.updatedAtUs;
    case StreamInfoRole:
        return QVariant::fromValue(s);
    case SortRole:
        switch (index.column()) {
        case StreamIdColumn:
            return s.streamId;
        case StreamTypeColumn:
            return s.streamType;
        case EventsColumn:
            return s.lastVersion;
        case LastEventColumn:
            return s.updatedAtUs;
        }
        break;
    }
    return {};
}

QVariant StreamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == EventsColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StreamIdColumn:
        return tr("Stream");
    case StreamTypeColumn:
        return tr("Type");
    case EventsColumn:
        return tr("Events");
    case LastEventColumn:
        return tr("Last event");
    }
    return {};
}

void StreamListModel::applyGrowth(const QList<StreamGrowth>& growth)
{
    // At most this many streams are looked up per batch; more new streams than that in 25 ms
    // is a bulk load, which the user sees with the next page or a reload.
    constexpr qsizetype lookupsPerBatch = 500;
    QStringList lookups;
    for (const StreamGrowth& g : growth) {
        const int row = m_rowById.value(g.streamId, -1);
        if (row >= 0) {
            StreamInfo& s = m_streams[row];
            if (g.lastVersion > s.lastVersion) {
                s.lastVersion = g.lastVersion;
                s.lastPosition = std::max(s.lastPosition, g.lastPosition);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else if (!m_hasMore || (!m_streams.isEmpty() && g.streamId < m_streams.last().streamId)) {
            // A new stream (or one grown into the filter) that belongs among the loaded rows.
        } else {
            continue;
        }
        if (lookups.size() < lookupsPerBatch)
            lookups.append(g.streamId);
    }
    if (lookups.isEmpty() || !m_session->isOpen())
        return;
    // The feed tells versions and positions only: types and times come from the store.
    m_session->run<QList<StreamInfo>>(
        this,
        [lookups](EventStore& store) -> Result<QList<StreamInfo>> {
            QList<StreamInfo> infos;
            for (const QString& id : lookups) {
                auto info = store.streamInfo(id);
                if (info)
                    infos.append(*info);
                else if (info.error().code != ErrorCode::NotFound)
                    return std::unexpected(info.error());
            }
            return infos;
        },
        [this](Result<QList<StreamInfo>> infos) {
            // A failed lookup leaves the rows as the feed described them; the next append retries.
            if (infos)
                applyInfos(*infos);
        });
}

bool StreamListModel::matchesFilter(const StreamInfo& stream) const
{
    if (!m_streamType.isEmpty() && stream.streamType != m_streamType)
        return false;
    if (m_search.isEmpty())
        return true;
    // The stores fold ASCII letters only (SQL LIKE's rule): so does this.
    const auto foldAscii = [](QString text) {
        for (QChar& c : text) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
        return text;
    };
    return foldAscii(stream.streamId).contains(foldAscii(m_search));
}

void StreamListModel::applyInfos(const QList<StreamInfo>& infos)
{
    for (const StreamInfo& info : infos) {
        const int row = m_rowById.value(info.streamId, -1);
        if (row >= 0) {
            StreamInfo& s = m_streams[row];
            if (info.lastVersion >= s.lastVersion) {
                s = info;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        if (!matchesFilter(info))
            continue;
        // Rows are in the store's keyset order (by id); a stream past the last loaded one arrives
        // with its page unless every page is loaded.
        const auto at = std::lower_bound(m_streams.cbegin(), m_streams.cend(), info.streamId,
            [](const StreamInfo& s, const QString& id) { return s.streamId < id; });
        if (at == m_streams.cend() && m_hasMore)
            continue;
        const int position = static_cast<int>(at - m_streams.cbegin());
        beginInsertRows({}, position, position);
        m_streams.insert(position, info);
        for (qsizetype r = position; r < m_streams.size(); ++r)
            m_rowById.insert(m_streams[r].streamId, static_cast<int>(r));
        endInsertRows();
    }
}

bool StreamListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_pendingRequest == 0;
}

void StreamListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    StreamFilter filter;
    filter.streamType = m_streamType;
    filter.search = m_search;
    filter.afterStreamId = m_streams.isEmpty() ? QString() : m_streams.last().streamId;
    filter.limit = m_pageSize;
    m_pendingRequest = m_session->requestStreams(filter);
    Q_EMIT loadingChanged(true);
}

void StreamListModel::onStreamsReady(quint64 requestId, const StreamPage& page)
{
    if (requestId != m_pendingRequest || requestId == 0)
        return;
    // Still marked as loading while the rows go in: views and testers that call fetchMore from
    // rowsInserted must not ask for the page after a cursor that is about to move.
    m_hasMore = page.hasMore && !page.streams.isEmpty();
    if (!page.streams.isEmpty()) {
        const int first = static_cast<int>(m_streams.size());
        beginInsertRows({}, first, first + static_cast<int>(page.streams.size()) - 1);
        for (const StreamInfo& s : page.streams) {
            m_rowById.insert(s.streamId, static_cast<int>(m_streams.size()));
            m_streams.append(s);
        }
        endInsertRows();
    }
    m_pendingRequest = 0;
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(static_cast<int>(m_streams.size()), m_hasMore);
}

void StreamListModel::onRequestFailed(quint64 requestId, const Error& error)
{
    if (requestId != m_pendingRequest || requestId == 0)
        return;
    m_pendingRequest = 0;
    // Stop here rather than retrying in a loop; reload() tries again.
    m_hasMore = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(error);
}

} // namespace sagascope
