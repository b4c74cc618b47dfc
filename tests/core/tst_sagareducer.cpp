// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "sagareducer.h"
#include "timetravel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sagascope;

namespace {

struct History
{
    QList<RecordedEvent> events;
    RecordedEvent& add(const QString& type, const QJsonObject& payload, const QJsonObject& metadata = {})
    {
        RecordedEvent e;
        e.version = events.size() + 1;
        e.position = e.version;
        e.eventType = type;
        e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        e.metadata = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        e.recordedAtUs = 1'700'000'000'000'000LL + e.version * 1'000'000LL;
        events.append(e);
        return events.last();
    }
};

QJsonObject foldAll(const QList<RecordedEvent>& events, qsizetype upTo = -1)
{
    SagaReducer reducer;
    auto state = reducer.initialState();
    for (qsizetype i = 0; i < (upTo < 0 ? events.size() : upTo); ++i)
        Reducer::fold(*state, events[i]);
    return state->toJson();
}

History checkoutSaga()
{
    History h;
    h.add(QStringLiteral("WorkflowExecutionStarted"),
        { { QStringLiteral("workflow_id"), QStringLiteral("checkout-1") },
            { QStringLiteral("workflow_type"), QStringLiteral("Checkout") },
            { QStringLiteral("input"), QJsonObject { { QStringLiteral("order"), 7 } } } });
    h.add(QStringLiteral("ActivityTaskScheduled"),
        { { QStringLiteral("activity_id"), QStringLiteral("charge") },
            { QStringLiteral("activity_type"), QStringLiteral("ChargeCard") } }); // v2
    h.add(QStringLiteral("ActivityTaskStarted"),
        { { QStringLiteral("scheduled_event_version"), 2 }, { QStringLiteral("attempt"), 1 } });
    h.add(QStringLiteral("ActivityTaskFailed"),
        { { QStringLiteral("scheduled_event_version"), 2 },
            { QStringLiteral("failure"), QStringLiteral("card declined") }, { QStringLiteral("will_retry"), true } });
    h.add(QStringLiteral("ActivityTaskStarted"),
        { { QStringLiteral("scheduled_event_version"), 2 }, { QStringLiteral("attempt"), 2 } },
        { { QStringLiteral("retry"), true } });
    h.add(QStringLiteral("ActivityTaskCompleted"),
        { { QStringLiteral("scheduled_event_version"), 2 },
            { QStringLiteral("result"), QStringLiteral("paid") } }); // v6
    h.add(QStringLiteral("TimerCreated"),
        { { QStringLiteral("timer_id"), QStringLiteral("t1") },
            { QStringLiteral("start_to_fire_timeout_s"), 30 } }); // v7
    h.add(QStringLiteral("SignalReceived"),
        { { QStringLiteral("signal_name"), QStringLiteral("address-changed") },
            { QStringLiteral("input"), QStringLiteral("Calle 1") } });
    h.add(QStringLiteral("TimerFired"), { { QStringLiteral("timer_id"), QStringLiteral("t1") } });
    h.add(QStringLiteral("MarkerRecorded"), { { QStringLiteral("marker_name"), QStringLiteral("version") } },
        { { QStringLiteral("reset_point"), true } }); // v10
    h.add(QStringLiteral("ChildWorkflowInitiated"),
        { { QStringLiteral("workflow_id"), QStringLiteral("ship-1") },
            { QStringLiteral("workflow_type"), QStringLiteral("Ship") } }); // v11
    h.add(QStringLiteral("ChildWorkflowStarted"), { { QStringLiteral("initiated_event_version"), 11 } });
    h.add(QStringLiteral("UpdateAccepted"),
        { { QStringLiteral("update_id"), QStringLiteral("u1") },
            { QStringLiteral("name"), QStringLiteral("setPriority") } });
    h.add(QStringLiteral("UpdateCompleted"),
        { { QStringLiteral("update_id"), QStringLiteral("u1") }, { QStringLiteral("result"), true } });
    h.add(QStringLiteral("SearchAttributesUpserted"),
        { { QStringLiteral("search_attributes"),
            QJsonObject { { QStringLiteral("CustomerId"), QStringLiteral("c-9") } } } });
    h.add(QStringLiteral("ChildWorkflowCompleted"),
        { { QStringLiteral("initiated_event_version"), 11 }, { QStringLiteral("result"), QStringLiteral("shipped") } });
    h.add(QStringLiteral("SomethingNew"), {}); // unknown types are kept, not fatal
    h.add(QStringLiteral("ActivityTaskCompleted"), { { QStringLiteral("scheduled_event_version"), 99 } }); // dangling
    h.add(QStringLiteral("WorkflowExecutionCompleted"), { { QStringLiteral("result"), QStringLiteral("done") } });
    return h;
}

} // namespace

class TestSagaReducer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsACheckoutSaga()
    {
        const QJsonObject s = foldAll(checkoutSaga().events);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(s.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
        QCOMPARE(s.value(QStringLiteral("workflow_type")).toString(), QStringLiteral("Checkout"));
        const QJsonArray activities = s.value(QStringLiteral("activities")).toArray();
        QCOMPARE(activities.size(), 1);
        const QJsonObject charge = activities.first().toObject();
        QCOMPARE(charge.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(charge.value(QStringLiteral("attempt")).toInt(), 2);
        QCOMPARE(charge.value(QStringLiteral("result")).toString(), QStringLiteral("paid"));
        QCOMPARE(charge.value(QStringLiteral("scheduled_event_version")).toInt(), 2);
        const QJsonObject attempts = s.value(QStringLiteral("attempts")).toObject();
        QCOMPARE(attempts.value(QStringLiteral("activity_attempts")).toInt(), 2);
        QCOMPARE(attempts.value(QStringLiteral("activity_retries")).toInt(), 1);
        QCOMPARE(attempts.value(QStringLiteral("activity_failures")).toInt(), 1);
        QCOMPARE(
            s.value(QStringLiteral("timers")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("fired"));
        QCOMPARE(
            s.value(QStringLiteral("signals")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("address-changed"));
        QCOMPARE(s.value(QStringLiteral("markers")).toArray().size(), 1);
        QCOMPARE(
            s.value(QStringLiteral("children")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("completed"));
        QCOMPARE(
            s.value(QStringLiteral("updates")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("completed"));
        QCOMPARE(s.value(QStringLiteral("search_attributes")).toObject().value(QStringLiteral("CustomerId")).toString(),
            QStringLiteral("c-9"));
        QCOMPARE(s.value(QStringLiteral("reset_points")).toArray(), QJsonArray({ 10 }));
        QCOMPARE(s.value(QStringLiteral("unknown_events")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("anomalies")).toArray().size(), 1);
        QCOMPARE(s.value(QStringLiteral("events")).toInt(), 19);
        const QJsonObject pending = s.value(QStringLiteral("pending")).toObject();
        QCOMPARE(pending.value(QStringLiteral("activities")).toInt(), 0);
        QCOMPARE(pending.value(QStringLiteral("timers")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("timings")).toObject().value(QStringLiteral("duration_ms")).toInt(), 18000);
    }

    void retriedAttemptsStayOpen()
    {
        History h;
        h.add(QStringLiteral("WorkflowExecutionStarted"), {});
        h.add(QStringLiteral("ActivityTaskScheduled"), { { QStringLiteral("activity_id"), QStringLiteral("1") } });
        h.add(QStringLiteral("ActivityTaskStarted"),
            { { QStringLiteral("scheduled_event_version"), 2 }, { QStringLiteral("attempt"), 1 } });
        h.add(QStringLiteral("ActivityTaskFailed"),
            { { QStringLiteral("scheduled_event_version"), 2 },
                { QStringLiteral("failure"), QJsonObject { { QStringLiteral("non_retryable"), false } } } });
        auto pendingActivities = [](const QJsonObject& s) {
            return s.value(QStringLiteral("pending")).toObject().value(QStringLiteral("activities")).toInt();
        };
        QCOMPARE(pendingActivities(foldAll(h.events)), 1);
        h.add(QStringLiteral("ActivityTaskStarted"),
            { { QStringLiteral("scheduled_event_version"), 2 }, { QStringLiteral("attempt"), 2 } });
        h.add(QStringLiteral("ActivityTaskFailed"),
            { { QStringLiteral("scheduled_event_version"), 2 },
                { QStringLiteral("failure"), QJsonObject { { QStringLiteral("non_retryable"), true } } } });
        const QJsonObject s = foldAll(h.events);
        QCOMPARE(pendingActivities(s), 0);
        QCOMPARE(s.value(QStringLiteral("activities"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("failed"));
        // A Temporal-style history records only the final failure; a later Started still reopens.
        h.add(QStringLiteral("ActivityTaskStarted"),
            { { QStringLiteral("scheduled_event_version"), 2 }, { QStringLiteral("attempt"), 3 } });
        QCOMPARE(pendingActivities(foldAll(h.events)), 1);
    }

    void pendingWorkMidway()
    {
        const QJsonObject s = foldAll(checkoutSaga().events, 7);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(s.value(QStringLiteral("pending")).toObject().value(QStringLiteral("timers")).toInt(), 1);
        QCOMPARE(foldAll(checkoutSaga().events, 4)
                     .value(QStringLiteral("activities"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("retrying"));
        QCOMPARE(foldAll({}).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    }

    // A state restored from its JSON (a snapshot) continues exactly like the original.
    void restoreRoundTrip()
    {
        const History h = checkoutSaga();
        SagaReducer reducer;
        for (qsizetype cut = 0; cut <= h.events.size(); ++cut) {
            auto state = reducer.initialState();
            for (qsizetype i = 0; i < cut; ++i)
                Reducer::fold(*state, h.events[i]);
            auto restored = reducer.restore(state->toJson(), cut);
            QVERIFY(restored.has_value());
            QCOMPARE((*restored)->toJson(), state->toJson());
            for (qsizetype i = cut; i < h.events.size(); ++i)
                Reducer::fold(**restored, h.events[i]);
            QCOMPARE((*restored)->toJson(), foldAll(h.events));
        }
        QCOMPARE(reducer.restore(QJsonObject { { QStringLiteral("x"), 1 } }, 3).error().code, ErrorCode::CorruptData);
    }

    // Clones share storage but never each other's later changes.
    void clonesAreIndependent()
    {
        const History h = checkoutSaga();
        SagaReducer reducer;
        auto state = reducer.initialState();
        for (qsizetype i = 0; i < 3; ++i)
            Reducer::fold(*state, h.events[i]);
        auto copy = state->clone();
        const QJsonObject before = copy->toJson();
        for (qsizetype i = 3; i < h.events.size(); ++i)
            Reducer::fold(*state, h.events[i]);
        QCOMPARE(copy->toJson(), before);
        QCOMPARE(copy->version(), 3);
    }

    // Time travel over a long saga agrees with full replay at every sampled version.
    void timeTravelOnALongSaga()
    {
        MemoryEventStore store;
        QList<NewEvent> batch;
        batch.append(NewEvent::fromJson(QStringLiteral("WorkflowExecutionStarted"), {}));
        for (int i = 0; i < 3000; ++i) {
            const qint64 scheduled = batch.size() + 1;
            batch.append(NewEvent::fromJson(QStringLiteral("ActivityTaskScheduled"),
                { { QStringLiteral("activity_id"), QStringLiteral("a%1").arg(i) } }));
            batch.append(NewEvent::fromJson(
                QStringLiteral("ActivityTaskStarted"), { { QStringLiteral("scheduled_event_version"), scheduled } }));
            batch.append(NewEvent::fromJson(
                i % 7 == 0 ? QStringLiteral("ActivityTaskFailed") : QStringLiteral("ActivityTaskCompleted"),
                { { QStringLiteral("scheduled_event_version"), scheduled } }));
        }
        QVERIFY(store.append({ .streamId = QStringLiteral("saga-long"), .events = batch }).has_value());
        auto reducer = std::make_shared<SagaReducer>();
        TimeTravel travel(store, QStringLiteral("saga-long"), reducer, 256);
        QVERIFY(travel.buildCheckpoints().has_value());
        const auto all = *store.readStream({ .streamId = QStringLiteral("saga-long") });
        for (const qint64 v : { qint64(0), qint64(1), qint64(255), qint64(256), qint64(4097), qint64(9001) }) {
            auto state = travel.stateAt(v);
            QVERIFY(state.has_value());
            QCOMPARE((*state)->toJson(), foldAll(all, v));
        }
        const QJsonObject end = (*travel.stateAt(all.size()))->toJson();
        QCOMPARE(end.value(QStringLiteral("activities")).toArray().size(), 3000);
        QCOMPARE(
            end.value(QStringLiteral("attempts")).toObject().value(QStringLiteral("activity_failures")).toInt(), 429);
    }
};

QTEST_GUILESS_MAIN(TestSagaReducer)
#include "tst_sagareducer.moc"
