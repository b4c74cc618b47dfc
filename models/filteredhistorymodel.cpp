// SPDX-License-Identifier: MIT
#include "filteredhistorymodel.h"

#include "storesession.h"

#include <algorithm>

namespace sagascope {

FilteredHistoryModel::FilteredHistoryModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &StoreSession::eventsReady, this, &FilteredHistoryModel::onEventsReady);
    connect(m_session, &StoreSession::requestFailed, this, &FilteredHistoryModel::onRequestFailed);
    connect(m_session, &StoreSession::closed, this, &FilteredHistoryModel::clear);
}

FilteredHistoryModel::~FilteredHistoryModel() = default;

void FilteredHistoryModel::setPageSize(int events)
{
    m_pageSize = std::max(1, events);
}

void FilteredHistoryModel::clear()
{
    setFilter(StreamInfo {}, {});
}

void FilteredHistoryModel::setFilter(const StreamInfo& stream, const QStringList& eventTypes)
{
    beginResetModel();
    m_stream = stream;
    m_eventTypes = eventTypes;
    m_rows.clear();
    m_request = 0; // the answer to a page still on its way is stale now
    m_loadThrough = 0;
    m_grewWhileLoading = false;
    // No types would mean "all types" to the store: an empty filter shows nothing instead.
    m_atEnd = stream.streamId.isEmpty() || eventTypes.isEmpty();
    endResetModel();
    if (!m_atEnd)
        requestPage();
}

void FilteredHistoryModel::applyGrowth(const QList<StreamGrowth>& growth)
{
    for (const StreamGrowth& g : growth) {
        if (g.streamId != m_stream.streamId || m_stream.streamId.isEmpty() || m_eventTypes.isEmpty()
            || g.lastVersion <= m_stream.lastVersion)
            continue;
        m_stream.lastVersion = g.lastVersion;
        m_stream.lastPosition = std::max(m_stream.lastPosition, g.lastPosition);
        if (m_request != 0) {
            m_grewWhileLoading = true;
        } else if (m_atEnd) {
            // Everything up to the old end is loaded: read what was appended.
            m_atEnd = false;
            requestPage();
        }
    }
}

void FilteredHistoryModel::requestPage()
{
    if (m_request != 0 || m_atEnd)
        return;
    StreamQuery query;
    query.streamId = m_stream.streamId;
    query.direction = ReadDirection::Forward;
    query.minVersion = m_rows.isEmpty() ? 1 : m_rows.last().event.version + 1;
    query.maxVersion = m_stream.lastVersion;
    query.eventTypes = m_eventTypes;
    query.limit = m_pageSize;
    m_request = m_session->requestEvents(query);
}

void FilteredHistoryModel::onEventsReady(quint64 requestId, const QList<RecordedEvent>& events)
{
    if (requestId != m_request || requestId == 0)
        return;
    m_atEnd = events.size() < m_pageSize;
    if (!events.isEmpty()) {
        // Still marked as loading while the rows go in: a view (or tester) that asks for more
        // from inside the insertion must not ask for this page again.
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + events.size()) - 1);
        for (const RecordedEvent& e : events)
            m_rows.append(HistoryRow::fromEvent(e));
        endInsertRows();
    }
    m_request = 0;
    // The stream grew while this page was read: what was appended meanwhile is read next.
    const bool readAppended = std::exchange(m_grewWhileLoading, false) && m_atEnd;
    if (readAppended)
        m_atEnd = false;
    Q_EMIT pageLoaded(static_cast<int>(m_rows.size()), m_atEnd);
    if (readAppended && m_loadThrough == 0)
        requestPage();
    if (m_loadThrough > 0) {
        const bool reached = m_atEnd || (!m_rows.isEmpty() && m_rows.last().event.version >= m_loadThrough);
        if (reached)
            Q_EMIT versionReached(std::exchange(m_loadThrough, 0));
        else
            requestPage();
    }
}

void FilteredHistoryModel::onRequestFailed(quint64 requestId, const Error& error)
{
    if (requestId != m_request || requestId == 0)
        return;
    m_request = 0;
    // Not asked for again until the filter changes: a failing store must not be hammered.
    m_atEnd = true;
    m_loadThrough = 0;
    Q_EMIT loadFailed(error);
}

int FilteredHistoryModel::rowOfVersion(qint64 version) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), version, [](const HistoryRow& row, qint64 v) { return row.event.version < v; });
    return it != m_rows.cend() && it->event.version == version ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

void FilteredHistoryModel::loadThrough(qint64 version)
{
    if (m_atEnd || (!m_rows.isEmpty() && m_rows.last().event.version >= version)) {
        Q_EMIT versionReached(version);
        return;
    }
    m_loadThrough = version;
    requestPage();
}

int FilteredHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FilteredHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags FilteredHistoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant FilteredHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows.at(index.row()).data(index.column(), role);
}

QVariant FilteredHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return HistoryModel::columnHeader(section, role);
}

bool FilteredHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_request == 0;
}

void FilteredHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        requestPage();
}

} // namespace sagascope
