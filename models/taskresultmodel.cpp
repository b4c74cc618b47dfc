// SPDX-License-Identifier: MIT
#include "taskresultmodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>

namespace sagascope {

TaskResultModel::TaskResultModel(QObject* parent, qsizetype capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{ }

void TaskResultModel::addRecords(const QList<nats::TaskRecord>& records)
{
    if (records.isEmpty())
        return;
    const qsizetype take = std::min(records.size(), m_capacity);
    beginInsertRows({}, 0, int(take) - 1);
    for (qsizetype i = records.size() - take; i < records.size(); ++i)
        m_records.push_front(records[i]);
    endInsertRows();
    if (qsizetype(m_records.size()) > m_capacity) {
        beginRemoveRows({}, int(m_capacity), int(m_records.size()) - 1);
        m_records.resize(size_t(m_capacity));
        endRemoveRows();
    }
}

void TaskResultModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int TaskResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TaskResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nats::TaskRecord& r = m_records[size_t(index.row())];
    const bool failed = r.status == QLatin1String("failed");
    if (role == Qt::ForegroundRole && (index.column() == StatusColumn || index.column() == ErrorColumn) && failed)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && index.column() == AttemptsColumn && r.attempts > 1)
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !r.error.isEmpty())
        return r.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTimeText(r.timeUs);
    case QueueColumn:
        return r.queue;
    case TaskColumn:
        return r.taskId.toString(QUuid::WithoutBraces);
    case StatusColumn:
        return failed ? tr("failed") : r.status == QLatin1String("done") ? tr("done") : r.status;
    case AttemptsColumn:
        return r.attempts;
    case WorkerColumn:
        return r.worker;
    case ErrorColumn:
        return r.error;
    }
    return {};
}

QVariant TaskResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Settled");
    case QueueColumn:
        return tr("Queue");
    case TaskColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Result");
    case AttemptsColumn:
        return tr("Attempts");
    case WorkerColumn:
        return tr("Worker");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace sagascope
