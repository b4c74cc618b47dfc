// SPDX-License-Identifier: MIT
// A small saga with known times for the model and widget tests: an activity that fails once and
// succeeds on retry, a timer, a child workflow, a signal, two reset points, an activity that times
// out, and the end. Tests derive what they expect from this table, not from hand-kept numbers.
#pragma once

#include "eventstore.h"

#include <QJsonObject>
#include <QList>

namespace sagascope::test {

struct SagaStep
{
    QString type;
    QJsonObject payload;
    qint64 atSeconds = 0; // after the saga's start
    bool resetPoint = false;
    bool retry = false;
};

// 2026-03-02T08:00:00Z, the saga's start.
inline qint64 sagaStartUs()
{
    return 1772438400LL * 1000000;
}

inline qint64 sagaTimeUs(qint64 seconds)
{
    return sagaStartUs() + seconds * 1000000;
}

inline QList<SagaStep> smallSaga()
{
    using O = QJsonObject;
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        { s("WorkflowExecutionStarted"),
            O { { s("workflow_id"), s("checkout-1") }, { s("workflow_type"), s("Checkout") } }, 0 },
        { s("ActivityTaskScheduled"),
            O { { s("activity_id"), s("charge") }, { s("activity_type"), s("ChargePayment") } }, 1 },
        { s("ActivityTaskStarted"),
            O { { s("activity_id"), s("charge") }, { s("scheduled_event_version"), 2 }, { s("attempt"), 1 } }, 2 },
        { s("ActivityTaskFailed"),
            O { { s("activity_id"), s("charge") }, { s("scheduled_event_version"), 2 }, { s("attempt"), 1 },
                { s("failure"), O { { s("message"), s("card declined") }, { s("non_retryable"), false } } } },
            5 },
        { s("MarkerRecorded"), O { { s("marker_name"), s("checkpoint") } }, 6, true },
        { s("ActivityTaskStarted"),
            O { { s("activity_id"), s("charge") }, { s("scheduled_event_version"), 2 }, { s("attempt"), 2 } }, 8, false,
            true },
        { s("ActivityTaskCompleted"),
            O { { s("activity_id"), s("charge") }, { s("scheduled_event_version"), 2 }, { s("attempt"), 2 },
                { s("result"), O { { s("receipt"), s("r-1") } } } },
            10 },
        { s("TimerCreated"), O { { s("timer_id"), s("ship-sla") }, { s("start_to_fire_timeout_s"), 60 } }, 11 },
        { s("ChildWorkflowInitiated"),
            O { { s("workflow_id"), s("flow-1") }, { s("workflow_type"), s("FulfilmentFlow") } }, 12 },
        { s("ChildWorkflowStarted"), O { { s("workflow_id"), s("flow-1") }, { s("initiated_event_version"), 9 } }, 13 },
        { s("SignalReceived"),
            O { { s("signal_name"), s("address-changed") }, { s("input"), O { { s("city"), s("Madrid") } } } }, 20 },
        { s("MarkerRecorded"), O { { s("marker_name"), s("checkpoint-2") } }, 21, true },
        { s("ChildWorkflowCompleted"),
            O { { s("workflow_id"), s("flow-1") }, { s("initiated_event_version"), 9 },
                { s("result"), O { { s("packed"), 3 } } } },
            40 },
        { s("TimerFired"), O { { s("timer_id"), s("ship-sla") }, { s("started_event_version"), 8 } }, 71 },
        { s("ActivityTaskScheduled"), O { { s("activity_id"), s("notify") }, { s("activity_type"), s("SendEmail") } },
            72 },
        { s("ActivityTaskStarted"),
            O { { s("activity_id"), s("notify") }, { s("scheduled_event_version"), 15 }, { s("attempt"), 1 } }, 73 },
        { s("ActivityTaskTimedOut"),
            O { { s("activity_id"), s("notify") }, { s("scheduled_event_version"), 15 }, { s("attempt"), 1 },
                { s("timeout_type"), s("START_TO_CLOSE") } },
            193 },
        { s("WorkflowExecutionCompleted"), O { { s("result"), O { { s("ok"), true } } } }, 200 },
    };
}

// Appends the small saga as stream `streamId` (type saga) with its times as recorded times.
inline bool appendSmallSaga(EventStore& store, const QString& streamId)
{
    AppendRequest request;
    request.streamId = streamId;
    request.streamType = QStringLiteral("saga");
    for (const SagaStep& step : smallSaga()) {
        QJsonObject metadata { { QStringLiteral("correlation_id"), streamId } };
        if (step.resetPoint)
            metadata.insert(QStringLiteral("reset_point"), true);
        if (step.retry)
            metadata.insert(QStringLiteral("retry"), true);
        NewEvent e = NewEvent::fromJson(step.type, step.payload, metadata);
        e.recordedAtUs = sagaTimeUs(step.atSeconds);
        request.events.append(e);
    }
    return store.append(request).has_value();
}

// The versions (1-based) of the steps that match.
template<typename Predicate>
QList<qint64> sagaVersionsWhere(Predicate predicate)
{
    QList<qint64> out;
    const QList<SagaStep> steps = smallSaga();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (predicate(steps[i]))
            out.append(i + 1);
    }
    return out;
}

} // namespace sagascope::test
