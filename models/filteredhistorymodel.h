// SPDX-License-Identifier: MIT
// The events of one stream whose types are in a set (the history's category filter). The store
// does the filtering (StreamQuery::eventTypes), so a filter over a million events reads only the
// events it shows: keyset pages by version (after the last version loaded), appended as the view
// scrolls (canFetchMore/fetchMore). How many events match is not known up front, so rows grow as
// pages arrive; columns and roles are HistoryModel's, so one delegate and one detail panel serve
// both tables. A page for a filter or stream the user already changed is dropped.
#pragma once

#include "error.h"
#include "historymodel.h"
#include "historyrow.h"
#include "liveupdates.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace sagascope {

class StoreSession;

class FilteredHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The same columns and roles as the unfiltered history.
    enum Columns
    {
        VersionColumn = HistoryModel::VersionColumn,
        TimeColumn = HistoryModel::TimeColumn,
        TypeColumn = HistoryModel::TypeColumn,
        CategoryColumn = HistoryModel::CategoryColumn,
        PositionColumn = HistoryModel::PositionColumn,
        ColumnCount = HistoryModel::ColumnCount
    };
    enum Roles
    {
        EventRole = HistoryModel::EventRole,
        LoadedRole = HistoryModel::LoadedRole,
        VersionRole = HistoryModel::VersionRole,
        SortRole = HistoryModel::SortRole,
    };

    explicit FilteredHistoryModel(StoreSession* session, QObject* parent = nullptr);
    ~FilteredHistoryModel() override;

    // Events per page (default 256).
    void setPageSize(int events);
    // Shows the events of `stream` whose type is one of `eventTypes`, loading the first page.
    void setFilter(const StreamInfo& stream, const QStringList& eventTypes);
    void clear();
    // Live updates: events appended to the stream that match the filter are read and added.
    void applyGrowth(const QList<sagascope::StreamGrowth>& growth);
    StreamInfo stream() const { return m_stream; }
    QStringList eventTypes() const { return m_eventTypes; }

    bool isLoading() const { return m_request != 0; }
    // Whether every matching event is loaded.
    bool atEnd() const { return m_atEnd; }
    // The row of this version, or -1 when it is not loaded (or does not match).
    int rowOfVersion(qint64 version) const;
    // Keeps loading pages until the rows reach `version` (or the stream ends); versionReached follows.
    void loadThrough(qint64 version);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page arrived: `rows` are loaded in all.
    void pageLoaded(int rows, bool atEnd);
    void loadFailed(const sagascope::Error& error);
    // The rows now reach the version asked for with loadThrough (or the stream ended before it).
    void versionReached(qint64 version);

private:
    void onEventsReady(quint64 requestId, const QList<RecordedEvent>& events);
    void onRequestFailed(quint64 requestId, const Error& error);
    void requestPage();

    StoreSession* m_session;
    int m_pageSize = 256;
    StreamInfo m_stream;
    QStringList m_eventTypes;
    QList<HistoryRow> m_rows; // in version order
    quint64 m_request = 0; // the page asked for; any other answer is stale
    bool m_atEnd = true;
    qint64 m_loadThrough = 0;
    bool m_grewWhileLoading = false; // the page on its way stops at the old last version
};

} // namespace sagascope
