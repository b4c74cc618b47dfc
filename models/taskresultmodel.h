// SPDX-License-Identifier: MIT
// The settled tasks of the Tasks tab, newest first, in a bounded window (default the newest
// 10 000 result records): when, which queue and task, done or failed, after how many attempts,
// by which worker, and why it failed. New records come in with one insertion at the top.
#pragma once

#include "taskboard.h"

#include <QAbstractTableModel>

#include <deque>

namespace sagascope {

class TaskResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        TimeColumn,
        QueueColumn,
        StatusColumn,
        AttemptsColumn,
        WorkerColumn,
        ErrorColumn,
        TaskColumn,
        ColumnCount,
    };

    explicit TaskResultModel(QObject* parent = nullptr, qsizetype capacity = 10000);

    // `records` oldest first, as the board reads them.
    void addRecords(const QList<nats::TaskRecord>& records);
    void clear();
    const nats::TaskRecord& record(int row) const { return m_records[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<nats::TaskRecord> m_records; // newest first
    qsizetype m_capacity;
};

} // namespace sagascope
