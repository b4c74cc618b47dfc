// SPDX-License-Identifier: MIT
#include "eventcodec.h"
#include "memoryeventstore.h"
#include "sagafixture.h"
#include "sagareducer.h"
#include "snapshotlistmodel.h"
#include "snapshots.h"
#include "storesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

class TestSnapshotListModel : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;

    StreamInfo stream() const { return *m_store->streamInfo(QStringLiteral("saga-1")); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_shared<MemoryEventStore>();
        QVERIFY(test::appendSmallSaga(*m_store, QStringLiteral("saga-1")));
        SagaReducer reducer;
        SnapshotManager manager(*m_store, QStringLiteral("json"));
        QVERIFY(manager.take(QStringLiteral("saga-1"), reducer, 5).has_value());
        // A snapshot whose hash is right but whose state is not what replay gives.
        auto state = manager.stateAt(QStringLiteral("saga-1"), reducer, 10);
        QVERIFY(state.has_value());
        QJsonObject wrong = state->state->toJson();
        wrong.insert(QStringLiteral("status"), QStringLiteral("completed"));
        SnapshotRecord tampered;
        tampered.streamId = QStringLiteral("saga-1");
        tampered.version = 10;
        tampered.reducer = reducer.name();
        tampered.reducerVersion = reducer.version();
        tampered.codec = QStringLiteral("json");
        tampered.state = (*createCodec(QStringLiteral("json")))->encodeDocument(wrong);
        tampered.stateHash = SnapshotManager::stateHash(wrong);
        tampered.createdAtUs = test::sagaTimeUs(1000);
        QVERIFY(m_store->saveSnapshot(tampered).has_value());
        // And one whose hash does not match at all.
        SnapshotRecord damaged = tampered;
        damaged.version = 12;
        damaged.stateHash = QByteArray(64, '0');
        QVERIFY(m_store->saveSnapshot(damaged).has_value());
    }

    void listsSnapshotsAndWhetherTheyCanBeUsed()
    {
        StoreSession session;
        SnapshotListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SnapshotListModel::SortRole);
        proxy.sort(SnapshotListModel::VersionColumn);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &SnapshotListModel::loaded);
        model.setStream(stream());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        // Newest first.
        QCOMPARE(model.index(0, 0).data(SnapshotListModel::VersionRole).toLongLong(), 12);
        QCOMPARE(model.index(2, 0).data(SnapshotListModel::VersionRole).toLongLong(), 5);
        QVERIFY(!model.index(0, 0).data(SnapshotListModel::UsableRole).toBool());
        QVERIFY(model.index(0, 0).data(SnapshotListModel::ProblemRole).toString().contains(QStringLiteral("hash")));
        QVERIFY(model.index(1, 0).data(SnapshotListModel::UsableRole).toBool()); // its hash is right
        QVERIFY(model.index(2, 0).data(SnapshotListModel::UsableRole).toBool());
        QCOMPARE(model.index(2, SnapshotListModel::ReducerColumn).data().toString(), QStringLiteral("saga 1"));
        QCOMPARE(model.index(2, SnapshotListModel::CodecColumn).data().toString(), QStringLiteral("json"));
        QVERIFY(model.index(2, SnapshotListModel::SizeColumn).data(SnapshotListModel::SortRole).toLongLong() > 100);
        QCOMPARE(model.index(2, SnapshotListModel::HashColumn).data().toString().size(), 12);
        QCOMPARE(model.index(2, 0).data(SnapshotListModel::VerifiedRole).toInt(), -1);
        QCOMPARE(proxy.index(0, 0).data(SnapshotListModel::VersionRole).toLongLong(), 5);
    }

    void verifiesAgainstReplay()
    {
        StoreSession session;
        session.adopt(m_store);
        SnapshotListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SnapshotListModel::loaded);
        model.setStream(stream());
        QTRY_COMPARE(loaded.size(), 1);
        QSignalSpy verified(&model, &SnapshotListModel::verified);
        QSignalSpy busy(&model, &SnapshotListModel::busyChanged);
        model.verify();
        QVERIFY(model.isBusy());
        QTRY_COMPARE(verified.size(), 1);
        QVERIFY(!model.isBusy());
        QCOMPARE(busy.size(), 2);
        const auto report = verified.at(0).at(0).value<VerifyReport>();
        QVERIFY(report.eventsOk());
        QCOMPARE(report.eventsChecked, test::smallSaga().size());
        QVERIFY(!report.snapshotsOk());
        QCOMPARE(model.index(2, 0).data(SnapshotListModel::VerifiedRole).toInt(), 1);
        QCOMPARE(model.index(1, 0).data(SnapshotListModel::VerifiedRole).toInt(), 0);
        const auto check = model.checkAt(1);
        QVERIFY(check.has_value());
        QVERIFY(!check->matches);
        QCOMPARE(check->stored.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(check->replayed.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    }

    void createsSnapshotsOnlyWhenTheStoreIsWritable()
    {
        StoreSession session;
        session.adopt(m_store);
        SnapshotListModel model(&session);
        QSignalSpy loaded(&model, &SnapshotListModel::loaded);
        QSignalSpy created(&model, &SnapshotListModel::snapshotCreated);
        model.setStream(stream());
        QTRY_COMPARE(loaded.size(), 1);
        model.createSnapshot(14);
        QTRY_COMPARE(created.size(), 1);
        QCOMPARE(created.at(0).at(0).toLongLong(), 14);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(SnapshotListModel::VersionRole).toLongLong(), 14);
        QVERIFY(model.index(0, 0).data(SnapshotListModel::UsableRole).toBool());
    }
};

QTEST_MAIN(TestSnapshotListModel)
#include "tst_snapshotlistmodel.moc"
