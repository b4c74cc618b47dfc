// SPDX-License-Identifier: MIT
#include "demolongsaga.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace sagascope::demo {

namespace {

// No loop iteration writes more events than this; below it the stream is filled up with
// single-event heartbeats so that it ends at exactly the requested length.
constexpr int maxEventsPerIteration = 32;
// Reset points at fixed versions (not fractions of the length), so that everything but the last
// few events is the same whatever the length: an interrupted run can be completed by running again.
constexpr qint64 firstResetPointAt = 500;
constexpr qint64 resetPointInterval = 25000;
const QString syncQueue = u"inventory-sync"_s;
const QString engine = u"saga-engine"_s;
const QList<QString> warehouses { u"WH-MAD-1"_s, u"WH-BER-2"_s, u"WH-LYS-1"_s };
const QList<QString> syncErrors { u"warehouse API returned HTTP 502"_s, u"lock wait timeout on stock table"_s,
    u"connection reset by peer"_s };

} // namespace

QString demoLongSagaStreamId()
{
    return u"saga-long-0001"_s;
}

LongSagaGenerator::LongSagaGenerator(quint32 seed, qint64 totalEvents)
    : m_seed(seed)
    , m_total(std::max<qint64>(0, totalEvents))
    , m_rng(DemoRandom::forPart(seed, 2, 1))
    , m_stream(seed, demoLongSagaStreamId(), u"saga"_s, &m_pending)
{
    m_trace.correlationId = uuidText(demoUuid(seed, u"correlation/long/1"_s));
    m_trace.traceId = demoTraceId(seed, u"long/1"_s);
    // Starts two months before the orders, one tick every five minutes or so.
    m_t = demoEpochUs() - 60LL * 24 * 3600 * 1000000;
    m_nextResetAt = firstResetPointAt;
    m_finished = m_total == 0;
}

void LongSagaGenerator::wait(qint64 minMs, qint64 maxMs)
{
    m_t += m_rng.between(minMs, maxMs) * 1000;
}

QUuid LongSagaGenerator::add(
    const QString& type, const QJsonObject& payload, const QUuid& cause, const QString& actor, bool retry)
{
    QJsonObject metadata = m_trace.metadata(actor.isEmpty() ? engine : actor, cause, syncQueue);
    if (retry)
        metadata.insert(meta::retry, true);
    m_last = m_stream.add(m_t, type, payload, metadata);
    return m_last;
}

QList<DemoEvent> LongSagaGenerator::next(int maxEvents)
{
    while (m_pending.size() < maxEvents && !m_finished)
        generateMore();
    const qsizetype n = std::min<qsizetype>(maxEvents, m_pending.size());
    QList<DemoEvent> chunk = m_pending.mid(0, n);
    m_pending.remove(0, n);
    return chunk;
}

void LongSagaGenerator::generateMore()
{
    const qint64 written = m_stream.version();
    if (written == 0) {
        add(u"WorkflowExecutionStarted"_s,
            QJsonObject { { u"workflow_id"_s, demoLongSagaStreamId() },
                { u"workflow_type"_s, u"InventorySyncWorkflow"_s },
                { u"run_id"_s, uuidText(demoUuid(m_seed, u"run/"_s + demoLongSagaStreamId())) },
                { u"task_queue"_s, syncQueue }, { u"cron_schedule"_s, u"*/5 * * * *"_s },
                { u"input"_s,
                    QJsonObject {
                        { u"warehouses"_s, QJsonArray::fromStringList(warehouses) }, { u"interval_s"_s, 300 } } } },
            {});
    } else if (written == m_total - 1) {
        wait(10, 100);
        add(u"WorkflowExecutionContinuedAsNew"_s,
            QJsonObject { { u"new_run_id"_s, uuidText(demoUuid(m_seed, u"run/next/"_s + demoLongSagaStreamId())) },
                { u"reason"_s, u"history size limit reached"_s }, { u"iterations"_s, m_iteration },
                { u"input"_s, QJsonObject { { u"resume_after_iteration"_s, m_iteration } } } },
            m_last);
    } else if (m_total - 1 - written <= maxEventsPerIteration) {
        wait(1000, 30000);
        add(u"MarkerRecorded"_s,
            QJsonObject { { u"marker_name"_s, u"heartbeat"_s },
                { u"details"_s, QJsonObject { { u"iteration"_s, m_iteration } } } },
            m_last);
    } else {
        iteration();
    }
    m_finished = m_stream.version() >= m_total;
}

void LongSagaGenerator::iteration()
{
    ++m_iteration;
    const QString k = QString::number(m_iteration);

    // Operators may reset the workflow to a checkpoint: a few per history.
    if (m_stream.version() >= m_nextResetAt) {
        m_nextResetAt = m_nextResetAt < resetPointInterval ? resetPointInterval : m_nextResetAt + resetPointInterval;
        wait(1, 20);
        QJsonObject metadata = m_trace.metadata(engine, m_last, syncQueue);
        metadata.insert(meta::resetPoint, true);
        m_last = m_stream.add(m_t, u"MarkerRecorded"_s,
            QJsonObject { { u"marker_name"_s, u"checkpoint"_s },
                { u"details"_s, QJsonObject { { u"iteration"_s, m_iteration } } } },
            metadata);
    }

    const QString timerId = u"tick-"_s + k;
    const QUuid created = add(
        u"TimerCreated"_s, QJsonObject { { u"timer_id"_s, timerId }, { u"start_to_fire_timeout_s"_s, 300 } }, m_last);
    const qint64 timerVersion = m_stream.version();
    const bool interrupted = m_rng.chance(3);
    if (interrupted) {
        // An urgent stock adjustment wakes the workflow early.
        wait(10000, 290000);
        const QUuid signal = add(u"SignalReceived"_s,
            QJsonObject { { u"signal_name"_s, u"sync-now"_s }, { u"identity"_s, u"ops-console"_s },
                { u"input"_s, QJsonObject { { u"requested_by"_s, u"ops:lucia"_s } } } },
            {}, u"ops:lucia"_s);
        add(u"TimerCanceled"_s,
            QJsonObject { { u"timer_id"_s, timerId }, { u"started_event_version"_s, timerVersion } }, signal);
    } else {
        wait(300000, 301000);
        add(u"TimerFired"_s, QJsonObject { { u"timer_id"_s, timerId }, { u"started_event_version"_s, timerVersion } },
            created);
    }

    // The sync activity, with occasional failures, time-outs and retries (at most three attempts).
    const QString warehouse = m_rng.pick(warehouses);
    const QString activityId = QString::number(++m_activityCounter);
    wait(5, 100);
    const QUuid scheduled = add(u"ActivityTaskScheduled"_s,
        QJsonObject { { u"activity_id"_s, activityId }, { u"activity_type"_s, u"SyncWarehouseStock"_s },
            { u"task_queue"_s, syncQueue }, { u"start_to_close_timeout_s"_s, 120 },
            { u"input"_s, QJsonObject { { u"warehouse"_s, warehouse }, { u"batch"_s, m_iteration } } },
            { u"retry_policy"_s,
                QJsonObject {
                    { u"initial_interval_s"_s, 2 }, { u"backoff_coefficient"_s, 2 }, { u"maximum_attempts"_s, 3 } } } },
        m_last);
    const qint64 scheduledVersion = m_stream.version();
    const int roll = m_rng.betweenInt(0, 999);
    const int failures = roll < 10 ? 2 : (roll < 80 ? 1 : 0);
    for (int attempt = 1; attempt <= failures + 1; ++attempt) {
        wait(attempt == 1 ? 5 : 2000 << (attempt - 2), attempt == 1 ? 200 : 3000 << (attempt - 2));
        const QString worker = u"worker:sync-"_s + QString::number(m_rng.betweenInt(1, 3));
        const QUuid started = add(u"ActivityTaskStarted"_s,
            QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                { u"attempt"_s, attempt }, { u"identity"_s, worker } },
            attempt == 1 ? scheduled : m_last, worker, attempt > 1);
        const qint64 startedVersion = m_stream.version();
        if (attempt <= failures) {
            const bool timedOut = m_rng.chance(25);
            if (timedOut) {
                m_t += 120LL * 1000000;
                add(u"ActivityTaskTimedOut"_s,
                    QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                        { u"started_event_version"_s, startedVersion }, { u"attempt"_s, attempt },
                        { u"timeout_type"_s, u"START_TO_CLOSE"_s } },
                    started, {}, attempt > 1);
            } else {
                wait(100, 5000);
                add(u"ActivityTaskFailed"_s,
                    QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                        { u"started_event_version"_s, startedVersion }, { u"attempt"_s, attempt },
                        { u"failure"_s,
                            QJsonObject { { u"message"_s, m_rng.pick(syncErrors) },
                                { u"type"_s, u"ApplicationError"_s }, { u"non_retryable"_s, false } } } },
                    started, worker, attempt > 1);
            }
        } else {
            wait(300, 20000);
            add(u"ActivityTaskCompleted"_s,
                QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                    { u"started_event_version"_s, startedVersion }, { u"attempt"_s, attempt },
                    { u"result"_s,
                        QJsonObject { { u"warehouse"_s, warehouse }, { u"skus_updated"_s, m_rng.betweenInt(0, 400) },
                            { u"batch"_s, m_iteration } } } },
                started, worker, attempt > 1);
        }
    }

    // Warehouse staff adjust stock by hand now and then.
    if (m_rng.chance(12)) {
        wait(100, 20000);
        add(u"SignalReceived"_s,
            QJsonObject { { u"signal_name"_s, u"stock-adjusted"_s }, { u"identity"_s, u"warehouse-app"_s },
                { u"input"_s,
                    QJsonObject { { u"sku"_s, u"SKU-10%1"_s.arg(m_rng.betweenInt(1, 12), 2, 10, QLatin1Char('0')) },
                        { u"delta"_s, m_rng.betweenInt(-20, 40) }, { u"warehouse"_s, warehouse } } } },
            {}, u"warehouse:"_s + warehouse);
    }
    // A local activity computes the reorder list every tenth iteration.
    if (m_iteration % 10 == 0) {
        const QString localId = QString::number(++m_activityCounter);
        wait(5, 50);
        const QUuid scheduledLocal = add(u"LocalActivityScheduled"_s,
            QJsonObject {
                { u"activity_id"_s, localId }, { u"activity_type"_s, u"ComputeReorderList"_s }, { u"attempt"_s, 1 } },
            m_last);
        const qint64 localVersion = m_stream.version();
        wait(5, 200);
        add(u"LocalActivityCompleted"_s,
            QJsonObject { { u"activity_id"_s, localId }, { u"scheduled_event_version"_s, localVersion },
                { u"attempt"_s, 1 }, { u"result"_s, QJsonObject { { u"reorder_lines"_s, m_rng.betweenInt(0, 12) } } } },
            scheduledLocal);
    }
    if (m_iteration % 20 == 0) {
        wait(1, 10);
        add(u"MarkerRecorded"_s,
            QJsonObject { { u"marker_name"_s, u"progress"_s },
                { u"details"_s, QJsonObject { { u"iteration"_s, m_iteration } } } },
            m_last);
    }
    if (m_iteration % 50 == 0) {
        wait(1, 10);
        add(u"SearchAttributesUpserted"_s,
            QJsonObject { { u"search_attributes"_s,
                QJsonObject { { u"LastSyncBatch"_s, m_iteration }, { u"LastWarehouse"_s, warehouse } } } },
            m_last);
    }
    if (m_iteration % 100 == 0) {
        wait(1, 10);
        add(u"SideEffectRecorded"_s,
            QJsonObject { { u"side_effect_id"_s, k },
                { u"result"_s, QJsonObject { { u"jitter_ms"_s, m_rng.betweenInt(0, 5000) } } } },
            m_last);
    }
    // Operators tune the interval once in a while; some requests fail validation.
    if (m_rng.chance(1)) {
        const QString updateId = uuidText(demoUuid(m_seed, u"long/update/"_s + k));
        const int interval = m_rng.pick(QList<int> { 60, 120, 300, 600, 3600 });
        const QJsonObject request { { u"update_id"_s, updateId }, { u"name"_s, u"SetSyncInterval"_s },
            { u"input"_s, QJsonObject { { u"interval_s"_s, interval } } } };
        wait(100, 10000);
        if (interval < 120) {
            QJsonObject rejected = request;
            rejected.insert(u"failure"_s,
                QJsonObject {
                    { u"message"_s, u"the interval must be at least 120 s"_s }, { u"type"_s, u"ValidationError"_s } });
            add(u"UpdateRejected"_s, rejected, {}, u"ops:lucia"_s);
        } else {
            const QUuid accepted = add(u"UpdateAccepted"_s, request, {}, u"ops:lucia"_s);
            wait(5, 100);
            add(u"UpdateCompleted"_s,
                QJsonObject { { u"update_id"_s, updateId }, { u"name"_s, u"SetSyncInterval"_s },
                    { u"result"_s, QJsonObject { { u"interval_s"_s, interval } } } },
                accepted);
        }
    }
}

} // namespace sagascope::demo
