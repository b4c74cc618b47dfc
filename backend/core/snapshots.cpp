// SPDX-License-Identifier: MIT
#include "snapshots.h"

#include "coretr.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace sagascope {

QList<qint64> SnapshotPolicy::dueVersions(const QString& streamType, qint64 before, qint64 after) const
{
    const int n = every(streamType);
    QList<qint64> out;
    if (n <= 0)
        return out;
    for (qint64 v = (before / n + 1) * n; v <= after; v += n)
        out.append(v);
    return out;
}

SnapshotManager::SnapshotManager(EventStore& store, QString codecName)
    : m_store(store)
    , m_codecName(std::move(codecName))
{ }

QByteArray SnapshotManager::stateHash(const QJsonObject& state)
{
    return QCryptographicHash::hash(QJsonDocument(state).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

Result<std::unique_ptr<ReducerState>> SnapshotManager::foldRange(
    const QString& streamId, std::unique_ptr<ReducerState> state, qint64 toVersion, qint64* folded)
{
    qint64 at = state->version();
    if (at >= toVersion)
        return state;
    StreamQuery q;
    q.streamId = streamId;
    q.minVersion = at + 1;
    q.maxVersion = toVersion;
    auto read = m_store.visitStream(q, [&](const RecordedEvent& e) {
        Reducer::fold(*state, e);
        at = e.version;
        if (folded)
            ++*folded;
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (at < toVersion)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                .arg(streamId, QString::number(toVersion), QString::number(at)));
    return state;
}

Result<SnapshotRecord> SnapshotManager::take(const QString& streamId, const Reducer& reducer, qint64 version)
{
    auto codec = createCodec(m_codecName);
    if (!codec)
        return std::unexpected(codec.error());
    auto info = m_store.streamInfo(streamId);
    if (!info)
        return std::unexpected(info.error());
    const qint64 target = version > 0 ? version : info->lastVersion;
    if (target > info->lastVersion)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                .arg(streamId, QString::number(target), QString::number(info->lastVersion)));
    // Start from the newest usable snapshot so that taking one is cheap on a long stream.
    auto loaded = stateAt(streamId, reducer, target);
    if (!loaded)
        return std::unexpected(loaded.error());
    return save(streamId, reducer, *loaded->state, **codec);
}

Result<SnapshotRecord> SnapshotManager::save(
    const QString& streamId, const Reducer& reducer, const ReducerState& state, const EventCodec& codec)
{
    const QJsonObject json = state.toJson();
    SnapshotRecord s;
    s.streamId = streamId;
    s.version = state.version();
    s.reducer = reducer.name();
    s.reducerVersion = reducer.version();
    s.codec = codec.name();
    s.state = codec.encodeDocument(json);
    s.stateHash = stateHash(json);
    s.createdAtUs = nowUs();
    if (auto saved = m_store.saveSnapshot(s); !saved)
        return std::unexpected(saved.error());
    return s;
}

Result<int> SnapshotManager::applyPolicy(const QString& streamId, const QString& streamType, const Reducer& reducer,
    qint64 before, qint64 after, const SnapshotPolicy& policy)
{
    const QList<qint64> due = policy.dueVersions(streamType, before, after);
    if (due.isEmpty())
        return 0;
    auto codec = createCodec(m_codecName);
    if (!codec)
        return std::unexpected(codec.error());
    // One fold from the state before the first due version, saved at each due version on the way.
    auto loaded = stateAt(streamId, reducer, due.first());
    if (!loaded)
        return std::unexpected(loaded.error());
    std::unique_ptr<ReducerState> state = std::move(loaded->state);
    for (const qint64 v : due) {
        auto advanced = foldRange(streamId, std::move(state), v, nullptr);
        if (!advanced)
            return std::unexpected(advanced.error());
        state = std::move(*advanced);
        if (auto saved = save(streamId, reducer, *state, **codec); !saved)
            return std::unexpected(saved.error());
    }
    return int(due.size());
}

Result<std::unique_ptr<ReducerState>> SnapshotManager::restore(const SnapshotRecord& snapshot, const Reducer& reducer)
{
    if (snapshot.reducer != reducer.name() || snapshot.reducerVersion != reducer.version())
        return fail(ErrorCode::SchemaMismatch,
            CoreTr::tr("the snapshot at version %1 was written by reducer %2 version %3, not %4 version %5")
                .arg(QString::number(snapshot.version), snapshot.reducer, QString::number(snapshot.reducerVersion),
                    reducer.name(), QString::number(reducer.version())));
    auto codec = createCodec(snapshot.codec);
    if (!codec)
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("the snapshot at version %1 names an unknown codec \"%2\"")
                .arg(QString::number(snapshot.version), snapshot.codec));
    auto json = (*codec)->decodeDocument(snapshot.state);
    if (!json)
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("the snapshot at version %1 cannot be decoded (%2)")
                .arg(QString::number(snapshot.version), json.error().message));
    if (stateHash(*json) != snapshot.stateHash)
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("the snapshot at version %1 does not match its hash").arg(snapshot.version));
    auto state = reducer.restore(*json, snapshot.version);
    if (!state)
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("the snapshot at version %1 is not a state of reducer %2 (%3)")
                .arg(QString::number(snapshot.version), reducer.name(), state.error().message));
    return state;
}

Result<LoadedState> SnapshotManager::stateAt(const QString& streamId, const Reducer& reducer, qint64 version)
{
    auto info = m_store.streamInfo(streamId);
    if (!info)
        return std::unexpected(info.error());
    const qint64 target = version > 0 ? version : info->lastVersion;
    if (target > info->lastVersion)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                .arg(streamId, QString::number(target), QString::number(info->lastVersion)));
    LoadedState out;
    auto snapshots = m_store.readSnapshots(streamId, target);
    if (snapshots) {
        for (const SnapshotRecord& s : std::as_const(*snapshots)) {
            if (s.reducer != reducer.name())
                continue; // another reducer's snapshots are not candidates at all
            auto restored = restore(s, reducer);
            if (!restored) {
                out.warnings.append(CoreTr::tr("Skipped a snapshot of \"%1\": %2; rebuilt by replay instead.")
                                        .arg(streamId, restored.error().message));
                continue;
            }
            out.state = std::move(*restored);
            out.fromSnapshot = s.version;
            break;
        }
    } else {
        out.warnings.append(CoreTr::tr("Snapshots of \"%1\" could not be read (%2); rebuilt by replay instead.")
                                .arg(streamId, snapshots.error().message));
    }
    if (!out.state)
        out.state = reducer.initialState();
    auto folded = foldRange(streamId, std::move(out.state), target, &out.eventsFolded);
    if (!folded)
        return std::unexpected(folded.error());
    out.state = std::move(*folded);
    return out;
}

Result<QList<SnapshotCheck>> SnapshotManager::verify(const QString& streamId, const Reducer& reducer)
{
    auto snapshots = m_store.readSnapshots(streamId, 0);
    if (!snapshots)
        return std::unexpected(snapshots.error());
    QList<SnapshotRecord> ordered(snapshots->crbegin(), snapshots->crend()); // oldest first: one forward replay
    QList<SnapshotCheck> out;
    std::unique_ptr<ReducerState> replay = reducer.initialState();
    for (const SnapshotRecord& s : ordered) {
        SnapshotCheck check;
        check.snapshot = s;
        auto advanced = foldRange(streamId, std::move(replay), s.version, nullptr);
        if (!advanced)
            return std::unexpected(advanced.error());
        replay = std::move(*advanced);
        check.replayed = replay->toJson();
        if (s.reducer != reducer.name()) {
            check.problem = CoreTr::tr("written by reducer %1, not %2").arg(s.reducer, reducer.name());
        } else {
            auto codec = createCodec(s.codec);
            auto json = codec ? (*codec)->decodeDocument(s.state) : Result<QJsonObject>(std::unexpected(codec.error()));
            if (json)
                check.stored = *json;
            auto restored = restore(s, reducer);
            if (!restored)
                check.problem = restored.error().message;
            else if ((*restored)->toJson() != check.replayed)
                check.problem = CoreTr::tr("the snapshot at version %1 differs from the replayed state").arg(s.version);
            else
                check.matches = true;
        }
        out.append(std::move(check));
    }
    return out;
}

} // namespace sagascope
