// SPDX-License-Identifier: MIT
// A stream's state (the reducer's JSON document) as an expandable tree, with what the selected
// event changed marked on every node: added, removed (kept as a row, with its old value) or
// changed (old value as tool tip), and on every ancestor how many changes lie below it. Nodes are
// made only when a view asks for them, so a state with 200 000 activities costs nothing until
// the activities are expanded, and then only the rows on screen.
#pragma once

#include "statediff.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <memory>

namespace sagascope {

class StateTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns
    {
        KeyColumn,
        ValueColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Roles
    {
        PathRole = Qt::UserRole, // QString: the node's JSON Pointer, e.g. /activities/3/status
        ChangeRole, // int (ChangeKind): what happened to this node
        OldValueRole, // QString: the value before, compact JSON (changed and removed nodes)
        ContainsChangesRole, // bool: the node or a node below it changed
        ChangesBelowRole, // int: changes at or below the node
        JsonValueRole, // QJsonValue: the node's value (the old one for removed nodes)
        SortRole, // keys by name, array items by index
    };
    enum ChangeKind
    {
        Unchanged,
        Added,
        Removed,
        Changed,
    };
    Q_ENUM(ChangeKind)

    explicit StateTreeModel(QObject* parent = nullptr);
    ~StateTreeModel() override;

    // The state and what changed to reach it (diffStates(before, state)).
    void setState(const QJsonObject& state, const QList<StateChange>& changes = {});
    void clear();
    QJsonObject state() const { return m_state; }
    int changeCount() const { return static_cast<int>(m_changes.size()); }
    // The JSON Pointers of the changes, in diff order.
    QStringList changedPaths() const { return m_changeOrder; }

    // The node at a JSON Pointer (column 0), or an invalid index when there is none.
    QModelIndex indexOfPath(const QString& pointer) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node;
    struct Change
    {
        ChangeKind kind = Unchanged;
        QJsonValue oldValue;
    };
    struct Ghost
    {
        QString key;
        QJsonValue oldValue;
    };

    Node* nodeFor(const QModelIndex& index) const;
    void listChildren(Node* node) const;
    Node* childAt(Node* node, int row) const;
    QString valueText(const Node* node) const;

    QJsonObject m_state;
    std::unique_ptr<Node> m_root;
    QHash<QString, Change> m_changes; // by JSON Pointer
    QStringList m_changeOrder;
    QHash<QString, int> m_changesBelow; // every proper ancestor of a change -> changes below it
    QHash<QString, QList<Ghost>> m_removedByParent; // removed members, by their parent's pointer
};

} // namespace sagascope
