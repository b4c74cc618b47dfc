// SPDX-License-Identifier: MIT
#include "forwardingstore.h"
#include "memoryeventstore.h"
#include "sagareducer.h"
#include "verification.h"

#include <QTest>

using namespace sagascope;

// Stored histories are changed behind the store's back in the SQLite and PostgreSQL suites;
// here the chain logic is checked on a store whose events are read back through a wrapper.
class TamperingStore final : public test::ForwardingStore
{
public:
    using ForwardingStore::ForwardingStore;
    qint64 tamperVersion = 0;
    Result<QList<RecordedEvent>> readStream(const StreamQuery& q) override
    {
        auto events = m_inner.readStream(q);
        if (events) {
            for (RecordedEvent& e : *events) {
                if (e.version == tamperVersion) {
                    e.payload = R"({"amount":1000000})";
                    e.checkStoredJson();
                }
            }
        }
        return events;
    }
};

class TestVerification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheFirstChangedEvent()
    {
        MemoryEventStore store;
        QList<NewEvent> events { NewEvent::fromJson(QStringLiteral("WorkflowExecutionStarted"), {}) };
        for (int i = 0; i < 4000; ++i)
            events.append(NewEvent::fromJson(
                QStringLiteral("MarkerRecorded"), { { QStringLiteral("name"), QString::number(i) } }));
        QVERIFY(store.append({ .streamId = QStringLiteral("saga-1"), .events = events }).has_value());
        SagaReducer reducer;
        QVERIFY(SnapshotManager(store).take(QStringLiteral("saga-1"), reducer, 3000).has_value());

        auto clean = verifyStream(store, QStringLiteral("saga-1"), reducer);
        QVERIFY(clean.has_value());
        QVERIFY(clean->ok());
        QCOMPARE(clean->eventsChecked, 4001);
        QCOMPARE(clean->snapshots.size(), 1);

        TamperingStore tampered(store);
        tampered.tamperVersion = 2345;
        auto bad = verifyStream(tampered, QStringLiteral("saga-1"), reducer);
        QVERIFY(bad.has_value());
        QVERIFY(!bad->ok());
        QCOMPARE(bad->firstBadVersion.value_or(-1), 2345);
        QVERIFY2(bad->eventProblem.contains(QStringLiteral("2345")), qPrintable(bad->eventProblem));
        // The snapshot no longer matches a replay of the (changed) history either.
        QVERIFY(!bad->snapshotsOk());
        QCOMPARE(verifyStream(store, QStringLiteral("nope"), reducer).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
