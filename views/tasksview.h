// SPDX-License-Identifier: MIT
// The Tasks tab: the task queues on NATS as workers see them — per queue the tasks waiting, in
// progress, not handed out, redelivered and dead-lettered, with the idle workers; the tasks still
// in the queues; the tasks settled lately (result, attempts, worker, error); and per worker what
// it settled. Read every
// second while the tab is in view, without taking part in the queues.
#pragma once

#include "natssession.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace sagascope {

class ErrorBanner;
class NatsStateLabel;
class TaskMonitor;

class TasksView : public QWidget
{
    Q_OBJECT
public:
    explicit TasksView(NatsSession* nats, QWidget* parent = nullptr);
    ~TasksView() override;

    TaskMonitor* monitor() const { return m_monitor; }
    QTableView* queueTable() const { return m_queueTable; }
    QTableView* liveTable() const { return m_liveTable; }
    QTableView* resultTable() const { return m_resultTable; }
    QTableView* workerTable() const { return m_workerTable; }
    QLabel* summaryLabel() const { return m_summary; }
    ErrorBanner* banner() const { return m_banner; }

protected:
    // The board is read only while the tab is in view.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onPolled();

    NatsSession* m_nats;
    TaskMonitor* m_monitor;
    ErrorBanner* m_banner;
    NatsStateLabel* m_stateLabel;
    QLabel* m_summary;
    QTableView* m_queueTable;
    QTableView* m_liveTable;
    QTableView* m_resultTable;
    QTableView* m_workerTable;
};

} // namespace sagascope
