// SPDX-License-Identifier: MIT
// The Tasks tab against the test nats-server ($SAGASCOPE_TEST_NATS_URL; fails without it): tasks
// published and worked by other clients show up per queue (waiting, in progress, dead-lettered),
// as settled results (a failure in red with its reason) and per worker; the board is read only
// while the tab is in view.
#include "mainwindow.h"
#include "natssessiontestsupport.h"
#include "tasklivemodel.h"
#include "taskmonitor.h"
#include "taskqueue.h"
#include "taskqueuemodel.h"
#include "taskresultmodel.h"
#include "tasksview.h"
#include "taskworkermodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

namespace {

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_NATS_SERVER(); }

    void tasksTabShowsQueuesResultsAndWorkers()
    {
        NatsSessionSettings settings = uniqueSessionSettings(natsTestUrl());
        settings.tasks.maxAttempts = 1; // a failure is final: dead-lettered at once
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectNats(settings);
        QTRY_COMPARE_WITH_TIMEOUT(window.natsSession()->state(), NatsSession::State::Connected, 15000);

        TasksView* view = window.tasksView();
        TaskMonitor* monitor = view->monitor();
        QAbstractItemModelTester queuesTester(monitor->queues());
        QAbstractItemModelTester resultsTester(monitor->results());
        QAbstractItemModelTester liveTester(monitor->liveTasks());
        QAbstractItemModelTester workersTester(monitor->workers());
        monitor->setIntervalMs(100);
        QVERIFY(!monitor->isActive()); // not in view yet
        window.showTasksTab();
        QVERIFY(monitor->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(view->summaryLabel()->text().contains(QStringLiteral("No task queue yet")), 10000);

        // Another client publishes three tasks; a worker settles two and holds the third.
        QString error;
        auto connection = connectOrFail(natsTestUrl(), &error);
        QVERIFY2(connection, qPrintable(error));
        auto queue = nats::TaskQueue::open(*connection, settings.tasks);
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error().message));
        for (int i = 0; i < 3; ++i)
            QVERIFY((*queue)->publish(QStringLiteral("billing"), QJsonObject { { QStringLiteral("n"), i } }));
        auto worker = nats::TaskWorker::open(**queue, QStringLiteral("billing"), QStringLiteral("worker-1"));
        QVERIFY(worker);
        auto tasks = (*worker)->fetch(3, 3000);
        QVERIFY(tasks && tasks->size() == 3);
        QCOMPARE(*(*worker)->complete(tasks->at(0)), nats::TaskOutcome::Done);
        QCOMPARE(*(*worker)->fail(tasks->at(1), QStringLiteral("card declined")), nats::TaskOutcome::DeadLettered);

        QAbstractItemModel* queues = monitor->queues();
        QTRY_COMPARE_WITH_TIMEOUT(queues->rowCount(), 1, 10000);
        QCOMPARE(cell(queues, 0, TaskQueueModel::QueueColumn), QStringLiteral("billing"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(queues, 0, TaskQueueModel::InProgressColumn), QStringLiteral("1"), 10000);
        QCOMPARE(cell(queues, 0, TaskQueueModel::WaitingColumn), QStringLiteral("1"));
        QCOMPARE(cell(queues, 0, TaskQueueModel::DeadLetteredColumn), QStringLiteral("1"));
        QVERIFY(queues->index(0, TaskQueueModel::DeadLetteredColumn).data(Qt::ForegroundRole).isValid());

        QAbstractItemModel* results = monitor->results();
        QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 2, 10000);
        // Newest first: the failure, in red, with its reason.
        QCOMPARE(cell(results, 0, TaskResultModel::StatusColumn), QStringLiteral("failed"));
        QCOMPARE(cell(results, 0, TaskResultModel::ErrorColumn), QStringLiteral("card declined"));
        QCOMPARE(cell(results, 0, TaskResultModel::TaskColumn), tasks->at(1).taskId.toString(QUuid::WithoutBraces));
        QVERIFY(results->index(0, TaskResultModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(results, 1, TaskResultModel::StatusColumn), QStringLiteral("done"));
        QCOMPARE(cell(results, 1, TaskResultModel::WorkerColumn), QStringLiteral("worker-1"));

        // Still in the queue: the task the worker holds.
        QAbstractItemModel* live = monitor->liveTasks();
        QTRY_COMPARE_WITH_TIMEOUT(live->rowCount(), 1, 10000);
        QCOMPARE(cell(live, 0, TaskLiveModel::TaskColumn), tasks->at(2).taskId.toString(QUuid::WithoutBraces));
        QCOMPARE(cell(live, 0, TaskLiveModel::StateColumn), QStringLiteral("with a worker"));
        QCOMPARE(cell(live, 0, TaskLiveModel::PayloadColumn), QStringLiteral("{\"n\":2}"));

        QAbstractItemModel* workers = monitor->workers();
        QCOMPARE(workers->rowCount(), 1);
        QCOMPARE(cell(workers, 0, TaskWorkerModel::WorkerColumn), QStringLiteral("worker-1"));
        QCOMPARE(cell(workers, 0, TaskWorkerModel::DoneColumn), QStringLiteral("1"));
        QCOMPARE(cell(workers, 0, TaskWorkerModel::FailedColumn), QStringLiteral("1"));
        QVERIFY2(
            view->summaryLabel()->text().contains(QStringLiteral("1 queue")), qPrintable(view->summaryLabel()->text()));

        // Out of view, the board is not read: a result settled meanwhile shows up when it is back.
        window.showSignalsTab();
        QVERIFY(!monitor->isActive());
        QCOMPARE(*(*worker)->complete(tasks->at(2)), nats::TaskOutcome::Done);
        QTest::qWait(400);
        QCOMPARE(results->rowCount(), 2);
        window.showTasksTab();
        QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(queues, 0, TaskQueueModel::WaitingColumn), QStringLiteral("0"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(live->rowCount(), 0, 10000);
        QCOMPARE(cell(workers, 0, TaskWorkerModel::DoneColumn), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestTasks)
#include "tst_tasks.moc"
