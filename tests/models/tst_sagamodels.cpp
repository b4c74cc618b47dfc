// SPDX-License-Identifier: MIT
#include "categorypalette.h"
#include "memoryeventstore.h"
#include "sagafixture.h"
#include "sagaitemsmodel.h"
#include "sagareducer.h"
#include "sagasnapshot.h"
#include "timelinemodel.h"
#include "timetravel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

qint64 versionOf(const char* type, int nth = 0)
{
    return test::sagaVersionsWhere([type](const test::SagaStep& s) {
        return s.type == QLatin1StringView(type);
    }).at(nth);
}

qint64 timeOfVersion(qint64 version)
{
    return test::sagaTimeUs(test::smallSaga().at(version - 1).atSeconds);
}

} // namespace

class TestSagaModels : public QObject
{
    Q_OBJECT
    MemoryEventStore m_store;
    std::unique_ptr<TimeTravel> m_travel;

    SagaSnapshotPtr snapshotAt(qint64 version)
    {
        auto state = m_travel->stateAt(version);
        if (!state)
            return {};
        return std::make_shared<const SagaSnapshot>(
            SagaSnapshot::fromState(QStringLiteral("saga-1"), (*state)->toJson(), version, timeOfVersion(version)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::appendSmallSaga(m_store, QStringLiteral("saga-1")));
        m_travel = std::make_unique<TimeTravel>(m_store, QStringLiteral("saga-1"), std::make_shared<SagaReducer>(), 5);
    }

    void stateTimesParseExactly()
    {
        QCOMPARE(usFromStateTime(u"2026-03-02T08:00:00Z"), test::sagaStartUs());
        QCOMPARE(usFromStateTime(u"2026-03-02T08:00:01.5Z"), test::sagaStartUs() + 1500000);
        QCOMPARE(usFromStateTime(u"2026-03-02T09:00:00+01:00"), test::sagaStartUs());
        QCOMPARE(usFromStateTime(u""), 0);
        QCOMPARE(usFromStateTime(u"yesterday"), 0);
        // The fast path agrees with the engine's writer for any time.
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            const qint64 us = random->bounded(qint64(4102444800LL) * 1000000);
            QCOMPARE(usFromStateTime(isoFromUs(us)), us);
        }
    }

    void snapshotOfTheWholeSaga()
    {
        const qint64 last = test::smallSaga().size();
        const SagaSnapshotPtr s = snapshotAt(last);
        QVERIFY(s);
        QCOMPARE(s->status, QStringLiteral("completed"));
        QCOMPARE(s->activities.size(), 2);
        const SagaItem& charge = s->activities[0];
        QCOMPARE(charge.id, QStringLiteral("charge"));
        QCOMPARE(charge.type, QStringLiteral("ChargePayment"));
        QCOMPARE(charge.status, QStringLiteral("completed"));
        QCOMPARE(charge.attempt, 2);
        QCOMPARE(charge.version, versionOf("ActivityTaskScheduled"));
        QCOMPARE(charge.createdUs, timeOfVersion(versionOf("ActivityTaskScheduled")));
        QCOMPARE(charge.startedUs, timeOfVersion(versionOf("ActivityTaskStarted", 1)));
        QCOMPARE(charge.closedUs, timeOfVersion(versionOf("ActivityTaskCompleted")));
        QVERIFY(!charge.isFailure());
        QCOMPARE(s->activities[1].status, QStringLiteral("timed_out"));
        QVERIFY(s->activities[1].isFailure());
        QCOMPARE(s->timers.size(), 1);
        QCOMPARE(s->timers[0].status, QStringLiteral("fired"));
        QCOMPARE(s->children.size(), 1);
        QCOMPARE(s->children[0].type, QStringLiteral("FulfilmentFlow"));
        QCOMPARE(s->signalItems.size(), 1);
        QCOMPARE(s->signalItems[0].id, QStringLiteral("address-changed"));
        // The timeline holds activities, timers and children in creation order.
        QList<qint64> versions;
        for (const SagaItem& it : s->timeline)
            versions.append(it.version);
        QCOMPARE(versions,
            (QList<qint64> { versionOf("ActivityTaskScheduled"), versionOf("TimerCreated"),
                versionOf("ChildWorkflowInitiated"), versionOf("ActivityTaskScheduled", 1) }));
        QCOMPARE(s->firstUs, charge.createdUs);
        QCOMPARE(s->lastUs, timeOfVersion(last));
    }

    void itemsModelUpdatesRowsInPlace()
    {
        SagaItemsModel model(SagaItemKind::Activity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SagaItemsModel::SortRole);
        proxy.sort(SagaItemsModel::StatusColumn);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setSnapshot(snapshotAt(versionOf("ActivityTaskStarted")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SagaItemsModel::StatusColumn).data().toString(), QStringLiteral("started"));
        QCOMPARE(model.index(0, SagaItemsModel::StatusColumn).data(SagaItemsModel::StatusColorRole).value<QColor>(),
            statusColor(QStringLiteral("started")));
        QVERIFY(model.index(0, 0).data(SagaItemsModel::OpenRole).toBool());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(snapshotAt(versionOf("ActivityTaskFailed")));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, SagaItemsModel::StatusColumn).data().toString(), QStringLiteral("retrying"));
        QVERIFY(model.index(0, 0).data(SagaItemsModel::FailureRole).toBool());
        QCOMPARE(model.index(0, SagaItemsModel::DetailColumn).data().toString(), QStringLiteral("card declined"));

        const qint64 last = test::smallSaga().size();
        model.setSnapshot(snapshotAt(last));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SagaItemsModel::AttemptColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, SagaItemsModel::StatusColumn).data().toString(), QStringLiteral("timed out"));
        QCOMPARE(model.index(0, SagaItemsModel::VersionColumn).data(SagaItemsModel::SortRole).toLongLong(),
            versionOf("ActivityTaskScheduled"));

        model.setSnapshot(snapshotAt(versionOf("ActivityTaskStarted")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.size(), 0);
        // Through the proxy, sorted by raw values.
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, SagaItemsModel::IdColumn).data().toString(), QStringLiteral("charge"));

        // Other kinds read their own collection; columns that mean nothing are said so.
        SagaItemsModel timers(SagaItemKind::Timer);
        QAbstractItemModelTester timersTester(&timers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timers.setSnapshot(snapshotAt(last));
        QCOMPARE(timers.rowCount(), 1);
        QCOMPARE(timers.index(0, SagaItemsModel::IdColumn).data().toString(), QStringLiteral("ship-sla"));
        QVERIFY(!SagaItemsModel::columnApplies(SagaItemKind::Timer, SagaItemsModel::AttemptColumn));
        QVERIFY(SagaItemsModel::columnApplies(SagaItemKind::Activity, SagaItemsModel::AttemptColumn));
    }

    void timelineBarsOfASmallSaga()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // At the second reset point: the activity is done, the timer and the child are still open.
        const qint64 at = versionOf("MarkerRecorded", 1);
        model.setSnapshot(snapshotAt(at));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.atUs(), timeOfVersion(at));
        const auto bar = [&model](int row, int role) { return model.index(row).data(role); };

        QCOMPARE(bar(0, TimelineModel::VersionRole).toLongLong(), versionOf("ActivityTaskScheduled"));
        QCOMPARE(bar(0, TimelineModel::CreatedRole).toLongLong(), timeOfVersion(versionOf("ActivityTaskScheduled")));
        QCOMPARE(bar(0, TimelineModel::StartedRole).toLongLong(), timeOfVersion(versionOf("ActivityTaskStarted", 1)));
        QCOMPARE(bar(0, TimelineModel::EndRole).toLongLong(), timeOfVersion(versionOf("ActivityTaskCompleted")));
        QCOMPARE(bar(0, TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::Activity));
        QVERIFY(!bar(0, TimelineModel::OpenRole).toBool());

        QCOMPARE(bar(1, TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::Timer));
        QCOMPARE(bar(1, TimelineModel::ClosedRole).toLongLong(), 0);
        QCOMPARE(bar(1, TimelineModel::EndRole).toLongLong(), timeOfVersion(at)); // open: up to the selected time
        QVERIFY(bar(1, TimelineModel::OpenRole).toBool());

        QCOMPARE(bar(2, TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::ChildWorkflow));
        QCOMPARE(bar(2, TimelineModel::StartedRole).toLongLong(), timeOfVersion(versionOf("ChildWorkflowStarted")));
        QCOMPARE(bar(2, Qt::DisplayRole).toString(), QStringLiteral("FulfilmentFlow · flow-1"));
        for (int r = 0; r < 3; ++r)
            QVERIFY(!bar(r, TimelineModel::FailureRole).toBool());

        QCOMPARE(model.rowAtOrBeforeVersion(1), -1);
        QCOMPARE(model.rowAtOrBeforeVersion(versionOf("TimerCreated")), 1);
        QCOMPARE(model.rowAtOrBeforeVersion(at), 2);

        // At the end the second activity timed out: marked as a failure.
        model.setSnapshot(snapshotAt(test::smallSaga().size()));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(bar(3, TimelineModel::FailureRole).toBool());
        QCOMPARE(bar(3, TimelineModel::StatusRole).toString(), QStringLiteral("timed_out"));
        QVERIFY(!bar(1, TimelineModel::OpenRole).toBool());
    }
};

QTEST_MAIN(TestSagaModels)
#include "tst_sagamodels.moc"
