// SPDX-License-Identifier: MIT
#include "signallogmodel.h"

#include "displayformat.h"
#include "modelstr.h"

#include <QBrush>
#include <QColor>
#include <QThreadPool>

#include <iterator>
#include <memory>
#include <vector>

namespace sagascope {

namespace {

constexpr qsizetype minimumCapacity = 10;
// A cell shows this much of a long payload; the tooltip has all of it.
constexpr qsizetype maxCellChars = 300;

QString cellText(const QString& text)
{
    return elidedText(text, maxCellChars);
}

// Removes the first `count` entries and frees them on a pool thread. They were allocated on the
// feed's thread; freeing tens of thousands of them here would contend with that thread for its
// malloc arena while the window waits (it showed as the GUI thread's largest cost under a flood).
void dropFront(std::deque<SignalLogEntry>& entries, qsizetype count)
{
    if (count <= 0)
        return;
    auto doomed = std::make_shared<std::vector<SignalLogEntry>>();
    doomed->reserve(size_t(count));
    std::move(entries.begin(), entries.begin() + count, std::back_inserter(*doomed));
    entries.erase(entries.begin(), entries.begin() + count);
    QThreadPool::globalInstance()->start([doomed]() mutable { doomed.reset(); });
}

} // namespace

SignalLogModel::SignalLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<SignalLogEntry>();
    qRegisterMetaType<QList<SignalLogEntry>>();
}

SignalLogModel::~SignalLogModel() = default;

int SignalLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SignalLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignalLogEntry& e = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return localTimeText(e.publishedAtUs);
        case SubjectColumn:
            return e.subject;
        case SagaColumn:
            return e.sagaId;
        case SignalColumn:
            return e.name;
        case HeadersColumn:
            return cellText(e.headersText);
        case PayloadColumn:
            return e.isMalformed() ? ModelsTr::tr("(%n byte(s), not shown)", nullptr, int(e.sizeBytes))
                                   : cellText(e.payloadText);
        case ProblemColumn:
            return e.malformedReason;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HeadersColumn:
            return e.headersText;
        case PayloadColumn:
            return e.payloadText;
        case ProblemColumn:
            return e.isMalformed() ? ModelsTr::tr("Malformed: %1. Not recorded in the store.").arg(e.malformedReason)
                                   : QVariant();
        default:
            return e.isMalformed() ? ModelsTr::tr("Malformed: %1").arg(e.malformedReason)
                                   : ModelsTr::tr("Stream sequence %1").arg(e.streamSequence);
        }
    case Qt::ForegroundRole:
        if (e.isMalformed())
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (e.isMalformed())
            return QBrush(QColor(0xff, 0xeb, 0xee));
        return {};
    case EntryRole:
        return QVariant::fromValue(e);
    case SagaIdRole:
        return e.sagaId;
    case SubjectRole:
        return e.subject;
    case MalformedRole:
        return e.isMalformed();
    case SortRole:
        return e.streamSequence;
    case NameRole:
        return e.name;
    case HeadersTextRole:
        return e.headersText;
    case PayloadTextRole:
        return e.payloadText;
    case MalformedReasonRole:
        return e.malformedReason;
    }
    return {};
}

QVariant SignalLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return ModelsTr::tr("Time");
    case SubjectColumn:
        return ModelsTr::tr("Subject");
    case SagaColumn:
        return ModelsTr::tr("Saga");
    case SignalColumn:
        return ModelsTr::tr("Signal");
    case HeadersColumn:
        return ModelsTr::tr("Headers");
    case PayloadColumn:
        return ModelsTr::tr("Payload");
    case ProblemColumn:
        return ModelsTr::tr("Malformed");
    }
    return {};
}

qsizetype SignalLogModel::dropChunk() const
{
    return std::max<qsizetype>(1, m_capacity / 10);
}

qsizetype SignalLogModel::chunksToDrop(qsizetype excess, qsizetype available) const
{
    if (excess <= 0)
        return 0;
    const qsizetype chunk = dropChunk();
    return std::min(available, (excess + chunk - 1) / chunk * chunk);
}

void SignalLogModel::setCapacity(qsizetype rows)
{
    m_capacity = std::max(rows, minimumCapacity);
    const auto size = static_cast<qsizetype>(m_rows.size());
    const qsizetype drop = chunksToDrop(size - m_capacity, size);
    if (drop > 0) {
        beginRemoveRows({}, 0, static_cast<int>(drop - 1));
        dropFront(m_rows, drop);
        m_dropped += drop;
        endRemoveRows();
    }
    const auto held = static_cast<qsizetype>(m_held.size());
    const qsizetype dropHeld = chunksToDrop(held - m_capacity, held);
    dropFront(m_held, dropHeld);
    m_dropped += dropHeld;
    Q_EMIT countsChanged();
}

void SignalLogModel::append(const QList<SignalLogEntry>& batch)
{
    if (batch.isEmpty())
        return;
    m_received += batch.size();
    for (const SignalLogEntry& e : batch)
        m_malformed += e.isMalformed() ? 1 : 0;
    // Of a batch larger than the window only the newest rows could ever be seen.
    const qsizetype skip = std::max<qsizetype>(0, batch.size() - m_capacity);
    m_dropped += skip;
    if (m_paused) {
        m_held.insert(m_held.end(), batch.begin() + skip, batch.end());
        const auto held = static_cast<qsizetype>(m_held.size());
        const qsizetype drop = chunksToDrop(held - m_capacity, held);
        dropFront(m_held, drop);
        m_dropped += drop;
    } else {
        showRows(batch.begin() + skip, batch.end());
    }
    Q_EMIT countsChanged();
}

template<typename It>
void SignalLogModel::showRows(It first, It last)
{
    const auto count = static_cast<qsizetype>(std::distance(first, last));
    if (count <= 0)
        return;
    const auto size = static_cast<qsizetype>(m_rows.size());
    const qsizetype drop = chunksToDrop(size + count - m_capacity, size);
    if (drop > 0) {
        beginRemoveRows({}, 0, static_cast<int>(drop - 1));
        dropFront(m_rows, drop);
        m_dropped += drop;
        endRemoveRows();
    }
    const auto firstRow = static_cast<int>(size - drop);
    beginInsertRows({}, firstRow, firstRow + static_cast<int>(count) - 1);
    m_rows.insert(m_rows.end(), first, last);
    endInsertRows();
}

void SignalLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        std::deque<SignalLogEntry> held;
        held.swap(m_held);
        showRows(held.begin(), held.end());
    }
    Q_EMIT countsChanged();
}

void SignalLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_held.clear();
    m_received = m_malformed = m_dropped = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace sagascope
