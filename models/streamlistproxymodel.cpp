// SPDX-License-Identifier: MIT
#include "streamlistproxymodel.h"

#include "streamlistmodel.h"

namespace sagascope {

StreamListProxyModel::StreamListProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StreamListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

StreamListProxyModel::~StreamListProxyModel() = default;

void StreamListProxyModel::setMinimumEvents(qint64 events)
{
    if (events == m_minimumEvents)
        return;
    m_minimumEvents = events;
    invalidateRowsFilter();
}

bool StreamListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_minimumEvents <= 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(StreamListModel::LastVersionRole).toLongLong() >= m_minimumEvents;
}

} // namespace sagascope
