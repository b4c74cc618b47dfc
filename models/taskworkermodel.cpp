// SPDX-License-Identifier: MIT
#include "taskworkermodel.h"

#include "displayformat.h"

namespace sagascope {

void TaskWorkerModel::addRecords(const QList<nats::TaskRecord>& records)
{
    if (records.isEmpty())
        return;
    int firstChanged = int(m_workers.size());
    int lastChanged = -1;
    for (const nats::TaskRecord& r : records) {
        const QString name = r.worker.isEmpty() ? tr("(unnamed)") : r.worker;
        auto it = std::find_if(m_workers.begin(), m_workers.end(), [&](const Worker& w) { return w.name == name; });
        if (it == m_workers.end()) {
            beginInsertRows({}, int(m_workers.size()), int(m_workers.size()));
            m_workers.append(Worker { name });
            endInsertRows();
            it = m_workers.end() - 1;
        }
        Worker& w = *it;
        (r.status == QLatin1String("failed") ? w.failed : w.done) += 1;
        if (r.attempts > 1)
            ++w.retried;
        w.lastUs = std::max(w.lastUs, r.timeUs);
        const int row = int(it - m_workers.begin());
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, DoneColumn), index(lastChanged, ColumnCount - 1));
}

void TaskWorkerModel::clear()
{
    beginResetModel();
    m_workers.clear();
    endResetModel();
}

int TaskWorkerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int TaskWorkerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskWorkerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Worker& w = m_workers[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != WorkerColumn && index.column() != LastSeenColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WorkerColumn:
        return w.name;
    case DoneColumn:
        return countText(w.done);
    case FailedColumn:
        return countText(w.failed);
    case RetriedColumn:
        return countText(w.retried);
    case LastSeenColumn:
        return localTimeText(w.lastUs);
    }
    return {};
}

QVariant TaskWorkerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RetriedColumn)
        return tr("Tasks this worker settled on a second or later attempt");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkerColumn:
        return tr("Worker");
    case DoneColumn:
        return tr("Done");
    case FailedColumn:
        return tr("Failed");
    case RetriedColumn:
        return tr("After a retry");
    case LastSeenColumn:
        return tr("Last result");
    }
    return {};
}

} // namespace sagascope
