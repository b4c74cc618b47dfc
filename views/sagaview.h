// SPDX-License-Identifier: MIT
// The saga view (a bottom tab): the saga's activities, timers, child workflows and signals at the
// selected event as sortable tables with coloured statuses, beside the timeline of activities,
// timers and child workflows. Both show the SagaSnapshot of the state answer; activating a row or
// clicking a bar asks for the event that created the item.
#pragma once

#include "sagasnapshot.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace sagascope {

class SagaItemsModel;
class TimelineModel;
class TimelineView;

class SagaView : public QWidget
{
    Q_OBJECT
public:
    explicit SagaView(QWidget* parent = nullptr);
    ~SagaView() override;

    // Shows the saga at the selected point; null shows that the stream is not a saga.
    void setSnapshot(const SagaSnapshotPtr& snapshot);
    void showNotASaga(const QString& reducer);
    void clear();

    SagaItemsModel* itemsModel(SagaItemKind kind) const;
    QTableView* table(SagaItemKind kind) const;
    TimelineModel* timelineModel() const { return m_timelineModel; }
    TimelineView* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void eventRequested(qint64 version);

private:
    struct Table
    {
        SagaItemKind kind;
        SagaItemsModel* model;
        QSortFilterProxyModel* proxy;
        QTableView* view;
    };
    void updateTabTitles();

    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QList<Table> m_tables;
    TimelineModel* m_timelineModel;
    TimelineView* m_timeline;
};

} // namespace sagascope
