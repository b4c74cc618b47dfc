// SPDX-License-Identifier: MIT
// sagascope-cli signal send/watch and ingest as a user runs them, against the test nats-server
// ($SAGASCOPE_TEST_NATS_URL) and a fresh PostgreSQL database: round trips, duplicates, exit code 5
// without a server, and an ingester killed with SIGKILL in the middle of 10 000 signals.
#include "clirunner.h"
#include "natstestsupport.h"
#include "openstore.h"
#include "signalbus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

using namespace sagascope;
using namespace sagascope::test;

namespace {

// Every event of a store, in position order.
QList<RecordedEvent> allEvents(EventStore& store)
{
    QList<RecordedEvent> events;
    LogQuery query;
    query.limit = 5000;
    for (;;) {
        auto page = store.readAll(query);
        if (!page || page->isEmpty())
            return events;
        query.afterPosition = page->last().position;
        events += *page;
    }
}

} // namespace

class TestSignalCommands : public QObject
{
    Q_OBJECT

    CliEnvironment m_env;

    using Stream = TestSignalStream;

    QStringList nats(const QStringList& command) const
    {
        return QStringList { QStringLiteral("--nats"), natsTestUrl() } + command;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_NATS_SERVER(); }

    void sendAndWatchRoundTrip()
    {
        const Stream stream;
        const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        CliRun sent = m_env.run(nats(
            QStringList { QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("order-1"),
                QStringLiteral("approve"), QStringLiteral("--data"), QStringLiteral(R"({"by":"ana","amount":1999})"),
                QStringLiteral("--header"), QStringLiteral("X-Tenant=acme"), QStringLiteral("--correlation-id"),
                QStringLiteral("corr-1"), QStringLiteral("--event-id"), eventId }
            + stream.options()));
        QVERIFY2(sent.exitCode == 0, sent.describe().constData());
        QVERIFY2(sent.outText().contains(eventId), sent.describe().constData());
        const QStringList cborSend = nats(
            QStringList { QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("order-2"),
                QStringLiteral("cancel"), QStringLiteral("--cbor"), QStringLiteral("--data"),
                QStringLiteral(R"({"reason":"late"})"), QStringLiteral("--event-id"), QUuid::createUuid().toString() }
            + stream.options());
        QCOMPARE(m_env.run(cborSend).exitCode, 0);
        CliRun again = m_env.run(cborSend);
        QVERIFY2(again.exitCode == 0 && again.outText().startsWith(QStringLiteral("Already sent")),
            again.describe().constData());

        CliRun watched
            = m_env.run(nats(QStringList { QStringLiteral("signal"), QStringLiteral("watch"), QStringLiteral("--from"),
                                 QStringLiteral("begin"), QStringLiteral("--count"), QStringLiteral("2") }
                + stream.options()));
        QVERIFY2(watched.exitCode == 0, watched.describe().constData());
        const QList<QJsonObject> lines = watched.ndjson();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("saga")).toString(), QStringLiteral("order-1"));
        QCOMPARE(lines[0].value(QStringLiteral("name")).toString(), QStringLiteral("approve"));
        QCOMPARE(lines[0].value(QStringLiteral("event_id")).toString(), eventId);
        QCOMPARE(lines[0].value(QStringLiteral("payload")).toObject().value(QStringLiteral("amount")).toInt(), 1999);
        QCOMPARE(lines[0].value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Tenant")).toString(),
            QStringLiteral("acme"));
        QCOMPARE(lines[0].value(QStringLiteral("correlation_id")).toString(), QStringLiteral("corr-1"));
        QVERIFY(lines[0].value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(lines[1].value(QStringLiteral("content_type")).toString(), QStringLiteral("application/cbor"));
        QCOMPARE(lines[1].value(QStringLiteral("payload")).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("late"));

        // The duplicate was dropped: a third signal is the stream's next message after the two.
        auto watcher = m_env.start(
            nats(QStringList { QStringLiteral("signal"), QStringLiteral("watch"), QStringLiteral("--count"),
                     QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("30") }
                + stream.options()));
        ProcessOutput output { watcher.get() };
        QTRY_VERIFY_WITH_TIMEOUT(output.errContains("Watching"), 10000);
        QCOMPARE(m_env
                     .run(nats(QStringList { QStringLiteral("signal"), QStringLiteral("send"),
                                   QStringLiteral("order-3"), QStringLiteral("ship") }
                         + stream.options()))
                     .exitCode,
            0);
        QVERIFY(watcher->waitForFinished(30000));
        const QList<QByteArray> live = output.lines();
        QCOMPARE(live.size(), 1);
        const QJsonObject third = QJsonDocument::fromJson(live[0]).object();
        QCOMPARE(third.value(QStringLiteral("name")).toString(), QStringLiteral("ship"));
        QCOMPARE(third.value(QStringLiteral("stream_sequence")).toInt(), 3);
    }

    void usageErrors()
    {
        CliRun noName
            = m_env.run(nats({ QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("order-1") }));
        QCOMPARE(noName.exitCode, 1);
        QVERIFY2(noName.oneSentenceError(), noName.describe().constData());
        CliRun badData = m_env.run(nats({ QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("o"),
            QStringLiteral("n"), QStringLiteral("--data"), QStringLiteral("[1]") }));
        QCOMPARE(badData.exitCode, 1);
        QVERIFY2(badData.oneSentenceError(), badData.describe().constData());
    }

    void exitCode5WithoutAServer_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("send") << QStringList { QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("s"),
            QStringLiteral("n") };
        QTest::newRow("watch") << QStringList { QStringLiteral("signal"), QStringLiteral("watch") };
        QTest::newRow("ingest") << QStringList { QStringLiteral("ingest"), QStringLiteral("--once"),
            QStringLiteral("--store"), QStringLiteral("memory:") };
        QTest::newRow("tasks") << QStringList { QStringLiteral("tasks"), QStringLiteral("work"), QStringLiteral("q") };
    }
    void exitCode5WithoutAServer()
    {
        QFETCH(QStringList, command);
        NatsServerProcess server; // never started: its port has no server
        QString error;
        QVERIFY(server.start(&error));
        const QString url = server.url();
        server.stop();
        CliRun r = m_env.run(QStringList { QStringLiteral("--nats"), url } + command, 30000);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("no server answers")), r.describe().constData());
    }

    void ingesterKilledMidwayRecordsEverySignalOnce()
    {
        const Stream stream;
        const CliStore store = makeCliStore(QStringLiteral("postgres"));
        QVERIFY2(store.error.isEmpty(), qPrintable(store.error));
        CliRun init = m_env.run({ QStringLiteral("init"), QStringLiteral("--store"), store.url });
        QVERIFY2(init.exitCode == 0, init.describe().constData());
        auto reader = openStore(store.url);
        QVERIFY(reader);

        const QString consumer = uniqueName(QStringLiteral("ingest-"));
        const QStringList ingest = nats(QStringList { QStringLiteral("ingest"), QStringLiteral("--store"), store.url,
                                            QStringLiteral("--consumer"), consumer, QStringLiteral("--batch"),
                                            QStringLiteral("100"), QStringLiteral("--ack-wait"), QStringLiteral("3") }
            + stream.options());
        auto ingester = m_env.start(ingest);
        ProcessOutput output { ingester.get() };
        QTRY_VERIFY_WITH_TIMEOUT(output.errContains("Recording signals"), 20000);

        QString error;
        auto connection = connectOrFail(natsTestUrl(), &error);
        QVERIFY2(connection, qPrintable(error));
        auto bus = nats::SignalBus::open(*connection, stream.settings());
        QVERIFY(bus);
        constexpr int total = 10000;
        QSet<QUuid> sent;
        qint64 storedAtKill = -1;
        for (int i = 0; i < total; ++i) {
            nats::OutgoingSignal s;
            s.sagaId = QStringLiteral("saga-%1").arg(i % 50);
            s.name = QStringLiteral("step");
            s.payload = QJsonObject { { QStringLiteral("i"), i } };
            auto published = (*bus)->publish(s);
            QVERIFY2(published, published ? "" : qPrintable(published.error().message));
            sent.insert(published->eventId);
            // Killed once it has recorded some, while signals are still coming.
            if (storedAtKill < 0 && i % 100 == 99) {
                const qint64 head = (*reader)->headPosition().value_or(0);
                if (head >= 1000 || i >= total / 2) {
                    ingester->kill(); // SIGKILL: no chance to ack or tidy up
                    QVERIFY(ingester->waitForFinished(10000));
                    storedAtKill = (*reader)->headPosition().value_or(0);
                }
            }
        }
        QVERIFY2(storedAtKill > 0 && storedAtKill < total,
            qPrintable(QStringLiteral("the ingester had recorded %1 signals when killed").arg(storedAtKill)));

        CliRun restarted = m_env.run(ingest + QStringList { QStringLiteral("--once") }, 120000);
        QVERIFY2(restarted.exitCode == 0, restarted.describe().constData());
        qInfo(
            "killed with %lld recorded; the restarted ingester: %s", storedAtKill, restarted.out.trimmed().constData());

        const QList<RecordedEvent> events = allEvents(**reader);
        QSet<QUuid> stored;
        for (const RecordedEvent& e : events) {
            QCOMPARE(e.eventType, QStringLiteral("SignalReceived"));
            QVERIFY2(!stored.contains(e.eventId), "a signal was recorded twice");
            stored.insert(e.eventId);
        }
        QCOMPARE(events.size(), total);
        QCOMPARE(stored, sent);
    }
};

QTEST_GUILESS_MAIN(TestSignalCommands)
#include "tst_signalcommands.moc"
