// SPDX-License-Identifier: MIT
// appendBatch on PostgreSQL: one round trip when every request is a plain append; retries,
// conflicts and invalid requests anywhere in a large batch store nothing (or exactly what the
// rules say); big payloads stream through the pipeline without either side blocking.
#include "pgeventstore.h"
#include "pgtestsupport.h"
#include "reducer.h"
#include "verification.h"

#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

class TestPgBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_store;

    static QList<AppendRequest> manyStreams(int count, const QString& prefix)
    {
        QList<AppendRequest> batch;
        for (int i = 0; i < count; ++i) {
            NewEvent a = newEvent(QStringLiteral("A"), { { QStringLiteral("i"), i } });
            NewEvent b = newEvent(QStringLiteral("B"));
            a.eventId = QUuid::createUuid();
            b.eventId = QUuid::createUuid();
            batch.append(appendRequest(prefix + QString::number(i), { a, b }, ExpectedVersion::noStream()));
        }
        return batch;
    }

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

    void largeBatchInOrder()
    {
        const auto results = REQUIRE_OK(m_store->appendBatch(manyStreams(3000, QStringLiteral("s-"))));
        QCOMPARE(results.size(), 3000);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].streamId, QStringLiteral("s-%1").arg(i));
            QCOMPARE(results[i].lastVersion, 2);
            QCOMPARE(results[i].lastPosition, results[i].firstPosition + 1);
            if (i > 0)
                QCOMPARE(results[i].firstPosition, results[i - 1].lastPosition + 1);
        }
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), 6000);
    }

    // Later requests of a batch see the earlier ones of the same stream.
    void oneStreamManyTimes()
    {
        QList<AppendRequest> batch;
        for (int v = 0; v < 1000; ++v)
            batch.append(appendRequest(QStringLiteral("one"),
                { newEvent(QStringLiteral("E"), { { QStringLiteral("v"), v + 1 } }) }, ExpectedVersion::exact(v)));
        const auto results = REQUIRE_OK(m_store->appendBatch(batch));
        QCOMPARE(results.last().lastVersion, 1000);
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("one") }));
        QCOMPARE(events.size(), 1000);
        QCOMPARE(events[499].payloadObject().value(QStringLiteral("v")).toInt(), 500);
    }

    // The server continues each stream's hash chain across the requests of a batch and across
    // batches: the verifier, which recomputes it on the client, finds every event in place.
    void fingerprintsChainThroughBatches()
    {
        REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("chain"), { newEvent(QStringLiteral("First")) })));
        for (int round = 0; round < 2; ++round) {
            QList<AppendRequest> batch;
            for (int i = 0; i < 300; ++i) {
                const QString stream = i % 3 == 0 ? QStringLiteral("chain") : QStringLiteral("other-%1").arg(i % 3);
                batch.append(appendRequest(stream,
                    { newEvent(QStringLiteral("E"), { { QStringLiteral("i"), i } }), newEvent(QStringLiteral("F")) }));
            }
            REQUIRE_OK(m_store->appendBatch(batch));
        }
        const MergePatchReducer reducer;
        for (const QString& stream :
            { QStringLiteral("chain"), QStringLiteral("other-1"), QStringLiteral("other-2") }) {
            const VerifyReport report = REQUIRE_OK(verifyStream(*m_store, stream, reducer));
            QVERIFY2(report.eventsOk(), qPrintable(stream + QLatin1Char(' ') + report.eventProblem));
            QCOMPARE(report.eventsChecked, stream == QLatin1String("chain") ? 1 + 2 * 100 * 2 : 2 * 100 * 2);
        }
        const auto info = REQUIRE_OK(m_store->streamInfo(QStringLiteral("chain")));
        QCOMPARE(info.lastVersion, 401);
        QCOMPARE(info.lastPosition, REQUIRE_OK(m_store->headPosition()) - 4); // then other-1, other-2
    }

    // An event id twice in one batch: the same event again is already stored, another event
    // under the same id is refused and nothing of the batch is stored.
    void sameIdTwiceInOneBatch()
    {
        NewEvent e = newEvent(QStringLiteral("Once"), { { QStringLiteral("n"), 1 } });
        e.eventId = QUuid::createUuid();
        const auto twice = REQUIRE_OK(m_store->appendBatch(
            { appendRequest(QStringLiteral("twice"), { e }), appendRequest(QStringLiteral("twice"), { e }) }));
        QCOMPARE(twice.size(), 2);
        QVERIFY(!twice[0].alreadyStored);
        QVERIFY(twice[1].alreadyStored);
        QCOMPARE(twice[1].firstPosition, twice[0].firstPosition);
        QCOMPARE(REQUIRE_OK(m_store->streamInfo(QStringLiteral("twice"))).lastVersion, 1);

        const qint64 head = REQUIRE_OK(m_store->headPosition());
        NewEvent f = newEvent(QStringLiteral("Fresh"));
        f.eventId = QUuid::createUuid();
        NewEvent changed = f;
        changed.payload = "{\"n\":2}";
        const auto r = m_store->appendBatch(
            { appendRequest(QStringLiteral("clash-1"), { f }), appendRequest(QStringLiteral("clash-2"), { changed }) });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), head);
    }

    // A retried batch returns the stored results and writes nothing; a batch mixing a retried
    // request with new ones stores only the new ones.
    void retriedBatches()
    {
        const QList<AppendRequest> batch = manyStreams(100, QStringLiteral("r-"));
        const auto first = REQUIRE_OK(m_store->appendBatch(batch));
        const qint64 head = REQUIRE_OK(m_store->headPosition());
        const auto again = REQUIRE_OK(m_store->appendBatch(batch));
        QCOMPARE(again.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QVERIFY(again[i].alreadyStored);
            QCOMPARE(again[i].firstPosition, first[i].firstPosition);
            QCOMPARE(again[i].lastVersion, first[i].lastVersion);
        }
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), head);

        QList<AppendRequest> mixed = manyStreams(3, QStringLiteral("new-"));
        mixed.insert(1, batch[42]);
        const auto m = REQUIRE_OK(m_store->appendBatch(mixed));
        QCOMPARE(m.size(), 4);
        QVERIFY(!m[0].alreadyStored);
        QVERIFY(m[1].alreadyStored);
        QCOMPARE(m[1].firstPosition, first[42].firstPosition);
        QVERIFY(!m[2].alreadyStored);
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), m[3].lastPosition);
    }

    void failureAnywhereStoresNothing_data()
    {
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        for (const int at : { 0, 37, 1999 }) {
            QTest::addRow("conflict at %d", at) << at << "conflict" << int(ErrorCode::Conflict);
            QTest::addRow("invalid payload at %d", at) << at << "invalid" << int(ErrorCode::InvalidInput);
            QTest::addRow("other type at %d", at) << at << "type" << int(ErrorCode::InvalidInput);
            QTest::addRow("same id, other content at %d", at) << at << "content" << int(ErrorCode::InvalidInput);
        }
    }
    void failureAnywhereStoresNothing()
    {
        QFETCH(int, at);
        QFETCH(QString, kind);
        QFETCH(int, code);
        NewEvent seeded = newEvent(QStringLiteral("Seed"), { { QStringLiteral("n"), 1 } });
        seeded.eventId = QUuid::createUuid();
        REQUIRE_OK(m_store->append(
            appendRequest(QStringLiteral("existing"), { seeded }, ExpectedVersion::any(), QStringLiteral("saga"))));
        const qint64 head = REQUIRE_OK(m_store->headPosition());
        QList<AppendRequest> batch = manyStreams(2000, QStringLiteral("f-"));
        if (kind == QLatin1String("conflict")) {
            batch[at] = appendRequest(
                QStringLiteral("existing"), { newEvent(QStringLiteral("X")) }, ExpectedVersion::exact(7));
        } else if (kind == QLatin1String("invalid")) {
            batch[at].events[1].payload = "{\"broken\":";
        } else if (kind == QLatin1String("type")) {
            batch[at] = appendRequest(QStringLiteral("existing"), { newEvent(QStringLiteral("X")) },
                ExpectedVersion::any(), QStringLiteral("order"));
        } else {
            NewEvent changed = seeded;
            changed.payload = "{\"n\":2}";
            batch[at] = appendRequest(QStringLiteral("existing"), { changed });
        }
        const auto r = m_store->appendBatch(batch);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        if (kind == QLatin1String("conflict"))
            QVERIFY2(r.error().message.contains(QLatin1String("7")), qPrintable(r.error().message));
        if (kind == QLatin1String("content"))
            QVERIFY2(r.error().message.contains(seeded.eventId.toString(QUuid::WithoutBraces)),
                qPrintable(r.error().message));
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), head);
        QCOMPARE(REQUIRE_OK(m_store->listStreams({})).streams.size(), 1);
        // The connection is fine afterwards.
        REQUIRE_OK(m_store->appendBatch(manyStreams(3, QStringLiteral("after-"))));
    }

    // Megabytes in flight in both directions: the pipeline keeps reading while it writes.
    void bigPayloads()
    {
        const QByteArray big = "{\"blob\":\"" + QByteArray(256 * 1024, 'x') + "\"}";
        QList<AppendRequest> batch;
        for (int i = 0; i < 120; ++i) {
            NewEvent e;
            e.eventType = QStringLiteral("Big");
            e.payload = big;
            batch.append(appendRequest(QStringLiteral("big-%1").arg(i % 7), { e, e }));
        }
        const auto results = REQUIRE_OK(m_store->appendBatch(batch));
        QCOMPARE(results.size(), 120);
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("big-3") }));
        QCOMPARE(events.size(), 2 * 17);
        QCOMPARE(events.last().payload.size(), big.size());
        QVERIFY(!events.last().corruption);
    }

    // A streamed read leaves libpq's single-row mode behind for the next pipeline on the same
    // connection (the store has one idle connection here); batches must not mind.
    void batchesAfterStreamedReads()
    {
        const QList<AppendRequest> batch = manyStreams(5, QStringLiteral("sr-"));
        REQUIRE_OK(m_store->appendBatch(batch));
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(REQUIRE_OK(m_store->readAll({ .limit = 0 })).size(), 10 + round * 6);
            const auto fresh = REQUIRE_OK(m_store->appendBatch(manyStreams(3, QStringLiteral("sr%1-").arg(round))));
            QCOMPARE(fresh.size(), 3);
            QVERIFY(!fresh[0].alreadyStored);
            REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("sr-1") }));
            const auto retried = REQUIRE_OK(m_store->appendBatch(batch));
            QVERIFY(retried[4].alreadyStored);
        }
    }

    void emptyBatch()
    {
        QCOMPARE(REQUIRE_OK(m_store->appendBatch({})).size(), 0);
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), 0);
    }
};

QTEST_GUILESS_MAIN(TestPgBatch)
#include "tst_batch.moc"
