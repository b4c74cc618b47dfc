// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "sagareducer.h"
#include "snapshots.h"

#include <QJsonArray>
#include <QTest>

using namespace sagascope;

namespace {

QJsonObject fullReplay(EventStore& store, const QString& stream, const Reducer& reducer, qint64 version)
{
    auto state = reducer.initialState();
    const auto events = store.readStream({ .streamId = stream, .maxVersion = version });
    for (const RecordedEvent& e : *events)
        Reducer::fold(*state, e);
    return state->toJson();
}

// A saga whose state changes with every event.
void writeSaga(EventStore& store, const QString& stream, int activities)
{
    QList<NewEvent> batch { NewEvent::fromJson(QStringLiteral("WorkflowExecutionStarted"), {}) };
    for (int i = 0; i < activities; ++i) {
        const qint64 scheduled = batch.size() + 1;
        batch.append(NewEvent::fromJson(
            QStringLiteral("ActivityTaskScheduled"), { { QStringLiteral("activity_id"), QString::number(i) } }));
        batch.append(NewEvent::fromJson(QStringLiteral("ActivityTaskCompleted"),
            { { QStringLiteral("scheduled_event_version"), scheduled }, { QStringLiteral("result"), i } }));
    }
    QVERIFY(store.append({ .streamId = stream, .streamType = QStringLiteral("saga"), .events = batch }).has_value());
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT
    SagaReducer m_reducer;

private Q_SLOTS:
    void policy()
    {
        SnapshotPolicy p;
        QCOMPARE(p.dueVersions(QStringLiteral("saga"), 0, 99), QList<qint64>());
        QCOMPARE(p.dueVersions(QStringLiteral("saga"), 99, 100), QList<qint64>({ 100 }));
        QCOMPARE(p.dueVersions(QStringLiteral("saga"), 150, 420), QList<qint64>({ 200, 300, 400 }));
        p.everyByStreamType.insert(QStringLiteral("order"), 0);
        QVERIFY(p.dueVersions(QStringLiteral("order"), 0, 1000).isEmpty());
    }

    void snapshotPlusTailEqualsReplay_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::newRow("cbor") << QStringLiteral("cbor");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void snapshotPlusTailEqualsReplay()
    {
        QFETCH(QString, codec);
        MemoryEventStore store;
        writeSaga(store, QStringLiteral("saga-1"), 200); // 401 events
        SnapshotManager manager(store, codec);
        auto taken = manager.take(QStringLiteral("saga-1"), m_reducer, 100);
        QVERIFY(taken.has_value());
        QCOMPARE(taken->codec, codec);
        QCOMPARE(taken->reducer, QStringLiteral("saga"));
        QCOMPARE(taken->stateHash.size(), 64);
        auto loaded = manager.stateAt(QStringLiteral("saga-1"), m_reducer, 250);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->fromSnapshot.value_or(-1), 100);
        QCOMPARE(loaded->eventsFolded, 150);
        QVERIFY(loaded->warnings.isEmpty());
        QCOMPARE(loaded->state->toJson(), fullReplay(store, QStringLiteral("saga-1"), m_reducer, 250));
        // Before the snapshot: replay from the start.
        auto early = manager.stateAt(QStringLiteral("saga-1"), m_reducer, 50);
        QVERIFY(!early->fromSnapshot.has_value());
        QCOMPARE(early->state->toJson(), fullReplay(store, QStringLiteral("saga-1"), m_reducer, 50));
        // Head: 0 means the last version.
        QCOMPARE(manager.stateAt(QStringLiteral("saga-1"), m_reducer)->state->version(), 401);
    }

    void policyTakesDueSnapshots()
    {
        MemoryEventStore store;
        writeSaga(store, QStringLiteral("saga-2"), 150); // 301 events
        SnapshotManager manager(store);
        QCOMPARE(*manager.applyPolicy(QStringLiteral("saga-2"), QStringLiteral("saga"), m_reducer, 0, 301, {}), 3);
        const auto list = *store.readSnapshots(QStringLiteral("saga-2"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().version, 300); // newest first
        QCOMPARE(store.readSnapshots(QStringLiteral("saga-2"), 250)->size(), 2);
    }

    // Each kind of bad snapshot is skipped with a warning; the state is still right.
    void badSnapshotsAreSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("undecodable") << QStringLiteral("undecodable");
        QTest::newRow("wrong hash") << QStringLiteral("hash");
        QTest::newRow("other reducer version") << QStringLiteral("reducer-version");
        QTest::newRow("unknown codec") << QStringLiteral("codec");
        QTest::newRow("not a saga state") << QStringLiteral("shape");
    }
    void badSnapshotsAreSkipped()
    {
        QFETCH(QString, damage);
        MemoryEventStore store;
        writeSaga(store, QStringLiteral("saga-3"), 100);
        SnapshotManager manager(store);
        QVERIFY(manager.take(QStringLiteral("saga-3"), m_reducer, 60).has_value());
        SnapshotRecord bad = *manager.take(QStringLiteral("saga-3"), m_reducer, 120);
        if (damage == QLatin1String("undecodable"))
            bad.state = "\xff\xfe garbage";
        else if (damage == QLatin1String("hash"))
            bad.stateHash = QByteArray(64, 'a');
        else if (damage == QLatin1String("reducer-version"))
            bad.reducerVersion = 999;
        else if (damage == QLatin1String("codec"))
            bad.codec = QStringLiteral("bincode");
        else {
            const QJsonObject notSaga { { QStringLiteral("hello"), 1 } };
            bad.state = (*createCodec(bad.codec))->encodeDocument(notSaga);
            bad.stateHash = SnapshotManager::stateHash(notSaga);
        }
        QVERIFY(store.saveSnapshot(bad).has_value());
        auto loaded = manager.stateAt(QStringLiteral("saga-3"), m_reducer, 150);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->warnings.size(), 1);
        QVERIFY2(loaded->warnings.first().contains(QStringLiteral("120")), qPrintable(loaded->warnings.first()));
        QCOMPARE(loaded->fromSnapshot.value_or(-1), 60); // the next usable one
        QCOMPARE(loaded->state->toJson(), fullReplay(store, QStringLiteral("saga-3"), m_reducer, 150));
        const auto checks = *manager.verify(QStringLiteral("saga-3"), m_reducer);
        QCOMPARE(checks.size(), 2);
        QVERIFY(checks[0].matches);
        QVERIFY(!checks[1].matches);
        QVERIFY(!checks[1].problem.isEmpty());
    }

    // A snapshot with a consistent hash but a wrong state is found by verify, with both states.
    void verifyFindsAWrongState()
    {
        MemoryEventStore store;
        writeSaga(store, QStringLiteral("saga-4"), 20);
        SnapshotManager manager(store, QStringLiteral("json"));
        SnapshotRecord s = *manager.take(QStringLiteral("saga-4"), m_reducer, 30);
        QJsonObject wrong = (*createCodec(QStringLiteral("json")))->decodeDocument(s.state).value();
        wrong.insert(QStringLiteral("status"), QStringLiteral("completed"));
        s.state = (*createCodec(QStringLiteral("json")))->encodeDocument(wrong);
        s.stateHash = SnapshotManager::stateHash(wrong);
        QVERIFY(store.saveSnapshot(s).has_value());
        const auto checks = *manager.verify(QStringLiteral("saga-4"), m_reducer);
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks[0].matches);
        QVERIFY(checks[0].problem.contains(QStringLiteral("differs")));
        QCOMPARE(checks[0].stored.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(checks[0].replayed.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    }

    void errors()
    {
        MemoryEventStore store;
        SnapshotManager manager(store);
        QCOMPARE(manager.take(QStringLiteral("nope"), m_reducer).error().code, ErrorCode::NotFound);
        writeSaga(store, QStringLiteral("s"), 1);
        QCOMPARE(manager.take(QStringLiteral("s"), m_reducer, 99).error().code, ErrorCode::InvalidInput);
        QCOMPARE(SnapshotManager(store, QStringLiteral("xml")).take(QStringLiteral("s"), m_reducer).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(
            store.saveSnapshot({ .streamId = QStringLiteral("nope"), .version = 1 }).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
