// SPDX-License-Identifier: MIT
// Imports the real Temporal histories in tests/fixtures/temporal and checks the saga state
// rebuilt from them against what each history itself says, read independently here.
#include "memoryeventstore.h"
#include "sagareducer.h"
#include "temporalhistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sagascope;

namespace {

QByteArray readFixture(const QString& name)
{
    QFile f(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString plainType(const QString& t)
{
    if (!t.startsWith(QLatin1String("EVENT_TYPE_")))
        return t;
    QString out;
    for (const QString& w : t.mid(11).split(QLatin1Char('_')))
        out += w.left(1) + w.mid(1).toLower();
    return out;
}

// Independent decoding of a Temporal {payloads:[…]} value with one JSON payload.
QJsonValue firstPayload(const QJsonObject& holder)
{
    const QJsonArray payloads = holder.value(QStringLiteral("payloads")).toArray();
    if (payloads.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray data
        = QByteArray::fromBase64(payloads.first().toObject().value(QStringLiteral("data")).toString().toLatin1());
    return QJsonDocument::fromJson("[" + data + "]").array().first();
}

QJsonObject attributesOf(const QJsonObject& e)
{
    for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String("EventAttributes")))
            return it.value().toObject();
    }
    return {};
}

} // namespace

class TestTemporalHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixturesArePresent()
    {
        const QStringList files
            = QDir(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES)).entryList({ QStringLiteral("*.json") });
        QVERIFY2(files.size() >= 8, "the Temporal fixtures must be in tests/fixtures/temporal");
    }

    void importsRealHistories_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        const QList<std::pair<const char*, int>> files { { "cancel-timer-after-activity.json", 13 },
            { "parallel-local-activities.json", 15 }, { "nexus-cancel-before-start.json", 21 },
            { "child-workflow-cancel-with-update.json", 24 }, { "workflow_with_unknown_event.json", 26 },
            { "multiple-updates.json", 45 }, { "gogoproto-payload-workflow.json", 146 },
            { "workflow_loop_task.json", 428 } };
        for (const auto& [file, events] : files)
            QTest::newRow(file) << QString::fromLatin1(file) << events;
    }
    void importsRealHistories()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        const QByteArray json = readFixture(file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        const QJsonArray raw = QJsonDocument::fromJson(json).object().value(QStringLiteral("events")).toArray();
        QCOMPARE(raw.size(), events);

        const QString stream = QStringLiteral("temporal-") + file.section(QLatin1Char('.'), 0, 0);
        auto history = parseTemporalHistory(json, stream);
        QVERIFY2(history.has_value(), qPrintable(history ? QString() : history.error().message));
        QCOMPARE(history->events.size(), events); // nothing dropped, unknown types included
        // Each event keeps its eventTime as its recorded time, to the microsecond.
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const auto time = usFromIso(raw[i].toObject().value(QStringLiteral("eventTime")).toString());
            QVERIFY(time.has_value());
            QCOMPARE(history->events[i].recordedAtUs, *time);
        }

        MemoryEventStore store;
        QVERIFY(store.append({ .streamId = stream, .streamType = QStringLiteral("saga"), .events = history->events })
                    .has_value());
        const auto stored = *store.readStream({ .streamId = stream });
        SagaReducer reducer;
        auto state = reducer.initialState();
        for (const RecordedEvent& e : stored)
            Reducer::fold(*state, e);
        const QJsonObject s = state->toJson();

        // What the history says, read here without the importer.
        QString expectedStatus = QStringLiteral("running");
        int activities = 0;
        QHash<qint64, QJsonValue> results; // scheduled event id -> decoded result
        for (const QJsonValue& v : raw) {
            const QJsonObject e = v.toObject();
            const QString t = plainType(e.value(QStringLiteral("eventType")).toString());
            const QJsonObject a = attributesOf(e);
            if (t == QLatin1String("WorkflowExecutionCompleted"))
                expectedStatus = QStringLiteral("completed");
            else if (t == QLatin1String("WorkflowExecutionFailed"))
                expectedStatus = QStringLiteral("failed");
            else if (t == QLatin1String("WorkflowExecutionContinuedAsNew"))
                expectedStatus = QStringLiteral("continued_as_new");
            if (t == QLatin1String("ActivityTaskScheduled"))
                ++activities;
            if (t == QLatin1String("MarkerRecorded")
                && a.value(QStringLiteral("markerName")).toString() == QLatin1String("LocalActivity"))
                ++activities;
            if (t == QLatin1String("ActivityTaskCompleted"))
                results.insert(a.value(QStringLiteral("scheduledEventId")).toString().toLongLong(),
                    firstPayload(a.value(QStringLiteral("result")).toObject()));
        }
        QCOMPARE(s.value(QStringLiteral("status")).toString(), expectedStatus);
        const QJsonArray stateActivities = s.value(QStringLiteral("activities")).toArray();
        QCOMPARE(stateActivities.size(), activities);
        int completed = 0;
        for (const QJsonValue& v : stateActivities) {
            const QJsonObject a = v.toObject();
            const qint64 scheduled = a.value(QStringLiteral("scheduled_event_version")).toInteger();
            if (!results.contains(scheduled))
                continue;
            ++completed;
            QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
            QCOMPARE(a.value(QStringLiteral("result")), results.value(scheduled));
        }
        QCOMPARE(completed, results.size());
        QVERIFY2(!s.contains(QStringLiteral("anomalies")),
            qPrintable(QString::fromUtf8(QJsonDocument(s.value(QStringLiteral("anomalies")).toArray()).toJson())));
    }

    // A known instant, not one worked out the way the parser does: nanoseconds are cut to
    // microseconds, and the store keeps the time it is given.
    void recordedTimeIsTheEventTime()
    {
        // "eventTime": "2020-12-10T22:18:41.248154805Z"
        constexpr qint64 firstEventUs = 1'607'638'721'248'154;
        auto history = parseTemporalHistory(
            readFixture(QStringLiteral("cancel-timer-after-activity.json")), QStringLiteral("temporal-time"));
        QVERIFY(history.has_value());
        QCOMPARE(history->events.first().recordedAtUs, firstEventUs);
        MemoryEventStore store;
        QVERIFY(store.append({ .streamId = QStringLiteral("temporal-time"), .events = history->events }).has_value());
        const auto stored = store.readStream({ .streamId = QStringLiteral("temporal-time"), .limit = 1 });
        QVERIFY(stored.has_value());
        QCOMPARE(stored->first().recordedAtUs, firstEventUs);
    }

    void detailsOfOneHistory()
    {
        auto history = parseTemporalHistory(
            readFixture(QStringLiteral("child-workflow-cancel-with-update.json")), QStringLiteral("t"));
        QVERIFY(history.has_value());
        QStringList types;
        for (const NewEvent& e : history->events)
            types.append(e.eventType);
        QVERIFY(types.contains(QStringLiteral("ChildWorkflowInitiated")));
        QVERIFY(types.contains(QStringLiteral("ChildWorkflowStarted")));
        QVERIFY(types.contains(QStringLiteral("UpdateAccepted")));
        QVERIFY(types.contains(QStringLiteral("SignalReceived")));
        QVERIFY(types.contains(QStringLiteral("WorkflowTaskScheduled"))); // kept under its own name
        const QJsonObject signal
            = QJsonDocument::fromJson(history->events[types.indexOf(QStringLiteral("SignalReceived"))].payload)
                  .object();
        QCOMPARE(signal.value(QStringLiteral("signal_name")).toString(), QStringLiteral("shutdown"));
        QCOMPARE(signal.value(QStringLiteral("input")).toBool(), true);
        // Re-import gives the same event ids: appending twice is idempotent.
        auto again = parseTemporalHistory(
            readFixture(QStringLiteral("child-workflow-cancel-with-update.json")), QStringLiteral("t"));
        QCOMPARE(again->events.first().eventId, history->events.first().eventId);
        MemoryEventStore store;
        QVERIFY(store.append({ .streamId = QStringLiteral("t"), .events = history->events }).has_value());
        QVERIFY(store.append({ .streamId = QStringLiteral("t"), .events = again->events })->alreadyStored);
    }

    void upperCaseSpelling()
    {
        QCOMPARE(catalogueTypeForTemporal(QStringLiteral("EVENT_TYPE_WORKFLOW_EXECUTION_STARTED")),
            QStringLiteral("WorkflowExecutionStarted"));
        QCOMPARE(catalogueTypeForTemporal(QStringLiteral("EVENT_TYPE_TIMER_STARTED")), QStringLiteral("TimerCreated"));
        QCOMPARE(
            catalogueTypeForTemporal(QStringLiteral("WorkflowExecutionSignaled")), QStringLiteral("SignalReceived"));
        QCOMPARE(catalogueTypeForTemporal(QStringLiteral("EVENT_TYPE_NEXUS_OPERATION_SCHEDULED")),
            QStringLiteral("NexusOperationInitiated"));
        QCOMPARE(catalogueTypeForTemporal(QStringLiteral("SomethingNew")), QStringLiteral("SomethingNew"));
    }

    void malformedHistories_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{\"events\": [ {\"eventId\": \"1\",") << QStringLiteral("byte");
        QTest::newRow("no events") << QByteArray(R"({"history": []})") << QStringLiteral("\"events\"");
        QTest::newRow("empty") << QByteArray(R"({"events": []})") << QStringLiteral("no events");
        QTest::newRow("event not object") << QByteArray(R"({"events": [1]})") << QStringLiteral("Event 1");
        QTest::newRow("no type") << QByteArray(R"({"events": [{"eventId":"1"},{"eventId":"2"}]})")
                                 << QStringLiteral("Event 1");
        QTest::newRow("no id") << QByteArray(R"({"events": [{"eventId":"1","eventType":"A"},{"eventType":"B"}]})")
                               << QStringLiteral("Event 2");
        QTest::newRow("repeated id") << QByteArray(
            R"({"events": [{"eventId":"1","eventType":"A"},{"eventId":"1","eventType":"B"}]})")
                                     << QStringLiteral("repeats");
    }
    void malformedHistories()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        auto history = parseTemporalHistory(json, QStringLiteral("x"));
        QVERIFY(!history.has_value());
        QCOMPARE(history.error().code, ErrorCode::InvalidInput);
        QVERIFY2(history.error().message.contains(fragment), qPrintable(history.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTemporalHistory)
#include "tst_temporalhistory.moc"
