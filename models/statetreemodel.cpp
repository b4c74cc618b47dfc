// SPDX-License-Identifier: MIT
#include "statetreemodel.h"

#include "categorypalette.h"
#include "displayformat.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>

#include <vector>

namespace sagascope {

struct StateTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    QString key; // member name, or "[i]" for array items
    QString path; // JSON Pointer
    QJsonValue value; // the current value; the old one for removed nodes
    ChangeKind change = Unchanged;
    QJsonValue oldValue;
    bool listed = false;
    // Rows, made when first asked for: members of an object (removed ones merged in, in key
    // order), items of an array (removed trailing items after them).
    QStringList rowKeys; // objects: the member of each row
    std::vector<int> rowGhost; // per row: index into ghosts, or -1
    QList<Ghost> ghosts;
    std::vector<std::unique_ptr<Node>> children; // null until a view asks for the row
};

namespace {

QString unescapeToken(QStringView token)
{
    QString key = token.toString();
    key.replace(QLatin1String("~1"), QLatin1String("/"));
    key.replace(QLatin1String("~0"), QLatin1String("~"));
    return key;
}

StateChange::Kind toStateChangeKind(int kind)
{
    switch (kind) {
    case StateTreeModel::Added:
        return StateChange::Kind::Added;
    case StateTreeModel::Removed:
        return StateChange::Kind::Removed;
    default:
        break;
    }
    return StateChange::Kind::Changed;
}

} // namespace

StateTreeModel::StateTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->value = QJsonObject();
}

StateTreeModel::~StateTreeModel() = default;

void StateTreeModel::clear()
{
    setState({}, {});
}

void StateTreeModel::setState(const QJsonObject& state, const QList<StateChange>& changes)
{
    beginResetModel();
    m_state = state;
    m_root = std::make_unique<Node>();
    m_root->value = state;
    m_changes.clear();
    m_changeOrder.clear();
    m_changesBelow.clear();
    m_removedByParent.clear();
    for (const StateChange& c : changes) {
        ChangeKind kind = Changed;
        if (c.kind == StateChange::Kind::Added)
            kind = Added;
        else if (c.kind == StateChange::Kind::Removed)
            kind = Removed;
        m_changes.insert(c.path, Change { kind, c.oldValue });
        m_changeOrder.append(c.path);
        // Every proper ancestor (the root is "") learns there is a change below it.
        for (qsizetype slash = c.path.lastIndexOf(QLatin1Char('/')); slash >= 0;
             slash = slash == 0 ? -1 : c.path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
            ++m_changesBelow[c.path.left(slash)];
        }
        if (kind == Removed) {
            const qsizetype slash = c.path.lastIndexOf(QLatin1Char('/'));
            m_removedByParent[c.path.left(slash)].append(
                Ghost { unescapeToken(QStringView(c.path).mid(slash + 1)), c.oldValue });
        }
    }
    endResetModel();
}

StateTreeModel::Node* StateTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

void StateTreeModel::listChildren(Node* node) const
{
    if (node->listed)
        return;
    // Listing rows the model always had: views see no structural change.
    node->listed = true;
    const bool ghostSubtree = node->change == Removed;
    if (!ghostSubtree)
        node->ghosts = m_removedByParent.value(node->path);
    if (node->value.isObject()) {
        const QStringList keys = node->value.toObject().keys();
        // Merge the removed members into the key order.
        QList<std::pair<QString, int>> rows;
        rows.reserve(keys.size() + node->ghosts.size());
        for (const QString& k : keys)
            rows.append({ k, -1 });
        for (int g = 0; g < node->ghosts.size(); ++g)
            rows.append({ node->ghosts[g].key, g });
        if (!node->ghosts.isEmpty())
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [key, ghost] : rows) {
            node->rowKeys.append(key);
            node->rowGhost.push_back(ghost);
        }
    } else if (node->value.isArray()) {
        const qsizetype size = node->value.toArray().size();
        node->rowGhost.assign(static_cast<size_t>(size), -1);
        // Removed items are the ones past the new end: keep them in index order.
        std::stable_sort(node->ghosts.begin(), node->ghosts.end(),
            [](const Ghost& a, const Ghost& b) { return a.key.toLongLong() < b.key.toLongLong(); });
        for (int g = 0; g < node->ghosts.size(); ++g)
            node->rowGhost.push_back(g);
    } else {
        node->ghosts.clear();
    }
    node->children.resize(node->rowGhost.size());
}

StateTreeModel::Node* StateTreeModel::childAt(Node* node, int row) const
{
    listChildren(node);
    if (row < 0 || row >= static_cast<int>(node->children.size()))
        return nullptr;
    std::unique_ptr<Node>& slot = node->children[static_cast<size_t>(row)];
    if (slot)
        return slot.get();
    auto child = std::make_unique<Node>();
    child->parent = node;
    child->row = row;
    const int ghost = node->rowGhost[static_cast<size_t>(row)];
    const bool isArray = node->value.isArray();
    QString token;
    if (ghost >= 0) {
        const Ghost& g = node->ghosts[ghost];
        token = isArray ? g.key : jsonPointerToken(g.key);
        child->key = isArray ? QStringLiteral("[%1]").arg(g.key) : g.key;
        child->value = g.oldValue;
        child->oldValue = g.oldValue;
        child->change = Removed;
    } else if (isArray) {
        token = QString::number(row);
        child->key = QStringLiteral("[%1]").arg(row);
        child->value = node->value.toArray().at(row);
    } else {
        const QString& key = node->rowKeys[row];
        token = jsonPointerToken(key);
        child->key = key;
        child->value = node->value.toObject().value(key);
    }
    child->path = node->path + QLatin1Char('/') + token;
    if (ghost < 0) {
        const auto change = m_changes.constFind(child->path);
        if (change != m_changes.cend()) {
            child->change = change->kind;
            child->oldValue = change->oldValue;
        } else if (node->change == Added) {
            child->change = Added; // inside something that is new as a whole
        } else if (node->change == Removed) {
            child->change = Removed;
            child->oldValue = child->value;
        } else if (node->change == Changed && node->oldValue.type() != node->value.type()) {
            child->change = Added; // the value became a container: everything in it is new
        }
    }
    slot = std::move(child);
    return slot.get();
}

QModelIndex StateTreeModel::indexOfPath(const QString& pointer) const
{
    if (pointer.isEmpty())
        return {};
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    Node* node = m_root.get();
    QModelIndex index;
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(QLatin1Char('/'));
    for (const QStringView token : tokens) {
        listChildren(node);
        int row = -1;
        if (node->value.isArray()) {
            bool ok = false;
            row = token.toInt(&ok);
            if (!ok)
                return {};
        } else {
            row = static_cast<int>(node->rowKeys.indexOf(unescapeToken(token)));
        }
        Node* child = childAt(node, row);
        if (!child)
            return {};
        index = createIndex(row, 0, child);
        node = child;
    }
    return index;
}

QModelIndex StateTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node* child = childAt(nodeFor(parent), row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex StateTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int StateTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node* node = nodeFor(parent);
    listChildren(node);
    return static_cast<int>(node->children.size());
}

int StateTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

bool StateTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node* node = nodeFor(parent);
    if (node->listed)
        return !node->children.empty();
    if (node->value.isObject())
        return !node->value.toObject().isEmpty() || m_removedByParent.contains(node->path);
    if (node->value.isArray())
        return !node->value.toArray().isEmpty() || m_removedByParent.contains(node->path);
    return false;
}

Qt::ItemFlags StateTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString StateTreeModel::valueText(const Node* node) const
{
    const QJsonValue& v = node->value;
    switch (v.type()) {
    case QJsonValue::String: {
        QString s = v.toString();
        s.replace(QLatin1Char('\n'), QChar(0x21b5));
        return s;
    }
    case QJsonValue::Double:
        return jsonNumberText(v.toDouble());
    case QJsonValue::Array: {
        const qsizetype n = v.toArray().size();
        // Long arrays are counted, not previewed: a preview would only show their start.
        if (n > 8)
            return tr("[%n item(s)]", nullptr, static_cast<int>(n));
        return jsonPreview(v);
    }
    default:
        break;
    }
    return jsonPreview(v);
}

QVariant StateTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeFor(index);
    const int below = m_changesBelow.value(node->path) + (node->change != Unchanged ? 1 : 0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            return valueText(node);
        case ChangeColumn:
            switch (node->change) {
            case Added:
                return tr("added");
            case Removed:
                return tr("removed");
            case Changed:
                return tr("changed");
            case Unchanged:
                break;
            }
            if (below > 0)
                return tr("%n change(s) inside", nullptr, below);
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return node->path;
        switch (node->change) {
        case Added:
            return tr("Added: %1").arg(jsonPreview(node->value, 400));
        case Removed:
            return tr("Removed; it was: %1").arg(jsonPreview(node->oldValue, 400));
        case Changed:
            return tr("Changed; it was: %1").arg(jsonPreview(node->oldValue, 400));
        case Unchanged:
            break;
        }
        if (index.column() == ValueColumn)
            return jsonPreview(node->value, 400);
        break;
    case Qt::BackgroundRole:
        if (node->change != Unchanged) {
            QColor tint = stateChangeColor(toStateChangeKind(node->change));
            tint.setAlpha(56);
            return tint;
        }
        break;
    case Qt::ForegroundRole:
        if (node->change == Removed)
            return QColor(Qt::gray);
        if (index.column() == ChangeColumn && node->change != Unchanged)
            return stateChangeColor(toStateChangeKind(node->change)).darker(130);
        if (index.column() == ValueColumn) {
            switch (node->value.type()) {
            case QJsonValue::String:
                return QColor(0x2e, 0x7d, 0x32);
            case QJsonValue::Double:
                return QColor(0x15, 0x65, 0xc0);
            case QJsonValue::Bool:
            case QJsonValue::Null:
                return QColor(0x8e, 0x24, 0xaa);
            default:
                return QColor(0x75, 0x75, 0x75);
            }
        }
        break;
    case Qt::FontRole:
        if (node->change == Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (index.column() == KeyColumn && below > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case PathRole:
        return node->path;
    case ChangeRole:
        return static_cast<int>(node->change);
    case OldValueRole:
        if (node->change == Changed || node->change == Removed)
            return jsonPreview(node->oldValue, 4000);
        return QString();
    case ContainsChangesRole:
        return below > 0;
    case ChangesBelowRole:
        return below;
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    case SortRole:
        if (node->parent && node->parent->value.isArray())
            return node->row;
        return node->key;
    }
    return {};
}

QVariant StateTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace sagascope
