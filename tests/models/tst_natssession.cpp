// SPDX-License-Identifier: MIT
// The NATS session against the test nats-server: closing it never waits on the GUI thread for
// what still uses the bus (here the in-app ingester stuck in an append); the bus stays open for
// that user and is closed once the last one lets go; a new connect works meanwhile.
#include "forwardingstore.h"
#include "memoryeventstore.h"
#include "natssession.h"
#include "natssessiontestsupport.h"
#include "signalmonitor.h"
#include "signalrecorder.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sagascope;
using namespace sagascope::test;

namespace {

// A memory store whose batch appends wait until the test lets them through.
class BlockingStore final : public ForwardingStore
{
public:
    BlockingStore()
        : ForwardingStore(m_store)
    { }
    QSemaphore entered;
    QSemaphore release;

    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& r) override
    {
        entered.release();
        release.acquire();
        return m_store.appendBatch(r);
    }

private:
    MemoryEventStore m_store;
};

nats::OutgoingSignal approval(const QString& saga)
{
    nats::OutgoingSignal s;
    s.sagaId = saga;
    s.name = QStringLiteral("approve");
    s.payload = QJsonObject { { QStringLiteral("by"), QStringLiteral("test") } };
    return s;
}

} // namespace

class TestNatsSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_NATS_SERVER(); }

    void closingDoesNotWaitForTheIngestersAppend()
    {
        const NatsSessionSettings settings = uniqueSessionSettings(natsTestUrl());
        NatsSession session;
        session.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NatsSession::State::Connected, 15000);
        QVERIFY(session.bus()->publish(approval(QStringLiteral("saga-close-1"))).has_value());

        auto store = std::make_shared<BlockingStore>();
        session.recorder()->start(session.bus(), store, settings.ingester);
        QVERIFY2(store->entered.tryAcquire(1, 15000), "the ingester never appended the published signal");
        std::weak_ptr<nats::SignalBus> bus = session.bus();

        // Should closing wait for the stuck append, this thread lets it through after 10 s and
        // says so: the test then fails instead of hanging.
        std::atomic<bool> closed { false };
        std::atomic<bool> hadToRelease { false };
        std::thread watchdog([&] {
            for (int i = 0; i < 1000 && !closed.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (!closed.load()) {
                hadToRelease.store(true);
                store->release.release();
            }
        });
        session.disconnectFromServer();
        closed.store(true);
        watchdog.join();
        QVERIFY2(!hadToRelease.load(), "closing the session waited for the ingester's append");
        QCOMPARE(session.state(), NatsSession::State::Off);
        QVERIFY(!session.hasBus());
        QVERIFY(!session.recorder()->isRunning());

        // The append in flight still has its bus; a new connection opens meanwhile.
        QVERIFY(!bus.expired());
        session.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NatsSession::State::Connected, 15000);
        QVERIFY(session.bus() != bus.lock());

        // Let through, the stopped recording ends and the old bus is closed on a worker.
        store->release.release(1000);
        QTRY_VERIFY_WITH_TIMEOUT(bus.expired(), 15000);
        auto recorded = store->readStream({ .streamId = QStringLiteral("saga-close-1") });
        QVERIFY2(recorded.has_value(), qPrintable(recorded ? QString() : recorded.error().message));
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().eventType, QStringLiteral("SignalReceived"));
    }

    void publishesStillRunningKeepTheirBus()
    {
        const NatsSessionSettings settings = uniqueSessionSettings(natsTestUrl());
        NatsSession session;
        session.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NatsSession::State::Connected, 15000);
        QSignalSpy published(&session, &NatsSession::published);
        QSignalSpy failed(&session, &NatsSession::publishFailed);
        std::weak_ptr<nats::SignalBus> bus = session.bus();
        for (int i = 0; i < 20; ++i)
            session.publish(approval(QStringLiteral("saga-close-%1").arg(i)));
        session.disconnectFromServer();
        QCOMPARE(session.state(), NatsSession::State::Off);
        // Answers of a closed session are not delivered; the publishes ran on a bus still open.
        QTRY_VERIFY_WITH_TIMEOUT(bus.expired(), 15000);
        QCoreApplication::processEvents();
        QCOMPARE(published.count() + failed.count(), 0);

        // What reached the stream is read back through a new session.
        session.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NatsSession::State::Connected, 15000);
        nats::SignalMonitor monitor(*session.bus());
        qsizetype received = 0;
        connect(&monitor, &nats::SignalMonitor::signalsReceived, this,
            [&received](const QList<nats::ReceivedSignal>& batch) { received += batch.size(); });
        QVERIFY(monitor.start({ nats::MonitorStart::Beginning }).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(received, 20, 15000);
        QTest::qWait(200);
        QCOMPARE(received, 20);
    }
};

QTEST_GUILESS_MAIN(TestNatsSession)
#include "tst_natssession.moc"
