// SPDX-License-Identifier: MIT
// The history panel: the events of one stream in a table that stays fast for any length (the
// model loads pages as rows are shown), with category chips and failure/corruption marks.
#pragma once

#include "recordedevent.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QTableView;

namespace sagascope {

class ErrorBanner;
class HistoryModel;
class StoreSession;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(StoreSession* session, QWidget* parent = nullptr);
    ~HistoryView() override;

    HistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ErrorBanner* banner() const { return m_banner; }

    // Shows the stream at once (its row count is known); the first event is selected.
    void showStream(const StreamInfo& stream);
    // Looks the stream up first (for a stream given by id, e.g. on the command line).
    void openStream(const QString& streamId);
    void selectRow(int row);

Q_SIGNALS:
    // The selected row changed, or its event arrived: `index` is in model(), invalid for none.
    void currentEventChanged(const QModelIndex& index);

private:
    void onStreamChanged(const StreamInfo& stream);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    HistoryModel* m_model;
    QLabel* m_title;
    ErrorBanner* m_banner;
    QTableView* m_view;
};

} // namespace sagascope
