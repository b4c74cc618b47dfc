// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "democase.h"
#include "demolongsaga.h"
#include "demotimers.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sagascope {

namespace {

struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeDemo)
};

using demo::DemoEvent;

// Cases generated and merged by business time together. Bounded so that a data set of any size
// is written with bounded memory; large enough that neighbouring cases interleave in the log.
constexpr int casesPerWindow = 32;

int caseCount(int streams)
{
    return (streams + 2) / 3;
}

demo::DemoCaseStreams caseStreams(int caseNumber, int streams)
{
    const int first = (caseNumber - 1) * 3 + 1; // the ordinal of the case's order among all streams
    return { first <= streams, first + 1 <= streams, first + 2 <= streams };
}

// The events of cases [first, last], ordered by business time. The sort is stable and every
// case's script moves its clock forward, so each stream's events stay in version order.
QList<DemoEvent> caseWindow(quint32 seed, int first, int last, int streams)
{
    QList<DemoEvent> events;
    for (int n = first; n <= last; ++n)
        demo::generateDemoCase(seed, n, caseStreams(n, streams), events);
    std::stable_sort(events.begin(), events.end(),
        [](const DemoEvent& a, const DemoEvent& b) { return a.businessUs < b.businessUs; });
    return events;
}

// Consecutive events of one stream become one request, expecting the version before them: a
// repeated run then finds every event id stored and the store answers alreadyStored.
QList<AppendRequest> toRequests(const QList<DemoEvent>& events)
{
    QList<AppendRequest> requests;
    for (const DemoEvent& e : events) {
        if (requests.isEmpty() || requests.last().streamId != e.streamId) {
            AppendRequest r;
            r.streamId = e.streamId;
            r.streamType = e.streamType;
            r.expected = ExpectedVersion::exact(e.version - 1);
            requests.append(std::move(r));
        }
        requests.last().events.append(e.event);
    }
    return requests;
}

class BatchWriter
{
public:
    BatchWriter(EventStore& store, int batchEvents, const std::function<void(qint64)>& progress, DemoSummary& summary)
        : m_store(store)
        , m_batchEvents(batchEvents)
        , m_progress(progress)
        , m_summary(summary)
    { }

    Result<void> add(AppendRequest request)
    {
        if (m_pendingEvents > 0 && m_pendingEvents + request.events.size() > m_batchEvents) {
            if (auto ok = flush(); !ok)
                return ok;
        }
        m_pendingEvents += request.events.size();
        m_pending.append(std::move(request));
        return {};
    }

    Result<void> flush()
    {
        if (m_pending.isEmpty())
            return {};
        auto results = m_store.appendBatch(m_pending);
        if (!results)
            return std::unexpected(results.error());
        for (qsizetype i = 0; i < results->size(); ++i) {
            const qint64 n = m_pending.at(i).events.size();
            if (results->at(i).alreadyStored)
                m_summary.eventsAlreadyStored += n;
            else
                m_summary.eventsWritten += n;
        }
        m_summary.events += m_pendingEvents;
        m_pending.clear();
        m_pendingEvents = 0;
        if (m_progress)
            m_progress(m_summary.events);
        return {};
    }

private:
    EventStore& m_store;
    qsizetype m_batchEvents;
    const std::function<void(qint64)>& m_progress;
    DemoSummary& m_summary;
    QList<AppendRequest> m_pending;
    qsizetype m_pendingEvents = 0;
};

Result<void> validate(const DemoOptions& options)
{
    if (options.streams < 0)
        return fail(ErrorCode::InvalidInput,
            DemoTr::tr("The number of demo streams must not be negative (got %1).").arg(options.streams));
    if (options.longStreamEvents < 0)
        return fail(ErrorCode::InvalidInput,
            DemoTr::tr("The number of events of the long saga must not be negative (got %1).")
                .arg(options.longStreamEvents));
    if (options.batchEvents < 1)
        return fail(ErrorCode::InvalidInput,
            DemoTr::tr("The demo batch size must be at least one event (got %1).").arg(options.batchEvents));
    return {};
}

// The long saga ends differently for every length, so a store that holds it complete (or longer)
// cannot take another length. Said before anything is written, in words a user can act on.
Result<void> checkLongSaga(EventStore& store, qint64 total)
{
    if (total == 0)
        return {};
    const QString streamId = demo::demoLongSagaStreamId();
    auto info = store.streamInfo(streamId);
    if (!info)
        return info.error().code == ErrorCode::NotFound ? Result<void>() : std::unexpected(info.error());
    if (info->lastVersion == total)
        return {};
    StreamQuery last;
    last.streamId = streamId;
    last.direction = ReadDirection::Backward;
    last.limit = 1;
    auto tail = store.readStream(last);
    if (!tail)
        return std::unexpected(tail.error());
    const bool complete = !tail->isEmpty() && tail->first().eventType == u"WorkflowExecutionContinuedAsNew"_s;
    if (info->lastVersion > total || complete)
        return fail(ErrorCode::InvalidInput,
            DemoTr::tr("The store already holds the demo's long saga \"%1\" with %2 events, not %3: ask for %2 "
                       "events or use another store.")
                .arg(streamId, QString::number(info->lastVersion), QString::number(total)));
    return {}; // an interrupted run: this one completes it
}

// A demo timer scheduled by an earlier run at another anchor conflicts with this run's: the one
// pending is kept, so running the demo again never moves or duplicates a timer.
Result<void> scheduleTimers(EventStore& store, const DemoOptions& options, DemoSummary& summary)
{
    const qint64 anchorUs = options.timersAnchorUs != 0 ? options.timersAnchorUs : nowUs();
    const QList<TimerRecord> timers = demo::demoTimers(options.streams, anchorUs);
    for (const TimerRecord& timer : timers) {
        auto scheduled = store.scheduleTimer(timer);
        if (!scheduled && scheduled.error().code != ErrorCode::Conflict)
            return std::unexpected(scheduled.error());
        if (scheduled && !scheduled->alreadyScheduled)
            ++summary.timersScheduled;
        else
            ++summary.timersAlreadyPending;
    }
    return {};
}

} // namespace

Result<DemoSummary> writeDemoData(
    EventStore& store, const DemoOptions& options, const std::function<void(qint64)>& progress)
{
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkLongSaga(store, options.longStreamEvents); !ok)
        return std::unexpected(ok.error());
    DemoSummary summary;
    BatchWriter writer(store, options.batchEvents, progress, summary);

    const int cases = caseCount(options.streams);
    for (int first = 1; first <= cases; first += casesPerWindow) {
        const int last = std::min(cases, first + casesPerWindow - 1);
        for (AppendRequest& r : toRequests(caseWindow(options.seed, first, last, options.streams))) {
            if (auto ok = writer.add(std::move(r)); !ok)
                return std::unexpected(ok.error());
        }
    }

    demo::LongSagaGenerator longSaga(options.seed, options.longStreamEvents);
    while (!longSaga.atEnd()) {
        for (AppendRequest& r : toRequests(longSaga.next(options.batchEvents))) {
            if (auto ok = writer.add(std::move(r)); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = writer.flush(); !ok)
        return std::unexpected(ok.error());
    if (options.timers) {
        if (auto ok = scheduleTimers(store, options, summary); !ok)
            return std::unexpected(ok.error());
    }

    summary.streams = options.streams + (options.longStreamEvents > 0 ? 1 : 0);
    return summary;
}

qint64 demoEventCount(const DemoOptions& options)
{
    if (!validate(options))
        return 0;
    qint64 count = 0;
    const int cases = caseCount(options.streams);
    for (int first = 1; first <= cases; first += casesPerWindow) {
        const int last = std::min(cases, first + casesPerWindow - 1);
        count += caseWindow(options.seed, first, last, options.streams).size();
    }
    return count + options.longStreamEvents;
}

} // namespace sagascope
