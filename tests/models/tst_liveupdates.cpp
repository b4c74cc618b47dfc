// SPDX-License-Identifier: MIT
// Live updates against each store: appends made by another client reach the stream list, the open
// history and the filtered history, keeping the selection; PostgreSQL's feed survives a dropped
// connection, and a restart of the server, and catches up with what was appended meanwhile.
#include "filteredhistorymodel.h"
#include "historymodel.h"
#include "liveupdates.h"
#include "openstore.h"
#include "storesession.h"
#include "streamlistmodel.h"
#include "teststores.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace sagascope;
using namespace sagascope::test;

namespace {

AppendRequest appendTo(
    const QString& streamId, const QStringList& types, const QString& streamType = QStringLiteral("order"))
{
    AppendRequest r;
    r.streamId = streamId;
    r.streamType = streamType;
    for (const QString& t : types)
        r.events.append(NewEvent::fromJson(t, { { QStringLiteral("t"), t } }));
    return r;
}

QStringList idsOf(const StreamListModel& model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.streamAt(r).streamId);
    return ids;
}

// The inspector's side: a session on the store (read-only, as the GUI opens stores) with the models
// the window uses, and the writer: another client of the same store.
struct Fixture
{
    TestStore test;
    std::shared_ptr<EventStore> writer;
    StoreSession session;
    LiveUpdates live { &session };
    StreamListModel streams { &session };
    HistoryModel history { &session };
    FilteredHistoryModel filtered { &session };

    QString prepare(const QString& kind)
    {
        test = makeTestStore(kind);
        if (!test.store)
            return test.error;
        if (kind == u"memory") {
            // One process, one store object: the session adopts the very store the writer uses.
            writer = std::move(test.store);
            session.adopt(writer, true);
        } else {
            writer = std::move(test.store);
            OpenOptions options;
            options.readOnly = true;
            session.open(test.url, options);
        }
        QObject::connect(&live, &LiveUpdates::streamsGrew, &streams, &StreamListModel::applyGrowth);
        QObject::connect(&live, &LiveUpdates::streamsGrew, &history, &HistoryModel::applyGrowth);
        QObject::connect(&live, &LiveUpdates::streamsGrew, &filtered, &FilteredHistoryModel::applyGrowth);
        return {};
    }
};

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsFollowAppends_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void modelsFollowAppends()
    {
        QFETCH(QString, kind);
        if (kind == u"postgres" && pgAdminUrl().isEmpty())
            QFAIL("SAGASCOPE_TEST_PG_URL is not set: PostgreSQL tests need a server (scripts/test.sh starts one).");
        Fixture f;
        // Stored before the inspector looks.
        auto seedStore = [&](const QString& error) { QVERIFY2(error.isEmpty(), qPrintable(error)); };
        seedStore(f.prepare(kind));
        QVERIFY(f.writer->append(
            appendTo(QStringLiteral("order-1"), { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A") })));
        QVERIFY(f.writer->append(appendTo(QStringLiteral("order-3"), { QStringLiteral("A") })));
        QVERIFY(f.writer->append(appendTo(QStringLiteral("saga-1"), { QStringLiteral("A") }, QStringLiteral("saga"))));
        QAbstractItemModelTester listTester(&f.streams, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(&f.history, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_VERIFY(f.session.isOpen());
        f.streams.setFilter(QStringLiteral("order"), {});
        QTRY_COMPARE(idsOf(f.streams), QStringList({ QStringLiteral("order-1"), QStringLiteral("order-3") }));
        f.history.openStream(QStringLiteral("order-1"));
        QTRY_COMPARE(f.history.rowCount(), 3);
        QTRY_VERIFY(f.history.index(2, HistoryModel::TypeColumn).data(HistoryModel::LoadedRole).toBool());
        QItemSelectionModel selection(&f.history);
        selection.setCurrentIndex(
            f.history.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        f.filtered.setFilter(f.history.stream(), { QStringLiteral("B") });
        QTRY_COMPARE(f.filtered.rowCount(), 1);
        QTRY_COMPARE(f.live.state(), LiveUpdates::State::Live);
        QSignalSpy grew(&f.history, &HistoryModel::streamGrew);

        // Another client appends to the open stream.
        const auto appended
            = f.writer->append(appendTo(QStringLiteral("order-1"), { QStringLiteral("B"), QStringLiteral("C") }));
        QVERIFY(appended);
        QTRY_COMPARE(f.history.rowCount(), 5);
        QCOMPARE(grew.size(), 1);
        QCOMPARE(f.history.stream().lastVersion, 5);
        QCOMPARE(f.history.stream().lastPosition, appended->lastPosition);
        // The selection stays where the user put it.
        QCOMPARE(selection.currentIndex().row(), 1);
        // The page that held the old last row is read again for the new rows.
        QTRY_COMPARE(f.history.index(3, HistoryModel::TypeColumn).data().toString(), QStringLiteral("B"));
        QTRY_COMPARE(f.history.index(4, HistoryModel::TypeColumn).data().toString(), QStringLiteral("C"));
        QCOMPARE(f.history.index(0, HistoryModel::TypeColumn).data().toString(), QStringLiteral("A"));
        // The filtered history reads the new events that match.
        QTRY_COMPARE(f.filtered.rowCount(), 2);
        QCOMPARE(f.filtered.index(1, 0).data(HistoryModel::VersionRole).toLongLong(), 4);
        // The stream list shows the new count, and the store's time of the last event.
        const int row = f.streams.rowOfStream(QStringLiteral("order-1"));
        QCOMPARE(row, 0);
        QTRY_COMPARE(f.streams.streamAt(row).lastVersion, 5);
        const StreamInfo info = *f.writer->streamInfo(QStringLiteral("order-1"));
        QTRY_COMPARE(f.streams.streamAt(row).updatedAtUs, info.updatedAtUs);

        // A new stream of the listed type takes its place by id; one of another type does not appear.
        QVERIFY(f.writer->append(appendTo(QStringLiteral("saga-2"), { QStringLiteral("A") }, QStringLiteral("saga"))));
        QVERIFY(f.writer->append(appendTo(QStringLiteral("order-2"), { QStringLiteral("A"), QStringLiteral("A") })));
        QTRY_COMPARE(idsOf(f.streams),
            QStringList({ QStringLiteral("order-1"), QStringLiteral("order-2"), QStringLiteral("order-3") }));
        QCOMPARE(f.streams.streamAt(1).lastVersion, 2);
        QCOMPARE(f.streams.streamAt(1).streamType, QStringLiteral("order"));
        // Appends to other streams leave the open history alone.
        QCOMPARE(f.history.rowCount(), 5);
        QCOMPARE(grew.size(), 1);
    }

    void appendsAreBatched()
    {
        Fixture f;
        QCOMPARE(f.prepare(QStringLiteral("memory")), QString());
        QVERIFY(f.writer->append(appendTo(QStringLiteral("busy-1"), { QStringLiteral("A") })));
        f.history.openStream(QStringLiteral("busy-1"));
        QTRY_COMPARE(f.history.rowCount(), 1);
        QSignalSpy batches(&f.live, &LiveUpdates::streamsGrew);
        QSignalSpy inserted(&f.history, &QAbstractItemModel::rowsInserted);
        // 2 000 appends of one event each, from another thread, as fast as the store takes them.
        std::thread writer([store = f.writer] {
            for (int i = 0; i < 2000; ++i)
                (void)store->append(appendTo(QStringLiteral("busy-1"), { QStringLiteral("B") }));
        });
        writer.join();
        QTRY_COMPARE(f.history.rowCount(), 2001);
        // Far fewer batches (and row insertions) than appends: one per batch interval at most.
        QVERIFY2(batches.size() < 100, qPrintable(QString::number(batches.size())));
        QCOMPARE(inserted.size(), batches.size());
        const auto last = batches.last().at(0).value<QList<StreamGrowth>>();
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().lastVersion, 2001);
    }

    void postgresFeedReconnectsAndCatchesUp()
    {
        if (pgAdminUrl().isEmpty())
            QFAIL("SAGASCOPE_TEST_PG_URL is not set: PostgreSQL tests need a server (scripts/test.sh starts one).");
        Fixture f;
        QCOMPARE(f.prepare(QStringLiteral("postgres")), QString());
        QVERIFY(f.writer->append(appendTo(QStringLiteral("order-1"), { QStringLiteral("A") })));
        QTRY_VERIFY(f.session.isOpen());
        f.history.openStream(QStringLiteral("order-1"));
        QTRY_COMPARE(f.history.rowCount(), 1);
        QTRY_COMPARE(f.live.state(), LiveUpdates::State::Live);
        QSignalSpy states(&f.live, &LiveUpdates::stateChanged);

        // The server drops the feed's connection (as a restart or a network cut would).
        QString error;
        QVERIFY2(f.test.database->exec(
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                    "datname = current_database() AND application_name = 'sagascope live feed'"),
                     &error),
            qPrintable(error));
        QTRY_COMPARE(f.live.state(), LiveUpdates::State::Lost);
        QVERIFY(!f.live.message().isEmpty());
        // Appends while the feed is away (the event loop has not run since the loss was seen).
        QVERIFY(f.writer->append(appendTo(QStringLiteral("order-1"), { QStringLiteral("B"), QStringLiteral("C") })));
        QVERIFY(f.writer->append(appendTo(QStringLiteral("order-1"), { QStringLiteral("D") })));
        QCOMPARE(f.history.rowCount(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(f.live.state(), LiveUpdates::State::Live, 15000);
        QTRY_COMPARE(f.history.rowCount(), 4);
        QTRY_COMPARE(f.history.index(3, HistoryModel::TypeColumn).data().toString(), QStringLiteral("D"));
        QCOMPARE(states.first().at(0).value<LiveUpdates::State>(), LiveUpdates::State::Lost);
        QCOMPARE(states.last().at(0).value<LiveUpdates::State>(), LiveUpdates::State::Live);
    }

    // A real restart of a server of its own (scripts/test.sh starts one for this test only): every
    // connection goes, including the session's reading one, and the window's models catch up.
    void postgresRestartedDuringSession()
    {
        const QString url = qEnvironmentVariable("SAGASCOPE_TEST_PG_RESTART_URL");
        const QString restart = qEnvironmentVariable("SAGASCOPE_TEST_PG_RESTART_COMMAND");
        if (url.isEmpty() || restart.isEmpty())
            QFAIL("SAGASCOPE_TEST_PG_RESTART_URL/COMMAND are not set: scripts/test.sh starts a server for this test.");
        const QString stream = QStringLiteral("restart-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        auto writer = openStore(url);
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
        QVERIFY((*writer)->append(appendTo(stream, { QStringLiteral("A") })));

        StoreSession session;
        LiveUpdates live { &session };
        StreamListModel streams { &session };
        HistoryModel history { &session };
        QObject::connect(&live, &LiveUpdates::streamsGrew, &streams, &StreamListModel::applyGrowth);
        QObject::connect(&live, &LiveUpdates::streamsGrew, &history, &HistoryModel::applyGrowth);
        OpenOptions options;
        options.readOnly = true;
        session.open(url, options);
        QTRY_VERIFY(session.isOpen());
        history.openStream(stream);
        QTRY_COMPARE(history.rowCount(), 1);
        QTRY_COMPARE(live.state(), LiveUpdates::State::Live);

        QProcess restarter;
        restarter.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), restart });
        QVERIFY(restarter.waitForFinished(90000));
        QVERIFY2(restarter.exitCode() == 0, restarter.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), LiveUpdates::State::Lost, 15000);

        // Written by a new client once the server is back, whether or not the feed is yet.
        auto writerAfter = openStore(url);
        QVERIFY2(writerAfter, writerAfter ? "" : qPrintable(writerAfter.error().message));
        QVERIFY((*writerAfter)->append(appendTo(stream, { QStringLiteral("B"), QStringLiteral("C") })));
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), LiveUpdates::State::Live, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history.rowCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            history.index(2, HistoryModel::TypeColumn).data().toString(), QStringLiteral("C"), 10000);
        // And it stays live: an append after the reconnection arrives as usual.
        QVERIFY((*writerAfter)->append(appendTo(stream, { QStringLiteral("D") })));
        QTRY_COMPARE(history.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
