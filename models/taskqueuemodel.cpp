// SPDX-License-Identifier: MIT
#include "taskqueuemodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>

namespace sagascope {

void TaskQueueModel::setQueues(const QList<nats::QueueStatus>& queues)
{
    const bool sameRows = queues.size() == m_queues.size()
        && std::equal(queues.cbegin(), queues.cend(), m_queues.cbegin(),
            [](const nats::QueueStatus& a, const nats::QueueStatus& b) { return a.queue == b.queue; });
    if (!sameRows) {
        beginResetModel();
        m_queues = queues;
        endResetModel();
        return;
    }
    m_queues = queues;
    if (!m_queues.isEmpty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, ColumnCount - 1));
}

int TaskQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int TaskQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nats::QueueStatus& q = m_queues[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != QueueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == DeadLetteredColumn && q.deadLettered > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == RedeliveredColumn && q.redelivered > 0)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == IdleWorkersColumn && !q.hasConsumer)
        return tr("No worker has taken a task from this queue yet.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case QueueColumn:
        return q.queue;
    case WaitingColumn:
        return countText(qint64(q.waiting));
    case InProgressColumn:
        return q.hasConsumer ? countText(q.inProgress) : QString();
    case UndeliveredColumn:
        return q.hasConsumer ? countText(qint64(q.undelivered)) : QString();
    case RedeliveredColumn:
        return q.hasConsumer ? countText(q.redelivered) : QString();
    case IdleWorkersColumn:
        return q.hasConsumer ? countText(q.idleWorkers) : tr("none yet");
    case DeadLetteredColumn:
        return countText(qint64(q.deadLettered));
    }
    return {};
}

QVariant TaskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WaitingColumn:
            return tr("Tasks in the queue: held by a worker or not handed out yet");
        case InProgressColumn:
            return tr("Tasks handed to a worker and not settled yet, failed ones waiting for their retry included");
        case UndeliveredColumn:
            return tr("Tasks no worker has been given yet");
        case RedeliveredColumn:
            return tr("Held tasks that were handed out before: after a failure or a worker that went away");
        case IdleWorkersColumn:
            return tr("Workers waiting for a task right now");
        case DeadLetteredColumn:
            return tr("Tasks that failed on every attempt, kept in the dead-letter stream");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case WaitingColumn:
        return tr("Waiting");
    case InProgressColumn:
        return tr("In progress");
    case UndeliveredColumn:
        return tr("Not handed out");
    case RedeliveredColumn:
        return tr("Redelivered");
    case IdleWorkersColumn:
        return tr("Idle workers");
    case DeadLetteredColumn:
        return tr("Dead-lettered");
    }
    return {};
}

} // namespace sagascope
