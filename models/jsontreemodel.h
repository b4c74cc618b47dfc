// SPDX-License-Identifier: MIT
// JSON documents (an event's payload and metadata) as an expandable tree of key, value and type.
// Works on the exact stored text: numbers show as written (12345678901234567890 stays so), and
// the children of a node are scanned only when a view first asks for them, so a large payload
// costs nothing until it is expanded.
#pragma once

#include "jsontext.h"
#include "recordedevent.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>
#include <vector>

namespace sagascope {

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Roles
    {
        RawJsonRole = Qt::UserRole, // the node's value exactly as stored (QString)
        PathRole, // e.g. payload.items[0].sku
        KindRole, // JsonKind as int
        SortRole,
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // One document; its members (or items) are the top-level rows.
    void setJson(const QByteArray& text);
    // Named documents as top-level rows, each expandable (e.g. "payload" and "metadata").
    void setDocuments(const QList<QPair<QString, QByteArray>>& documents);
    // The event's payload and metadata as two top-level rows.
    void setEvent(const RecordedEvent& event);
    void clear();

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
    Node* nodeFor(const QModelIndex& index) const;
    void ensureChildren(Node* node) const;
    QString valueText(const Node* node) const;
    QString path(const Node* node) const;
    static QString kindName(JsonKind kind);

    std::unique_ptr<Node> m_root;
    QList<QByteArray> m_texts; // the documents, which nodes point into
};

} // namespace sagascope
