// SPDX-License-Identifier: MIT
// The demo data generator against the in-memory store: the same seed gives the same data, a
// second run writes nothing, and the data obeys the rules of its seeds (orders, sagas, flows).
#include "democase.h"
#include "demodata.h"
#include "demolongsaga.h"
#include "eventcatalogue.h"
#include "flowreducer.h"
#include "forwardingstore.h"
#include "memoryeventstore.h"
#include "orderreducer.h"
#include "sagareducer.h"
#include "upcasters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <limits>

using namespace sagascope;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<RecordedEvent> readEverything(EventStore& store)
{
    QList<RecordedEvent> all;
    qint64 after = 0;
    for (;;) {
        auto page = store.readAll(LogQuery { after, 5000 });
        if (!page || page->isEmpty())
            break;
        all += *page;
        after = page->last().position;
    }
    return all;
}

QList<RecordedEvent> readStream(EventStore& store, const QString& streamId)
{
    StreamQuery q;
    q.streamId = streamId;
    auto events = store.readStream(q);
    return events ? *events : QList<RecordedEvent> {};
}

QStringList streamIds(EventStore& store, const QString& type = {})
{
    QStringList ids;
    StreamFilter filter;
    filter.streamType = type;
    filter.limit = 500;
    for (;;) {
        auto page = store.listStreams(filter);
        if (!page)
            return ids;
        for (const StreamInfo& s : page->streams)
            ids.append(s.streamId);
        if (!page->hasMore)
            return ids;
        filter.afterStreamId = ids.last();
    }
}

QSet<QString> keySet(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

DemoOptions smallOptions(quint32 seed = 7)
{
    DemoOptions o;
    o.streams = 12;
    o.longStreamEvents = 2000;
    o.seed = seed;
    return o;
}

// A store that fails every appendBatch after the first `okBatches` (a full disk, a lost server).
class FailingStore final : public test::ForwardingStore
{
public:
    explicit FailingStore(int okBatches)
        : ForwardingStore(m_store)
        , m_okBatches(okBatches)
    { }
    void heal() { m_okBatches = std::numeric_limits<int>::max(); }
    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& requests) override
    {
        if (m_okBatches-- <= 0)
            return fail(ErrorCode::Connection, u"disk full"_s);
        return m_store.appendBatch(requests);
    }

private:
    MemoryEventStore m_store;
    int m_okBatches;
};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameData()
    {
        MemoryEventStore a;
        MemoryEventStore b;
        QVERIFY(writeDemoData(a, smallOptions()).has_value());
        DemoOptions chunked = smallOptions();
        chunked.batchEvents = 97; // other transaction boundaries must not change the data
        QVERIFY(writeDemoData(b, chunked).has_value());
        const QList<RecordedEvent> ea = readEverything(a);
        const QList<RecordedEvent> eb = readEverything(b);
        QCOMPARE(ea.size(), eb.size());
        for (qsizetype i = 0; i < ea.size(); ++i) {
            QCOMPARE(ea[i].eventId, eb[i].eventId);
            QCOMPARE(ea[i].streamId, eb[i].streamId);
            QCOMPARE(ea[i].version, eb[i].version);
            QCOMPARE(ea[i].eventType, eb[i].eventType);
            QCOMPARE(ea[i].payload, eb[i].payload);
            QCOMPARE(ea[i].metadata, eb[i].metadata);
            QCOMPARE(ea[i].schemaVersion, eb[i].schemaVersion);
            QCOMPARE(ea[i].recordedAtUs, eb[i].recordedAtUs);
        }
    }

    // The open checkout sagas get pending timers: a soon one and a far one each, at fixed offsets
    // from the anchor, into streams of the data set. A second run keeps the pending ones as they are.
    void openSagasGetPendingTimers()
    {
        constexpr qint64 minuteUs = 60LL * 1000000;
        constexpr qint64 dayUs = 24 * 60 * minuteUs;
        const qint64 anchor = demo::demoEpochUs() + 300 * dayUs;
        DemoOptions options = smallOptions();
        options.streams = 30; // cases 1 to 10: cases 5 and 10 are still open
        options.longStreamEvents = 0;
        options.timersAnchorUs = anchor;
        MemoryEventStore store;
        auto summary = writeDemoData(store, options);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->timersScheduled, 4);
        QCOMPARE(summary->timersAlreadyPending, 0);
        auto timers = store.listTimers(TimerQuery {});
        QVERIFY(timers.has_value());
        QStringList ids;
        QList<qint64> offsets;
        for (const TimerRecord& t : std::as_const(*timers)) {
            ids.append(t.timerId);
            offsets.append(t.fireAtUs - anchor);
            QVERIFY(t.timerId.startsWith(t.streamId + u'/'));
            QCOMPARE(demo::demoOutcome(t.streamId.right(4).toInt()), demo::DemoOutcome::Open);
            auto info = store.streamInfo(t.streamId);
            QVERIFY2(info.has_value(), qPrintable(t.streamId));
            QCOMPARE(info->streamType, u"saga"_s);
            QVERIFY(QJsonDocument::fromJson(t.payload).object().contains(u"order_id"_s));
        }
        QCOMPARE(ids,
            (QStringList { u"saga-checkout-0005/carrier-follow-up"_s, u"saga-checkout-0010/carrier-follow-up"_s,
                u"saga-checkout-0005/fulfilment-escalation"_s, u"saga-checkout-0010/fulfilment-escalation"_s }));
        QCOMPARE(offsets, (QList<qint64> { 2 * minuteUs, 5 * minuteUs, 30 * dayUs, 45 * dayUs }));

        // Written again later: nothing moves, nothing is added.
        options.timersAnchorUs = anchor + 3 * dayUs;
        auto again = writeDemoData(store, options);
        QVERIFY(again.has_value());
        QCOMPARE(again->timersScheduled, 0);
        QCOMPARE(again->timersAlreadyPending, 4);
        QCOMPARE(store.listTimers(TimerQuery {})->first().fireAtUs, anchor + 2 * minuteUs);

        // Without timers, none.
        MemoryEventStore plain;
        options.timers = false;
        QCOMPARE(writeDemoData(plain, options)->timersScheduled, 0);
        QVERIFY(plain.listTimers(TimerQuery {})->isEmpty());
    }

    // Events are recorded at their business time: within the demo calendar, never going back in
    // a stream, and the same for every run.
    void recordedAtIsBusinessTime()
    {
        MemoryEventStore store;
        const qint64 before = nowUs();
        QVERIFY(writeDemoData(store, smallOptions()).has_value());
        const qint64 calendarStart = demo::demoEpochUs() - 61LL * 24 * 3600 * 1000000; // the long saga starts earlier
        QHash<QString, qint64> lastInStream;
        for (const RecordedEvent& e : readEverything(store)) {
            QVERIFY2(e.recordedAtUs >= calendarStart && e.recordedAtUs < before, qPrintable(isoFromUs(e.recordedAtUs)));
            QVERIFY2(e.recordedAtUs >= lastInStream.value(e.streamId),
                qPrintable(e.streamId + u" v"_s + QString::number(e.version)));
            lastInStream.insert(e.streamId, e.recordedAtUs);
        }
        // The order's business time in its payload is its recorded time.
        const QList<RecordedEvent> order = readStream(store, u"order-0001"_s);
        QCOMPARE(usFromIso(order.first().payloadObject().value(u"placed_at"_s).toString()), order.first().recordedAtUs);
        auto info = store.streamInfo(u"order-0001"_s);
        QVERIFY(info.has_value());
        QCOMPARE(info->createdAtUs, order.first().recordedAtUs);
        QCOMPARE(info->updatedAtUs, order.last().recordedAtUs);
    }

    // Every fifth order is placed at schema 1 (euros, {sku, name, qty, price}); upcasting it gives
    // the schema 2 shape the other orders are written in.
    void orderPlacedInBothSchemas()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 30;
        options.longStreamEvents = 0;
        QVERIFY(writeDemoData(store, options).has_value());
        const UpcasterRegistry upcasters = UpcasterRegistry::withBuiltIns();
        const QSet<QString> v2ItemKeys { u"sku"_s, u"name"_s, u"quantity"_s, u"unit_price_cents"_s,
            u"line_total_cents"_s };
        QSet<QString> v2Keys;
        QList<RecordedEvent> v1Events;
        int caseNumber = 0;
        for (const QString& id : streamIds(store, u"order"_s)) {
            const RecordedEvent placed = readStream(store, id).first();
            QCOMPARE(placed.eventType, u"OrderPlaced"_s);
            QCOMPARE(placed.schemaVersion, demo::demoOrderPlacedSchema(++caseNumber));
            if (placed.schemaVersion == 1) {
                v1Events.append(placed);
                continue;
            }
            QCOMPARE(placed.schemaVersion, 2);
            QVERIFY(!upcasters.needsUpcast(placed));
            for (const QString& key : placed.payloadObject().keys())
                v2Keys.insert(key);
        }
        QCOMPARE(v1Events.size(), 2); // order-0002 and order-0007
        QCOMPARE(v1Events.first().streamId, u"order-0002"_s);
        for (const RecordedEvent& v1 : v1Events) {
            const QJsonObject old = v1.payloadObject();
            QVERIFY(!old.contains(u"total_cents"_s) && !old.contains(u"currency"_s));
            QVERIFY(old.value(u"total"_s).toDouble() > 0);
            for (const QJsonValue& item : old.value(u"items"_s).toArray()) {
                const QJsonObject i = item.toObject();
                QCOMPARE(keySet(i), (QSet<QString> { u"sku"_s, u"name"_s, u"qty"_s, u"price"_s }));
            }
            QVERIFY(upcasters.needsUpcast(v1));
            const RecordedEvent up = upcasters.upcast(v1);
            QCOMPARE(up.schemaVersion, 2);
            const QJsonObject p = up.payloadObject();
            QCOMPARE(p.value(u"currency"_s).toString(), u"EUR"_s);
            QVERIFY(!p.contains(u"total"_s));
            qint64 lines = 0;
            for (const QJsonValue& item : p.value(u"items"_s).toArray()) {
                const QJsonObject i = item.toObject();
                QCOMPARE(keySet(i), v2ItemKeys);
                QCOMPARE(i.value(u"line_total_cents"_s).toInteger(),
                    i.value(u"quantity"_s).toInteger() * i.value(u"unit_price_cents"_s).toInteger());
                lines += i.value(u"line_total_cents"_s).toInteger();
            }
            // Exactly the euro amounts in cents: shipping and tax come on top of the lines.
            QVERIFY(p.value(u"total_cents"_s).toInteger() >= lines);
            QCOMPARE(p.value(u"total_cents"_s).toInteger(), qRound64(old.value(u"total"_s).toDouble() * 100));
            // The saga was started with the same total the order had in cents.
            const QList<RecordedEvent> saga
                = readStream(store, QString(v1.streamId).replace(u"order-"_s, u"saga-checkout-"_s));
            QCOMPARE(saga.first().payloadObject().value(u"input"_s).toObject().value(u"total_cents"_s).toInteger(),
                p.value(u"total_cents"_s).toInteger());
            // Every key of the upcast payload is one schema 2 payloads have.
            for (auto it = p.begin(); it != p.end(); ++it)
                QVERIFY2(v2Keys.contains(it.key()), qPrintable(it.key()));
        }
    }

    void otherSeedOtherData()
    {
        MemoryEventStore a;
        MemoryEventStore b;
        QVERIFY(writeDemoData(a, smallOptions(7)).has_value());
        QVERIFY(writeDemoData(b, smallOptions(8)).has_value());
        const auto pa = readStream(a, u"order-0001"_s);
        const auto pb = readStream(b, u"order-0001"_s);
        QVERIFY(!pa.isEmpty() && !pb.isEmpty());
        QVERIFY(pa.first().eventId != pb.first().eventId);
        QVERIFY(pa.first().payload != pb.first().payload);
    }

    void secondRunWritesNothing()
    {
        MemoryEventStore store;
        const DemoOptions options = smallOptions();
        auto first = writeDemoData(store, options);
        QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->eventsWritten, first->events);
        QCOMPARE(first->eventsAlreadyStored, 0);
        QCOMPARE(first->events, demoEventCount(options));
        const qint64 head = *store.headPosition();
        QCOMPARE(head, first->events);

        qint64 lastProgress = 0;
        auto second = writeDemoData(store, options, [&](qint64 done) {
            QVERIFY(done > lastProgress);
            lastProgress = done;
        });
        QVERIFY(second.has_value());
        QCOMPARE(second->eventsWritten, 0);
        QCOMPARE(second->eventsAlreadyStored, first->events);
        QCOMPARE(lastProgress, first->events);
        QCOMPARE(*store.headPosition(), head);
    }

    // Data sets of different sizes agree on the streams they share, so a larger run only adds.
    void largerRunOnlyAdds()
    {
        MemoryEventStore store;
        DemoOptions small = smallOptions();
        small.streams = 6;
        auto first = writeDemoData(store, small);
        QVERIFY(first.has_value());
        auto second = writeDemoData(store, smallOptions());
        QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->eventsAlreadyStored, first->events);
        QCOMPARE(second->eventsWritten, second->events - first->events);
    }

    // Only the last events of the long saga depend on its length.
    void longSagaIsPrefixStable()
    {
        demo::LongSagaGenerator shorter(7, 1000);
        demo::LongSagaGenerator longer(7, 3000);
        const QList<demo::DemoEvent> a = shorter.next(1000);
        const QList<demo::DemoEvent> b = longer.next(1000);
        QVERIFY(shorter.atEnd());
        QVERIFY(!longer.atEnd());
        for (qsizetype i = 0; i < 1000 - 40; ++i) {
            QCOMPARE(a[i].event.eventId, b[i].event.eventId);
            QCOMPARE(a[i].event.payload, b[i].event.payload);
            QCOMPARE(a[i].event.metadata, b[i].event.metadata);
        }
    }

    void otherLongSagaLengthIsRefused()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.longStreamEvents = 500;
        QVERIFY(writeDemoData(store, options).has_value());
        const qint64 head = *store.headPosition();
        options.longStreamEvents = 2000;
        options.streams = 30;
        auto r = writeDemoData(store, options);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(u"500"_s) && r.error().message.contains(u"2000"_s),
            qPrintable(r.error().message));
        QCOMPARE(*store.headPosition(), head); // refused before writing anything
    }

    // A run that stops half-way (here: the store fails after a few transactions) is completed by
    // running again, and the result is the same data set as an uninterrupted run.
    void interruptedRunIsCompletedByTheNext()
    {
        FailingStore store(3);
        DemoOptions options = smallOptions();
        options.batchEvents = 400;
        auto first = writeDemoData(store, options);
        QVERIFY(!first.has_value());
        QCOMPARE(first.error().message, u"disk full"_s);
        const qint64 partial = *store.headPosition();
        QVERIFY(partial > 0);
        store.heal();
        auto second = writeDemoData(store, options);
        QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->eventsAlreadyStored, partial);
        QCOMPARE(second->eventsWritten, second->events - partial);

        MemoryEventStore reference;
        QVERIFY(writeDemoData(reference, options).has_value());
        QCOMPARE(*store.headPosition(), *reference.headPosition());
        QCOMPARE(streamIds(store), streamIds(reference));
        for (const QString& id : streamIds(reference)) {
            const auto a = readStream(store, id);
            const auto b = readStream(reference, id);
            QCOMPARE(a.size(), b.size());
            QCOMPARE(a.last().eventId, b.last().eventId);
        }
    }

    void streamCounts_data()
    {
        QTest::addColumn<int>("streams");
        QTest::addColumn<int>("orders");
        QTest::addColumn<int>("sagas");
        QTest::addColumn<int>("flows");
        QTest::newRow("none") << 0 << 0 << 0 << 0;
        QTest::newRow("one") << 1 << 1 << 0 << 0;
        QTest::newRow("twelve") << 12 << 4 << 4 << 4;
        QTest::newRow("thirteen") << 13 << 5 << 4 << 4;
        QTest::newRow("fourteen") << 14 << 5 << 5 << 4;
        QTest::newRow("default") << 60 << 20 << 20 << 20;
    }
    void streamCounts()
    {
        QFETCH(int, streams);
        QFETCH(int, orders);
        QFETCH(int, sagas);
        QFETCH(int, flows);
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = streams;
        options.longStreamEvents = 0;
        auto summary = writeDemoData(store, options);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->streams, streams);
        QCOMPARE(streamIds(store, u"order"_s).size(), orders);
        QCOMPARE(streamIds(store, u"saga"_s).size(), sagas);
        QCOMPARE(streamIds(store, u"flow"_s).size(), flows);
        QCOMPARE(streamIds(store).size(), streams);
        if (orders > 0)
            QVERIFY(streamIds(store, u"order"_s).contains(u"order-0001"_s));
    }

    void longSagaLength_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::newRow("1") << qint64(1);
        QTest::newRow("2") << qint64(2);
        QTest::newRow("33") << qint64(33);
        QTest::newRow("2000") << qint64(2000);
        QTest::newRow("12345") << qint64(12345);
    }
    void longSagaLength()
    {
        QFETCH(qint64, events);
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 0;
        options.longStreamEvents = events;
        options.batchEvents = 1000;
        auto summary = writeDemoData(store, options);
        QVERIFY(summary.has_value());
        QCOMPARE(summary->streams, 1);
        auto info = store.streamInfo(demo::demoLongSagaStreamId());
        QVERIFY(info.has_value());
        QCOMPARE(info->lastVersion, events);
        QCOMPARE(info->streamType, u"saga"_s);
        const QList<RecordedEvent> history = readStream(store, demo::demoLongSagaStreamId());
        QCOMPARE(history.first().eventType, u"WorkflowExecutionStarted"_s);
        if (events > 1)
            QCOMPARE(history.last().eventType, u"WorkflowExecutionContinuedAsNew"_s);
    }

    void longSagaContent()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 0;
        options.longStreamEvents = 20000;
        QVERIFY(writeDemoData(store, options).has_value());
        const QList<RecordedEvent> history = readStream(store, demo::demoLongSagaStreamId());
        QCOMPARE(history.size(), 20000);
        QHash<QString, int> types;
        int resetPoints = 0;
        int retries = 0;
        for (const RecordedEvent& e : history) {
            ++types[e.eventType];
            QVERIFY2(findHistoryEventType(e.eventType), qPrintable(e.eventType));
            if (e.metadataObject().value(meta::resetPoint).toBool())
                ++resetPoints;
            if (e.metadataObject().value(meta::retry).toBool())
                ++retries;
            QVERIFY(!e.correlationId().isEmpty());
        }
        QVERIFY(resetPoints >= 1);
        QVERIFY(retries > 0);
        for (const char* type :
            { "TimerCreated", "TimerFired", "TimerCanceled", "ActivityTaskScheduled", "ActivityTaskStarted",
                "ActivityTaskCompleted", "ActivityTaskFailed", "SignalReceived", "MarkerRecorded",
                "LocalActivityScheduled", "LocalActivityCompleted", "SearchAttributesUpserted", "SideEffectRecorded" })
            QVERIFY2(types.value(QString::fromLatin1(type)) > 0, type);
        QCOMPARE(types.value(u"WorkflowExecutionStarted"_s), 1);
    }

    // Seed 001: an order is placed first; only a placed order is shipped or cancelled, once.
    void ordersFollowTheirRules()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 90;
        options.longStreamEvents = 0;
        QVERIFY(writeDemoData(store, options).has_value());
        int shipped = 0;
        int cancelled = 0;
        int open = 0;
        const QRegularExpression bigRef(uR"("payment_ref":1\d{19}[,}])"_s);
        for (const QString& id : streamIds(store, u"order"_s)) {
            const QList<RecordedEvent> events = readStream(store, id);
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().eventType, u"OrderPlaced"_s);
            QVERIFY(events.size() <= 2);
            // The 64-bit reference is stored exactly, not as a rounded double.
            QVERIFY2(
                bigRef.match(QString::fromUtf8(events.first().payload)).hasMatch(), events.first().payload.constData());
            QVERIFY(!events.first().payloadObject().value(u"items"_s).toArray().isEmpty());
            const RecordedEvent placed = UpcasterRegistry::withBuiltIns().upcast(events.first());
            QVERIFY(placed.payloadObject().value(u"total_cents"_s).toInteger() > 0);
            QVERIFY(usFromIso(events.first().payloadObject().value(u"placed_at"_s).toString()).has_value());
            if (events.size() == 1) {
                ++open;
                continue;
            }
            const RecordedEvent& last = events.last();
            if (last.eventType == u"OrderShipped"_s) {
                ++shipped;
                QVERIFY(!last.payloadObject().value(u"tracking"_s).toString().isEmpty());
            } else {
                QCOMPARE(last.eventType, u"OrderCancelled"_s);
                QVERIFY(!last.payloadObject().value(u"reason"_s).toString().isEmpty());
                ++cancelled;
            }
        }
        QCOMPARE(shipped + cancelled + open, 30);
        QVERIFY(shipped > 0 && cancelled > 0 && open > 0);
    }

    void sagasAndFlowsFollowTheirRules()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 90;
        options.longStreamEvents = 0;
        QVERIFY(writeDemoData(store, options).has_value());
        QSet<QString> sagaTypes;
        for (const QString& id : streamIds(store, u"saga"_s)) {
            const QList<RecordedEvent> events = readStream(store, id);
            QCOMPARE(events.first().eventType, u"WorkflowExecutionStarted"_s);
            for (const RecordedEvent& e : events) {
                QVERIFY2(findHistoryEventType(e.eventType), qPrintable(e.eventType));
                QCOMPARE(e.metadataObject().value(meta::taskQueue).toString(), u"checkout"_s);
                sagaTypes.insert(e.eventType);
            }
            // Terminal events come last and at most once.
            for (qsizetype i = 0; i + 1 < events.size(); ++i)
                QVERIFY(!events[i].eventType.startsWith(u"WorkflowExecution"_s) || i == 0);
        }
        for (const char* type : { "WorkflowExecutionCompleted", "WorkflowExecutionFailed", "ActivityTaskFailed",
                 "TimerCreated", "TimerFired", "TimerCanceled", "SignalReceived", "MarkerRecorded",
                 "ChildWorkflowInitiated", "ChildWorkflowStarted", "ChildWorkflowCompleted", "UpdateAccepted",
                 "UpdateCompleted", "SideEffectRecorded", "SearchAttributesUpserted", "LocalActivityCompleted",
                 "CommandIssued", "CommandCompleted" })
            QVERIFY2(sagaTypes.contains(QString::fromLatin1(type)), type);

        const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
        int completedFlows = 0;
        for (const QString& id : streamIds(store, u"flow"_s)) {
            const QList<RecordedEvent> events = readStream(store, id);
            QCOMPARE(events.first().eventType, u"FlowInitialized"_s);
            for (const RecordedEvent& e : events) {
                QVERIFY(QStringList({ u"FlowInitialized"_s, u"StepStarted"_s, u"StepFinished"_s, u"StepFailed"_s,
                                        u"StepSignal"_s, u"FlowCompleted"_s })
                            .contains(e.eventType));
                if (e.eventType == u"StepFinished"_s)
                    QVERIFY(hex64.match(e.payloadObject().value(u"fingerprint"_s).toString()).hasMatch());
            }
            for (qsizetype i = 0; i + 1 < events.size(); ++i)
                QVERIFY(events[i].eventType != u"FlowCompleted"_s);
            if (events.last().eventType == u"FlowCompleted"_s) {
                ++completedFlows;
                QVERIFY(hex64.match(events.last().payloadObject().value(u"flow_fingerprint"_s).toString()).hasMatch());
            }
        }
        QVERIFY(completedFlows > 0);
    }

    // One correlation id links an order, its saga and its flow; every causation id names an
    // event written earlier in the log.
    void correlationAndCausation()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.longStreamEvents = 300;
        QVERIFY(writeDemoData(store, options).has_value());
        const QList<RecordedEvent> all = readEverything(store);
        QHash<QString, qint64> positionOf;
        for (const RecordedEvent& e : all)
            positionOf.insert(e.eventId.toString(QUuid::WithoutBraces), e.position);
        int causations = 0;
        for (const RecordedEvent& e : all) {
            QVERIFY(!e.correlationId().isEmpty());
            QVERIFY(!e.traceId().isEmpty());
            QVERIFY(!e.actor().isEmpty());
            const QString cause = e.causationId();
            if (cause.isEmpty())
                continue;
            ++causations;
            QVERIFY2(positionOf.contains(cause), qPrintable(e.streamId + u" "_s + e.eventType));
            QVERIFY(positionOf.value(cause) < e.position);
        }
        QVERIFY(causations > all.size() / 2);

        const QList<RecordedEvent> order = readStream(store, u"order-0001"_s);
        const QString correlation = order.first().correlationId();
        QCOMPARE(correlation, demo::demoCorrelationId(options.seed, 1));
        auto linked = store.readByCorrelation(correlation, 0);
        QVERIFY(linked.has_value());
        QSet<QString> streams;
        for (const RecordedEvent& e : *linked)
            streams.insert(e.streamId);
        QCOMPARE(streams, (QSet<QString> { u"order-0001"_s, u"saga-checkout-0001"_s, u"flow-0001"_s }));
        const QList<RecordedEvent> saga = readStream(store, u"saga-checkout-0001"_s);
        QCOMPARE(saga.first().causationId(), order.first().eventId.toString(QUuid::WithoutBraces));
        // The shipment was caused by the saga's command.
        if (order.size() == 2) {
            const QString cause = order.last().causationId();
            const auto command = std::find_if(saga.begin(), saga.end(),
                [&](const RecordedEvent& e) { return e.eventId.toString(QUuid::WithoutBraces) == cause; });
            QVERIFY(command != saga.end());
            QCOMPARE(command->eventType, u"CommandIssued"_s);
        }
    }

    // The engine's own reducers make sense of every demo stream: no anomalies, flow fingerprints
    // that verify, and the states the scripts meant.
    void reducersAcceptTheData()
    {
        MemoryEventStore store;
        DemoOptions options = smallOptions();
        options.streams = 30;
        options.longStreamEvents = 3000;
        QVERIFY(writeDemoData(store, options).has_value());
        const auto fold = [&](const Reducer& reducer, const QString& id) {
            auto state = reducer.initialState();
            for (const RecordedEvent& e : readStream(store, id))
                Reducer::fold(*state, e);
            return state->toJson();
        };
        OrderReducer orders;
        SagaReducer sagas;
        FlowReducer flows;
        QSet<QString> orderStatuses;
        for (const QString& id : streamIds(store, u"order"_s)) {
            const QJsonObject state = fold(orders, id);
            QVERIFY2(!state.contains(u"anomalies"_s), qPrintable(id));
            orderStatuses.insert(state.value(u"status"_s).toString());
        }
        QCOMPARE(orderStatuses, (QSet<QString> { u"placed"_s, u"shipped"_s, u"cancelled"_s }));
        for (const QString& id : streamIds(store, u"saga"_s)) {
            const QJsonObject state = fold(sagas, id);
            QVERIFY2(!state.contains(u"anomalies"_s),
                qPrintable(id + QString::fromUtf8(QJsonDocument(state.value(u"anomalies"_s).toArray()).toJson())));
        }
        int verified = 0;
        for (const QString& id : streamIds(store, u"flow"_s)) {
            const QJsonObject state = fold(flows, id);
            for (const QJsonValue& step : state.value(u"steps"_s).toArray()) {
                if (step.toObject().contains(u"fingerprint_matches"_s))
                    QVERIFY2(step.toObject().value(u"fingerprint_matches"_s).toBool(), qPrintable(id));
            }
            if (state.value(u"status"_s).toString() == u"completed"_s) {
                QVERIFY2(state.value(u"flow_fingerprint_matches"_s).toBool(), qPrintable(id));
                ++verified;
            }
        }
        QVERIFY(verified > 0);
    }

    void invalidOptions()
    {
        MemoryEventStore store;
        DemoOptions options;
        options.streams = -1;
        auto r = writeDemoData(store, options);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        options = {};
        options.batchEvents = 0;
        QVERIFY(!writeDemoData(store, options).has_value());
        QCOMPARE(*store.headPosition(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
