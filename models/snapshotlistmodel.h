// SPDX-License-Identifier: MIT
// The snapshots of one stream (newest first): version, the reducer and reducer version that wrote
// them, codec, size, hash, when they were taken, and whether they can be used (they decode, their
// hash matches, and the stream's reducer wrote them). Also takes a snapshot and verifies the
// stream (fingerprint chain, then every snapshot against replay), each as a job on the session's
// workers; a verification's result per snapshot shows in its row.
#pragma once

#include "error.h"
#include "recordedevent.h"
#include "verification.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaType>

#include <optional>

namespace sagascope {

class StoreSession;

class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        VersionColumn,
        ReducerColumn,
        CodecColumn,
        SizeColumn,
        HashColumn,
        CreatedColumn,
        UsableColumn,
        VerifiedColumn,
        ColumnCount
    };
    enum Roles
    {
        VersionRole = Qt::UserRole, // qint64
        UsableRole, // bool
        ProblemRole, // QString: why it cannot be used, or how it differs from replay
        VerifiedRole, // int: -1 not verified, 0 differs from replay, 1 matches
        SortRole, // raw values
    };

    explicit SnapshotListModel(StoreSession* session, QObject* parent = nullptr);
    ~SnapshotListModel() override;

    // Lists the snapshots of this stream, checked against the reducer its type gets.
    void setStream(const StreamInfo& stream);
    void clear();
    void reload();
    StreamInfo stream() const { return m_stream; }
    bool isLoading() const { return m_listRequest != 0; }
    bool isBusy() const { return m_taskRequest != 0; }

    // Folds the stream to `version` and stores the state as a snapshot (the store must be open for
    // writing); the list reloads when it is done.
    void createSnapshot(qint64 version);
    // Recomputes the fingerprint chain and checks every snapshot against a replay.
    void verify();
    // The last verification, if one finished for this stream.
    std::optional<VerifyReport> lastReport() const { return m_report; }
    // The check of the snapshot in `row` by the last verification, if any.
    std::optional<SnapshotCheck> checkAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    struct Row
    {
        SnapshotRecord snapshot; // without its state bytes (only the size is kept)
        qint64 stateBytes = 0;
        bool usable = false;
        QString problem;
    };

Q_SIGNALS:
    void loaded(int rows);
    void loadFailed(const sagascope::Error& error);
    void snapshotCreated(qint64 version);
    void verified(const sagascope::VerifyReport& report);
    void taskFailed(const sagascope::Error& error);
    void busyChanged(bool busy);

private:
    void setRows(const QList<Row>& rows);

    StoreSession* m_session;
    StreamInfo m_stream;
    QList<Row> m_rows;
    std::optional<VerifyReport> m_report;
    quint64 m_generation = 0;
    quint64 m_listRequest = 0;
    quint64 m_taskRequest = 0;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::VerifyReport)
