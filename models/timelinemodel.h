// SPDX-License-Identifier: MIT
// The rows of the saga timeline (a Gantt chart like Temporal's): one bar per activity, timer and
// child workflow, in the order they were created, with the times of their steps (created →
// started → closed; open ones end at the selected point), their category's colour and whether
// they failed. The bars come precomputed in a SagaSnapshot built by a worker; this model only
// answers roles, so a view can ask for the few rows it shows.
#pragma once

#include "sagasnapshot.h"

#include <QAbstractListModel>

namespace sagascope {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole, // int (SagaItemKind)
        VersionRole, // qint64: the event that created the item (clicking the bar selects it)
        CreatedRole, // qint64 µs
        StartedRole, // qint64 µs, 0 = no started step
        ClosedRole, // qint64 µs, 0 = open at the selected point
        EndRole, // qint64 µs: closed, or the selected point's time for open items
        StatusRole, // QString
        ColorRole, // QColor: categoryColor() of the item's category
        FailureRole, // bool
        OpenRole, // bool
        ChangedRole, // bool: the selected event (or the range since the pinned one) changed it
    };

    explicit TimelineModel(QObject* parent = nullptr);
    ~TimelineModel() override;

    void setSnapshot(const SagaSnapshotPtr& snapshot);
    void clear();
    SagaSnapshotPtr snapshot() const { return m_snapshot; }

    // The time span the bars cover (the selected point included), and the selected point.
    qint64 firstUs() const;
    qint64 lastUs() const;
    qint64 atUs() const;
    // The row of the last item created at or before `version` (-1 when none was).
    int rowAtOrBeforeVersion(qint64 version) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QString label(const SagaItem& item) const;

    SagaSnapshotPtr m_snapshot;
};

} // namespace sagascope
