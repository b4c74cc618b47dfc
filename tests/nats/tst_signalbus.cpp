// SPDX-License-Identifier: MIT
// The signal bus, monitor and ingester against the real test nats-server (JetStream): round trips
// with headers and JSON and CBOR payloads, JetStream dropping a repeated event id, the monitor's
// three starting points, malformed messages, and the ingester recording each signal once.
#include "memoryeventstore.h"
#include "natstestsupport.h"
#include "sagareducer.h"
#include "signalbus.h"
#include "signalingester.h"
#include "signalmonitor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>

#include <nats/nats.h>

using namespace sagascope;
using namespace sagascope::nats;
using sagascope::test::uniqueName;

namespace {

// Everything the monitor delivered so far, in order.
QList<ReceivedSignal> collected(const QSignalSpy& spy)
{
    QList<ReceivedSignal> all;
    for (const QList<QVariant>& call : spy)
        all += call.at(0).value<QList<ReceivedSignal>>();
    return all;
}

qsizetype countOf(const QSignalSpy& spy)
{
    return collected(spy).size();
}

// The event ids of `signals` stored at or after `sinceUs`, by the server's timestamps.
QStringList idsFrom(const QList<ReceivedSignal>& signals, qint64 sinceUs)
{
    QStringList ids;
    for (const ReceivedSignal& s : signals) {
        if (s.publishedAtUs >= sinceUs)
            ids.append(s.eventId.toString());
    }
    return ids;
}

// A monitor started at `sinceUs` delivers exactly `expected`, in order.
void expectMonitorFrom(SignalBus& bus, qint64 sinceUs, const QStringList& expected)
{
    SignalMonitor fromTime(bus);
    QSignalSpy spy(&fromTime, &SignalMonitor::signalsReceived);
    MonitorOptions options;
    options.start = MonitorStart::Time;
    options.sinceUs = sinceUs;
    QVERIFY(fromTime.start(options).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(countOf(spy), expected.size(), 10000);
    QCOMPARE(idsFrom(collected(spy), 0), expected);
}

} // namespace

class TestSignalBus : public QObject
{
    Q_OBJECT

    std::unique_ptr<NatsConnection> m_connection;

    // A bus on a stream of its own, so suites and tests never see each other's signals.
    std::unique_ptr<SignalBus> freshBus()
    {
        SignalStreamSettings settings;
        const QString name = uniqueName(QStringLiteral("T_BUS_"));
        settings.streamName = name;
        settings.subjectTemplate = name.toLower() + QStringLiteral(".signals.{saga_id}");
        auto bus = SignalBus::open(*m_connection, settings);
        if (!bus)
            qFatal("cannot open the bus: %s", qPrintable(bus.error().message));
        return std::move(*bus);
    }

    OutgoingSignal signalFor(const QString& saga, const QString& name, int n)
    {
        OutgoingSignal s;
        s.sagaId = saga;
        s.name = name;
        s.payload = QJsonObject { { QStringLiteral("n"), n } };
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_NATS_SERVER();
        QString error;
        m_connection = test::connectOrFail(test::natsTestUrl(), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QCOMPARE(m_connection->state(), ConnectionState::Connected);
    }

    void roundTripWithHeadersJsonAndCbor()
    {
        auto bus = freshBus();
        SignalMonitor monitor(*bus);
        QSignalSpy spy(&monitor, &SignalMonitor::signalsReceived);
        QVERIFY(monitor.start({ MonitorStart::Beginning }).has_value());

        OutgoingSignal json = signalFor(QStringLiteral("order-1"), QStringLiteral("approve"), 1);
        json.payload.insert(QStringLiteral("who"), QStringLiteral("Ana Núñez"));
        json.correlationId = QStringLiteral("corr-9");
        json.headers = { { QStringLiteral("X-Tenant"), QStringLiteral("acme") } };
        OutgoingSignal cbor = signalFor(QStringLiteral("order-2"), QStringLiteral("cancel"), 2);
        cbor.encoding = PayloadEncoding::Cbor;
        cbor.payload.insert(QStringLiteral("nested"), QJsonObject { { QStringLiteral("list"), QJsonArray { 1, 2 } } });
        auto sentJson = bus->publish(json);
        auto sentCbor = bus->publish(cbor);
        QVERIFY2(sentJson && sentCbor, "publish failed");
        QVERIFY(!sentJson->duplicate);
        QCOMPARE(sentJson->subject, bus->subjects().subjectFor(QStringLiteral("order-1")).value());

        QTRY_COMPARE_WITH_TIMEOUT(countOf(spy), 2, 10000);
        const QList<ReceivedSignal> got = collected(spy);
        QCOMPARE(got[0].sagaId, QStringLiteral("order-1"));
        QCOMPARE(got[0].name, QStringLiteral("approve"));
        QCOMPARE(got[0].eventId, sentJson->eventId);
        QCOMPARE(got[0].correlationId, QStringLiteral("corr-9"));
        QCOMPARE(got[0].contentType, QStringLiteral("application/json"));
        QCOMPARE(got[0].payload, json.payload);
        QVERIFY(got[0].headers.contains({ QStringLiteral("X-Tenant"), QStringLiteral("acme") }));
        QVERIFY(got[0].headers.contains(
            { QStringLiteral("Nats-Msg-Id"), sentJson->eventId.toString(QUuid::WithoutBraces) }));
        QCOMPARE(got[1].contentType, QStringLiteral("application/cbor"));
        QCOMPARE(got[1].payload, cbor.payload);
        QCOMPARE(got[1].streamSequence, sentCbor->streamSequence);
        QVERIFY(got[1].publishedAtUs >= got[0].publishedAtUs && got[0].publishedAtUs > 0);
    }

    void duplicateEventIdIsDroppedByJetStream()
    {
        auto bus = freshBus();
        OutgoingSignal s = signalFor(QStringLiteral("order-3"), QStringLiteral("approve"), 1);
        s.eventId = QUuid::createUuid();
        auto first = bus->publish(s);
        auto second = bus->publish(s);
        QVERIFY(first && second);
        QVERIFY(!first->duplicate);
        QVERIFY(second->duplicate);
        QCOMPARE(second->streamSequence, first->streamSequence);
        auto third = bus->publish(signalFor(QStringLiteral("order-3"), QStringLiteral("approve"), 1));
        QVERIFY(third && !third->duplicate);
        QCOMPARE(third->streamSequence, first->streamSequence + 1);

        SignalMonitor monitor(*bus);
        QSignalSpy spy(&monitor, &SignalMonitor::signalsReceived);
        QVERIFY(monitor.start({ MonitorStart::Beginning }).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(countOf(spy), 2, 10000);
    }

    void monitorFromBeginningNowAndTime()
    {
        auto bus = freshBus();
        for (int i = 0; i < 3; ++i)
            QVERIFY(bus->publish(signalFor(QStringLiteral("saga-a"), QStringLiteral("early"), i)));

        SignalMonitor fromBeginning(*bus);
        QSignalSpy beginningSpy(&fromBeginning, &SignalMonitor::signalsReceived);
        QVERIFY(fromBeginning.start({ MonitorStart::Beginning }).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(countOf(beginningSpy), 3, 10000);

        SignalMonitor fromNow(*bus);
        QSignalSpy nowSpy(&fromNow, &SignalMonitor::signalsReceived);
        QVERIFY(fromNow.start({ MonitorStart::Now }).has_value());
        for (int i = 0; i < 2; ++i)
            QVERIFY(bus->publish(signalFor(QStringLiteral("saga-b"), QStringLiteral("late"), i)));
        QTRY_COMPARE_WITH_TIMEOUT(countOf(nowSpy), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(beginningSpy), 5, 10000);
        for (const ReceivedSignal& s : collected(nowSpy))
            QCOMPARE(s.name, QStringLiteral("late"));

        // From the time of the first late signal: the server's timestamps decide, so what is
        // expected is read from them (a machine's clock may step back between two publishes).
        const qint64 sinceUs = collected(nowSpy).first().publishedAtUs;
        const QStringList expected = idsFrom(collected(beginningSpy), sinceUs);
        QVERIFY(expected.size() >= 1);
        expectMonitorFrom(*bus, sinceUs, expected);
        if (QTest::currentTestFailed())
            return;

        // A subject filter narrows to one saga.
        SignalMonitor oneSaga(*bus);
        QSignalSpy oneSpy(&oneSaga, &SignalMonitor::signalsReceived);
        MonitorOptions filtered;
        filtered.start = MonitorStart::Beginning;
        filtered.subject = bus->subjects().subjectFor(QStringLiteral("saga-b")).value();
        QVERIFY(oneSaga.start(filtered).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(countOf(oneSpy), 2, 10000);
        // Nothing else arrives: the 3 early ones were before it in the stream, so they would have come first.
        QCOMPARE(collected(oneSpy).first().sagaId, QStringLiteral("saga-b"));
    }

    // A start time in the first tenth of its second: the client library would send it later than
    // asked (it drops the fraction's leading zeros), so the signal stored at that time was lost.
    void monitorFromATimeEarlyInItsSecond()
    {
        auto bus = freshBus();
        SignalMonitor all(*bus);
        QSignalSpy allSpy(&all, &SignalMonitor::signalsReceived);
        QVERIFY(all.start({ MonitorStart::Beginning }).has_value());

        qint64 targetUs = 0;
        int published = 0;
        QElapsedTimer clock;
        clock.start();
        while (targetUs == 0 && clock.elapsed() < 10000) {
            QVERIFY(bus->publish(signalFor(QStringLiteral("saga-e"), QStringLiteral("tick"), published)));
            ++published;
            QTRY_COMPARE_WITH_TIMEOUT(countOf(allSpy), published, 10000);
            const qint64 fractionUs = collected(allSpy).last().publishedAtUs % 1'000'000;
            if (fractionUs > 0 && fractionUs < 90'000)
                targetUs = collected(allSpy).last().publishedAtUs;
            else
                QTest::qWait(7);
        }
        QVERIFY2(targetUs != 0, "no signal was stored in the first 90 ms of a second within 10 s");
        for (int i = 0; i < 2; ++i)
            QVERIFY(bus->publish(signalFor(QStringLiteral("saga-e"), QStringLiteral("after"), i)));
        QTRY_COMPARE_WITH_TIMEOUT(countOf(allSpy), published + 2, 10000);

        const QStringList expected = idsFrom(collected(allSpy), targetUs);
        QVERIFY(expected.size() >= 3);
        expectMonitorFrom(*bus, targetUs, expected);
    }

    void malformedMessagesAreReportedAndNotRecorded()
    {
        auto bus = freshBus();
        const QByteArray subject = bus->subjects().subjectFor(QStringLiteral("saga-m")).value().toUtf8();
        auto rawPublish = [&](const QByteArray& data, const QList<QPair<QByteArray, QByteArray>>& headers) {
            natsMsg* msg = nullptr;
            QCOMPARE(natsMsg_Create(&msg, subject.constData(), nullptr, data.constData(), int(data.size())), NATS_OK);
            for (const auto& [k, v] : headers)
                QCOMPARE(natsMsgHeader_Add(msg, k.constData(), v.constData()), NATS_OK);
            jsPubAck* ack = nullptr;
            QCOMPARE(js_PublishMsg(&ack, m_connection->jetStream(), msg, nullptr, nullptr), NATS_OK);
            jsPubAck_Destroy(ack);
            natsMsg_Destroy(msg);
        };
        const QByteArray id1 = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray id2 = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        rawPublish("this is not json", { { "Saga-Signal-Name", "approve" }, { "Saga-Event-Id", id1 } });
        rawPublish(R"({"fine":true})", {}); // no headers at all
        rawPublish(
            QByteArray(defaultMaxSignalBytes + 10, 'x'), { { "Saga-Signal-Name", "big" }, { "Saga-Event-Id", id2 } });
        auto good = bus->publish(signalFor(QStringLiteral("saga-m"), QStringLiteral("approve"), 7));
        QVERIFY(good);

        SignalMonitor monitor(*bus);
        QSignalSpy spy(&monitor, &SignalMonitor::signalsReceived);
        QVERIFY(monitor.start({ MonitorStart::Beginning }).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(countOf(spy), 4, 10000);
        const QList<ReceivedSignal> got = collected(spy);
        QVERIFY2(
            got[0].malformedReason.contains(QStringLiteral("not a JSON object")), qPrintable(got[0].malformedReason));
        QVERIFY2(got[1].malformedReason.contains(QStringLiteral("missing")), qPrintable(got[1].malformedReason));
        QVERIFY2(got[2].malformedReason.contains(QStringLiteral("larger")), qPrintable(got[2].malformedReason));
        QVERIFY(!got[3].isMalformed());

        // The ingester terminates the malformed ones and records only the good one.
        MemoryEventStore store;
        IngesterSettings settings;
        settings.consumerName = uniqueName(QStringLiteral("ing-"));
        auto ingester = SignalIngester::open(*bus, store, settings);
        QVERIFY(ingester);
        QStringList problems;
        (*ingester)->setProblemHandler([&](const ReceivedSignal&, const QString& reason) { problems.append(reason); });
        auto report = (*ingester)->runOnce();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->recorded, 1);
        QCOMPARE(report->malformed, 3);
        QCOMPARE(problems.size(), 3);
        auto events = store.readStream({ QStringLiteral("saga-m") });
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().eventId, good->eventId);
        // Terminated messages do not come back.
        auto again = (*ingester)->runOnce();
        QVERIFY(again);
        QCOMPARE(again->recorded + again->malformed + again->alreadyStored, 0);
    }

    void ingesterRecordsEachSignalOnceAndTheSagaReducerSeesIt()
    {
        auto bus = freshBus();
        QList<QUuid> ids;
        for (int i = 0; i < 60; ++i) {
            OutgoingSignal s = signalFor(QStringLiteral("saga-%1").arg(i % 3), QStringLiteral("step-%1").arg(i), i);
            s.correlationId = QStringLiteral("c-%1").arg(i);
            auto sent = bus->publish(s);
            QVERIFY(sent);
            ids.append(sent->eventId);
        }
        MemoryEventStore store;
        IngesterSettings settings;
        settings.consumerName = uniqueName(QStringLiteral("ing-"));
        settings.batchSize = 25;
        auto ingester = SignalIngester::open(*bus, store, settings);
        QVERIFY(ingester);
        auto report = (*ingester)->runOnce();
        QVERIFY(report);
        QCOMPARE(report->recorded, 60);

        // Appending the same signals again (as after a crash before the acks) stores nothing new.
        QList<AppendRequest> replay;
        auto first = store.readStream({ QStringLiteral("saga-0") });
        QVERIFY(first);
        QCOMPARE(first->size(), 20);
        for (const RecordedEvent& e : std::as_const(*first)) {
            NewEvent n;
            n.eventId = e.eventId;
            n.eventType = e.eventType;
            n.payload = e.payload;
            n.metadata = e.metadata;
            replay.append({ e.streamId, {}, ExpectedVersion::any(), { n } });
        }
        auto again = store.appendBatch(replay);
        QVERIFY(again);
        QVERIFY(std::all_of(again->begin(), again->end(), [](const AppendResult& r) { return r.alreadyStored; }));

        QSet<QUuid> stored;
        for (int saga = 0; saga < 3; ++saga) {
            auto events = store.readStream({ QStringLiteral("saga-%1").arg(saga) });
            QVERIFY(events);
            for (const RecordedEvent& e : std::as_const(*events)) {
                QCOMPARE(e.eventType, QStringLiteral("SignalReceived"));
                QVERIFY(!stored.contains(e.eventId));
                stored.insert(e.eventId);
            }
        }
        QCOMPARE(stored, QSet<QUuid>(ids.begin(), ids.end()));

        // The saga reducer lists the signals by name.
        SagaReducer reducer;
        auto state = reducer.initialState();
        for (const RecordedEvent& e : std::as_const(*first)) {
            RecordedEvent decoded = e;
            decoded.checkStoredJson();
            Reducer::fold(*state, decoded);
        }
        const QJsonArray signalItems = state->toJson().value(QStringLiteral("signals")).toArray();
        QCOMPARE(signalItems.size(), 20);
        QCOMPARE(signalItems.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("step-0"));
        QCOMPARE(
            signalItems.first().toObject().value(QStringLiteral("input")).toObject().value(QStringLiteral("n")).toInt(),
            0);
    }

    void connectionErrorsAreOneSentence_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code");
        QTest::newRow("no server") << QStringLiteral("nats://127.0.0.1:1") << int(ErrorCode::Connection);
        QTest::newRow("not a url") << QStringLiteral("http://127.0.0.1:4222") << int(ErrorCode::InvalidInput);
    }
    void connectionErrorsAreOneSentence()
    {
        QFETCH(QString, url);
        QFETCH(int, code);
        NatsSettings settings;
        settings.url = url;
        auto c = NatsConnection::connect(settings);
        QVERIFY(!c);
        QCOMPARE(int(c.error().code), code);
        QVERIFY(c.error().message.endsWith(QLatin1Char('.')));
        QVERIFY(!c.error().message.contains(QLatin1Char('\n')));
    }

    void urlsWithCredentials()
    {
        auto withPassword = parseNatsUrl(QStringLiteral("nats://ana:s3cret@example.org:4333"));
        QVERIFY(withPassword);
        QCOMPARE(withPassword->user, QStringLiteral("ana"));
        QCOMPARE(withPassword->password, QStringLiteral("s3cret"));
        QCOMPARE(withPassword->displayUrl, QStringLiteral("nats://example.org:4333"));
        auto withToken = parseNatsUrl(QStringLiteral("tls://tok3n@example.org"));
        QVERIFY(withToken);
        QCOMPARE(withToken->token, QStringLiteral("tok3n"));
        QVERIFY(withToken->tls);
        QCOMPARE(withToken->servers, QStringList { QStringLiteral("tls://example.org:4222") });
        auto several = parseNatsUrl(QStringLiteral("nats://a:1,nats://b:2"));
        QVERIFY(several);
        QCOMPARE(several->servers.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSignalBus)
#include "tst_signalbus.moc"
