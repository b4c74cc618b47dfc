// SPDX-License-Identifier: MIT
// Commit-safe global order in PostgreSQL: one writer's transaction is held open after it took a
// position; other writers append meanwhile; a reader following the log must not get past the
// held position, and once it commits the reader sees every event exactly once, in order.
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QMutex>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace sagascope;
using namespace sagascope::test;

namespace {

// Follows the global log on its own thread, as a projection or the GUI's live view would.
class LogFollower
{
public:
    explicit LogFollower(EventStore* store)
        : m_store(store)
        , m_thread([this] { run(); })
    { }
    ~LogFollower() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int rounds() const { return m_rounds.load(); }
    QList<RecordedEvent> seen() const
    {
        QMutexLocker l(&m_lock);
        return m_seen;
    }
    qint64 maxSeenPosition() const
    {
        QMutexLocker l(&m_lock);
        return m_seen.isEmpty() ? 0 : m_seen.last().position;
    }
    QString error() const
    {
        QMutexLocker l(&m_lock);
        return m_error;
    }

private:
    void run()
    {
        qint64 after = 0;
        while (!m_stop) {
            const auto page = m_store->readAll({ .afterPosition = after, .limit = 7 });
            QMutexLocker l(&m_lock);
            if (!page) {
                m_error = describe(page.error());
                return;
            }
            for (const RecordedEvent& e : *page) {
                m_seen.append(e);
                after = e.position;
            }
            l.unlock();
            ++m_rounds;
        }
    }

    EventStore* m_store;
    mutable QMutex m_lock;
    QList<RecordedEvent> m_seen;
    QString m_error;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_rounds { 0 };
    std::thread m_thread;
};

} // namespace

class TestPgOrdering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_PG_SERVER(); }

    // Both append paths take the same lock: one event to a stream with events goes through the
    // single-append statement, more through sagascope.append.
    void readerNeverPassesAHeldCommit_data()
    {
        QTest::addColumn<int>("eventsPerAppend");
        QTest::newRow("single-append statement") << 1;
        QTest::newRow("sagascope.append") << 2;
    }

    void readerNeverPassesAHeldCommit()
    {
        QFETCH(int, eventsPerAppend);
        constexpr int writers = 3;
        constexpr int appendsPerWriter = 5;
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        REQUIRE_OK(store->append(appendRequest(QStringLiteral("seed-1"),
            { newEvent(QStringLiteral("A")), newEvent(QStringLiteral("B")), newEvent(QStringLiteral("C")) })));
        // The writers' streams exist, so a one-event append takes the single-append statement.
        for (int w = 0; w < writers; ++w)
            REQUIRE_OK(
                store->append(appendRequest(QStringLiteral("writer-%1").arg(w), { newEvent(QStringLiteral("S")) })));
        const qint64 seeded = 3 + writers;
        const qint64 seedHead = REQUIRE_OK(store->headPosition());

        // A writer that took its position and has not committed yet.
        RawConnection held(db.url());
        QVERIFY2(held.isOpen(), qPrintable(held.error()));
        QVERIFY(held.query("BEGIN"));
        const QUuid heldId = QUuid::createUuid();
        const qint64 heldPosition
            = held.appendThroughFunction(QStringLiteral("held-1"), heldId, QStringLiteral("Late"));
        QVERIFY2(heldPosition > seedHead, qPrintable(held.error()));

        LogFollower follower(store.get());

        // Other writers append on their own streams meanwhile.
        std::atomic<int> failures { 0 };
        std::vector<std::thread> pool;
        for (int w = 0; w < writers; ++w) {
            pool.emplace_back([&, w] {
                for (int i = 0; i < appendsPerWriter; ++i) {
                    QList<NewEvent> events;
                    for (int e = 0; e < eventsPerAppend; ++e)
                        events.append(newEvent(QStringLiteral("X")));
                    const auto r = store->append(appendRequest(QStringLiteral("writer-%1").arg(w), events));
                    if (!r) {
                        qWarning("append failed: %s", qPrintable(describe(r.error())));
                        ++failures;
                    }
                }
            });
        }

        // Every other writer is now queued behind the held transaction (the server says so)...
        RawConnection admin(db.url());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QTRY_COMPARE(admin
                         .query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND wait_event_type = 'Lock' AND wait_event = 'advisory'")
                         .value_or(QString()),
            QString::number(writers));
        // ...and the follower keeps reading without ever getting past the held position.
        const int roundsBefore = follower.rounds();
        QTRY_VERIFY(follower.rounds() >= roundsBefore + 20);
        QVERIFY2(follower.error().isEmpty(), qPrintable(follower.error()));
        QCOMPARE(follower.maxSeenPosition(), seedHead);

        QVERIFY2(held.query("COMMIT"), qPrintable(held.error()));
        for (auto& t : pool)
            t.join();
        QCOMPARE(failures.load(), 0);

        const qint64 total = seeded + 1 + writers * appendsPerWriter * eventsPerAppend;
        QTRY_COMPARE(follower.seen().size(), total);
        follower.stop();
        QVERIFY2(follower.error().isEmpty(), qPrintable(follower.error()));
        const QList<RecordedEvent> seen = follower.seen();
        QSet<QUuid> ids;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (i > 0)
                QVERIFY2(seen[i].position > seen[i - 1].position, "the follower saw positions out of order");
            ids.insert(seen[i].eventId);
        }
        QCOMPARE(ids.size(), total); // exactly once each
        QVERIFY(ids.contains(heldId));
        QCOMPARE(REQUIRE_OK(store->readAll({ .afterPosition = 0, .limit = 0 })).size(), total);
        // The held event came right after the seed: the writers that waited took later positions.
        QCOMPARE(seen[seeded].eventId, heldId);
        QCOMPARE(seen[seeded].position, heldPosition);
    }

    void rolledBackAppendLeavesTheLogConsistent()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        RawConnection held(db.url());
        QVERIFY(held.query("BEGIN"));
        QVERIFY(held.appendThroughFunction(QStringLiteral("gone-1"), QUuid::createUuid(), QStringLiteral("Gone")) > 0);
        QVERIFY(held.query("ROLLBACK"));
        const auto r
            = REQUIRE_OK(store->append(appendRequest(QStringLiteral("kept-1"), { newEvent(QStringLiteral("Kept")) })));
        const auto log = REQUIRE_OK(store->readAll({}));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().position, r.lastPosition);
        QCOMPARE(REQUIRE_OK(store->headPosition()), r.lastPosition);
        QCOMPARE(store->streamInfo(QStringLiteral("gone-1")).error().code, ErrorCode::NotFound);
    }

    // A batch holds the append lock for its whole transaction: a reader sees all of it or none.
    void batchBecomesVisibleAtOnce()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        QList<AppendRequest> batch;
        for (int i = 0; i < 300; ++i)
            batch.append(appendRequest(QStringLiteral("b-%1").arg(i % 17), { newEvent(QStringLiteral("E")) }));
        std::atomic<bool> done { false };
        std::atomic<bool> partial { false };
        std::thread reader([&] {
            while (!done) {
                const auto all = store->readAll({ .afterPosition = 0, .limit = 0 });
                if (all && !all->isEmpty() && all->size() != 300)
                    partial = true;
            }
        });
        const auto results = REQUIRE_OK(store->appendBatch(batch));
        done = true;
        reader.join();
        QVERIFY(!partial);
        QCOMPARE(results.size(), 300);
        for (qsizetype i = 1; i < results.size(); ++i)
            QCOMPARE(results[i].firstPosition, results[i - 1].lastPosition + 1);
    }
};

QTEST_GUILESS_MAIN(TestPgOrdering)
#include "tst_ordering.moc"
