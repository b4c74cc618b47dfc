// SPDX-License-Identifier: MIT
#include "timetravelsession.h"

#include "eventcatalogue.h"
#include "reducers.h"
#include "statechanges.h"
#include "storesession.h"
#include "timetravel.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace sagascope {

struct TimeTravelSession::Context
{
    // Declared before `travel`, which keeps a reference to it: destroyed after it.
    std::shared_ptr<EventStore> store;
    StreamInfo stream;
    std::shared_ptr<const Reducer> reducer;
    std::unique_ptr<TimeTravel> travel;
    bool saga = false;
    qint64 slice = 20000; // events folded per step of the checkpoint build
    std::atomic<bool> stop { false };
    std::atomic<quint64> latestStateToken { 0 };
    std::atomic<quint64> latestSearchToken { 0 };
    std::atomic<qint64> frontier { 0 }; // checkpoints are in place up to this version
    std::atomic<qint64> lastVersion { 0 }; // the stream's, growing with live updates
    // The documents of the last states computed, newest first. Stepping through a history asks
    // for the state the previous step showed as the base of the next: a document that costs
    // seconds on a long saga is built once. Used by the one state computation running at a time.
    QList<std::pair<qint64, QJsonObject>> documents;
};

namespace {

constexpr int searchPage = 1000;
constexpr int documentsKept = 2;

// Brings the checkpoints within one slice of `version`, one slice at a time so that `stop` is
// looked at between slices (TimeTravel::stateAt itself cannot be interrupted).
template<typename Stop>
Result<bool> advanceTo(TimeTravelSession::Context& c, qint64 version, Stop stopped)
{
    while (c.frontier.load() + c.slice < version) {
        if (stopped())
            return false;
        const qint64 target = c.frontier.load() + c.slice;
        auto state = c.travel->stateAt(target);
        if (!state)
            return std::unexpected(state.error());
        c.frontier.store(std::max(c.frontier.load(), target));
    }
    return true;
}

bool cachedDocument(const TimeTravelSession::Context& c, qint64 version, QJsonObject* document)
{
    for (const auto& [v, json] : c.documents) {
        if (v == version) {
            *document = json;
            return true;
        }
    }
    return false;
}

void rememberDocument(TimeTravelSession::Context& c, qint64 version, const QJsonObject& document)
{
    c.documents.removeIf([version](const auto& entry) { return entry.first == version; });
    c.documents.prepend({ version, document });
    while (c.documents.size() > documentsKept)
        c.documents.removeLast();
}

const QStringList& failureEventTypes()
{
    static const QStringList types = [] {
        QStringList out;
        for (const HistoryEventType& t : historyEventTypes()) {
            const QString name(t.name);
            if (isFailureType(name))
                out.append(name);
        }
        return out;
    }();
    return types;
}

// The state after `version` and its changes since the base; nullptr when a newer request came
// (or the stream was left) before it was done.
Result<std::shared_ptr<StateAnswer>> computeState(
    TimeTravelSession::Context& c, quint64 token, qint64 version, std::optional<qint64> pinnedBase)
{
    QElapsedTimer timer;
    timer.start();
    const auto overtaken = [&c, token] { return c.stop.load() || c.latestStateToken.load() != token; };
    if (version < 0 || version > c.lastVersion.load())
        return fail(ErrorCode::InvalidInput,
            TimeTravelSession::tr("Stream %1 has no version %2.").arg(c.stream.streamId, QString::number(version)));
    auto advanced = advanceTo(c, version, overtaken);
    if (!advanced)
        return std::unexpected(advanced.error());
    if (!*advanced)
        return nullptr;

    auto answer = std::make_shared<StateAnswer>();
    answer->token = token;
    answer->streamId = c.stream.streamId;
    answer->version = version;
    answer->pinned = pinnedBase.has_value();
    answer->baseVersion = pinnedBase ? *pinnedBase : version - 1;
    answer->reducer = QStringLiteral("%1 %2").arg(c.reducer->name(), QString::number(c.reducer->version()));
    const qint64 base = answer->baseVersion;

    std::optional<RecordedEvent> event;
    if (version > 0) {
        StreamQuery q;
        q.streamId = c.stream.streamId;
        q.minVersion = version;
        q.maxVersion = version;
        q.limit = 1;
        auto events = c.store->readStream(q);
        if (!events)
            return std::unexpected(events.error());
        if (events->isEmpty())
            return fail(ErrorCode::NotFound,
                TimeTravelSession::tr("Stream %1 has no version %2.").arg(c.stream.streamId, QString::number(version)));
        event = events->first();
        answer->eventTimeUs = event->recordedAtUs;
    }

    QJsonObject afterDocument;
    QJsonObject baseDocument;
    const bool haveAfter = cachedDocument(c, version, &afterDocument);
    const bool haveBase = base < 0 || cachedDocument(c, base, &baseDocument);
    std::unique_ptr<ReducerState> before;
    std::unique_ptr<ReducerState> after;
    if (!haveAfter) {
        if (!pinnedBase && event) {
            // One walk from the checkpoint gives both states: the event folded onto the one before.
            auto b = c.travel->stateAt(version - 1);
            if (!b)
                return std::unexpected(b.error());
            before = std::move(*b);
            after = before->clone();
            Reducer::fold(*after, *event);
        } else {
            auto a = c.travel->stateAt(version);
            if (!a)
                return std::unexpected(a.error());
            after = std::move(*a);
        }
    }
    if (!haveBase && !before) {
        auto b = c.travel->stateAt(base);
        if (!b)
            return std::unexpected(b.error());
        before = std::move(*b);
    }
    answer->foldUs = timer.nsecsElapsed() / 1000;
    if (overtaken())
        return nullptr;

    // The two documents at once: on a long saga each costs more than everything else together.
    QFuture<QJsonObject> baseJob;
    if (!haveBase)
        baseJob = QtConcurrent::run([state = before.get()] { return state->toJson(); });
    if (!haveAfter)
        afterDocument = after->toJson();
    if (!haveBase)
        baseDocument = baseJob.result();
    if (base >= 0)
        rememberDocument(c, base, baseDocument);
    rememberDocument(c, version, afterDocument);
    answer->documentUs = timer.nsecsElapsed() / 1000 - answer->foldUs;
    if (overtaken())
        return nullptr;

    answer->state = afterDocument;
    qint64 mark = timer.nsecsElapsed() / 1000;
    if (base >= 0)
        answer->changes = changesBetween(baseDocument, afterDocument);
    answer->changesUs = timer.nsecsElapsed() / 1000 - mark;
    mark = timer.nsecsElapsed() / 1000;
    if (c.saga)
        answer->saga = std::make_shared<const SagaSnapshot>(
            SagaSnapshot::fromState(c.stream.streamId, afterDocument, version, answer->eventTimeUs, answer->changes));
    answer->sagaUs = timer.nsecsElapsed() / 1000 - mark;
    answer->computeUs = timer.nsecsElapsed() / 1000;
    return answer;
}

bool matches(const RecordedEvent& e, HistoryTarget target)
{
    switch (target) {
    case HistoryTarget::NextFailure:
    case HistoryTarget::PreviousFailure:
        return isFailureType(e.eventType);
    case HistoryTarget::NextResetPoint:
    case HistoryTarget::PreviousResetPoint:
        break;
    }
    return e.metadataFlag(meta::resetPoint);
}

// The version of the nearest matching event, 0 when there is none, -1 when overtaken.
Result<qint64> findEventIn(TimeTravelSession::Context& c, HistoryTarget target, qint64 from, quint64 token)
{
    const bool forward = target == HistoryTarget::NextFailure || target == HistoryTarget::NextResetPoint;
    const bool failure = target == HistoryTarget::NextFailure || target == HistoryTarget::PreviousFailure;
    StreamQuery q;
    q.streamId = c.stream.streamId;
    q.direction = forward ? ReadDirection::Forward : ReadDirection::Backward;
    q.limit = searchPage;
    // Saga failures are catalogue types: the store finds the next one without sending the rest.
    if (failure && c.saga)
        q.eventTypes = failureEventTypes();
    qint64 cursor = from;
    for (;;) {
        if (c.stop.load() || c.latestSearchToken.load() != token)
            return -1;
        if (forward) {
            if (cursor >= c.lastVersion.load())
                return 0;
            q.minVersion = cursor + 1;
            q.maxVersion = c.lastVersion.load();
        } else {
            if (cursor <= 1)
                return 0;
            q.minVersion = 1;
            q.maxVersion = cursor - 1;
        }
        auto events = c.store->readStream(q);
        if (!events)
            return std::unexpected(events.error());
        for (const RecordedEvent& e : std::as_const(*events)) {
            if (matches(e, target))
                return e.version;
        }
        if (events->size() < searchPage)
            return 0;
        cursor = events->last().version;
    }
}

} // namespace

TimeTravelSession::TimeTravelSession(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<sagascope::StateAnswer>();
    qRegisterMetaType<sagascope::HistoryTarget>();
    // A building slice, a state computation and a search may run at the same time.
    m_pool.setMaxThreadCount(3);
    // Threads stay so that their store connections are reused.
    m_pool.setExpiryTimeout(-1);
    connect(m_session, &StoreSession::closed, this, &TimeTravelSession::clear);
}

TimeTravelSession::~TimeTravelSession()
{
    clear();
    m_pool.clear();
    m_pool.waitForDone();
}

void TimeTravelSession::setCheckpointEvery(int events)
{
    m_checkpointEvery = std::max(1, events);
}

QString TimeTravelSession::reducerName() const
{
    return m_context ? m_context->reducer->name() : QString();
}

bool TimeTravelSession::isSaga() const
{
    return m_context && m_context->saga;
}

void TimeTravelSession::clear()
{
    ++m_generation; // everything on its way is stale now
    if (m_context)
        m_context->stop.store(true);
    m_context.reset();
    m_stream = {};
    m_pending.reset();
    m_stateRunning = false;
    m_checkpointsReady = false;
}

void TimeTravelSession::setStream(const StreamInfo& stream)
{
    clear();
    m_stream = stream;
    if (stream.streamId.isEmpty())
        return;
    std::shared_ptr<EventStore> store = m_session->store();
    if (!store) {
        Q_EMIT checkpointsFailed(Error { ErrorCode::Connection, tr("No store is open.") });
        return;
    }
    auto c = std::make_shared<Context>();
    c->store = std::move(store);
    c->stream = stream;
    c->lastVersion.store(stream.lastVersion);
    c->reducer = inspectorReducers().forStreamType(stream.streamType);
    c->saga = c->reducer->name() == u"saga";
    c->travel = std::make_unique<TimeTravel>(*c->store, stream.streamId, c->reducer, m_checkpointEvery);
    c->slice = qint64(m_checkpointEvery) * 20;
    m_context = c;

    const quint64 generation = m_generation;
    auto post = [this, generation](std::function<void()> onGuiThread) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, onGuiThread = std::move(onGuiThread)] {
                if (generation == m_generation)
                    onGuiThread();
            },
            Qt::QueuedConnection);
    };
    m_pool.start([this, c, post] {
        QElapsedTimer timer;
        timer.start();
        const qint64 last = c->stream.lastVersion;
        qint64 target = 0;
        while (target < last) {
            if (c->stop.load())
                return;
            target = std::min(last, std::max(c->frontier.load(), target) + c->slice);
            auto state = c->travel->stateAt(target);
            if (!state) {
                post([this, error = state.error()] { Q_EMIT checkpointsFailed(error); });
                return;
            }
            c->frontier.store(std::max(c->frontier.load(), target));
            post([this, target, last] { Q_EMIT checkpointProgress(target, last); });
        }
        post([this, last, ms = timer.elapsed()] {
            m_checkpointsReady = true;
            Q_EMIT checkpointsBuilt(last, ms);
        });
    });
}

void TimeTravelSession::extendStream(const StreamInfo& stream)
{
    if (!m_context || stream.streamId != m_stream.streamId || stream.lastVersion <= m_stream.lastVersion)
        return;
    // The checkpoints built so far stay; states past them fold from the last one.
    m_stream = stream;
    m_context->lastVersion.store(stream.lastVersion);
}

quint64 TimeTravelSession::requestState(qint64 version, std::optional<qint64> pinnedBase)
{
    const quint64 token = ++m_lastToken;
    ++m_stats.requested;
    if (!m_context) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, token, version, generation] {
                if (generation == m_generation)
                    Q_EMIT stateFailed(token, version, Error { ErrorCode::InvalidInput, tr("No stream is open.") });
            },
            Qt::QueuedConnection);
        return token;
    }
    m_context->latestStateToken.store(token);
    const Request request { token, version, pinnedBase };
    if (m_stateRunning)
        m_pending = request; // replaces any request still waiting
    else
        launch(request);
    return token;
}

void TimeTravelSession::launch(const Request& request)
{
    m_stateRunning = true;
    const quint64 generation = m_generation;
    std::shared_ptr<Context> c = m_context;
    m_pool.start([this, c, generation, request] {
        auto result = computeState(*c, request.token, request.version, request.pinnedBase);
        std::shared_ptr<StateAnswer> answer;
        std::optional<Error> error;
        if (result)
            answer = *result;
        else
            error = result.error();
        QMetaObject::invokeMethod(
            this,
            [this, generation, answer, error, version = request.version] {
                onStateDone(generation, answer, error, version);
            },
            Qt::QueuedConnection);
    });
}

void TimeTravelSession::onStateDone(
    quint64 generation, std::shared_ptr<StateAnswer> answer, std::optional<Error> error, qint64 version)
{
    if (generation != m_generation) {
        ++m_stats.dropped;
        return;
    }
    m_stateRunning = false;
    if (error) {
        if (m_pending)
            ++m_stats.dropped;
        else
            Q_EMIT stateFailed(m_lastToken, version, *error);
    } else if (!answer || answer->token <= m_shownToken) {
        ++m_stats.dropped;
    } else {
        ++m_stats.computed;
        m_shownToken = answer->token;
        Q_EMIT stateReady(*answer);
    }
    if (m_pending && !m_stateRunning) {
        const Request next = *m_pending;
        m_pending.reset();
        launch(next);
    }
}

quint64 TimeTravelSession::findEvent(HistoryTarget target, qint64 fromVersion)
{
    const quint64 token = ++m_lastToken;
    const quint64 generation = m_generation;
    if (!m_context) {
        QMetaObject::invokeMethod(
            this,
            [this, token, generation] {
                if (generation == m_generation)
                    Q_EMIT searchFailed(token, Error { ErrorCode::InvalidInput, tr("No stream is open.") });
            },
            Qt::QueuedConnection);
        return token;
    }
    std::shared_ptr<Context> c = m_context;
    c->latestSearchToken.store(token);
    m_pool.start([this, c, generation, token, target, fromVersion] {
        auto found = findEventIn(*c, target, fromVersion, token);
        QMetaObject::invokeMethod(
            this,
            [this, generation, token, target, found] {
                if (generation != m_generation)
                    return;
                if (!found)
                    Q_EMIT searchFailed(token, found.error());
                else if (*found >= 0)
                    Q_EMIT eventFound(token, target, *found);
            },
            Qt::QueuedConnection);
    });
    return token;
}

} // namespace sagascope
