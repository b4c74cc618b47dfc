// SPDX-License-Identifier: MIT
// What the PostgreSQL store keeps besides events: each event's fingerprint (the stream's hash
// chain, the same bytes the in-memory reference store computes), the recorded times an import
// gives, and snapshots.
#include "fingerprint.h"
#include "memoryeventstore.h"
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

namespace {

// The same appends, with fixed event ids, for any store.
QList<AppendRequest> history()
{
    QList<AppendRequest> out;
    auto add = [&](const QString& stream, int events) {
        AppendRequest r;
        r.streamId = stream;
        for (int i = 0; i < events; ++i) {
            NewEvent e
                = newEvent(QStringLiteral("Step"), { { QStringLiteral("i"), i }, { QStringLiteral("s"), stream } },
                    { { QStringLiteral("actor"), QStringLiteral("alice") } });
            e.schemaVersion = 1 + i % 2;
            e.eventId = QUuid::createUuidV5(
                QUuid(), stream + QString::number(out.size()) + QLatin1Char('/') + QString::number(i));
            r.events.append(e);
        }
        out.append(r);
    };
    add(QStringLiteral("order-1"), 3);
    add(QStringLiteral("order-2"), 1);
    add(QStringLiteral("order-1"), 2);
    add(QStringLiteral("заказ-\"1\""), 4);
    add(QStringLiteral("order-1"), 1);
    return out;
}

} // namespace

class TestPgRecords : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_store;

private Q_SLOTS:
    void initTestCase() { REQUIRE_PG_SERVER(); }

    void init()
    {
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_store = REQUIRE_OK(pg::PgEventStore::open(m_db->url()));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void fingerprintsAreTheEngineChain_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::newRow("single appends") << false;
        QTest::newRow("one batch") << true;
    }
    void fingerprintsAreTheEngineChain()
    {
        QFETCH(bool, batch);
        MemoryEventStore reference;
        const QList<AppendRequest> appends = history();
        REQUIRE_OK(reference.appendBatch(appends));
        if (batch) {
            REQUIRE_OK(m_store->appendBatch(appends));
        } else {
            for (const AppendRequest& r : appends)
                REQUIRE_OK(m_store->append(r));
        }
        for (const QString& stream :
            { QStringLiteral("order-1"), QStringLiteral("order-2"), QStringLiteral("заказ-\"1\"") }) {
            const auto ours = REQUIRE_OK(m_store->readStream({ .streamId = stream }));
            const auto expected = REQUIRE_OK(reference.readStream({ .streamId = stream }));
            QCOMPARE(ours.size(), expected.size());
            QByteArray chain;
            for (int i = 0; i < ours.size(); ++i) {
                QCOMPARE(ours[i].fingerprint.size(), 32);
                chain = chainFingerprint(chain, eventDigest(ours[i]));
                QCOMPARE(ours[i].fingerprint.toHex(), chain.toHex());
                QCOMPARE(ours[i].fingerprint.toHex(), expected[i].fingerprint.toHex());
            }
        }
        // Every way of reading carries them.
        const auto log = REQUIRE_OK(m_store->readAll({ .limit = 0 }));
        QVERIFY(std::all_of(log.begin(), log.end(), [](const RecordedEvent& e) { return e.fingerprint.size() == 32; }));
    }

    // A one-event append takes its own path on the server; every rule still holds on it.
    void oneEventAppendsFollowEveryRule()
    {
        NewEvent e = newEvent(QStringLiteral("Placed"), { { QStringLiteral("n"), 1 } });
        e.eventId = QUuid::createUuid();
        e.recordedAtUs = *usFromIso(QStringLiteral("2021-05-06T07:08:09.000010Z"));
        const auto first = REQUIRE_OK(m_store->append(
            appendRequest(QStringLiteral("one-1"), { e }, ExpectedVersion::noStream(), QStringLiteral("order"))));
        QCOMPARE(first.lastVersion, 1);
        const auto info = REQUIRE_OK(m_store->streamInfo(QStringLiteral("one-1")));
        QCOMPARE(info.streamType, QStringLiteral("order"));
        QCOMPARE(info.createdAtUs, e.recordedAtUs);
        QCOMPARE(info.updatedAtUs, e.recordedAtUs);

        const auto again = REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("one-1"), { e })));
        QVERIFY(again.alreadyStored);
        QCOMPARE(again.firstPosition, first.firstPosition);

        NewEvent changed = e;
        changed.payload = "{\"n\":2}";
        QCOMPARE(
            m_store->append(appendRequest(QStringLiteral("one-1"), { changed })).error().code, ErrorCode::InvalidInput);
        const auto conflict = m_store->append(
            appendRequest(QStringLiteral("one-1"), { newEvent(QStringLiteral("Late")) }, ExpectedVersion::exact(4)));
        QCOMPARE(conflict.error().code, ErrorCode::Conflict);
        QVERIFY2(conflict.error().message.contains(QLatin1String("4")), qPrintable(conflict.error().message));
        QCOMPARE(m_store
                     ->append(appendRequest(QStringLiteral("one-1"), { newEvent(QStringLiteral("X")) },
                         ExpectedVersion::any(), QStringLiteral("saga")))
                     .error()
                     .code,
            ErrorCode::InvalidInput);
        QCOMPARE(m_store
                     ->append(appendRequest(
                         QStringLiteral("one-2"), { newEvent(QStringLiteral("X")) }, ExpectedVersion::streamExists()))
                     .error()
                     .code,
            ErrorCode::Conflict);

        const auto next = REQUIRE_OK(m_store->append(appendRequest(
            QStringLiteral("one-1"), { newEvent(QStringLiteral("Shipped")) }, ExpectedVersion::exact(1))));
        QCOMPARE(next.lastVersion, 2);
        QCOMPARE(next.firstPosition, first.lastPosition + 1);
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("one-1") }));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].recordedAtUs, e.recordedAtUs);
        QCOMPARE(events[1].fingerprint, chainFingerprint(events[0].fingerprint, eventDigest(events[1])));
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), next.lastPosition);
    }

    // A changed payload no longer matches its stored fingerprint: what verification relies on.
    void damageBreaksTheChain()
    {
        REQUIRE_OK(m_store->appendBatch(history()));
        QString error;
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE sagascope.events SET payload = '{\"i\":99,\"s\":\"order-1\"}' "
                                           "WHERE stream_id = 'order-1' AND version = 2"),
                     &error),
            qPrintable(error));
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("order-1") }));
        QCOMPARE(chainFingerprint(events[0].fingerprint, eventDigest(events[1])) == events[1].fingerprint, false);
        QCOMPARE(chainFingerprint(events[1].fingerprint, eventDigest(events[2])) == events[2].fingerprint, true);
    }

    void importedTimesAreKept()
    {
        const qint64 t1 = *usFromIso(QStringLiteral("2020-01-02T03:04:05.123456Z"));
        const qint64 t2 = *usFromIso(QStringLiteral("2020-01-02T03:04:07.000001Z"));
        NewEvent a = newEvent(QStringLiteral("Imported"));
        a.recordedAtUs = t1;
        NewEvent b = newEvent(QStringLiteral("Imported"));
        b.recordedAtUs = t2;
        const qint64 before = nowUs();
        REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("imp-1"), { a, b })));
        auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("imp-1") }));
        QCOMPARE(events[0].recordedAtUs, t1);
        QCOMPARE(events[1].recordedAtUs, t2);
        auto info = REQUIRE_OK(m_store->streamInfo(QStringLiteral("imp-1")));
        QCOMPARE(info.createdAtUs, t1);
        QCOMPARE(info.updatedAtUs, t2);
        QCOMPARE(REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("imp-1"), .untilUs = t1 })).size(), 1);

        // Without a time, the server's clock; a mix keeps what was given.
        NewEvent c = newEvent(QStringLiteral("Live"));
        NewEvent d = newEvent(QStringLiteral("Imported"));
        d.recordedAtUs = t1;
        REQUIRE_OK(m_store->appendBatch({ appendRequest(QStringLiteral("imp-1"), { c, d }) }));
        events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("imp-1") }));
        QVERIFY(qAbs(events[2].recordedAtUs - before) < 60 * 1000000LL);
        QCOMPARE(events[3].recordedAtUs, t1);
        info = REQUIRE_OK(m_store->streamInfo(QStringLiteral("imp-1")));
        QCOMPARE(info.createdAtUs, t1);
        QCOMPARE(info.updatedAtUs, t1);
    }

    void snapshots()
    {
        REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("saga-1"),
            { newEvent(QStringLiteral("A")), newEvent(QStringLiteral("B")), newEvent(QStringLiteral("C")) })));
        const QByteArray state("\x00\x01{binary}\xff", 11);
        SnapshotRecord s { .streamId = QStringLiteral("saga-1"),
            .version = 2,
            .reducer = QStringLiteral("saga"),
            .reducerVersion = 3,
            .codec = QStringLiteral("cbor"),
            .state = state,
            .stateHash = "abc123",
            .createdAtUs = *usFromIso(QStringLiteral("2024-05-06T07:08:09.000010Z")) };
        REQUIRE_DONE(m_store->saveSnapshot(s));
        SnapshotRecord later = s;
        later.version = 3;
        later.createdAtUs = 0; // the store's clock
        REQUIRE_DONE(m_store->saveSnapshot(later));
        SnapshotRecord other = s;
        other.reducer = QStringLiteral("generic");
        REQUIRE_DONE(m_store->saveSnapshot(other));

        auto all = REQUIRE_OK(m_store->readSnapshots(QStringLiteral("saga-1")));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].version, 3);
        QVERIFY(all[0].createdAtUs > 0);
        QCOMPARE(all[1].reducer, QStringLiteral("generic"));
        QCOMPARE(all[2].reducer, QStringLiteral("saga"));
        QCOMPARE(all[2].state, state);
        QCOMPARE(all[2].stateHash, QByteArray("abc123"));
        QCOMPARE(all[2].codec, QStringLiteral("cbor"));
        QCOMPARE(all[2].reducerVersion, 3);
        QCOMPARE(all[2].createdAtUs, s.createdAtUs);
        QCOMPARE(REQUIRE_OK(m_store->readSnapshots(QStringLiteral("saga-1"), 2)).size(), 2);

        // Saving again replaces.
        s.state = "new";
        s.reducerVersion = 4;
        REQUIRE_DONE(m_store->saveSnapshot(s));
        all = REQUIRE_OK(m_store->readSnapshots(QStringLiteral("saga-1"), 2));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].state, QByteArray("new"));
        QCOMPARE(all[1].reducerVersion, 4);

        SnapshotRecord missing = s;
        missing.streamId = QStringLiteral("nope");
        QCOMPARE(m_store->saveSnapshot(missing).error().code, ErrorCode::NotFound);
        QCOMPARE(REQUIRE_OK(m_store->readSnapshots(QStringLiteral("nope"))).size(), 0);

        auto reader = REQUIRE_OK(pg::PgEventStore::open(m_db->url(), { .readOnly = true }));
        QCOMPARE(reader->saveSnapshot(s).error().code, ErrorCode::InvalidInput);
        QCOMPARE(REQUIRE_OK(reader->readSnapshots(QStringLiteral("saga-1"))).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPgRecords)
#include "tst_records.moc"
