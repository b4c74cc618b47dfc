// SPDX-License-Identifier: MIT
#include "tasklivemodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>

namespace sagascope {

void TaskLiveModel::setTasks(const QList<nats::LiveTask>& tasks)
{
    const bool same = tasks.size() == m_tasks.size()
        && std::equal(tasks.cbegin(), tasks.cend(), m_tasks.cbegin(),
            [](const auto& a, const auto& b) { return a.sequence == b.sequence && a.handedOut == b.handedOut; });
    if (same)
        return;
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

int TaskLiveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskLiveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskLiveModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const nats::LiveTask& t = m_tasks[index.row()];
    if (role == Qt::ForegroundRole && index.column() == StateColumn && t.handedOut)
        return QBrush(QColor(0x15, 0x65, 0xc0));
    if (role == Qt::ToolTipRole && index.column() == PayloadColumn)
        return QString::fromUtf8(t.payload);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PublishedColumn:
        return localTimeText(t.publishedAtUs);
    case QueueColumn:
        return t.queue;
    case StateColumn:
        return t.handedOut ? tr("with a worker") : tr("waiting");
    case TaskColumn:
        return t.taskId.isNull() ? QString() : t.taskId.toString(QUuid::WithoutBraces);
    case PayloadColumn:
        return elidedText(QString::fromUtf8(t.payload), 200);
    }
    return {};
}

QVariant TaskLiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StateColumn)
        return tr("With a worker: handed out and not settled (being worked on, or failed and waiting for its "
                  "retry). Waiting: no worker has had it yet.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PublishedColumn:
        return tr("Published");
    case QueueColumn:
        return tr("Queue");
    case StateColumn:
        return tr("State");
    case TaskColumn:
        return tr("Task");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

} // namespace sagascope
