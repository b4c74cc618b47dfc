// SPDX-License-Identifier: MIT
// The PostgreSQL live feed: appends committed by anyone arrive as signals in the feed's thread;
// after its server connection is killed the feed reconnects and reports what it missed, once.
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

namespace {

struct Appended
{
    QString streamId;
    qint64 lastVersion;
    qint64 lastPosition;
};

Appended at(const QSignalSpy& spy, qsizetype i)
{
    return { spy.at(i).at(0).toString(), spy.at(i).at(1).toLongLong(), spy.at(i).at(2).toLongLong() };
}

const char* const listenerCount = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                  "AND application_name = 'sagascope live feed'";

} // namespace

class TestPgLiveFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_store; // the feed's store
    std::unique_ptr<pg::PgEventStore> m_writer; // another store on the same database: another client

private Q_SLOTS:
    void initTestCase() { REQUIRE_PG_SERVER(); }

    void init()
    {
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_store = REQUIRE_OK(pg::PgEventStore::open(m_db->url()));
        m_writer = REQUIRE_OK(pg::PgEventStore::open(m_db->url()));
    }

    void cleanup()
    {
        m_writer.reset();
        m_store.reset();
        m_db.reset();
    }

    void reportsAppendsOfOtherClients()
    {
        REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("before-1"), { newEvent(QStringLiteral("Old")) })));
        auto feed = m_store->openLiveFeed();
        QVERIFY(feed);
        QSignalSpy appended(feed.get(), &LiveFeed::eventsAppended);
        QSignalSpy changed(feed.get(), &LiveFeed::connectionChanged);
        QTRY_VERIFY(feed->isConnected());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);

        const auto one = REQUIRE_OK(m_writer->append(appendRequest(
            QStringLiteral("order-1"), { newEvent(QStringLiteral("A")), newEvent(QStringLiteral("B")) })));
        QTRY_COMPARE(appended.size(), 1);
        QCOMPARE(at(appended, 0).streamId, QStringLiteral("order-1"));
        QCOMPARE(at(appended, 0).lastVersion, 2);
        QCOMPARE(at(appended, 0).lastPosition, one.lastPosition);

        // A batch: one signal per stream it touched, with where the batch left the stream, in
        // log order (a batch of a thousand appends to one stream is one signal, not a thousand).
        const auto batch = REQUIRE_OK(
            m_writer->appendBatch({ appendRequest(QStringLiteral("order-1"), { newEvent(QStringLiteral("C")) }),
                appendRequest(QStringLiteral("saga-1"), { newEvent(QStringLiteral("S")) }),
                appendRequest(QStringLiteral("order-1"), { newEvent(QStringLiteral("D")) }) }));
        QTRY_COMPARE(appended.size(), 3);
        QCOMPARE(at(appended, 1).streamId, QStringLiteral("saga-1"));
        QCOMPARE(at(appended, 1).lastVersion, 1);
        QCOMPARE(at(appended, 1).lastPosition, batch[1].lastPosition);
        QCOMPARE(at(appended, 2).streamId, QStringLiteral("order-1"));
        QCOMPARE(at(appended, 2).lastVersion, 4);
        QCOMPARE(at(appended, 2).lastPosition, batch.last().lastPosition);

        // What a failed batch wrote is never announced: it never committed.
        QVERIFY(!m_writer->appendBatch({ appendRequest(QStringLiteral("x-1"), { newEvent(QStringLiteral("X")) }),
            appendRequest(QStringLiteral("order-1"), { newEvent(QStringLiteral("Y")) }, ExpectedVersion::exact(99)) }));
        // A long stream id with characters of every UTF-8 length fits in one notification.
        const QString longId = QString(QStringLiteral("é注🚀").repeated(128)).left(512);
        REQUIRE_OK(m_writer->append(appendRequest(longId, { newEvent(QStringLiteral("L")) })));
        QTRY_COMPARE(appended.size(), 4);
        QCOMPARE(at(appended, 3).streamId, longId);
    }

    void reconnectsAndCatchesUp()
    {
        auto feed = m_store->openLiveFeed();
        QSignalSpy appended(feed.get(), &LiveFeed::eventsAppended);
        QSignalSpy changed(feed.get(), &LiveFeed::connectionChanged);
        QTRY_VERIFY(feed->isConnected());
        REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("live-1"), { newEvent(QStringLiteral("A")) })));
        QTRY_COMPARE(appended.size(), 1);

        // The server drops the listener.
        RawConnection admin(m_db->url());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QCOMPARE(admin.query(listenerCount).value_or(QString()), QStringLiteral("1"));
        QVERIFY(admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'sagascope live feed'"));
        QTRY_VERIFY(!feed->isConnected());
        QCOMPARE(changed.last().at(0).toBool(), false);
        QVERIFY(!changed.last().at(1).toString().isEmpty());

        // Appends while nobody listens (this thread's event loop is not running, so the feed
        // cannot have reconnected yet).
        const auto missed1 = REQUIRE_OK(m_writer->append(
            appendRequest(QStringLiteral("live-1"), { newEvent(QStringLiteral("B")), newEvent(QStringLiteral("C")) })));
        const auto missed2
            = REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("live-2"), { newEvent(QStringLiteral("D")) })));
        const auto missed3
            = REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("live-1"), { newEvent(QStringLiteral("E")) })));

        QTRY_VERIFY(feed->isConnected());
        QCOMPARE(changed.last().at(0).toBool(), true);
        QTRY_COMPARE(appended.size(), 4);
        QCOMPARE(at(appended, 1).streamId, QStringLiteral("live-1"));
        QCOMPARE(at(appended, 1).lastVersion, 3);
        QCOMPARE(at(appended, 1).lastPosition, missed1.lastPosition);
        QCOMPARE(at(appended, 2).streamId, QStringLiteral("live-2"));
        QCOMPARE(at(appended, 2).lastPosition, missed2.lastPosition);
        QCOMPARE(at(appended, 3).lastVersion, 4);
        QCOMPARE(at(appended, 3).lastPosition, missed3.lastPosition);

        // Live again, and nothing reported twice.
        const auto after
            = REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("live-2"), { newEvent(QStringLiteral("F")) })));
        QTRY_COMPARE(appended.size(), 5);
        QCOMPARE(at(appended, 4).lastPosition, after.lastPosition);
        QTest::qWait(50); // a duplicate would arrive within this time; no result is awaited here
        QCOMPARE(appended.size(), 5);
        QCOMPARE(admin.query(listenerCount).value_or(QString()), QStringLiteral("1"));
    }

    // While the database refuses connections the feed says why, keeps retrying with backoff,
    // and reports what was appended meanwhile once it is back.
    void retriesWhileTheServerRefuses()
    {
        auto feed = m_store->openLiveFeed();
        QSignalSpy appended(feed.get(), &LiveFeed::eventsAppended);
        QSignalSpy changed(feed.get(), &LiveFeed::connectionChanged);
        QTRY_VERIFY(feed->isConnected());
        RawConnection admin(m_db->url());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        // Existing sessions (admin, the writer's pool) stay; new ones are refused, even ours.
        // The switch is thrown from another database (the test cluster's admin one).
        RawConnection cluster(pgAdminUrl());
        const QByteArray name = QUrl(m_db->url()).path().mid(1).toLatin1(); // generated: letters and digits
        QVERIFY2(cluster.query("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false"), qPrintable(cluster.error()));
        QVERIFY(admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'sagascope live feed'"));
        QTRY_VERIFY(!feed->isConnected());
        // "lost", then one message for the refused attempts however many there are.
        QTRY_COMPARE(changed.size(), 3);
        const QString refused = changed.at(2).at(1).toString();
        QVERIFY2(refused.contains(QUrl(m_db->url()).host()), qPrintable(refused));
        QVERIFY2(!refused.contains(QUrl(m_db->url()).password()), qPrintable(refused));
        const auto missed
            = REQUIRE_OK(m_writer->append(appendRequest(QStringLiteral("r-1"), { newEvent(QStringLiteral("A")) })));
        QTest::qWait(400); // let a few refused attempts happen; nothing is awaited
        QVERIFY(!feed->isConnected());
        QCOMPARE(changed.size(), 3);

        QVERIFY2(cluster.query("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true"), qPrintable(cluster.error()));
        QTRY_VERIFY_WITH_TIMEOUT(feed->isConnected(), 20000);
        QTRY_COMPARE(appended.size(), 1);
        QCOMPARE(at(appended, 0).lastPosition, missed.lastPosition);
    }

    // Destroying a feed in any state is clean (here: while it is still connecting).
    void destroyedWhileConnecting()
    {
        for (int i = 0; i < 5; ++i) {
            auto feed = m_store->openLiveFeed();
            QCoreApplication::processEvents();
        }
        auto feed = m_store->openLiveFeed();
        QTRY_VERIFY(feed->isConnected());
        feed.reset();
        RawConnection admin(m_db->url());
        QTRY_COMPARE(admin.query(listenerCount).value_or(QString()), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestPgLiveFeed)
#include "tst_livefeed.moc"
