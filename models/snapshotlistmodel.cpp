// SPDX-License-Identifier: MIT
#include "snapshotlistmodel.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "reducers.h"
#include "snapshots.h"
#include "storesession.h"

#include <QColor>
#include <QLocale>

namespace sagascope {

SnapshotListModel::SnapshotListModel(StoreSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    qRegisterMetaType<sagascope::VerifyReport>();
    connect(m_session, &StoreSession::closed, this, &SnapshotListModel::clear);
}

SnapshotListModel::~SnapshotListModel() = default;

void SnapshotListModel::clear()
{
    setStream(StreamInfo {});
}

void SnapshotListModel::setStream(const StreamInfo& stream)
{
    ++m_generation; // answers for the previous stream are dropped
    m_stream = stream;
    m_report.reset();
    const bool wasBusy = isBusy();
    m_listRequest = 0;
    m_taskRequest = 0;
    setRows({});
    if (wasBusy)
        Q_EMIT busyChanged(false);
    if (!stream.streamId.isEmpty())
        reload();
}

void SnapshotListModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SnapshotListModel::reload()
{
    if (m_stream.streamId.isEmpty())
        return;
    const QString streamId = m_stream.streamId;
    const QString streamType = m_stream.streamType;
    const quint64 generation = m_generation;
    m_listRequest = m_session->run<QList<Row>>(
        this,
        [streamId, streamType](EventStore& store) -> Result<QList<Row>> {
            const auto reducer = inspectorReducers().forStreamType(streamType);
            auto snapshots = store.readSnapshots(streamId, 0);
            if (!snapshots)
                return std::unexpected(snapshots.error());
            QList<Row> rows;
            for (const SnapshotRecord& s : std::as_const(*snapshots)) {
                Row row;
                row.stateBytes = s.state.size();
                auto restored = SnapshotManager::restore(s, *reducer);
                row.usable = restored.has_value();
                if (!restored)
                    row.problem = restored.error().message;
                row.snapshot = s;
                row.snapshot.state.clear(); // a large state is not kept for a table row
                rows.append(row);
            }
            return rows;
        },
        [this, generation](Result<QList<Row>> rows) {
            if (generation != m_generation)
                return;
            m_listRequest = 0;
            if (!rows) {
                Q_EMIT loadFailed(rows.error());
                return;
            }
            setRows(*rows);
            Q_EMIT loaded(static_cast<int>(m_rows.size()));
        });
}

void SnapshotListModel::createSnapshot(qint64 version)
{
    if (m_stream.streamId.isEmpty() || isBusy())
        return;
    const QString streamId = m_stream.streamId;
    const QString streamType = m_stream.streamType;
    const quint64 generation = m_generation;
    m_taskRequest = m_session->run<SnapshotRecord>(
        this,
        [streamId, streamType, version](EventStore& store) -> Result<SnapshotRecord> {
            SnapshotManager manager(store);
            return manager.take(streamId, *inspectorReducers().forStreamType(streamType), version);
        },
        [this, generation](Result<SnapshotRecord> taken) {
            if (generation != m_generation)
                return;
            m_taskRequest = 0;
            Q_EMIT busyChanged(false);
            if (!taken) {
                Q_EMIT taskFailed(taken.error());
                return;
            }
            Q_EMIT snapshotCreated(taken->version);
            reload();
        });
    Q_EMIT busyChanged(true);
}

void SnapshotListModel::verify()
{
    if (m_stream.streamId.isEmpty() || isBusy())
        return;
    const QString streamId = m_stream.streamId;
    const QString streamType = m_stream.streamType;
    const quint64 generation = m_generation;
    m_taskRequest = m_session->run<VerifyReport>(
        this,
        [streamId, streamType](EventStore& store) {
            return verifyStream(store, streamId, *inspectorReducers().forStreamType(streamType));
        },
        [this, generation](Result<VerifyReport> report) {
            if (generation != m_generation)
                return;
            m_taskRequest = 0;
            Q_EMIT busyChanged(false);
            if (!report) {
                Q_EMIT taskFailed(report.error());
                return;
            }
            m_report = *report;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
            Q_EMIT verified(*m_report);
        });
    Q_EMIT busyChanged(true);
}

std::optional<SnapshotCheck> SnapshotListModel::checkAt(int row) const
{
    if (!m_report || row < 0 || row >= m_rows.size())
        return std::nullopt;
    const SnapshotRecord& s = m_rows.at(row).snapshot;
    for (const SnapshotCheck& check : m_report->snapshots) {
        if (check.snapshot.version == s.version && check.snapshot.reducer == s.reducer)
            return check;
    }
    return std::nullopt;
}

int SnapshotListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SnapshotListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SnapshotListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SnapshotListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const SnapshotRecord& s = row.snapshot;
    const std::optional<SnapshotCheck> check = checkAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return s.version;
        case ReducerColumn:
            return tr("%1 %2").arg(s.reducer, QString::number(s.reducerVersion));
        case CodecColumn:
            return s.codec;
        case SizeColumn:
            return QLocale().formattedDataSize(row.stateBytes);
        case HashColumn:
            return QString::fromLatin1(s.stateHash.left(12));
        case CreatedColumn:
            return s.createdAtUs != 0 ? localTimeText(s.createdAtUs) : QString();
        case UsableColumn:
            return row.usable ? tr("yes") : tr("no: %1").arg(row.problem);
        case VerifiedColumn:
            if (!check)
                return m_report ? tr("not checked") : QString();
            return check->matches ? tr("matches replay") : tr("differs: %1").arg(check->problem);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == HashColumn)
            return QString::fromLatin1(s.stateHash);
        if (index.column() == UsableColumn && !row.usable)
            return row.problem;
        if (index.column() == VerifiedColumn && check && !check->matches)
            return check->problem;
        if (index.column() == CreatedColumn && s.createdAtUs != 0)
            return isoFromUs(s.createdAtUs);
        break;
    case Qt::ForegroundRole:
        if (index.column() == UsableColumn)
            return row.usable ? statusColor(QStringLiteral("completed")) : failureColor();
        if (index.column() == VerifiedColumn && check)
            return check->matches ? statusColor(QStringLiteral("completed")) : failureColor();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == SizeColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        break;
    case VersionRole:
        return s.version;
    case UsableRole:
        return row.usable;
    case ProblemRole:
        if (check && !check->matches)
            return check->problem;
        return row.problem;
    case VerifiedRole:
        return check ? (check->matches ? 1 : 0) : -1;
    case SortRole:
        switch (index.column()) {
        case VersionColumn:
            return s.version;
        case ReducerColumn:
            return s.reducer;
        case CodecColumn:
            return s.codec;
        case SizeColumn:
            return row.stateBytes;
        case HashColumn:
            return QString::fromLatin1(s.stateHash);
        case CreatedColumn:
            return s.createdAtUs;
        case UsableColumn:
            return row.usable;
        case VerifiedColumn:
            return check ? (check->matches ? 1 : 0) : -1;
        }
        break;
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case ReducerColumn:
        return tr("Reducer");
    case CodecColumn:
        return tr("Codec");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("Hash");
    case CreatedColumn:
        return tr("Created");
    case UsableColumn:
        return tr("Usable");
    case VerifiedColumn:
        return tr("Verified");
    }
    return {};
}

} // namespace sagascope
