// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "recordedevent.h"

#include <QColor>

#include <algorithm>

namespace sagascope {

namespace {

EventCategory categoryOfItem(const SagaItem& item)
{
    switch (item.kind) {
    case SagaItemKind::Activity:
        return item.local ? EventCategory::LocalActivity : EventCategory::Activity;
    case SagaItemKind::Timer:
        return EventCategory::Timer;
    case SagaItemKind::ChildWorkflow:
        return EventCategory::ChildWorkflow;
    case SagaItemKind::Signal:
        break;
    }
    return EventCategory::Signal;
}

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

TimelineModel::~TimelineModel() = default;

void TimelineModel::setSnapshot(const SagaSnapshotPtr& snapshot)
{
    // A reset costs nothing here: the rows are the snapshot's list, and the view keeps its own
    // scroll position and zoom, which do not depend on indexes.
    beginResetModel();
    m_snapshot = snapshot;
    endResetModel();
}

void TimelineModel::clear()
{
    setSnapshot({});
}

qint64 TimelineModel::firstUs() const
{
    return m_snapshot ? m_snapshot->firstUs : 0;
}

qint64 TimelineModel::lastUs() const
{
    return m_snapshot ? m_snapshot->lastUs : 0;
}

qint64 TimelineModel::atUs() const
{
    return m_snapshot ? m_snapshot->atUs : 0;
}

int TimelineModel::rowAtOrBeforeVersion(qint64 version) const
{
    if (!m_snapshot)
        return -1;
    const QList<SagaItem>& rows = m_snapshot->timeline;
    const auto it = std::upper_bound(
        rows.cbegin(), rows.cend(), version, [](qint64 v, const SagaItem& item) { return v < item.version; });
    return static_cast<int>(it - rows.cbegin()) - 1;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->timeline.size());
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString TimelineModel::label(const SagaItem& item) const
{
    switch (item.kind) {
    case SagaItemKind::Activity:
        return item.type.isEmpty() ? item.id : tr("%1 · %2").arg(item.type, item.id);
    case SagaItemKind::Timer:
        return tr("Timer %1").arg(item.id);
    case SagaItemKind::ChildWorkflow:
        return item.type.isEmpty() ? item.id : tr("%1 · %2").arg(item.type, item.id);
    case SagaItemKind::Signal:
        break;
    }
    return item.id;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SagaItem& it = m_snapshot->timeline.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return label(it);
    case Qt::ToolTipRole: {
        QStringList lines { label(it), tr("Status: %1").arg(it.status) };
        if (it.attempt > 1)
            lines.append(tr("Attempt %1").arg(it.attempt));
        lines.append(tr("Created %1 (event %2)").arg(localTimeText(it.createdUs)).arg(it.version));
        if (it.startedUs != 0)
            lines.append(tr("Started %1").arg(localTimeText(it.startedUs)));
        if (it.closedUs != 0)
            lines.append(
                tr("Closed %1, after %2").arg(localTimeText(it.closedUs), durationText(it.closedUs - it.createdUs)));
        else
            lines.append(tr("Still open at the selected event"));
        if (!it.failure.isUndefined() && !it.failure.isNull())
            lines.append(tr("Failure: %1").arg(jsonPreview(it.failure, 200)));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
    case ColorRole:
        return categoryColor(categoryOfItem(it));
    case KindRole:
        return static_cast<int>(it.kind);
    case VersionRole:
        return it.version;
    case CreatedRole:
        return it.createdUs;
    case StartedRole:
        return it.startedUs;
    case ClosedRole:
        return it.closedUs;
    case EndRole:
        return it.closedUs != 0 ? it.closedUs : std::max(it.createdUs, m_snapshot->atUs);
    case StatusRole:
        return it.status;
    case FailureRole:
        return it.isFailure();
    case OpenRole:
        return it.isOpen();
    case ChangedRole:
        return it.changed;
    }
    return {};
}

} // namespace sagascope
