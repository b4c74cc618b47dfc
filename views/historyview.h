// SPDX-License-Identifier: MIT
// The history panel: the events of one stream in a table that stays fast for any length (the
// model loads pages as rows are shown), with category chips and failure/corruption marks, and a
// category filter that swaps in a filtered model (the store filters; see FilteredHistoryModel).
#pragma once

#include "liveupdates.h"
#include "recordedevent.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QTableView;

namespace sagascope {

class CategoryFilter;
class ErrorBanner;
class FilteredHistoryModel;
class HistoryModel;
class StoreSession;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(StoreSession* session, QWidget* parent = nullptr);
    ~HistoryView() override;

    HistoryModel* model() const { return m_model; }
    FilteredHistoryModel* filteredModel() const { return m_filtered; }
    QTableView* view() const { return m_view; }
    ErrorBanner* banner() const { return m_banner; }
    CategoryFilter* categoryFilter() const { return m_filter; }
    bool isFiltered() const;

    // Shows the stream at once (its row count is known); the first event is selected.
    void showStream(const StreamInfo& stream);
    // Looks the stream up first (for a stream given by id, e.g. on the command line).
    void openStream(const QString& streamId);
    void selectRow(int row);
    // Selects the event of this version: its row, loaded or not (a filtered table loads up to it,
    // and shows no selection when the event is filtered out). Only the pages on screen are read.
    void selectVersion(qint64 version);
    // The version of the selected event (0 for none).
    qint64 currentVersion() const;
    // Live updates: rows of events appended to the shown stream are added. The selection and the
    // scroll position stay; a table scrolled to its last row keeps showing the last row (tail).
    void applyGrowth(const QList<sagascope::StreamGrowth>& growth);
    // The category filter is offered for streams of the saga catalogue only.
    void setCategoryFilterAvailable(bool available);

Q_SIGNALS:
    // The selected row changed, or its event arrived: `index` is in the table's current model
    // (model() or filteredModel(), both with HistoryModel's roles), invalid for none.
    void currentEventChanged(const QModelIndex& index);
    // The user asks to compare states with this event (context menu), or to stop doing so.
    void pinRequested(qint64 version);
    void unpinRequested();

private:
    void onStreamChanged(const StreamInfo& stream);
    void updateTitle(const StreamInfo& stream);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onCategoriesChanged();
    void showModel(QAbstractItemModel* model);
    void showContextMenu(const QPoint& pos);

    HistoryModel* m_model;
    FilteredHistoryModel* m_filtered;
    QLabel* m_title;
    CategoryFilter* m_filter;
    ErrorBanner* m_banner;
    QTableView* m_view;
    qint64 m_pendingVersion = 0; // to select once the filtered rows reach it
};

} // namespace sagascope
