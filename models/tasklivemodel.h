// SPDX-License-Identifier: MIT
// The tasks still in the queues, for the Tasks tab: the oldest unsettled ones the task board read
// (published, queue, task id, whether a worker has it, payload). Replaced by each look; when a
// look finds the same tasks in the same states, nothing changes for the view.
#pragma once

#include "taskboard.h"

#include <QAbstractTableModel>

namespace sagascope {

class TaskLiveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        PublishedColumn,
        QueueColumn,
        StateColumn,
        TaskColumn,
        PayloadColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTasks(const QList<nats::LiveTask>& tasks);
    const QList<nats::LiveTask>& tasks() const { return m_tasks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<nats::LiveTask> m_tasks;
};

} // namespace sagascope
