// SPDX-License-Identifier: MIT
// Time travel over the stream the user looks at, off the GUI thread. When a stream opens, its
// checkpoints are built in the background in slices (with progress; stopped when the user leaves
// the stream), and state requests are answered between slices: "the state after version N, and
// what changed since version M (N − 1 unless the user pinned another)". The reducer is the one
// the registry chooses for the stream type.
//
// Requests carry a token. One state computation runs at a time; a newer request replaces the one
// waiting, and a computation that is overtaken stops at its next step. An answer is delivered only
// if it is newer than the one shown and belongs to the stream still open, so rapid scrubbing ends
// on the latest position and late answers are dropped. Finding the next or previous failure or
// reset point reads the stream from the current version in pages, never all of it.
#pragma once

#include "error.h"
#include "recordedevent.h"
#include "sagasnapshot.h"
#include "statediff.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace sagascope {

class StoreSession;

// The state after one event and what changed to reach it: a plain value built by a worker.
struct StateAnswer
{
    quint64 token = 0;
    QString streamId;
    qint64 version = 0; // the state after this event (0 = before the first)
    qint64 baseVersion = -1; // the state `changes` are measured from (-1 = none)
    bool pinned = false; // the base is a version the user pinned, not version − 1
    qint64 eventTimeUs = 0; // the recorded time of the event at `version`
    QString reducer; // name and version, e.g. "saga 1"
    QJsonObject state;
    QList<StateChange> changes;
    SagaSnapshotPtr saga; // the saga's items, for saga streams
    qint64 computeUs = 0; // how long the worker took, of which:
    qint64 foldUs = 0; // reading and folding events from the nearest checkpoint
    qint64 documentUs = 0; // the reducer's JSON documents of the states (toJson)
    qint64 changesUs = 0; // comparing them
    qint64 sagaUs = 0; // the saga's items for the tables and the timeline
};

enum class HistoryTarget
{
    NextFailure,
    PreviousFailure,
    NextResetPoint,
    PreviousResetPoint,
};

class TimeTravelSession : public QObject
{
    Q_OBJECT
public:
    explicit TimeTravelSession(StoreSession* session, QObject* parent = nullptr);
    ~TimeTravelSession() override;

    // Events between checkpoints (default 1000); takes effect on the next stream.
    void setCheckpointEvery(int events);
    int checkpointEvery() const { return m_checkpointEvery; }

    // Starts time travel over this stream: the checkpoints begin to build at once.
    void setStream(const StreamInfo& stream);
    // The open stream grew (live updates): its new events can be travelled to.
    void extendStream(const StreamInfo& stream);
    // Leaves the stream: stops building, answers still on their way are dropped.
    void clear();
    StreamInfo stream() const { return m_stream; }
    // The reducer's name ("saga", "order", "flow", "merge-patch" or a plugin's).
    QString reducerName() const;
    bool isSaga() const;
    bool checkpointsReady() const { return m_checkpointsReady; }

    // Asks for the state after `version` with the changes since `pinnedBase` (or since the
    // version before). Returns the request's token.
    quint64 requestState(qint64 version, std::optional<qint64> pinnedBase = std::nullopt);
    // Looks for the nearest failure or reset point after (or before) `fromVersion`.
    quint64 findEvent(HistoryTarget target, qint64 fromVersion);

    // Requests made, computations run, and answers dropped as stale (for tests and the status bar).
    struct Stats
    {
        quint64 requested = 0;
        quint64 computed = 0;
        quint64 dropped = 0;
    };
    Stats stats() const { return m_stats; }

    // What the workers share about the open stream (defined with them).
    struct Context;

Q_SIGNALS:
    void checkpointProgress(qint64 version, qint64 lastVersion);
    void checkpointsBuilt(qint64 lastVersion, qint64 elapsedMs);
    void checkpointsFailed(const sagascope::Error& error);
    void stateReady(const sagascope::StateAnswer& answer);
    void stateFailed(quint64 token, qint64 version, const sagascope::Error& error);
    // `version` is 0 when there is no such event in that direction.
    void eventFound(quint64 token, sagascope::HistoryTarget target, qint64 version);
    void searchFailed(quint64 token, const sagascope::Error& error);

private:
    struct Request
    {
        quint64 token = 0;
        qint64 version = 0;
        std::optional<qint64> pinnedBase;
    };
    void launch(const Request& request);
    void onStateDone(
        quint64 generation, std::shared_ptr<StateAnswer> answer, std::optional<Error> error, qint64 version);

    StoreSession* m_session;
    int m_checkpointEvery = 1000;
    StreamInfo m_stream;
    std::shared_ptr<Context> m_context;
    quint64 m_generation = 0;
    quint64 m_lastToken = 0;
    quint64 m_shownToken = 0;
    bool m_stateRunning = false;
    std::optional<Request> m_pending;
    bool m_checkpointsReady = false;
    Stats m_stats;
    // Declared last: destroyed first, so workers finish before the members they report to.
    QThreadPool m_pool;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::StateAnswer)
Q_DECLARE_METATYPE(sagascope::HistoryTarget)
