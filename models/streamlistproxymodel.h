// SPDX-License-Identifier: MIT
// Client-side ordering of the loaded streams by raw values (event counts as numbers, times as
// microseconds), never by display strings. Type and search filtering stay in the store.
#pragma once

#include <QSortFilterProxyModel>

namespace sagascope {

class StreamListProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StreamListProxyModel(QObject* parent = nullptr);
    ~StreamListProxyModel() override;

    // Hides streams with fewer events than this (0 = show all); applied to loaded rows.
    void setMinimumEvents(qint64 events);
    qint64 minimumEvents() const { return m_minimumEvents; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_minimumEvents = 0;
};

} // namespace sagascope
