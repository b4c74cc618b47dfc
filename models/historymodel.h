// SPDX-License-Identifier: MIT
// The events of one stream as a table, for streams of any length. The row count is the stream's
// last version, known up front, so a stream of a million events opens as fast as one of ten:
// row r is version r + 1. Rows are loaded in pages of consecutive versions on the session's
// workers only when a view asks for them; until then data() answers with a placeholder. Pages
// live in a bounded LRU cache, requests asked for during one paint are coalesced, and every
// request carries the generation of the stream it was made for, so pages of a stream the user
// already left are dropped.
#pragma once

#include "error.h"
#include "liveupdates.h"
#include "recordedevent.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace sagascope {

class StoreSession;

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        VersionColumn,
        TimeColumn,
        TypeColumn,
        CategoryColumn,
        PositionColumn,
        ColumnCount
    };
    enum Roles
    {
        EventRole = Qt::UserRole, // RecordedEvent (invalid while the row is not loaded)
        PayloadTextRole, // the payload exactly as stored (QString)
        MetadataTextRole, // the metadata exactly as stored (QString)
        FailureRole, // bool: the event type marks a failure
        CorruptRole, // bool: what is stored cannot be decoded
        CorruptionMessageRole, // QString: why
        CategoryRole, // EventCategory as int
        CategoryColorRole, // QColor from categoryColor()
        LoadedRole, // bool: the row's page is in the cache
        VersionRole, // qint64, known for every row
        SortRole, // raw values
    };

    struct CacheStats
    {
        int cachedPages = 0;
        int loadingPages = 0;
        quint64 pagesLoaded = 0; // pages that arrived and were kept
        quint64 staleDropped = 0; // answers dropped because the stream changed meanwhile
    };

    explicit HistoryModel(StoreSession* session, QObject* parent = nullptr);
    ~HistoryModel() override;

    // Versions per page (default 256) and pages kept (default 64); take effect on the next stream.
    void setPageSize(int versions);
    void setCacheCapacity(int pages);
    int pageSize() const { return m_pageSize; }
    int cacheCapacity() const { return m_cacheCapacity; }

    // Shows this stream at once: its last version gives the row count, rows load as they are shown.
    void setStream(const StreamInfo& stream);
    // Asks the store for the stream's info first, then shows it (streamOpenFailed if it cannot).
    void openStream(const QString& streamId);
    void clear();
    StreamInfo stream() const { return m_stream; }

    // Adds the rows of events appended to the shown stream since it was opened (a batch of the
    // live updates; other streams are ignored). Rows already shown, the selection and the scroll
    // position stay as they are.
    void applyGrowth(const QList<sagascope::StreamGrowth>& growth);

    // Loads the pages covering these rows now, without waiting for a view to paint them.
    void prefetch(int firstRow, int lastRow);
    // The event of a loaded row (nullptr while it is not loaded; asks for its page then).
    const RecordedEvent* eventAt(int row) const;
    CacheStats cacheStats() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The horizontal header of every history table (this one and the filtered one).
    static QVariant columnHeader(int section, int role);

Q_SIGNALS:
    // The rows of a new stream are in place (rows may still be loading).
    void streamChanged(const sagascope::StreamInfo& stream);
    void streamOpenFailed(const QString& streamId, const sagascope::Error& error);
    // The shown stream grew (live updates): rows were added at the end.
    void streamGrew(const sagascope::StreamInfo& stream);
    // A page arrived: rows firstRow..lastRow now hold their events.
    void pageLoaded(int firstRow, int lastRow);
    void pageFailed(int firstRow, int lastRow, const sagascope::Error& error);

private:
    struct Page;
    struct PageRequest
    {
        quint64 generation = 0;
        qint64 page = 0;
        qint64 maxVersion = 0; // the page's last version when it was asked for
    };

    const Page* cachedPage(qint64 page) const;
    // Whether a cached page holds all of its rows (the last page of a stream that grew does not).
    bool isComplete(const Page& page, qint64 index) const;
    void wantPage(qint64 page) const;
    void flushWanted();
    void pump();
    void emitPageChanged(qint64 page);
    void onEventsReady(quint64 requestId, const QList<RecordedEvent>& events);
    void onStreamInfoReady(quint64 requestId, const StreamInfo& info);
    void onRequestFailed(quint64 requestId, const Error& error);
    QVariant placeholder(const QModelIndex& index, int role, bool failed) const;

    StoreSession* m_session;
    int m_pageSize = 256;
    int m_cacheCapacity = 64;
    int m_maxInFlight = 2;
    StreamInfo m_stream;
    int m_rowCount = 0;
    quint64 m_generation = 0;
    QString m_openingStreamId;
    quint64 m_infoRequest = 0;

    // data() is const but is where views tell us what they show: the cache and the request
    // bookkeeping are mutable for that reason only (GUI thread only).
    mutable QCache<qint64, Page> m_cache;
    mutable QList<qint64> m_wanted; // asked for since the last flush, in order
    mutable QTimer m_flushTimer;
    QList<qint64> m_queue; // to request, oldest first
    QSet<qint64> m_loading;
    QSet<qint64> m_failed;
    QHash<quint64, PageRequest> m_requests;
    quint64 m_pagesLoaded = 0;
    quint64 m_staleDropped = 0;
};

} // namespace sagascope
