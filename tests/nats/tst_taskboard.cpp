// SPDX-License-Identifier: MIT
// The task board against the real test nats-server: what it reports per queue (waiting, held,
// undelivered, redelivered, dead-lettered) and the result records it reads, after workers took,
// completed, failed and handed back tasks — without consuming anything itself.
#include "natstestsupport.h"
#include "taskboard.h"
#include "taskqueue.h"

using namespace sagascope;
using namespace sagascope::nats;
using sagascope::test::uniqueName;

class TestTaskBoard : public QObject
{
    Q_OBJECT

    std::unique_ptr<NatsConnection> m_connection;

    static TaskQueueSettings freshSettings()
    {
        TaskQueueSettings settings = test::uniqueTaskSettings(QStringLiteral("T_BOARD_"));
        settings.maxAttempts = 1; // a failure is final: dead-lettered at once
        return settings;
    }

    static const QueueStatus* find(const TaskBoardSnapshot& s, const QString& queue)
    {
        for (const QueueStatus& q : s.queues) {
            if (q.queue == queue)
                return &q;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_NATS_SERVER();
        QString error;
        m_connection = test::connectOrFail(test::natsTestUrl(), &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void nothingPublishedYetIsAnEmptyBoard()
    {
        TaskBoardReader reader(*m_connection, freshSettings()); // its streams do not exist
        const auto snapshot = reader.poll();
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QVERIFY(snapshot->queues.isEmpty());
        QVERIFY(snapshot->newRecords.isEmpty());
    }

    // What the GUI does before the connection goes: a cancelled reader stops with an error
    // instead of sending more requests.
    void cancelledReaderStops()
    {
        const TaskQueueSettings settings = freshSettings();
        auto queue = TaskQueue::open(*m_connection, settings);
        QVERIFY(queue);
        QVERIFY((*queue)->publish(QStringLiteral("q"), QJsonObject {}));
        TaskBoardReader reader(*m_connection, settings);
        QVERIFY(reader.poll());
        reader.cancel();
        const auto after = reader.poll();
        QVERIFY(!after);
        QCOMPARE(after.error().code, ErrorCode::Connection);
        QVERIFY2(after.error().message.contains(QStringLiteral("cancelled")), qPrintable(after.error().message));
    }

    void reportsQueuesWorkersAndResults()
    {
        const TaskQueueSettings settings = freshSettings();
        auto queue = TaskQueue::open(*m_connection, settings);
        QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message));
        QList<QUuid> billing;
        for (int i = 0; i < 5; ++i)
            billing.append(*(*queue)->publish(QStringLiteral("billing"), QJsonObject { { QStringLiteral("n"), i } }));
        QVERIFY((*queue)->publish(QStringLiteral("mail"), QJsonObject {}));

        TaskBoardReader reader(*m_connection, settings);
        auto before = reader.poll();
        QVERIFY(before);
        QCOMPARE(before->queues.size(), 2);
        QCOMPARE(find(*before, QStringLiteral("billing"))->waiting, 5u);
        QVERIFY(!find(*before, QStringLiteral("billing"))->hasConsumer);
        QVERIFY(before->newRecords.isEmpty());

        auto worker = TaskWorker::open(**queue, QStringLiteral("billing"), QStringLiteral("w1"));
        QVERIFY(worker);
        auto tasks = (*worker)->fetch(3, 2000);
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 3);
        QCOMPARE(*(*worker)->complete(tasks->at(0)), TaskOutcome::Done);
        QCOMPARE(*(*worker)->complete(tasks->at(1)), TaskOutcome::Done);
        QCOMPARE(*(*worker)->fail(tasks->at(2), QStringLiteral("card declined")), TaskOutcome::DeadLettered);
        auto held = (*worker)->fetch(1, 2000);
        QVERIFY(held && held->size() == 1);

        // A worker of "mail" hands its task back (it goes away); the next one gets it again.
        {
            auto leaving = TaskWorker::open(**queue, QStringLiteral("mail"), QStringLiteral("w2"));
            QVERIFY(leaving);
            QCOMPARE((*leaving)->fetch(1, 2000)->size(), 1);
        }
        // The hand-back is an acknowledgement the server applies on its own time, after a fetch
        // that overtakes it: with no other mail task waiting, the fetch waits for it.
        auto next = TaskWorker::open(**queue, QStringLiteral("mail"), QStringLiteral("w3"));
        QVERIFY(next);
        auto again = (*next)->fetch(1, 5000);
        QVERIFY(again && again->size() == 1);
        QCOMPARE(again->first().attempt, 2);
        QVERIFY((*queue)->publish(QStringLiteral("mail"), QJsonObject {}));

        auto now = reader.poll();
        QVERIFY2(now, now ? "" : qPrintable(now.error().message));
        const QueueStatus* b = find(*now, QStringLiteral("billing"));
        QVERIFY(b);
        QVERIFY(b->hasConsumer);
        QCOMPARE(b->waiting, 2u); // one held, one not handed out yet
        QCOMPARE(b->inProgress, 1);
        QCOMPARE(b->undelivered, 1u);
        QCOMPARE(b->deadLettered, 1u);
        const QueueStatus* m = find(*now, QStringLiteral("mail"));
        QVERIFY(m);
        QCOMPARE(m->inProgress, 1);
        QCOMPARE(m->redelivered, 1);

        // The unsettled tasks, oldest first: billing's held one and its last, mail's two (the
        // first with its second worker, the other not handed out yet).
        QCOMPARE(now->liveTasks.size(), 4);
        QCOMPARE(now->liveTasks[0].taskId, held->first().taskId);
        QCOMPARE(now->liveTasks[0].queue, QStringLiteral("billing"));
        QVERIFY(now->liveTasks[0].handedOut);
        QCOMPARE(now->liveTasks[0].payload, QByteArray("{\"n\":3}"));
        QVERIFY(now->liveTasks[0].publishedAtUs > 0);
        QCOMPARE(now->liveTasks[1].taskId, billing[4]);
        QVERIFY(!now->liveTasks[1].handedOut);
        QCOMPARE(now->liveTasks[2].taskId, again->first().taskId);
        QCOMPARE(now->liveTasks[2].queue, QStringLiteral("mail"));
        QVERIFY(now->liveTasks[2].handedOut);
        QCOMPARE(now->liveTasks[3].queue, QStringLiteral("mail"));
        QVERIFY(!now->liveTasks[3].handedOut);

        QCOMPARE(now->newRecords.size(), 3);
        int done = 0;
        for (const TaskRecord& r : now->newRecords) {
            QCOMPARE(r.queue, QStringLiteral("billing"));
            QCOMPARE(r.worker, QStringLiteral("w1"));
            QCOMPARE(r.attempts, 1);
            QVERIFY(billing.contains(r.taskId));
            QVERIFY(r.timeUs > 0);
            if (r.status == QLatin1String("done")) {
                ++done;
            } else {
                QCOMPARE(r.status, QStringLiteral("failed"));
                QCOMPARE(r.taskId, tasks->at(2).taskId);
                QCOMPARE(r.error, QStringLiteral("card declined"));
            }
        }
        QCOMPARE(done, 2);

        // Only what is new, and nothing was taken from the queues by looking.
        auto quiet = reader.poll();
        QVERIFY(quiet && quiet->newRecords.isEmpty());
        QCOMPARE(find(*quiet, QStringLiteral("billing"))->waiting, 2u);
        QCOMPARE(*(*next)->complete(again->first()), TaskOutcome::Done);
        auto after = reader.poll();
        QVERIFY(after);
        QCOMPARE(after->newRecords.size(), 1);
        QCOMPARE(after->newRecords.first().worker, QStringLiteral("w3"));
        QCOMPARE(after->newRecords.first().attempts, 2);
        QCOMPARE(find(*after, QStringLiteral("mail"))->waiting, 1u);

        // A reader that starts late gets the newest records and says how many it left out.
        TaskBoardReader late(*m_connection, settings);
        auto newest = late.poll(2);
        QVERIFY(newest);
        QCOMPARE(newest->newRecords.size(), 2);
        QCOMPARE(newest->skippedRecords, 2u);
        QCOMPARE(newest->newRecords.last().sequence, after->newRecords.first().sequence);
    }
};

QTEST_GUILESS_MAIN(TestTaskBoard)
#include "tst_taskboard.moc"
