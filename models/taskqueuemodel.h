// SPDX-License-Identifier: MIT
// The queues of the Tasks tab, one row per queue with what the task board last read: tasks
// waiting, held by workers, not handed out yet, redelivered, idle workers and dead-lettered.
// A new reading of the same queues changes cells in place, so selection and scrolling stay.
#pragma once

#include "taskboard.h"

#include <QAbstractTableModel>

namespace sagascope {

class TaskQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        QueueColumn,
        WaitingColumn,
        InProgressColumn,
        UndeliveredColumn,
        RedeliveredColumn,
        IdleWorkersColumn,
        DeadLetteredColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setQueues(const QList<nats::QueueStatus>& queues);
    const QList<nats::QueueStatus>& queues() const { return m_queues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<nats::QueueStatus> m_queues;
};

} // namespace sagascope
