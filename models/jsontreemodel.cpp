// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include <QColor>

namespace sagascope {

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    int document = -1; // index into m_texts
    QString key; // member name, "[i]" for array items, the document name for documents
    bool isArrayItem = false;
    JsonKind kind = JsonKind::Invalid;
    qsizetype begin = 0; // the value's span in its document
    qsizetype end = 0;
    QString error; // why a document could not be read
    bool childrenScanned = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QByteArrayView textOf(const QList<QByteArray>& texts, int document)
{
    return document >= 0 && document < texts.size() ? QByteArrayView(texts[document]) : QByteArrayView();
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->childrenScanned = true;
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->childrenScanned = true;
    m_texts.clear();
    endResetModel();
}

void JsonTreeModel::setJson(const QByteArray& text)
{
    beginResetModel();
    m_texts = { text.isEmpty() ? QByteArrayLiteral("{}") : text };
    m_root = std::make_unique<Node>();
    m_root->document = 0;
    QString error;
    if (validateJson(m_texts[0], &error)) {
        const auto [begin, end] = jsonValueSpan(m_texts[0]);
        m_root->begin = begin;
        m_root->end = end;
        m_root->kind = jsonKindAt(m_texts[0], begin);
    } else {
        // The document is damaged: show one row saying why instead of an empty tree.
        m_root->childrenScanned = true;
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->key = tr("error");
        node->error = error;
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

void JsonTreeModel::setDocuments(const QList<QPair<QString, QByteArray>>& documents)
{
    beginResetModel();
    m_texts.clear();
    m_root = std::make_unique<Node>();
    m_root->childrenScanned = true;
    for (const auto& [name, text] : documents) {
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->row = static_cast<int>(m_root->children.size());
        node->key = name;
        node->document = static_cast<int>(m_texts.size());
        m_texts.append(text.isEmpty() ? QByteArrayLiteral("{}") : text);
        QString error;
        if (validateJson(m_texts.last(), &error)) {
            const auto [begin, end] = jsonValueSpan(m_texts.last());
            node->begin = begin;
            node->end = end;
            node->kind = jsonKindAt(m_texts.last(), begin);
        } else {
            node->error = error;
            node->childrenScanned = true;
        }
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
}

void JsonTreeModel::setEvent(const RecordedEvent& event)
{
    setDocuments({ { tr("payload"), event.payload }, { tr("metadata"), event.metadata } });
}

JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

void JsonTreeModel::ensureChildren(Node* node) const
{
    if (node->childrenScanned)
        return;
    // Scanning one level builds rows the model always had; views see no structural change.
    node->childrenScanned = true;
    if (node->kind != JsonKind::Object && node->kind != JsonKind::Array)
        return;
    const QByteArrayView text = textOf(m_texts, node->document);
    const QList<JsonMember> members = jsonMembers(text, node->begin, node->end);
    node->children.reserve(static_cast<size_t>(members.size()));
    for (const JsonMember& m : members) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = static_cast<int>(node->children.size());
        child->document = node->document;
        child->isArrayItem = node->kind == JsonKind::Array;
        child->key = child->isArrayItem ? QStringLiteral("[%1]").arg(child->row) : m.key;
        child->kind = jsonKindAt(text, m.begin);
        child->begin = m.begin;
        child->end = m.end;
        node->children.push_back(std::move(child));
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node* p = nodeFor(parent);
    ensureChildren(p);
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeFor(child);
    Node* p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node* p = nodeFor(parent);
    ensureChildren(p);
    return static_cast<int>(p->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node* p = nodeFor(parent);
    if (p->childrenScanned)
        return !p->children.empty();
    if (p->kind != JsonKind::Object && p->kind != JsonKind::Array)
        return false;
    return jsonHasMembers(textOf(m_texts, p->document), p->begin, p->end);
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString JsonTreeModel::kindName(JsonKind kind)
{
    switch (kind) {
    case JsonKind::Object:
        return tr("object");
    case JsonKind::Array:
        return tr("array");
    case JsonKind::String:
        return tr("string");
    case JsonKind::Number:
        return tr("number");
    case JsonKind::Bool:
        return tr("boolean");
    case JsonKind::Null:
        return tr("null");
    case JsonKind::Invalid:
        break;
    }
    return tr("invalid");
}

QString JsonTreeModel::valueText(const Node* node) const
{
    if (!node->error.isEmpty())
        return node->error;
    const QByteArrayView text = textOf(m_texts, node->document);
    switch (node->kind) {
    case JsonKind::Object:
        ensureChildren(const_cast<Node*>(node));
        return tr("{%n member(s)}", nullptr, static_cast<int>(node->children.size()));
    case JsonKind::Array:
        ensureChildren(const_cast<Node*>(node));
        return tr("[%n item(s)]", nullptr, static_cast<int>(node->children.size()));
    case JsonKind::String:
        return jsonStringValue(text, node->begin, node->end);
    case JsonKind::Number:
    case JsonKind::Bool:
    case JsonKind::Null:
        // The literal exactly as stored: no round trip through a double.
        return QString::fromUtf8(text.sliced(node->begin, node->end - node->begin));
    case JsonKind::Invalid:
        break;
    }
    return {};
}

QString JsonTreeModel::path(const Node* node) const
{
    QStringList parts;
    for (const Node* n = node; n && n != m_root.get(); n = n->parent) {
        if (n->isArrayItem || n->parent == m_root.get() || !n->parent)
            parts.prepend(n->key);
        else
            parts.prepend(QLatin1Char('.') + n->key);
    }
    return parts.join(QString());
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn: {
            QString text = valueText(node);
            // One line per cell; the full text is in the tool tip and the raw view.
            if (node->kind == JsonKind::String)
                text.replace(QLatin1Char('\n'), QStringLiteral("\u21b5"));
            return text;
        }
        case TypeColumn:
            return node->error.isEmpty() ? kindName(node->kind) : tr("error");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return valueText(node);
        if (index.column() == KeyColumn)
            return path(node);
        break;
    case Qt::ForegroundRole:
        if (index.column() != ValueColumn)
            break;
        if (!node->error.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        switch (node->kind) {
        case JsonKind::String:
            return QColor(0x2e, 0x7d, 0x32);
        case JsonKind::Number:
            return QColor(0x15, 0x65, 0xc0);
        case JsonKind::Bool:
        case JsonKind::Null:
            return QColor(0x8e, 0x24, 0xaa);
        default:
            return QColor(0x75, 0x75, 0x75);
        }
    case RawJsonRole: {
        const QByteArrayView text = textOf(m_texts, node->document);
        if (!node->error.isEmpty())
            return QString::fromUtf8(text);
        return QString::fromUtf8(text.sliced(node->begin, node->end - node->begin));
    }
    case PathRole:
        return path(node);
    case KindRole:
        return static_cast<int>(node->kind);
    case SortRole:
        if (index.column() == KeyColumn)
            return node->isArrayItem ? QVariant(node->row) : QVariant(node->key);
        if (index.column() == TypeColumn)
            return static_cast<int>(node->kind);
        return valueText(node);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace sagascope
