// SPDX-License-Identifier: MIT
// sagascope-cli against a nats-server of the test's own that is stopped and started again while
// `signal watch` and `ingest` run: both reconnect by themselves, the watcher prints every signal
// once and in order, and the ingester records every signal exactly once.
#include "clirunner.h"
#include "natstestsupport.h"
#include "openstore.h"
#include "signalbus.h"

#include <QSet>

using namespace sagascope;
using namespace sagascope::test;

class TestNatsFaults : public QObject
{
    Q_OBJECT

    CliEnvironment m_env;
    NatsServerProcess m_server;

    QStringList nats(const QStringList& command) const
    {
        return QStringList { QStringLiteral("--nats"), m_server.url() } + command;
    }

    // Publishes `count` signals numbered from `first` through a bus of its own; a publish made
    // while the server is away waits for it (the bus retries under the same event id).
    void publish(nats::SignalBus& bus, int first, int count, QList<QUuid>* sent)
    {
        for (int i = first; i < first + count; ++i) {
            nats::OutgoingSignal s;
            s.sagaId = QStringLiteral("saga-%1").arg(i % 7);
            s.name = QStringLiteral("step");
            s.payload = QJsonObject { { QStringLiteral("i"), i } };
            auto published = bus.publish(s);
            QVERIFY2(published, published ? "" : qPrintable(published.error().message));
            QVERIFY(!published->duplicate);
            sent->append(published->eventId);
        }
    }

    std::unique_ptr<nats::NatsConnection> connectToServer()
    {
        nats::NatsSettings settings;
        settings.url = m_server.url();
        auto c = nats::NatsConnection::connect(settings);
        return c ? std::move(*c) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void watchSurvivesAServerRestart()
    {
        const TestSignalStream stream;
        auto connection = connectToServer();
        QVERIFY(connection);
        auto bus = nats::SignalBus::open(*connection, stream.settings());
        QVERIFY2(bus, bus ? "" : qPrintable(bus.error().message));

        constexpr int before = 300;
        constexpr int after = 300;
        auto watcher = m_env.start(
            nats(QStringList { QStringLiteral("signal"), QStringLiteral("watch"), QStringLiteral("--count"),
                     QString::number(before + after), QStringLiteral("--timeout"), QStringLiteral("90") }
                + stream.options()));
        ProcessOutput output { watcher.get() };
        QTRY_VERIFY_WITH_TIMEOUT(output.errContains("Watching"), 15000);

        QList<QUuid> sent;
        publish(**bus, 0, before, &sent);
        QTRY_COMPARE_WITH_TIMEOUT(output.lines().size(), qsizetype(before), 15000);

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        publish(**bus, before, after, &sent);

        QVERIFY2(watcher->waitForFinished(90000), "the watcher did not print every signal after the restart");
        QCOMPARE(watcher->exitCode(), 0);
        QVERIFY2(output.errContains("Reconnected to NATS"), output.err.constData());
        const QList<QByteArray> lines = output.lines();
        QList<QUuid> seen;
        for (const QByteArray& line : lines)
            seen.append(
                QUuid::fromString(QJsonDocument::fromJson(line).object().value(QStringLiteral("event_id")).toString()));
        QCOMPARE(seen.size(), sent.size());
        QCOMPARE(seen, sent); // every one, once, in order
    }

    void ingestSurvivesAServerRestart()
    {
        const TestSignalStream stream;
        const CliStore store = makeCliStore(QStringLiteral("sqlite"));
        QCOMPARE(m_env.run({ QStringLiteral("init"), QStringLiteral("--store"), store.url }).exitCode, 0);
        auto reader = openStore(store.url);
        QVERIFY(reader);
        auto connection = connectToServer();
        QVERIFY(connection);
        auto bus = nats::SignalBus::open(*connection, stream.settings());
        QVERIFY(bus);

        auto ingester = m_env.start(nats(QStringList { QStringLiteral("ingest"), QStringLiteral("--store"), store.url,
                                             QStringLiteral("--consumer"), uniqueName(QStringLiteral("ingest-")) }
            + stream.options()));
        ProcessOutput output { ingester.get() };
        QTRY_VERIFY_WITH_TIMEOUT(output.errContains("Recording signals"), 15000);

        constexpr int before = 1000;
        constexpr int after = 1000;
        QList<QUuid> sent;
        publish(**bus, 0, before, &sent);
        // Restarted while the ingester may still be working through the first half.
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        publish(**bus, before, after, &sent);

        QTRY_COMPARE_WITH_TIMEOUT((*reader)->headPosition().value_or(0), qint64(before + after), 90000);
        ingester->terminate(); // SIGTERM: stops after the batch in hand
        QVERIFY(ingester->waitForFinished(20000));
        QCOMPARE(ingester->exitCode(), 0);

        QSet<QUuid> stored;
        LogQuery query;
        query.limit = 5000;
        auto events = (*reader)->readAll(query);
        QVERIFY(events);
        for (const RecordedEvent& e : std::as_const(*events)) {
            QCOMPARE(e.eventType, QStringLiteral("SignalReceived"));
            QVERIFY2(!stored.contains(e.eventId), "a signal was recorded twice");
            stored.insert(e.eventId);
        }
        QCOMPARE(events->size(), before + after);
        QCOMPARE(stored, QSet<QUuid>(sent.cbegin(), sent.cend()));
    }
};

QTEST_GUILESS_MAIN(TestNatsFaults)
#include "tst_natsfaults.moc"
