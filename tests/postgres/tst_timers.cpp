// SPDX-License-Identifier: MIT
// Durable timers on PostgreSQL across processes: two sagascope-cli processes fire the same 5 000
// due timers at once and each timer fires exactly once; a timer another transaction has claimed
// is passed over (SKIP LOCKED), not waited for, and fires once that transaction ends.
#include "openstore.h"
#include "pgtestsupport.h"
#include "timerfiring.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sagascope;
using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

class TestPgTimers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { REQUIRE_PG_SERVER(); }

    void twoProcessesFireEachTimerOnce()
    {
        constexpr int timerCount = 5000;
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = openStore(db.url());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        const QString scheduled = scheduleDueTimers(**store, timerCount, nowUs());
        QVERIFY2(scheduled.isEmpty(), qPrintable(scheduled));

        CliEnvironment env;
        const QStringList fire { u"--store"_s, db.url(), u"timers"_s, u"fire-due"_s, u"--format"_s, u"ndjson"_s };
        QElapsedTimer clock;
        clock.start();
        const QList<CliRun> runs = env.runTogether({ fire, fire });
        const qint64 elapsedMs = clock.elapsed();
        QList<int> shares;
        const QString problem = checkFiredExactlyOnce(**store, runs, timerCount, &shares);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("PostgreSQL: two processes fired %d timers in %lld ms (%d + %d)", timerCount, elapsedMs, shares.value(0),
            shares.value(1));
    }

    void claimedTimersAreSkippedNotWaitedFor()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(openStore(db.url()));
        const qint64 now = nowUs();
        for (const QString& id : { u"t-held"_s, u"t-free"_s }) {
            TimerRecord t;
            t.timerId = id;
            t.streamId = u"saga-1"_s;
            t.fireAtUs = now - 1000;
            REQUIRE_OK(store->scheduleTimer(t));
        }
        // Another firer's claim, held open.
        RawConnection other(db.url());
        QVERIFY2(other.isOpen(), qPrintable(other.error()));
        QVERIFY(other.query("BEGIN"));
        const auto held
            = other.query("SELECT timer_id FROM sagascope.timers WHERE timer_id = 't-held' FOR UPDATE SKIP LOCKED");
        QVERIFY2(held && *held == u"t-held"_s, qPrintable(other.error()));

        QElapsedTimer clock;
        clock.start();
        const auto firstPass = REQUIRE_OK(store->fireDueTimers(now, 100));
        QVERIFY2(clock.elapsed() < 5000, "fireDueTimers waited for a claimed timer");
        QCOMPARE(firstPass.size(), 1);
        QCOMPARE(firstPass.first().timer.timerId, u"t-free"_s);
        QCOMPARE(REQUIRE_OK(store->listTimers({})).size(), 1);

        // The claim ends without firing (a crashed firer rolls back): the timer is still due.
        QVERIFY(other.query("ROLLBACK"));
        const auto secondPass = REQUIRE_OK(store->fireDueTimers(now, 100));
        QCOMPARE(secondPass.size(), 1);
        QCOMPARE(secondPass.first().timer.timerId, u"t-held"_s);
        QCOMPARE(REQUIRE_OK(store->streamInfo(u"saga-1"_s)).lastVersion, 2);
        QVERIFY(REQUIRE_OK(store->listTimers({})).isEmpty());
    }

    void failedFireLeavesTimersPending()
    {
        // Append and removal are one transaction: when the append cannot be made, nothing of the
        // batch is written and every timer stays pending.
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(openStore(db.url()));
        const qint64 now = nowUs();
        for (int i = 0; i < 3; ++i) {
            TimerRecord t;
            t.timerId = u"t-%1"_s.arg(i);
            t.streamId = u"saga-%1"_s.arg(i);
            t.fireAtUs = now - 10 + i;
            REQUIRE_OK(store->scheduleTimer(t));
        }
        // The second timer's stream refuses appends.
        QVERIFY(db.exec(
            u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.stream_id = 'saga-1' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER refuse BEFORE INSERT ON sagascope.events FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
        const auto failed = store->fireDueTimers(now, 100);
        QVERIFY(!failed);
        QCOMPARE(REQUIRE_OK(store->listTimers({})).size(), 3);
        QCOMPARE(REQUIRE_OK(store->headPosition()), 0);
        QVERIFY(db.exec(u"DROP TRIGGER refuse ON sagascope.events"_s));
        QCOMPARE(REQUIRE_OK(store->fireDueTimers(now, 100)).size(), 3);
        QVERIFY(REQUIRE_OK(store->listTimers({})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPgTimers)
#include "tst_timers.moc"
