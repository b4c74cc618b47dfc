// SPDX-License-Identifier: MIT
#include "timetravel.h"

#include "coretr.h"

namespace sagascope {

namespace {
// How often a long fold reports progress and looks at its stop flag.
constexpr qint64 progressEvery = 2000;
} // namespace

TimeTravel::TimeTravel(EventStore& store, QString streamId, std::shared_ptr<const Reducer> reducer, int checkpointEvery)
    : m_store(store)
    , m_streamId(std::move(streamId))
    , m_reducer(std::move(reducer))
    , m_every(std::max(1, checkpointEvery))
{
    m_checkpoints.emplace(0, std::shared_ptr<const ReducerState>(m_reducer->initialState()));
}

Result<qint64> TimeTravel::buildCheckpoints(
    const std::atomic<bool>* stop, const std::function<void(qint64, qint64)>& progress)
{
    auto info = m_store.streamInfo(m_streamId);
    if (!info)
        return std::unexpected(info.error());
    QMutexLocker locker(&m_lock);
    auto state = foldTo(info->lastVersion, stop, progress);
    if (!state)
        return std::unexpected(state.error());
    return (*state)->version();
}

Result<std::unique_ptr<ReducerState>> TimeTravel::stateAt(qint64 version)
{
    if (version < 0)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("Versions start at 0 (the state before the first event)."));
    QMutexLocker locker(&m_lock);
    return foldTo(version, nullptr, {});
}

Result<qint64> TimeTravel::versionAtTime(qint64 timeUs)
{
    StreamQuery q;
    q.streamId = m_streamId;
    q.direction = ReadDirection::Backward;
    q.untilUs = timeUs;
    q.limit = 1;
    auto events = m_store.readStream(q);
    if (!events)
        return std::unexpected(events.error());
    return events->isEmpty() ? 0 : events->first().version;
}

Result<std::unique_ptr<ReducerState>> TimeTravel::stateAtTime(qint64 timeUs)
{
    auto version = versionAtTime(timeUs);
    if (!version)
        return std::unexpected(version.error());
    return stateAt(*version);
}

void TimeTravel::addCheckpoint(const ReducerState& state)
{
    QMutexLocker locker(&m_lock);
    m_checkpoints.insert_or_assign(state.version(), std::shared_ptr<const ReducerState>(state.clone()));
}

qsizetype TimeTravel::checkpointCount() const
{
    QMutexLocker locker(&m_lock);
    return static_cast<qsizetype>(m_checkpoints.size());
}

void TimeTravel::dropCheckpointsAfter(qint64 version)
{
    QMutexLocker locker(&m_lock);
    m_checkpoints.erase(m_checkpoints.upper_bound(std::max<qint64>(0, version)), m_checkpoints.end());
}

Result<std::unique_ptr<ReducerState>> TimeTravel::foldTo(
    qint64 version, const std::atomic<bool>* stop, const std::function<void(qint64, qint64)>& progress)
{
    auto it = std::prev(m_checkpoints.upper_bound(version)); // version 0 is always there
    std::unique_ptr<ReducerState> state = it->second->clone();
    qint64 at = it->first;
    if (at >= version || (stop && stop->load()))
        return state;
    StreamQuery q;
    q.streamId = m_streamId;
    q.minVersion = at + 1;
    q.maxVersion = version;
    std::optional<Error> gap;
    auto read = m_store.visitStream(q, [&](const RecordedEvent& e) {
        if (e.version != at + 1) {
            gap = Error { ErrorCode::CorruptData,
                CoreTr::tr("Stream \"%1\" has a gap: version %2 follows %3.")
                    .arg(m_streamId, QString::number(e.version), QString::number(at)) };
            return false;
        }
        Reducer::fold(*state, e);
        at = e.version;
        if (at % m_every == 0 && !m_checkpoints.contains(at))
            m_checkpoints.emplace(at, std::shared_ptr<const ReducerState>(state->clone()));
        if (at % progressEvery == 0) {
            if (progress)
                progress(at, version);
            if (stop && stop->load())
                return false;
        }
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (gap)
        return std::unexpected(*gap);
    if (stop && stop->load())
        return state;
    if (at < version)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                .arg(m_streamId, QString::number(version), QString::number(at)));
    if (progress)
        progress(at, version);
    return state;
}

} // namespace sagascope
