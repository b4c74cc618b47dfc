// SPDX-License-Identifier: MIT
// `sagascope-cli timers …` as a user runs it, against a fresh SQLite file and a fresh PostgreSQL
// database; and two processes firing the same 5 000 due timers of one SQLite file at once.
#include "clirunner.h"
#include "openstore.h"
#include "timerfiring.h"

#include <QElapsedTimer>

using namespace sagascope;
using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

class TestTimersCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleListCancelFire_data() { addStoreKinds(); }
    void scheduleListCancelFire()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QStringList base { u"--store"_s, store.url, u"timers"_s };
        const QStringList due { u"schedule"_s, u"t-due"_s, u"--stream"_s, u"saga-1"_s, u"--at"_s,
            u"2020-01-01T00:00:00Z"_s, u"--data"_s, u"{\"order\": 12345678901234567890}"_s };
        const CliRun scheduled = env.run(base + due);
        QVERIFY2(scheduled.exitCode == 0, scheduled.describe().constData());
        QVERIFY2(scheduled.outText().startsWith(u"Scheduled timer \"t-due\""_s), scheduled.describe().constData());

        const CliRun again = env.run(base + due);
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.outText().startsWith(u"Already scheduled"_s), again.describe().constData());

        QStringList other = due;
        other[5] = u"2021-01-01T00:00:00Z"_s;
        const CliRun conflict = env.run(base + other);
        QCOMPARE(conflict.exitCode, 3);
        QVERIFY2(conflict.oneSentenceError(), conflict.describe().constData());
        QVERIFY(conflict.err.contains("t-due"));

        const CliRun future = env.run(base
            + QStringList {
                u"schedule"_s, u"t-future"_s, u"--stream"_s, u"saga-1"_s, u"--at"_s, u"2999-01-01T00:00:00Z"_s });
        QVERIFY2(future.exitCode == 0, future.describe().constData());
        const CliRun elsewhere = env.run(base
            + QStringList { u"schedule"_s, u"t-other"_s, u"--stream"_s, u"deadline-2"_s, u"--stream-type"_s,
                u"reminder"_s, u"--at"_s, u"2999-01-01T00:00:00Z"_s });
        QVERIFY2(elsewhere.exitCode == 0, elsewhere.describe().constData());

        const CliRun table = env.run(base + QStringList { u"list"_s });
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.outLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("TIMER"));
        QVERIFY(lines[1].startsWith("t-due") && lines[1].contains(" due "));
        QVERIFY(lines[1].contains("{\"order\":12345678901234567890}"));
        QVERIFY(lines[2].startsWith("t-future") || lines[2].startsWith("t-other"));

        const CliRun ndjson = env.run(base + QStringList { u"list"_s, u"saga-1"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(ndjson.exitCode, 0);
        QCOMPARE(ndjson.outLines().size(), 2);
        QVERIFY(ndjson.outLines()[0].contains("\"payload\":{\"order\":12345678901234567890}"));
        const QJsonObject first = ndjson.ndjson().first();
        QCOMPARE(first.value(u"timer_id"_s).toString(), u"t-due"_s);
        QCOMPARE(first.value(u"stream_type"_s).toString(), u"saga"_s);
        QCOMPARE(first.value(u"fire_at"_s).toString(), u"2020-01-01T00:00:00.000000Z"_s);

        const CliRun fired = env.run(base + QStringList { u"fire-due"_s });
        QVERIFY2(fired.exitCode == 0, fired.describe().constData());
        QCOMPARE(fired.outLines().size(), 1);
        QVERIFY2(
            fired.outLines()[0].startsWith("Fired \"t-due\" into \"saga-1\": version 1"), fired.describe().constData());
        QVERIFY(fired.err.contains("Fired 1 timer"));
        const CliRun nothing = env.run(base + QStringList { u"fire-due"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.isEmpty());

        const CliRun history
            = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-1"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.outLines().size(), 1);
        const QJsonObject event = history.ndjson().first();
        QCOMPARE(event.value(u"type"_s).toString(), u"TimerFired"_s);
        QCOMPARE(event.value(u"payload"_s).toObject().value(u"timer_id"_s).toString(), u"t-due"_s);
        QVERIFY(history.out.contains("\"payload\":{\"order\":12345678901234567890}"));

        const CliRun canceled = env.run(base + QStringList { u"cancel"_s, u"t-future"_s });
        QCOMPARE(canceled.exitCode, 0);
        QVERIFY(canceled.outText().startsWith(u"Canceled timer \"t-future\""_s));
        const CliRun missing = env.run(base + QStringList { u"cancel"_s, u"t-future"_s });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.oneSentenceError(), missing.describe().constData());
        const CliRun left = env.run(base + QStringList { u"list"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(left.outLines().size(), 1);
        QCOMPARE(left.ndjson().first().value(u"timer_id"_s).toString(), u"t-other"_s);
        QCOMPARE(left.ndjson().first().value(u"stream_type"_s).toString(), u"reminder"_s);
    }

    void fireDueHonoursTheLimit_data() { addStoreKinds(); }
    void fireDueHonoursTheLimit()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QStringList base { u"--store"_s, store.url, u"timers"_s };
        for (int i = 0; i < 5; ++i) {
            const CliRun r = env.run(base
                + QStringList { u"schedule"_s, u"t-%1"_s.arg(i), u"--stream"_s, u"saga-%1"_s.arg(i), u"--at"_s,
                    u"2020-01-01T00:00:0%1Z"_s.arg(i) });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const CliRun some
            = env.run(base + QStringList { u"fire-due"_s, u"--limit"_s, u"2"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(some.exitCode, 0);
        QCOMPARE(some.ndjson().size(), 2);
        QCOMPARE(some.ndjson()[0].value(u"timer_id"_s).toString(), u"t-0"_s);
        QCOMPARE(some.ndjson()[1].value(u"timer_id"_s).toString(), u"t-1"_s);
        const CliRun rest = env.run(base + QStringList { u"fire-due"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(rest.ndjson().size(), 3);
    }

    void hostileTextIsLiteral_data() { addStoreKinds(); }
    void hostileTextIsLiteral()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString timerId = u"it's \"t\"'; DROP TABLE timers; --"_s;
        const QString streamId = u"заказ-№1-注文-🚀'; DROP TABLE events; --"_s;
        const QStringList base { u"--store"_s, store.url, u"timers"_s };
        const CliRun scheduled = env.run(base
            + QStringList { u"schedule"_s, timerId, u"--stream"_s, streamId, u"--at"_s, u"2020-01-01T00:00:00Z"_s,
                u"--data"_s, u"{\"s\":\"%1 ' \\\" \"}"_s.arg(streamId) });
        QVERIFY2(scheduled.exitCode == 0, scheduled.describe().constData());
        const CliRun listed = env.run(base + QStringList { u"list"_s, streamId, u"--format"_s, u"ndjson"_s });
        QCOMPARE(listed.ndjson().size(), 1);
        QCOMPARE(listed.ndjson().first().value(u"timer_id"_s).toString(), timerId);
        QCOMPARE(listed.ndjson().first().value(u"stream_id"_s).toString(), streamId);
        const CliRun fired = env.run(base + QStringList { u"fire-due"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(fired.ndjson().size(), 1);
        QCOMPARE(fired.ndjson().first().value(u"timer_id"_s).toString(), timerId);
        const CliRun history = env.run({ u"--store"_s, store.url, u"history"_s, streamId, u"--format"_s, u"ndjson"_s });
        QCOMPARE(history.exitCode, 0);
        const QJsonObject payload = history.ndjson().first().value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"timer_id"_s).toString(), timerId);
        QCOMPARE(payload.value(u"payload"_s).toObject().value(u"s"_s).toString(), streamId + u" ' \" "_s);
        const CliRun missing = env.run(base + QStringList { u"cancel"_s, timerId });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errText().contains(timerId));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no subcommand") << QStringList {} << 1;
        QTest::newRow("unknown subcommand") << QStringList { u"snooze"_s } << 1;
        QTest::newRow("no stream") << QStringList { u"schedule"_s, u"t"_s, u"--at"_s, u"2020-01-01T00:00:00Z"_s } << 1;
        QTest::newRow("no time") << QStringList { u"schedule"_s, u"t"_s, u"--stream"_s, u"s-1"_s } << 1;
        QTest::newRow("bad time") << QStringList { u"schedule"_s, u"t"_s, u"--stream"_s, u"s-1"_s, u"--at"_s,
            u"tomorrow"_s } << 1;
        QTest::newRow("bad data") << QStringList { u"schedule"_s, u"t"_s, u"--stream"_s, u"s-1"_s, u"--at"_s,
            u"2020-01-01T00:00:00Z"_s, u"--data"_s, u"[1]"_s }
                                  << 1;
        QTest::newRow("no timer id to cancel") << QStringList { u"cancel"_s } << 1;
        QTest::newRow("bad limit") << QStringList { u"fire-due"_s, u"--limit"_s, u"0"_s } << 1;
        QTest::newRow("bad format") << QStringList { u"list"_s, u"--format"_s, u"xml"_s } << 1;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        CliEnvironment env;
        const QString url = u"sqlite:"_s + dir.filePath(u"t.sagascope"_s);
        const CliRun r = env.run(QStringList { u"--store"_s, url, u"timers"_s } + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

    void listReadsWithoutCreating()
    {
        QTemporaryDir dir;
        CliEnvironment env;
        const QString path = dir.filePath(u"none.sagascope"_s);
        const CliRun r = env.run({ u"--store"_s, u"sqlite:"_s + path, u"timers"_s, u"list"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path));
        const CliRun help = env.run({ u"help"_s, u"timers"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("fire-due"));
        QVERIFY(env.run({ u"--help"_s }).out.contains("timers"));
    }

    void twoProcessesFireEachTimerOnce()
    {
        constexpr int timerCount = 5000;
        QTemporaryDir dir;
        const QString url = u"sqlite:"_s + dir.filePath(u"race.sagascope"_s);
        auto store = openStore(url);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        const QString scheduled = scheduleDueTimers(**store, timerCount, nowUs());
        QVERIFY2(scheduled.isEmpty(), qPrintable(scheduled));

        CliEnvironment env;
        const QStringList fire { u"--store"_s, url, u"timers"_s, u"fire-due"_s, u"--format"_s, u"ndjson"_s };
        QElapsedTimer clock;
        clock.start();
        const QList<CliRun> runs = env.runTogether({ fire, fire });
        const qint64 elapsedMs = clock.elapsed();
        QList<int> shares;
        const QString problem = checkFiredExactlyOnce(**store, runs, timerCount, &shares);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("SQLite: two processes fired %d timers in %lld ms (%d + %d)", timerCount, elapsedMs, shares.value(0),
            shares.value(1));
    }
};

QTEST_GUILESS_MAIN(TestTimersCommands)
#include "tst_timerscommands.moc"
