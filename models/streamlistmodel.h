// SPDX-License-Identifier: MIT
// The streams of the open store, loaded lazily one keyset page at a time (canFetchMore /
// fetchMore) as the view scrolls. Filtering by stream type and search text happens in the store
// (setFilter reloads); a late page for a filter the user already changed is dropped.
#pragma once

#include "error.h"
#include "liveupdates.h"
#include "recordedevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sagascope {

class StoreSession;

class StreamListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        StreamIdColumn,
        StreamTypeColumn,
        EventsColumn,
        LastEventColumn,
        ColumnCount
    };
    enum Roles
    {
        StreamIdRole = Qt::UserRole,
        StreamTypeRole,
        LastVersionRole,
        UpdatedAtUsRole,
        StreamInfoRole, // StreamInfo
        SortRole, // raw values (id, type, event count, microseconds) for proxies
    };

    explicit StreamListModel(StoreSession* session, QObject* parent = nullptr);
    ~StreamListModel() override;

    // Streams per keyset page (default 200).
    void setPageSize(int streams);
    int pageSize() const { return m_pageSize; }

    // Lists only streams of this type (empty = all) whose id contains `search`; reloads.
    void setFilter(const QString& streamType, const QString& search);
    QString streamTypeFilter() const { return m_streamType; }
    QString searchFilter() const { return m_search; }
    // Drops what is loaded and loads the first page again.
    void reload();

    // Live updates: loaded streams that grew show their new counts and times, and new streams that
    // match the filter appear in their place among the loaded ones (or later, with their page).
    void applyGrowth(const QList<sagascope::StreamGrowth>& growth);

    bool isLoading() const { return m_pendingRequest != 0; }
    // Whether the store has more streams than are loaded (for "1 200+ streams").
    bool hasMore() const { return m_hasMore; }
    StreamInfo streamAt(int row) const;
    // The row of a loaded stream, or -1.
    int rowOfStream(const QString& streamId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived; `rows` are now loaded in total.
    void pageLoaded(int rows, bool hasMore);
    void loadFailed(const sagascope::Error& error);

private:
    void onStreamsReady(quint64 requestId, const StreamPage& page);
    void onRequestFailed(quint64 requestId, const Error& error);
    void resetRows(bool canLoad);
    void applyInfos(const QList<StreamInfo>& infos);
    bool matchesFilter(const StreamInfo& stream) const;

    StoreSession* m_session;
    int m_pageSize = 200;
    QString m_streamType;
    QString m_search;
    QList<StreamInfo> m_streams;
    QHash<QString, int> m_rowById;
    bool m_hasMore = false;
    quint64 m_pendingRequest = 0; // the one page asked for; any other answer is stale
};

} // namespace sagascope
