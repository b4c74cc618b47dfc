// SPDX-License-Identifier: MIT
// The inspector pointed at a hot standby ($SAGASCOPE_TEST_PG_REPLICA_URL, streaming from the test
// cluster): the store opens read-only and reads what the primary wrote; the live feed, which cannot
// LISTEN on a standby, reads the log instead and reports appends made on the primary in order.
#include "pgeventstore.h"
#include "pglivefeed.h"
#include "pgtestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace sagascope;
using namespace sagascope::test;

class TestPgReplica : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_primary;
    QString m_replicaUrl;

    // The standby's URL for the scratch database (same name, the standby's address).
    QString replicaUrlFor(const QString& primaryUrl) const
    {
        QUrl replica(qEnvironmentVariable("SAGASCOPE_TEST_PG_REPLICA_URL"));
        replica.setPath(QUrl(primaryUrl).path());
        return replica.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_SERVER();
        QVERIFY2(qEnvironmentVariableIsSet("SAGASCOPE_TEST_PG_REPLICA_URL"),
            "SAGASCOPE_TEST_PG_REPLICA_URL is not set: run the tests through scripts/test.sh, which starts a standby");
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_primary = REQUIRE_OK(pg::PgEventStore::open(m_db->url()));
        REQUIRE_OK(m_primary->append(appendRequest(QStringLiteral("order-1"), { newEvent(QStringLiteral("Placed")) })));
        m_replicaUrl = replicaUrlFor(m_db->url());
    }

    void cleanupTestCase()
    {
        m_primary.reset();
        m_db.reset();
    }

    void readsWhatThePrimaryWrote()
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        // The database and its schema reach the standby a moment after the primary made them.
        std::unique_ptr<pg::PgEventStore> replica;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto opened = pg::PgEventStore::open(m_replicaUrl, readOnly);
                if (opened)
                    replica = std::move(*opened);
                return replica != nullptr;
            }(),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(replica->streamInfo(QStringLiteral("order-1")).has_value(), 20000);
        const auto events = REQUIRE_OK(replica->readStream({ .streamId = QStringLiteral("order-1") }));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().eventType, QStringLiteral("Placed"));

        // Writing is refused with a clear error, never attempted on the standby.
        const auto refused
            = replica->append(appendRequest(QStringLiteral("order-1"), { newEvent(QStringLiteral("X")) }));
        QVERIFY(!refused);
        QVERIFY2(!refused.error().message.isEmpty(), "a reason");
    }

    void liveFeedReadsTheLogOnAStandby()
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto replica = REQUIRE_OK(pg::PgEventStore::open(m_replicaUrl, readOnly));
        auto feed = replica->openLiveFeed();
        QVERIFY(feed);
        QSignalSpy appended(feed.get(), &LiveFeed::eventsAppended);
        QTRY_VERIFY_WITH_TIMEOUT(feed->isConnected(), 20000);
        auto* pgFeed = qobject_cast<pg::PgLiveFeed*>(feed.get());
        QVERIFY(pgFeed);
        QVERIFY2(pgFeed->isPolling(), "a standby cannot LISTEN");

        const auto first = REQUIRE_OK(m_primary->append(appendRequest(
            QStringLiteral("order-1"), { newEvent(QStringLiteral("Paid")), newEvent(QStringLiteral("Shipped")) })));
        const auto second = REQUIRE_OK(
            m_primary->append(appendRequest(QStringLiteral("order-2"), { newEvent(QStringLiteral("Placed")) })));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 20000);
        QCOMPARE(appended.at(0).at(0).toString(), QStringLiteral("order-1"));
        QCOMPARE(appended.at(0).at(1).toLongLong(), 3);
        QCOMPARE(appended.at(0).at(2).toLongLong(), first.lastPosition);
        QCOMPARE(appended.at(1).at(0).toString(), QStringLiteral("order-2"));
        QCOMPARE(appended.at(1).at(2).toLongLong(), second.lastPosition);
        // Nothing is reported twice by later polls.
        QTest::qWait(300);
        QCOMPARE(appended.size(), 2);
    }

    void primaryFeedStillListens()
    {
        auto feed = m_primary->openLiveFeed();
        QTRY_VERIFY(feed->isConnected());
        QVERIFY(!qobject_cast<pg::PgLiveFeed*>(feed.get())->isPolling());
    }
};

QTEST_GUILESS_MAIN(TestPgReplica)
#include "tst_replica.moc"
