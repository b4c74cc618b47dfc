// SPDX-License-Identifier: MIT
// The workers of the Tasks tab, as the result records show them: per worker the tasks it settled
// as done and as failed, how many of those took more than one attempt (redeliveries it finished),
// and when it last settled one. Counts cover the records read since the tab started watching.
#pragma once

#include "taskboard.h"

#include <QAbstractTableModel>

namespace sagascope {

class TaskWorkerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        WorkerColumn,
        DoneColumn,
        FailedColumn,
        RetriedColumn,
        LastSeenColumn,
        ColumnCount,
    };

    struct Worker
    {
        QString name;
        qint64 done = 0;
        qint64 failed = 0;
        qint64 retried = 0;
        qint64 lastUs = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void addRecords(const QList<nats::TaskRecord>& records);
    void clear();
    const QList<Worker>& workers() const { return m_workers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Worker> m_workers; // in order of first appearance
};

} // namespace sagascope
