// SPDX-License-Identifier: MIT
// The task queue against the real test nats-server: a worker whose lease ran out while it worked
// learns at completion that another worker settled the task (its result is dropped, the task is
// done once); a worker that fetches a task settled elsewhere skips it; backoff grows and stops.
#include "natstestsupport.h"
#include "taskqueue.h"

#include <QThread>

#include <nats/nats.h>

using namespace sagascope;
using namespace sagascope::nats;
using sagascope::test::uniqueName;

class TestTaskQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<NatsConnection> m_connection;

    static TaskQueueSettings freshSettings(int ackWaitSeconds)
    {
        TaskQueueSettings settings = test::uniqueTaskSettings(QStringLiteral("T_TASKS_"));
        settings.ackWaitSeconds = ackWaitSeconds;
        return settings;
    }

    int resultRecords(const TaskQueue& queue, const QString& queueName, const QUuid& taskId)
    {
        const QByteArray stream = queue.settings().resultsStream.toUtf8();
        const QByteArray filter = queue.resultSubjectFor(queueName, taskId).toUtf8();
        jsOptions options;
        jsOptions_Init(&options);
        options.Stream.Info.SubjectsFilter = filter.constData();
        jsStreamInfo* info = nullptr;
        jsErrCode jerr = jsErrCode(0);
        if (js_GetStreamInfo(&info, m_connection->jetStream(), stream.constData(), &options, &jerr) != NATS_OK)
            return -1;
        const int count
            = info->State.Subjects && info->State.Subjects->Count == 1 ? int(info->State.Subjects->List[0].Msgs) : 0;
        jsStreamInfo_Destroy(info);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_NATS_SERVER();
        QString error;
        m_connection = test::connectOrFail(test::natsTestUrl(), &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void slowWorkerLosesToTheWorkerThatGotTheRedelivery()
    {
        auto queue = TaskQueue::open(*m_connection, freshSettings(1));
        QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message));
        const QString name = QStringLiteral("race");
        auto id = (*queue)->publish(name, QJsonObject { { QStringLiteral("n"), 1 } });
        QVERIFY(id);

        auto slow = TaskWorker::open(**queue, name, QStringLiteral("slow"));
        auto quick = TaskWorker::open(**queue, name, QStringLiteral("quick"));
        QVERIFY(slow && quick);
        auto slowTasks = (*slow)->fetch(1, 2000);
        QVERIFY(slowTasks);
        QCOMPARE(slowTasks->size(), 1);
        QCOMPARE(slowTasks->first().attempt, 1);

        // The slow worker's lease runs out; the task goes to the other worker.
        QList<Task> quickTasks;
        for (int i = 0; i < 20 && quickTasks.isEmpty(); ++i) {
            auto fetched = (*quick)->fetch(1, 500);
            QVERIFY(fetched);
            quickTasks = *fetched;
        }
        QCOMPARE(quickTasks.size(), 1);
        QCOMPARE(quickTasks.first().taskId, *id);
        QCOMPARE(quickTasks.first().attempt, 2);
        auto quickDone = (*quick)->complete(quickTasks.first());
        QVERIFY(quickDone);
        QCOMPARE(*quickDone, TaskOutcome::Done);

        // The server confirms the slow worker's late acknowledgement too; the result record does not.
        auto slowDone = (*slow)->complete(slowTasks->first());
        QVERIFY(slowDone);
        QCOMPARE(*slowDone, TaskOutcome::SettledElsewhere);
        QCOMPARE(resultRecords(**queue, name, *id), 1);
    }

    void fetchSkipsTasksSettledElsewhere()
    {
        auto queue = TaskQueue::open(*m_connection, freshSettings(1));
        QVERIFY(queue);
        const QString name = QStringLiteral("skip");
        auto id = (*queue)->publish(name, QJsonObject {});
        QVERIFY(id);
        auto first = TaskWorker::open(**queue, name, QStringLiteral("first"));
        QVERIFY(first);
        auto tasks = (*first)->fetch(1, 2000);
        QVERIFY(tasks && tasks->size() == 1);
        // Settled as done, but the acknowledgement never reaches the server (the lease is let run
        // out by not acking: the worker is destroyed, which hands its leases back).
        auto done = (*first)->complete(tasks->first());
        QVERIFY(done && *done == TaskOutcome::Done);

        // The same task again, as when a delivery outlives its lease: a message with the same
        // Task-Id (and another message id, so JetStream keeps it), after a task of its own.
        auto other = (*queue)->publish(name, QJsonObject {});
        QVERIFY(other);
        const QByteArray subject = (*queue)->subjectFor(name)->toUtf8();
        const QByteArray idText = id->toString(QUuid::WithoutBraces).toLatin1();
        natsMsg* copy = nullptr;
        QCOMPARE(natsMsg_Create(&copy, subject.constData(), nullptr, "{}", 2), NATS_OK);
        natsMsgHeader_Set(copy, taskheader::taskId, idText.constData());
        natsMsgHeader_Set(copy, "Nats-Msg-Id", "a-copy");
        jsErrCode jerr = jsErrCode(0);
        QCOMPARE(js_PublishMsg(nullptr, m_connection->jetStream(), copy, nullptr, &jerr), NATS_OK);
        natsMsg_Destroy(copy);

        auto second = TaskWorker::open(**queue, name, QStringLiteral("second"));
        QVERIFY(second);
        QList<Task> seen;
        for (int i = 0; i < 6; ++i) { // long enough for the copy to arrive as well
            auto fetched = (*second)->fetch(10, 500);
            QVERIFY(fetched);
            for (const Task& task : std::as_const(*fetched)) {
                seen.append(task);
                QVERIFY((*second)->complete(task));
            }
        }
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().taskId, *other);
        QCOMPARE((*second)->skippedSettled(), 1);
    }

    void backoffDoublesUpToItsCap()
    {
        TaskQueueSettings settings = freshSettings(30);
        settings.backoffBaseMs = 100;
        settings.backoffMaxMs = 500;
        auto queue = TaskQueue::open(*m_connection, settings);
        QVERIFY(queue);
        QCOMPARE((*queue)->backoffMs(1), 100);
        QCOMPARE((*queue)->backoffMs(2), 200);
        QCOMPARE((*queue)->backoffMs(3), 400);
        QCOMPARE((*queue)->backoffMs(4), 500);
        QCOMPARE((*queue)->backoffMs(40), 500);
    }
};

QTEST_GUILESS_MAIN(TestTaskQueue)
#include "tst_taskqueue.moc"
