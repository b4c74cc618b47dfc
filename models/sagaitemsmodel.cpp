// SPDX-License-Identifier: MIT
#include "sagaitemsmodel.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "recordedevent.h"

#include <QColor>
#include <QJsonObject>

namespace sagascope {

SagaItemsModel::SagaItemsModel(SagaItemKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

SagaItemsModel::~SagaItemsModel() = default;

bool SagaItemsModel::columnApplies(SagaItemKind kind, int column)
{
    switch (column) {
    case VersionColumn:
    case IdColumn:
    case CreatedColumn:
    case DetailColumn:
        return true;
    case TypeColumn:
        return kind == SagaItemKind::Activity || kind == SagaItemKind::ChildWorkflow;
    case StatusColumn:
    case ClosedColumn:
    case DurationColumn:
        return kind != SagaItemKind::Signal;
    case AttemptColumn:
        return kind == SagaItemKind::Activity;
    case StartedColumn:
        return kind == SagaItemKind::Activity || kind == SagaItemKind::ChildWorkflow;
    }
    return false;
}

void SagaItemsModel::clear()
{
    beginResetModel();
    m_snapshot.reset();
    m_items.clear();
    endResetModel();
}

void SagaItemsModel::setSnapshot(const SagaSnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    const QList<SagaItem>& now = snapshot->items(m_kind);
    if (!m_snapshot || m_snapshot->streamId != snapshot->streamId) {
        beginResetModel();
        m_snapshot = snapshot;
        m_items = now;
        endResetModel();
        return;
    }
    const SagaItemsUpdate update = compareSagaItems(m_items, now);
    const int common = static_cast<int>(update.commonRows);
    if (m_items.size() > now.size()) {
        beginRemoveRows({}, common, static_cast<int>(m_items.size()) - 1);
        m_items.resize(common);
        endRemoveRows();
    }
    if (now.size() > m_items.size()) {
        beginInsertRows({}, static_cast<int>(m_items.size()), static_cast<int>(now.size()) - 1);
        m_items = now;
        m_snapshot = snapshot;
        endInsertRows();
    }
    m_items = now;
    m_snapshot = snapshot;
    for (const auto& [first, last] : update.changedRuns)
        Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(static_cast<int>(last), ColumnCount - 1));
}

const SagaItem* SagaItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int SagaItemsModel::firstChangedRow() const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).changed)
            return static_cast<int>(i);
    }
    return -1;
}

int SagaItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SagaItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SagaItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString SagaItemsModel::detailText(const SagaItem& item) const
{
    if (!item.failure.isUndefined() && !item.failure.isNull()) {
        const QJsonObject f = item.failure.toObject();
        const QString message = f.value(QLatin1StringView("message")).toString();
        if (!message.isEmpty())
            return message;
        return jsonPreview(item.failure);
    }
    if (!item.result.isUndefined() && !item.result.isNull())
        return jsonPreview(item.result);
    if (!item.input.isUndefined() && !item.input.isNull()) {
        if (m_kind == SagaItemKind::Timer && item.input.isDouble())
            return tr("fires after %1").arg(durationText(static_cast<qint64>(item.input.toDouble() * 1e6)));
        return jsonPreview(item.input);
    }
    return QString();
}

QVariant SagaItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SagaItem& it = m_items.at(index.row());
    const qint64 end = it.closedUs != 0 ? it.closedUs : (m_snapshot ? m_snapshot->atUs : 0);
    const bool timed = it.createdUs != 0 && end >= it.createdUs && it.kind != SagaItemKind::Signal;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return it.version;
        case IdColumn:
            return it.id;
        case TypeColumn:
            return it.local ? tr("%1 (local)").arg(it.type) : it.type;
        case StatusColumn:
            return QString(it.status).replace(QLatin1Char('_'), QLatin1Char(' '));
        case AttemptColumn:
            return it.attempt > 0 ? QVariant(it.attempt) : QVariant();
        case CreatedColumn:
            return it.createdUs != 0 ? localTimeText(it.createdUs) : QString();
        case StartedColumn:
            return it.startedUs != 0 ? localTimeText(it.startedUs) : QString();
        case ClosedColumn:
            return it.closedUs != 0 ? localTimeText(it.closedUs) : QString();
        case DurationColumn:
            if (!timed)
                return QString();
            // An open item has run for as long as the selected point is past its start.
            return it.closedUs != 0 ? durationText(end - it.createdUs)
                                    : tr("%1 so far").arg(durationText(end - it.createdUs));
        case DetailColumn:
            return detailText(it);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn)
            return detailText(it);
        if (index.column() == CreatedColumn && it.createdUs != 0)
            return isoFromUs(it.createdUs);
        if (index.column() == StartedColumn && it.startedUs != 0)
            return isoFromUs(it.startedUs);
        if (index.column() == ClosedColumn && it.closedUs != 0)
            return isoFromUs(it.closedUs);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == AttemptColumn || index.column() == DurationColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !it.status.isEmpty())
            return statusColor(it.status);
        if (index.column() == DetailColumn && it.isFailure())
            return failureColor();
        break;
    case Qt::BackgroundRole:
        if (it.changed) {
            QColor tint = stateChangeColor(StateChange::Kind::Changed);
            tint.setAlpha(56);
            return tint;
        }
        if (it.isFailure()) {
            QColor tint = failureColor();
            tint.setAlpha(28);
            return tint;
        }
        break;
    case VersionRole:
        return it.version;
    case StatusRole:
        return it.status;
    case StatusColorRole:
        return statusColor(it.status);
    case FailureRole:
        return it.isFailure();
    case OpenRole:
        return it.isOpen();
    case ChangedRole:
        return it.changed;
    case SortRole:
        switch (index.column()) {
        case VersionColumn:
            return it.version;
        case IdColumn:
            return it.id;
        case TypeColumn:
            return it.type;
        case StatusColumn:
            return it.status;
        case AttemptColumn:
            return it.attempt;
        case CreatedColumn:
            return it.createdUs;
        case StartedColumn:
            return it.startedUs;
        case ClosedColumn:
            return it.closedUs;
        case DurationColumn:
            return timed ? end - it.createdUs : qint64(-1);
        case DetailColumn:
            return detailText(it);
        }
        break;
    }
    return {};
}

QVariant SagaItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole
        && (section == VersionColumn || section == AttemptColumn || section == DurationColumn))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Event");
    case IdColumn:
        switch (m_kind) {
        case SagaItemKind::Activity:
            return tr("Activity id");
        case SagaItemKind::Timer:
            return tr("Timer id");
        case SagaItemKind::ChildWorkflow:
            return tr("Workflow id");
        case SagaItemKind::Signal:
            return tr("Signal");
        }
        break;
    case TypeColumn:
        return m_kind == SagaItemKind::ChildWorkflow ? tr("Workflow type") : tr("Activity type");
    case StatusColumn:
        return tr("Status");
    case AttemptColumn:
        return tr("Attempt");
    case CreatedColumn:
        switch (m_kind) {
        case SagaItemKind::Activity:
            return tr("Scheduled");
        case SagaItemKind::Timer:
            return tr("Started");
        case SagaItemKind::ChildWorkflow:
            return tr("Initiated");
        case SagaItemKind::Signal:
            return tr("Received");
        }
        break;
    case StartedColumn:
        return tr("Started");
    case ClosedColumn:
        return m_kind == SagaItemKind::Timer ? tr("Fired or cancelled") : tr("Closed");
    case DurationColumn:
        return tr("Duration");
    case DetailColumn:
        return m_kind == SagaItemKind::Signal ? tr("Input") : tr("Result or failure");
    }
    return {};
}

} // namespace sagascope
