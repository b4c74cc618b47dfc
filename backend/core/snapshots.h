// SPDX-License-Identifier: MIT
// Snapshots (seeds 001, 002): taking them by policy or on demand, loading a state from the newest
// usable one plus the events after it, and checking every snapshot against a full replay.
// A snapshot that cannot be decoded, whose hash does not match, or that another reducer (or
// another version of it) wrote is skipped with a warning: the state is then rebuilt by replay,
// never wrong and never a crash.
#pragma once

#include "eventcodec.h"
#include "eventstore.h"
#include "reducer.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace sagascope {

// When to snapshot: every N events per stream type (0 = never), default 100.
struct SnapshotPolicy
{
    int defaultEvery = 100;
    QHash<QString, int> everyByStreamType;

    int every(const QString& streamType) const { return everyByStreamType.value(streamType, defaultEvery); }
    // The versions after `before` up to `after` at which a snapshot is due.
    QList<qint64> dueVersions(const QString& streamType, qint64 before, qint64 after) const;
};

struct LoadedState
{
    std::unique_ptr<ReducerState> state;
    std::optional<qint64> fromSnapshot; // the version of the snapshot used, if any
    qint64 eventsFolded = 0;
    QStringList warnings; // snapshots skipped and why
};

struct SnapshotCheck
{
    SnapshotRecord snapshot;
    bool matches = false;
    QString problem; // why it does not match (empty when it does)
    QJsonObject stored; // the snapshot's state, when it could be decoded
    QJsonObject replayed; // the state rebuilt by replay at the same version
};

class SnapshotManager
{
public:
    // `store` must outlive the manager. Snapshots are written with `codecName` ("json" or "cbor").
    explicit SnapshotManager(EventStore& store, QString codecName = QStringLiteral("cbor"));

    // The hex SHA-256 of a state's compact JSON: what a snapshot's hash covers.
    static QByteArray stateHash(const QJsonObject& state);

    // Folds the stream up to `version` (0 = its last) and stores the state as a snapshot.
    Result<SnapshotRecord> take(const QString& streamId, const Reducer& reducer, qint64 version = 0);
    // Takes the snapshots the policy says are due after an append moved a stream from
    // `before` to `after`. Returns how many it took.
    Result<int> applyPolicy(const QString& streamId, const QString& streamType, const Reducer& reducer, qint64 before,
        qint64 after, const SnapshotPolicy& policy);
    // The state at `version` (0 = the last): newest usable snapshot at or before it plus the tail.
    Result<LoadedState> stateAt(const QString& streamId, const Reducer& reducer, qint64 version = 0);
    // Checks every snapshot of the stream against a replay of the events up to its version.
    Result<QList<SnapshotCheck>> verify(const QString& streamId, const Reducer& reducer);

    // Decodes a snapshot for `reducer`, or says why it cannot be used.
    static Result<std::unique_ptr<ReducerState>> restore(const SnapshotRecord& snapshot, const Reducer& reducer);

private:
    // Stores `state` (at its version) as this reducer's snapshot.
    Result<SnapshotRecord> save(
        const QString& streamId, const Reducer& reducer, const ReducerState& state, const EventCodec& codec);
    Result<std::unique_ptr<ReducerState>> foldRange(
        const QString& streamId, std::unique_ptr<ReducerState> state, qint64 toVersion, qint64* folded);
    EventStore& m_store;
    QString m_codecName;
};

} // namespace sagascope
