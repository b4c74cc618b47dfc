// SPDX-License-Identifier: MIT
#include "flowreducer.h"
#include "orderreducer.h"
#include "reducerregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

namespace {

RecordedEvent recorded(qint64 version, const QString& type, const QJsonObject& payload)
{
    RecordedEvent e;
    e.version = version;
    e.eventType = type;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return e;
}

QJsonObject fold(const Reducer& reducer, const QList<RecordedEvent>& events)
{
    auto state = reducer.initialState();
    for (const RecordedEvent& e : events)
        Reducer::fold(*state, e);
    return state->toJson();
}

} // namespace

class TestReducers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderLifecycle()
    {
        OrderReducer reducer;
        const QJsonObject placed { { QStringLiteral("order_id"), QStringLiteral("order-1") },
            { QStringLiteral("customer_id"), QStringLiteral("c-1") },
            { QStringLiteral("items"),
                QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("A") } } } } };
        const QJsonObject s1 = fold(reducer, { recorded(1, QStringLiteral("OrderPlaced"), placed) });
        QCOMPARE(s1.value(QStringLiteral("status")).toString(), QStringLiteral("placed"));
        QCOMPARE(s1.value(QStringLiteral("customer_id")).toString(), QStringLiteral("c-1"));
        const QJsonObject s2 = fold(reducer,
            { recorded(1, QStringLiteral("OrderPlaced"), placed),
                recorded(2, QStringLiteral("OrderShipped"), { { QStringLiteral("tracking"), QStringLiteral("T") } }) });
        QCOMPARE(s2.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
        QVERIFY(!s2.contains(QStringLiteral("anomalies")));
        // A history that breaks the rules still folds, and says what is wrong.
        const QJsonObject bad = fold(reducer,
            { recorded(1, QStringLiteral("OrderPlaced"), placed), recorded(2, QStringLiteral("OrderCancelled"), {}),
                recorded(3, QStringLiteral("OrderShipped"), {}) });
        QCOMPARE(bad.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
        QCOMPARE(bad.value(QStringLiteral("anomalies")).toArray().size(), 1);
        QCOMPARE(bad.value(QStringLiteral("anomalies"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInt(),
            3);
    }

    void orderCommands_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("event"); // empty = rejected
        QTest::newRow("place new") << "draft"
                                   << "PlaceOrder"
                                   << "OrderPlaced";
        QTest::newRow("place twice") << "placed"
                                     << "PlaceOrder"
                                     << "";
        QTest::newRow("cancel placed") << "placed"
                                       << "CancelOrder"
                                       << "OrderCancelled";
        QTest::newRow("cancel draft") << "draft"
                                      << "CancelOrder"
                                      << "";
        QTest::newRow("cancel shipped") << "shipped"
                                        << "CancelOrder"
                                        << "";
        QTest::newRow("ship placed") << "placed"
                                     << "ShipOrder"
                                     << "OrderShipped";
        QTest::newRow("ship cancelled") << "cancelled"
                                        << "ShipOrder"
                                        << "";
        QTest::newRow("unknown") << "placed"
                                 << "'; DROP"
                                 << "";
    }
    void orderCommands()
    {
        QFETCH(QString, status);
        QFETCH(QString, command);
        QFETCH(QString, event);
        const QJsonObject state { { QStringLiteral("status"), status },
            { QStringLiteral("order_id"), QStringLiteral("order-9") } };
        const QJsonObject input { { QStringLiteral("customer_id"), QStringLiteral("c") },
            { QStringLiteral("items"), QJsonArray { 1 } }, { QStringLiteral("tracking"), QStringLiteral("T1") } };
        const auto decided = decideOrderCommand(state, command, input);
        QCOMPARE(decided.has_value(), !event.isEmpty());
        if (decided)
            QCOMPARE(decided->eventType, event);
        else
            QCOMPARE(decided.error().code, ErrorCode::InvalidInput);
        QVERIFY(!decideOrderCommand({}, QStringLiteral("ShipOrder"), {}).has_value());
    }

    void flowFingerprints()
    {
        const QStringList steps { QStringLiteral("validate"), QStringLiteral("pick") };
        const QJsonObject params { { QStringLiteral("warehouse"), QStringLiteral("WH-1") } };
        const QString fp1 = flowStepFingerprint(
            QStringLiteral("1.0"), QStringLiteral("validate"), { QStringLiteral("h0") }, params, QStringLiteral("def"));
        const QString fp2 = flowStepFingerprint(
            QStringLiteral("1.0"), QStringLiteral("pick"), { QStringLiteral("h1") }, params, QStringLiteral("def"));
        QCOMPARE(fp1.size(), 64);
        QVERIFY(fp1 != fp2);
        // Input hashes are sorted: order does not matter.
        QCOMPARE(flowStepFingerprint(QStringLiteral("1"), QStringLiteral("s"),
                     { QStringLiteral("b"), QStringLiteral("a") }, {}, QStringLiteral("d")),
            flowStepFingerprint(QStringLiteral("1"), QStringLiteral("s"), { QStringLiteral("a"), QStringLiteral("b") },
                {}, QStringLiteral("d")));
        FlowReducer reducer;
        QList<RecordedEvent> h {
            recorded(1, QStringLiteral("FlowInitialized"),
                { { QStringLiteral("flow_id"), QStringLiteral("f1") },
                    { QStringLiteral("engine_version"), QStringLiteral("1.0") },
                    { QStringLiteral("definition_hash"), QStringLiteral("def") }, { QStringLiteral("params"), params },
                    { QStringLiteral("steps"), QJsonArray::fromStringList(steps) } }),
            recorded(2, QStringLiteral("StepStarted"),
                { { QStringLiteral("step_id"), QStringLiteral("validate") },
                    { QStringLiteral("input_hashes"), QJsonArray { QStringLiteral("h0") } } }),
            recorded(3, QStringLiteral("StepFinished"),
                { { QStringLiteral("step_id"), QStringLiteral("validate") }, { QStringLiteral("fingerprint"), fp1 } }),
        };
        QJsonObject s = fold(reducer, h);
        QCOMPARE(s.value(QStringLiteral("cursor")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QVERIFY(s.value(QStringLiteral("steps"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("fingerprint_matches"))
                    .toBool());
        h.append(recorded(4, QStringLiteral("StepStarted"),
            { { QStringLiteral("step_id"), QStringLiteral("pick") },
                { QStringLiteral("input_hashes"), QJsonArray { QStringLiteral("h1") } } }));
        h.append(recorded(5, QStringLiteral("StepSignal"),
            { { QStringLiteral("step_id"), QStringLiteral("pick") },
                { QStringLiteral("signal"), QStringLiteral("ack") } }));
        h.append(recorded(6, QStringLiteral("StepFinished"),
            { { QStringLiteral("step_id"), QStringLiteral("pick") },
                { QStringLiteral("fingerprint"), QStringLiteral("tampered") } }));
        h.append(recorded(7, QStringLiteral("FlowCompleted"),
            { { QStringLiteral("flow_fingerprint"), flowFingerprint({ fp1, fp2 }) } }));
        s = fold(reducer, h);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(s.value(QStringLiteral("cursor")).toInt(), 2);
        const QJsonObject pick = s.value(QStringLiteral("steps")).toArray().at(1).toObject();
        QVERIFY(!pick.value(QStringLiteral("fingerprint_matches")).toBool());
        QCOMPARE(pick.value(QStringLiteral("fingerprint_expected")).toString(), fp2);
        QCOMPARE(pick.value(QStringLiteral("signals")).toArray().size(), 1);
        // The recorded flow fingerprint was computed from the right step fingerprints, but the
        // stored step fingerprint is not the right one: the flow's recomputed hash differs.
        QVERIFY(!s.value(QStringLiteral("flow_fingerprint_matches")).toBool());
        QCOMPARE(s.value(QStringLiteral("variants")).toString(), QStringLiteral("ISFSGFC"));
        QVERIFY(!s.contains(QStringLiteral("anomalies")));
    }

    void flowFailure()
    {
        FlowReducer reducer;
        const QJsonObject s = fold(reducer,
            { recorded(1, QStringLiteral("FlowInitialized"),
                  { { QStringLiteral("steps"), QJsonArray { QStringLiteral("a") } } }),
                recorded(2, QStringLiteral("StepStarted"), { { QStringLiteral("step_id"), QStringLiteral("a") } }),
                recorded(3, QStringLiteral("StepFailed"),
                    { { QStringLiteral("step_id"), QStringLiteral("a") }, { QStringLiteral("retryable"), false } }) });
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("cursor")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("variants")).toString(), QStringLiteral("ISX"));
    }

    // A type that is no flow event changes nothing but is noted, never silently dropped.
    void flowNotesOtherEventTypes()
    {
        FlowReducer reducer;
        const QJsonObject s = fold(reducer,
            { recorded(1, QStringLiteral("FlowInitialized"),
                  { { QStringLiteral("steps"), QJsonArray { QStringLiteral("a") } } }),
                recorded(2, QStringLiteral("OrderPlaced"), { { QStringLiteral("step_id"), QStringLiteral("a") } }),
                recorded(3, QStringLiteral("StepStarted"), { { QStringLiteral("step_id"), QStringLiteral("a") } }) });
        QCOMPARE(s.value(QStringLiteral("variants")).toString(), QStringLiteral("IS"));
        const QJsonArray anomalies = s.value(QStringLiteral("anomalies")).toArray();
        QCOMPARE(anomalies.size(), 1);
        QCOMPARE(anomalies.at(0).toObject().value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(
            anomalies.at(0).toObject().value(QStringLiteral("event_type")).toString(), QStringLiteral("OrderPlaced"));
        QCOMPARE(s.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("running"));
    }

    void registryChoosesByStreamType()
    {
        ReducerRegistry registry;
        QCOMPARE(registry.forStreamType(QStringLiteral("saga"))->name(), QStringLiteral("saga"));
        QCOMPARE(registry.forStreamType(QStringLiteral("order"))->name(), QStringLiteral("order"));
        QCOMPARE(registry.forStreamType(QStringLiteral("flow"))->name(), QStringLiteral("flow"));
        QCOMPARE(registry.forStreamType(QStringLiteral("whatever"))->name(), QStringLiteral("merge-patch"));
        QVERIFY(!registry.byName(QStringLiteral("nope")));
        QCOMPARE(registry.names(),
            QStringList({ QStringLiteral("flow"), QStringLiteral("merge-patch"), QStringLiteral("order"),
                QStringLiteral("saga") }));
    }

    void pluginReducerIsLoaded()
    {
        ReducerRegistry registry;
        QStringList errors;
        QCOMPARE(registry.loadPlugins(QStringLiteral(SAGASCOPE_TEST_PLUGIN_DIR), &errors), 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const auto counter = registry.forStreamType(QStringLiteral("counter"));
        QCOMPARE(counter->name(), QStringLiteral("counter"));
        QCOMPARE(counter->version(), 3);
        const QJsonObject s = fold(*counter,
            { recorded(1, QStringLiteral("A"), {}), recorded(2, QStringLiteral("A"), {}),
                recorded(3, QStringLiteral("B"), {}) });
        QCOMPARE(s, QJsonObject({ { QStringLiteral("A"), 2 }, { QStringLiteral("B"), 1 } }));
    }

    void notAPluginIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a library");
        junk.close();
        ReducerRegistry registry;
        QStringList errors;
        QCOMPARE(registry.loadPlugins(dir.path(), &errors), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("libjunk.so")));
    }
};

QTEST_GUILESS_MAIN(TestReducers)
#include "tst_reducers.moc"
