// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "sagareducer.h"
#include "verification.h"

#include <QTest>

using namespace sagascope;

// Stored histories are changed behind the store's back in the SQLite and PostgreSQL suites;
// here the chain logic is checked on a store whose events are read back through a wrapper.
class TamperingStore final : public EventStore
{
public:
    explicit TamperingStore(EventStore& inner)
        : m_inner(inner)
    { }
    qint64 tamperVersion = 0;
    QString displayUrl() const override { return m_inner.displayUrl(); }
    Result<int> schemaVersion() override { return m_inner.schemaVersion(); }
    Result<AppendResult> append(const AppendRequest& r) override { return m_inner.append(r); }
    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& r) override { return m_inner.appendBatch(r); }
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
    Result<QList<RecordedEvent>> readAll(const LogQuery& q) override { return m_inner.readAll(q); }
    Result<QList<RecordedEvent>> readByCorrelation(const QString& c, int l) override
    {
        return m_inner.readByCorrelation(c, l);
    }
    Result<StreamInfo> streamInfo(const QString& s) override { return m_inner.streamInfo(s); }
    Result<StreamPage> listStreams(const StreamFilter& f) override { return m_inner.listStreams(f); }
    Result<QStringList> streamTypes() override { return m_inner.streamTypes(); }
    Result<qint64> headPosition() override { return m_inner.headPosition(); }
    Result<void> saveSnapshot(const SnapshotRecord& s) override { return m_inner.saveSnapshot(s); }
    Result<QList<SnapshotRecord>> readSnapshots(const QString& s, qint64 v) override
    {
        return m_inner.readSnapshots(s, v);
    }

private:
    EventStore& m_inner;
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
