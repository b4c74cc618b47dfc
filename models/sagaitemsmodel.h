// SPDX-License-Identifier: MIT
// One collection of a saga at the selected point (its activities, timers, child workflows or
// signals) as a table. Reads the SagaSnapshot a worker built; when the selection moves, rows are
// updated in place (changed, added or removed at the end) so sorting and selection survive
// scrubbing. Sort through a QSortFilterProxyModel on SortRole (raw numbers and times).
#pragma once

#include "sagasnapshot.h"

#include <QAbstractTableModel>

namespace sagascope {

class SagaItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        VersionColumn, // the creating event
        IdColumn,
        TypeColumn,
        StatusColumn,
        AttemptColumn,
        CreatedColumn,
        StartedColumn,
        ClosedColumn,
        DurationColumn,
        DetailColumn, // result, failure or input
        ColumnCount
    };
    enum Roles
    {
        VersionRole = Qt::UserRole, // qint64: the event that created the item
        StatusRole, // QString: the status as the reducer names it
        StatusColorRole, // QColor from statusColor()
        FailureRole, // bool: failed, timed out, or its last attempt failed
        OpenRole, // bool: still running or waiting at this point
        ChangedRole, // bool: the selected event (or the range since the pinned one) changed it
        SortRole, // raw values: numbers, microseconds, text
    };

    explicit SagaItemsModel(SagaItemKind kind, QObject* parent = nullptr);
    ~SagaItemsModel() override;

    SagaItemKind kind() const { return m_kind; }
    // Whether a column means something for this kind (the view hides the others).
    static bool columnApplies(SagaItemKind kind, int column);

    void setSnapshot(const SagaSnapshotPtr& snapshot);
    void clear();
    SagaSnapshotPtr snapshot() const { return m_snapshot; }
    const SagaItem* itemAt(int row) const;
    // The first row the selected event changed (-1 for none).
    int firstChangedRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QString detailText(const SagaItem& item) const;

    SagaItemKind m_kind;
    SagaSnapshotPtr m_snapshot;
    QList<SagaItem> m_items; // the snapshot's list of this kind
};

} // namespace sagascope
