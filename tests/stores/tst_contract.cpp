// SPDX-License-Identifier: MIT
// The store contract: one suite, run unchanged against memory, SQLite and PostgreSQL
// (SAGASCOPE_TEST_STORE=memory|sqlite|postgres). Every store must behave identically.
#include "eventstore.h"
#include "fingerprint.h"
#include "sagareducer.h"
#include "teststores.h"
#include "timers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace sagascope;
using namespace sagascope::test;
using namespace Qt::StringLiterals;

namespace {

NewEvent ev(const QString& type, const QJsonObject& payload = {}, const QJsonObject& metadata = {})
{
    return NewEvent::fromJson(type, payload, metadata);
}

AppendRequest request(const QString& stream, QList<NewEvent> events, ExpectedVersion expected = ExpectedVersion::any(),
    const QString& type = {})
{
    AppendRequest r;
    r.streamId = stream;
    r.streamType = type;
    r.expected = expected;
    r.events = std::move(events);
    return r;
}

QString describe(const Error& e)
{
    return e.codeName() + QStringLiteral(": ") + e.message;
}

TimerRecord timer(const QString& id, const QString& stream, qint64 fireAtUs, const QByteArray& payload = {},
    const QString& streamType = {})
{
    TimerRecord t;
    t.timerId = id;
    t.streamId = stream;
    t.streamType = streamType;
    t.fireAtUs = fireAtUs;
    t.payload = payload;
    return t;
}

QStringList timerIds(const QList<TimerRecord>& timers)
{
    QStringList ids;
    for (const TimerRecord& t : timers)
        ids.append(t.timerId);
    return ids;
}

QStringList firedIds(const QList<FiredTimer>& fired)
{
    QStringList ids;
    for (const FiredTimer& f : fired)
        ids.append(f.timer.timerId);
    return ids;
}

} // namespace

#define REQUIRE_OK(expr)                                                                                               \
    [&]() {                                                                                                            \
        auto r_ = (expr);                                                                                              \
        if (!r_.has_value())                                                                                           \
            qFatal("%s failed: %s", #expr, qPrintable(describe(r_.error())));                                          \
        return std::move(*r_);                                                                                         \
    }()

#define REQUIRE_DONE(expr)                                                                                             \
    do {                                                                                                               \
        auto r_ = (expr);                                                                                              \
        if (!r_.has_value())                                                                                           \
            qFatal("%s failed: %s", #expr, qPrintable(describe(r_.error())));                                          \
    } while (false)

class TestStoreContract : public QObject
{
    Q_OBJECT

    QString m_kind;
    TestStore m_test;
    EventStore* store() { return m_test.store.get(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_kind = qEnvironmentVariable("SAGASCOPE_TEST_STORE", QStringLiteral("memory"));
        qInfo("store kind: %s", qPrintable(m_kind));
    }

    void init()
    {
        m_test = makeTestStore(m_kind);
        QVERIFY2(m_test.store, qPrintable(QStringLiteral("cannot create a %1 store: %2").arg(m_kind, m_test.error)));
    }

    void cleanup() { m_test = TestStore(); }

    void appendStartsAtVersionOne()
    {
        const auto r = REQUIRE_OK(store()->append(request(
            QStringLiteral("order-1"), { ev(QStringLiteral("OrderPlaced")), ev(QStringLiteral("OrderShipped")) })));
        QCOMPARE(r.firstVersion, 1);
        QCOMPARE(r.lastVersion, 2);
        QVERIFY(r.firstPosition >= 1);
        QCOMPARE(r.lastPosition, r.firstPosition + 1);
        QVERIFY(!r.alreadyStored);
        const auto r2
            = REQUIRE_OK(store()->append(request(QStringLiteral("order-1"), { ev(QStringLiteral("OrderCancelled")) })));
        QCOMPARE(r2.firstVersion, 3);
        QCOMPARE(r2.lastVersion, 3);
        QVERIFY(r2.firstPosition > r.lastPosition);
        const auto info = REQUIRE_OK(store()->streamInfo(QStringLiteral("order-1")));
        QCOMPARE(info.lastVersion, 3);
        QCOMPARE(info.streamType, QStringLiteral("order"));
        QCOMPARE(info.lastPosition, r2.lastPosition);
        QCOMPARE(REQUIRE_OK(store()->headPosition()), r2.lastPosition);
    }

    void recordedEventCarriesEverything()
    {
        const QUuid id = QUuid::createUuid();
        NewEvent e
            = ev(QStringLiteral("ActivityTaskScheduled"), { { QStringLiteral("activity"), QStringLiteral("charge") } },
                { { QStringLiteral("correlation_id"), QStringLiteral("corr-1") },
                    { QStringLiteral("causation_id"), QStringLiteral("cause-1") },
                    { QStringLiteral("actor"), QStringLiteral("alice") },
                    { QStringLiteral("trace_id"), QStringLiteral("trace-1") },
                    { QStringLiteral("tenant"), QStringLiteral("acme") } });
        e.eventId = id;
        e.schemaVersion = 2;
        const qint64 before = nowUs();
        REQUIRE_OK(store()->append(
            request(QStringLiteral("saga-7"), { e }, ExpectedVersion::noStream(), QStringLiteral("saga"))));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("saga-7") }));
        QCOMPARE(events.size(), 1);
        const RecordedEvent& r = events.first();
        QCOMPARE(r.eventId, id);
        QCOMPARE(r.streamId, QStringLiteral("saga-7"));
        QCOMPARE(r.streamType, QStringLiteral("saga"));
        QCOMPARE(r.version, 1);
        QVERIFY(r.position >= 1);
        QCOMPARE(r.eventType, QStringLiteral("ActivityTaskScheduled"));
        QCOMPARE(r.schemaVersion, 2);
        QCOMPARE(r.payload, QByteArray("{\"activity\":\"charge\"}"));
        QCOMPARE(r.payloadObject().value(QStringLiteral("activity")).toString(), QStringLiteral("charge"));
        QCOMPARE(r.correlationId(), QStringLiteral("corr-1"));
        QCOMPARE(r.causationId(), QStringLiteral("cause-1"));
        QCOMPARE(r.actor(), QStringLiteral("alice"));
        QCOMPARE(r.traceId(), QStringLiteral("trace-1"));
        QCOMPARE(r.metadataObject().value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QVERIFY(!r.corruption.has_value());
        // Recorded time: the store's clock (a server may be a little off ours).
        QVERIFY2(qAbs(r.recordedAtUs - before) < 60 * 1000000LL, qPrintable(isoFromUs(r.recordedAtUs)));
    }

    void payloadKeepsExactNumbers()
    {
        NewEvent e;
        e.eventType = QStringLiteral("Measured");
        e.payload = "{\"id\": 12345678901234567890, \"ratio\": 1.0, \"small\": 1e-300, \"neg\": -0}";
        REQUIRE_OK(store()->append(request(QStringLiteral("m-1"), { e })));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("m-1") }));
        QCOMPARE(events.first().payload,
            QByteArray("{\"id\":12345678901234567890,\"neg\":-0,\"ratio\":1.0,\"small\":1e-300}"));
    }

    void expectedVersions_data()
    {
        QTest::addColumn<int>("existing"); // events already in the stream
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("any, new stream") << 0 << "any" << true;
        QTest::newRow("any, existing") << 2 << "any" << true;
        QTest::newRow("no-stream, new") << 0 << "no-stream" << true;
        QTest::newRow("no-stream, existing") << 2 << "no-stream" << false;
        QTest::newRow("exists, new") << 0 << "exists" << false;
        QTest::newRow("exists, existing") << 2 << "exists" << true;
        QTest::newRow("exact, right") << 2 << "2" << true;
        QTest::newRow("exact, behind") << 2 << "1" << false;
        QTest::newRow("exact, ahead") << 2 << "3" << false;
        QTest::newRow("exact 0, new") << 0 << "0" << true;
    }
    void expectedVersions()
    {
        QFETCH(int, existing);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const QString stream = QStringLiteral("ev-1");
        for (int i = 0; i < existing; ++i)
            REQUIRE_OK(store()->append(request(stream, { ev(QStringLiteral("Seeded")) })));
        const qint64 headBefore = REQUIRE_OK(store()->headPosition());
        const auto r = store()->append(request(
            stream, { ev(QStringLiteral("Next")), ev(QStringLiteral("Next")) }, *ExpectedVersion::parse(expected)));
        QCOMPARE(r.has_value(), ok);
        if (ok) {
            QCOMPARE(r->firstVersion, existing + 1);
            QCOMPARE(r->lastVersion, existing + 2);
        } else {
            QCOMPARE(r.error().code, ErrorCode::Conflict);
            // The message names the expected and the actual version.
            QVERIFY2(r.error().message.contains(QString::number(existing)), qPrintable(r.error().message));
            QCOMPARE(REQUIRE_OK(store()->headPosition()), headBefore);
        }
    }

    void conflictMessageNamesBothVersions()
    {
        REQUIRE_OK(store()->append(request(
            QStringLiteral("c-1"), { ev(QStringLiteral("A")), ev(QStringLiteral("B")), ev(QStringLiteral("C")) })));
        const auto r
            = store()->append(request(QStringLiteral("c-1"), { ev(QStringLiteral("D")) }, ExpectedVersion::exact(7)));
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("7")));
        QVERIFY(r.error().message.contains(QStringLiteral("3")));
    }

    void batchIsAtomic()
    {
        REQUIRE_OK(store()->append(request(QStringLiteral("b-1"), { ev(QStringLiteral("A")) })));
        const qint64 head = REQUIRE_OK(store()->headPosition());
        // Second request conflicts: nothing of the batch may be stored.
        const auto r = store()->appendBatch(
            { request(QStringLiteral("b-2"), { ev(QStringLiteral("X")), ev(QStringLiteral("Y")) }),
                request(QStringLiteral("b-1"), { ev(QStringLiteral("Z")) }, ExpectedVersion::exact(5)) });
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(REQUIRE_OK(store()->headPosition()), head);
        QCOMPARE(store()->streamInfo(QStringLiteral("b-2")).error().code, ErrorCode::NotFound);
        // An invalid event inside one append stores nothing either.
        NewEvent bad;
        bad.eventType = QStringLiteral("Broken");
        bad.payload = "{not json";
        const auto r2 = store()->append(request(QStringLiteral("b-1"), { ev(QStringLiteral("Fine")), bad }));
        QCOMPARE(r2.error().code, ErrorCode::InvalidInput);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("b-1"))).lastVersion, 1);
        // A successful batch: later requests see earlier ones of the same stream.
        const auto ok = REQUIRE_OK(store()->appendBatch(
            { request(QStringLiteral("b-3"), { ev(QStringLiteral("A")) }, ExpectedVersion::noStream()),
                request(QStringLiteral("b-3"), { ev(QStringLiteral("B")) }, ExpectedVersion::exact(1)),
                request(QStringLiteral("b-4"), { ev(QStringLiteral("C")) }) }));
        QCOMPARE(ok.size(), 3);
        QCOMPARE(ok[1].lastVersion, 2);
        QVERIFY(ok[2].firstPosition > ok[1].lastPosition);
    }

    // A batch that reaches stored streams in another order than the store keeps them, and
    // creates one in between: each stream's version, last position and times stay its own.
    void batchKeepsEachStreamApart()
    {
        REQUIRE_OK(store()->append(request(QStringLiteral("sa-1"), { ev(QStringLiteral("A")) })));
        REQUIRE_OK(
            store()->append(request(QStringLiteral("sa-2"), { ev(QStringLiteral("A")), ev(QStringLiteral("B")) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("sa-3"), { ev(QStringLiteral("A")) })));
        NewEvent created = ev(QStringLiteral("Created"));
        created.recordedAtUs = 1'600'000'000'000'000;
        const auto results = REQUIRE_OK(store()->appendBatch(
            { request(QStringLiteral("sa-3"), { ev(QStringLiteral("B")) }, ExpectedVersion::exact(1)),
                request(QStringLiteral("sa-new"), { created, ev(QStringLiteral("Next")) }, ExpectedVersion::noStream()),
                request(QStringLiteral("sa-2"), { ev(QStringLiteral("C")) }, ExpectedVersion::exact(2)) }));
        QCOMPARE(results.size(), 3);
        const struct
        {
            const char* stream;
            qint64 version;
            qint64 position;
        } expected[] = { { "sa-1", 1, 0 }, { "sa-2", 3, results[2].lastPosition },
            { "sa-3", 2, results[0].lastPosition }, { "sa-new", 2, results[1].lastPosition } };
        for (const auto& want : expected) {
            const QString stream = QString::fromLatin1(want.stream);
            const StreamInfo info = REQUIRE_OK(store()->streamInfo(stream));
            QCOMPARE(info.lastVersion, want.version);
            const auto last = REQUIRE_OK(
                store()->readStream({ .streamId = stream, .direction = ReadDirection::Backward, .limit = 1 }));
            QCOMPARE(info.lastPosition, last.first().position);
            QCOMPARE(info.updatedAtUs, last.first().recordedAtUs);
            if (want.position != 0)
                QCOMPARE(info.lastPosition, want.position);
        }
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("sa-new"))).createdAtUs, created.recordedAtUs);
        // Each stream goes on from where the batch left it.
        for (const auto& want : expected)
            REQUIRE_OK(store()->append(request(QString::fromLatin1(want.stream), { ev(QStringLiteral("After")) },
                ExpectedVersion::exact(want.version))));
        const StreamPage page = REQUIRE_OK(store()->listStreams({ .search = QStringLiteral("sa-") }));
        QCOMPARE(page.streams.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(page.streams[i].lastVersion, expected[i].version + 1);
    }

    void idempotentAppend()
    {
        NewEvent a = ev(QStringLiteral("OrderPlaced"), { { QStringLiteral("total"), 10 } });
        NewEvent b = ev(QStringLiteral("OrderShipped"), { { QStringLiteral("tracking"), QStringLiteral("T1") } });
        a.eventId = QUuid::createUuid();
        b.eventId = QUuid::createUuid();
        const auto first
            = REQUIRE_OK(store()->append(request(QStringLiteral("i-1"), { a, b }, ExpectedVersion::noStream())));
        REQUIRE_OK(store()->append(request(QStringLiteral("i-1"), { ev(QStringLiteral("Later")) })));
        const qint64 head = REQUIRE_OK(store()->headPosition());
        // Same ids, same content: the stored result, even though the expected version no longer holds.
        const auto again
            = REQUIRE_OK(store()->append(request(QStringLiteral("i-1"), { a, b }, ExpectedVersion::noStream())));
        QVERIFY(again.alreadyStored);
        QCOMPARE(again.firstVersion, first.firstVersion);
        QCOMPARE(again.lastVersion, first.lastVersion);
        QCOMPARE(again.firstPosition, first.firstPosition);
        QCOMPARE(again.lastPosition, first.lastPosition);
        QCOMPARE(REQUIRE_OK(store()->headPosition()), head);
        // Key order and whitespace do not make different content: payloads compare canonically.
        NewEvent same = a;
        same.payload = "{ \"total\" : 10 }";
        QVERIFY(REQUIRE_OK(store()->append(request(QStringLiteral("i-1"), { same, b }))).alreadyStored);
        // Same id, different content: a clear error, nothing written.
        NewEvent changed = a;
        changed.payload = "{\"total\":11}";
        const auto r = store()->append(request(QStringLiteral("i-1"), { changed }));
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(a.eventId.toString(QUuid::WithoutBraces)), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("different content")));
        // Same id on another stream is different content too.
        QCOMPARE(store()->append(request(QStringLiteral("i-2"), { a })).error().code, ErrorCode::InvalidInput);
        // Part stored, part new: rejected.
        QCOMPARE(store()->append(request(QStringLiteral("i-1"), { a, ev(QStringLiteral("New")) })).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(REQUIRE_OK(store()->headPosition()), head);
    }

    void readStreamFilters()
    {
        const QString s = QStringLiteral("flow-1");
        QList<NewEvent> events;
        for (int i = 1; i <= 20; ++i)
            events.append(ev(i % 5 == 0 ? QStringLiteral("StepFailed") : QStringLiteral("StepStarted"),
                { { QStringLiteral("i"), i } }));
        REQUIRE_OK(store()->append(request(s, events)));
        auto all = REQUIRE_OK(store()->readStream({ .streamId = s }));
        QCOMPARE(all.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(all[i].version, i + 1);
        auto range = REQUIRE_OK(store()->readStream({ .streamId = s, .minVersion = 5, .maxVersion = 9 }));
        QCOMPARE(range.size(), 5);
        QCOMPARE(range.first().version, 5);
        QCOMPARE(range.last().version, 9);
        auto back = REQUIRE_OK(
            store()->readStream({ .streamId = s, .direction = ReadDirection::Backward, .maxVersion = 15, .limit = 3 }));
        QCOMPARE(back.size(), 3);
        QCOMPARE(back[0].version, 15);
        QCOMPARE(back[2].version, 13);
        auto backAll
            = REQUIRE_OK(store()->readStream({ .streamId = s, .direction = ReadDirection::Backward, .limit = 2 }));
        QCOMPARE(backAll[0].version, 20);
        auto failed
            = REQUIRE_OK(store()->readStream({ .streamId = s, .eventTypes = { QStringLiteral("StepFailed") } }));
        QCOMPARE(failed.size(), 4);
        QCOMPARE(failed[1].version, 10);
        auto limited = REQUIRE_OK(store()->readStream({ .streamId = s, .minVersion = 18, .limit = 10 }));
        QCOMPARE(limited.size(), 3);
        const qint64 t = all.first().recordedAtUs;
        QCOMPARE(REQUIRE_OK(store()->readStream({ .streamId = s, .sinceUs = t, .untilUs = t })).size(), 20);
        QCOMPARE(REQUIRE_OK(store()->readStream({ .streamId = s, .sinceUs = t + 1 })).size(), 0);
        QCOMPARE(REQUIRE_OK(store()->readStream({ .streamId = s, .untilUs = t - 1 })).size(), 0);
        QCOMPARE(store()->readStream({ .streamId = QStringLiteral("nope") }).error().code, ErrorCode::NotFound);
        QCOMPARE(store()->streamInfo(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    }

    // visitStream hands over what readStream returns for the same query, event for event, also
    // past the 2 000-event pages a store may read in; a visitor that says stop is obeyed at once
    // and the store serves the next call as usual.
    void visitStreamSeesWhatReadStreamReturns()
    {
        const QString s = QStringLiteral("long-1");
        QList<AppendRequest> batch;
        for (int chunk = 0; chunk < 5; ++chunk) {
            QList<NewEvent> events;
            for (int i = 1; i <= 1000; ++i) {
                const int n = chunk * 1000 + i;
                events.append(ev(n % 7 == 0 ? QStringLiteral("StepFailed") : QStringLiteral("StepStarted"),
                    { { QStringLiteral("n"), n } }));
            }
            batch.append(request(s, events));
        }
        REQUIRE_OK(store()->appendBatch(batch));
        const QList<StreamQuery> queries {
            { .streamId = s },
            { .streamId = s, .minVersion = 1999, .maxVersion = 4003 },
            { .streamId = s, .direction = ReadDirection::Backward },
            { .streamId = s, .direction = ReadDirection::Backward, .maxVersion = 4500, .limit = 2600 },
            { .streamId = s, .minVersion = 100, .limit = 2001 },
            { .streamId = s, .eventTypes = { QStringLiteral("StepFailed") } },
            { .streamId = s, .direction = ReadDirection::Backward, .minVersion = 4990, .limit = 50 },
        };
        for (const StreamQuery& q : queries) {
            const auto expected = REQUIRE_OK(store()->readStream(q));
            QList<qint64> seen;
            qint64 checksum = 0;
            const qint64 visited = REQUIRE_OK(store()->visitStream(q, [&](const RecordedEvent& e) {
                seen.append(e.version);
                checksum += e.payloadObject().value(QStringLiteral("n")).toInteger();
                return true;
            }));
            QList<qint64> versions;
            qint64 expectedChecksum = 0;
            for (const RecordedEvent& e : expected) {
                versions.append(e.version);
                expectedChecksum += e.payloadObject().value(QStringLiteral("n")).toInteger();
            }
            QCOMPARE(visited, qint64(expected.size()));
            QCOMPARE(seen, versions);
            QCOMPARE(checksum, expectedChecksum);
        }
        QCOMPARE(REQUIRE_OK(store()->readStream({ .streamId = s })).size(), 5000);

        // Stopping early, repeatedly: each read ends where the visitor said, and the store goes on.
        for (int round = 0; round < 3; ++round) {
            qint64 last = 0;
            const qint64 visited = REQUIRE_OK(store()->visitStream({ .streamId = s }, [&](const RecordedEvent& e) {
                last = e.version;
                return e.version < 3;
            }));
            QCOMPARE(visited, 3);
            QCOMPARE(last, 3);
            QCOMPARE(REQUIRE_OK(store()->streamInfo(s)).lastVersion, 5000 + round);
            REQUIRE_OK(store()->append(request(s, { ev(QStringLiteral("AfterStop")) })));
        }
        QCOMPARE(REQUIRE_OK(store()->visitStream({ .streamId = s, .minVersion = 5001 },
                     [](const RecordedEvent& e) { return e.eventType == QStringLiteral("AfterStop"); })),
            3);

        const auto missing
            = store()->visitStream({ .streamId = QStringLiteral("nope") }, [](const RecordedEvent&) { return true; });
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(REQUIRE_OK(store()->visitStream(
                     { .streamId = s, .minVersion = 6000 }, [](const RecordedEvent&) { return true; })),
            0);
    }

    void timeRangeSeparatesAppends()
    {
        const QString s = QStringLiteral("t-1");
        const auto a = REQUIRE_OK(store()->append(request(s, { ev(QStringLiteral("Early")) })));
        Q_UNUSED(a);
        QThread::msleep(20); // distinct recorded times, not a wait for a result
        REQUIRE_OK(store()->append(request(s, { ev(QStringLiteral("Late")) })));
        const auto all = REQUIRE_OK(store()->readStream({ .streamId = s }));
        QVERIFY(all[1].recordedAtUs > all[0].recordedAtUs);
        const auto late = REQUIRE_OK(store()->readStream({ .streamId = s, .sinceUs = all[1].recordedAtUs }));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().eventType, QStringLiteral("Late"));
        const auto early = REQUIRE_OK(store()->readStream({ .streamId = s, .untilUs = all[0].recordedAtUs }));
        QCOMPARE(early.size(), 1);
        QCOMPARE(early.first().eventType, QStringLiteral("Early"));
    }

    void readAllFollowsPositions()
    {
        for (int i = 0; i < 10; ++i)
            REQUIRE_OK(store()->append(
                request(QStringLiteral("s-%1").arg(i % 3), { ev(QStringLiteral("E")), ev(QStringLiteral("F")) })));
        auto all = REQUIRE_OK(store()->readAll({ .afterPosition = 0, .limit = 1000 }));
        QCOMPARE(all.size(), 20);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i].position > all[i - 1].position);
        auto page = REQUIRE_OK(store()->readAll({ .afterPosition = all[4].position, .limit = 3 }));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().position, all[5].position);
        QCOMPARE(REQUIRE_OK(store()->readAll({ .afterPosition = all.last().position, .limit = 10 })).size(), 0);
    }

    // The events of some types across every stream, in log order, a page at a time.
    void readAllOfTypes()
    {
        const QStringList types { QStringLiteral("Placed"), QStringLiteral("Paid"), QStringLiteral("Shipped") };
        for (int i = 0; i < 30; ++i)
            REQUIRE_OK(store()->append(request(QStringLiteral("o-%1").arg(i % 4), { ev(types[i % 3]) })));
        const auto all = REQUIRE_OK(store()->readAll({ .limit = 0 }));
        QCOMPARE(all.size(), 30);
        auto expected = [&](const QStringList& wanted, qint64 after) {
            QList<qint64> positions;
            for (const RecordedEvent& e : all) {
                if (e.position > after && wanted.contains(e.eventType))
                    positions.append(e.position);
            }
            return positions;
        };
        auto positions = [](const QList<RecordedEvent>& events) {
            QList<qint64> out;
            for (const RecordedEvent& e : events)
                out.append(e.position);
            return out;
        };

        const QStringList paid { QStringLiteral("Paid") };
        const auto onlyPaid = REQUIRE_OK(store()->readAll({ .limit = 0, .eventTypes = paid }));
        QCOMPARE(positions(onlyPaid), expected(paid, 0));
        QCOMPARE(onlyPaid.size(), 10);
        for (const RecordedEvent& e : onlyPaid)
            QCOMPARE(e.eventType, QStringLiteral("Paid"));

        // Two types (one named twice), paged by the last position read: each page is the next
        // `limit` matches, in order, and the pages add up to the whole selection.
        const QStringList two { QStringLiteral("Shipped"), QStringLiteral("Placed"), QStringLiteral("Shipped") };
        QList<qint64> paged;
        qint64 after = 0;
        for (int pages = 0; pages < 10; ++pages) {
            const auto page = REQUIRE_OK(store()->readAll({ .afterPosition = after, .limit = 7, .eventTypes = two }));
            QCOMPARE(positions(page), expected(two, after).mid(0, 7));
            if (page.isEmpty())
                break;
            paged += positions(page);
            after = page.last().position;
        }
        QCOMPARE(paged, expected(two, 0));
        QCOMPARE(paged.size(), 20);

        // Types nobody wrote, hostile text included, select nothing and change nothing.
        const QStringList none { QStringLiteral("Refunded"), QStringLiteral("x'); DROP TABLE events; --"), QString(),
            QStringLiteral("Paid%") };
        QCOMPARE(REQUIRE_OK(store()->readAll({ .limit = 0, .eventTypes = none })).size(), 0);
        QCOMPARE(REQUIRE_OK(store()->readAll({ .limit = 0 })).size(), 30);
    }

    void correlation()
    {
        const QJsonObject corr { { QStringLiteral("correlation_id"), QStringLiteral("order-flow-9") } };
        REQUIRE_OK(
            store()->append(request(QStringLiteral("order-9"), { ev(QStringLiteral("OrderPlaced"), {}, corr) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("other"), { ev(QStringLiteral("Noise")) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("saga-9"),
            { ev(QStringLiteral("WorkflowExecutionStarted"), {}, corr),
                ev(QStringLiteral("ActivityTaskScheduled"), {}, corr) })));
        const auto events = REQUIRE_OK(store()->readByCorrelation(QStringLiteral("order-flow-9"), 100));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].streamId, QStringLiteral("order-9"));
        QCOMPARE(events[2].eventType, QStringLiteral("ActivityTaskScheduled"));
        QCOMPARE(REQUIRE_OK(store()->readByCorrelation(QStringLiteral("order-flow-9"), 2)).size(), 2);
        QCOMPARE(REQUIRE_OK(store()->readByCorrelation(QStringLiteral("none"), 10)).size(), 0);
    }

    void listStreams()
    {
        QList<AppendRequest> batch;
        for (int i = 0; i < 25; ++i)
            batch.append(request(
                QStringLiteral("order-%1").arg(i, 3, 10, QLatin1Char('0')), { ev(QStringLiteral("OrderPlaced")) }));
        for (int i = 0; i < 5; ++i)
            batch.append(request(QStringLiteral("saga-%1").arg(i), { ev(QStringLiteral("A")), ev(QStringLiteral("B")) },
                ExpectedVersion::any(), QStringLiteral("saga")));
        batch.append(request(
            QStringLiteral("Order-Big"), { ev(QStringLiteral("X")) }, ExpectedVersion::any(), QStringLiteral("order")));
        REQUIRE_OK(store()->appendBatch(batch));

        const auto types = REQUIRE_OK(store()->streamTypes());
        QCOMPARE(types, QStringList({ QStringLiteral("order"), QStringLiteral("saga") }));

        // Keyset paging visits every stream once, in id order.
        QStringList seen;
        StreamFilter f;
        f.limit = 7;
        while (true) {
            const auto page = REQUIRE_OK(store()->listStreams(f));
            for (const StreamInfo& s : page.streams)
                seen.append(s.streamId);
            if (!page.hasMore)
                break;
            QCOMPARE(page.streams.size(), 7);
            f.afterStreamId = page.streams.last().streamId;
        }
        QCOMPARE(seen.size(), 31);
        QStringList sorted = seen;
        std::sort(
            sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(seen, sorted);

        auto sagas = REQUIRE_OK(store()->listStreams({ .streamType = QStringLiteral("saga"), .limit = 100 }));
        QCOMPARE(sagas.streams.size(), 5);
        QCOMPARE(sagas.streams.first().lastVersion, 2);
        QVERIFY(sagas.streams.first().updatedAtUs > 0);
        QVERIFY(!sagas.hasMore);

        auto prefix = REQUIRE_OK(
            store()->listStreams({ .search = QStringLiteral("ORDER-01"), .searchMode = StreamSearch::Prefix }));
        QCOMPARE(prefix.streams.size(), 10); // order-010 … order-019, ASCII case-insensitive
        auto sub = REQUIRE_OK(store()->listStreams({ .search = QStringLiteral("big") }));
        QCOMPARE(sub.streams.size(), 1);
        QCOMPARE(sub.streams.first().streamId, QStringLiteral("Order-Big"));
        auto typed = REQUIRE_OK(
            store()->listStreams({ .streamType = QStringLiteral("order"), .search = QStringLiteral("-02") }));
        QCOMPARE(typed.streams.size(), 5);
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("streamId");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
        QTest::newRow("sql") << QStringLiteral("x'; DROP TABLE events; --");
        QTest::newRow("like wildcards") << QStringLiteral("100%_done\\");
        QTest::newRow("unicode") << QStringLiteral("заказ-№1-注文-🚀");
        QTest::newRow("spaces") << QStringLiteral("  padded  ");
        QTest::newRow("arg markers") << QStringLiteral("order-%1-%2-%3");
    }
    void hostileText()
    {
        QFETCH(QString, streamId);
        REQUIRE_OK(store()->append(request(QStringLiteral("plain-1"), { ev(QStringLiteral("Other")) })));
        REQUIRE_OK(store()->append(
            request(streamId, { ev(QStringLiteral("It's \"typed\""), { { QStringLiteral("s"), streamId } }) },
                ExpectedVersion::noStream(), QStringLiteral("we'ird"))));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = streamId }));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().streamId, streamId);
        QCOMPARE(events.first().eventType, QStringLiteral("It's \"typed\""));
        QCOMPARE(events.first().payloadObject().value(QStringLiteral("s")).toString(), streamId);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(streamId)).streamType, QStringLiteral("we'ird"));
        // Searching for the whole id or a piece of it finds exactly it, taken literally.
        const auto found = REQUIRE_OK(store()->listStreams({ .search = streamId }));
        QCOMPARE(found.streams.size(), 1);
        QCOMPARE(found.streams.first().streamId, streamId);
        const auto typed = REQUIRE_OK(store()->listStreams({ .streamType = QStringLiteral("we'ird") }));
        QCOMPARE(typed.streams.size(), 1);
        const auto byPrefix
            = REQUIRE_OK(store()->listStreams({ .search = streamId.left(3), .searchMode = StreamSearch::Prefix }));
        QCOMPARE(byPrefix.streams.size(), 1);
        QCOMPARE(REQUIRE_OK(
                     store()->readStream({ .streamId = streamId, .eventTypes = { QStringLiteral("It's \"typed\"") } }))
                     .size(),
            1);
        // Messages quote the id literally (no placeholder inside it is ever filled in).
        const auto conflict
            = store()->append(request(streamId, { ev(QStringLiteral("Again")) }, ExpectedVersion::exact(5)));
        QCOMPARE(conflict.error().code, ErrorCode::Conflict);
        QVERIFY2(conflict.error().message.contains(streamId), qPrintable(conflict.error().message));
        QVERIFY(conflict.error().message.contains(QStringLiteral("5")));
        // The store is intact.
        QCOMPARE(REQUIRE_OK(store()->listStreams({})).streams.size(), 2);
    }

    void wildcardSearchIsLiteral()
    {
        REQUIRE_OK(store()->append(request(QStringLiteral("abc"), { ev(QStringLiteral("E")) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("a%c"), { ev(QStringLiteral("E")) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("a_c"), { ev(QStringLiteral("E")) })));
        QCOMPARE(REQUIRE_OK(store()->listStreams({ .search = QStringLiteral("%") })).streams.size(), 1);
        QCOMPARE(REQUIRE_OK(store()->listStreams({ .search = QStringLiteral("_") })).streams.size(), 1);
        QCOMPARE(
            REQUIRE_OK(store()->listStreams({ .search = QStringLiteral("'; DROP TABLE streams; --") })).streams.size(),
            0);
        QCOMPARE(REQUIRE_OK(store()->listStreams({ .search = QString() })).streams.size(), 3);
    }

    void rejectsInvalidInput_data()
    {
        QTest::addColumn<QString>("streamId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty stream id") << QString() << QStringLiteral("E") << QByteArray("{}");
        QTest::newRow("control char id") << QStringLiteral("a\tb") << QStringLiteral("E") << QByteArray("{}");
        QTest::newRow("empty type") << QStringLiteral("s") << QString() << QByteArray("{}");
        QTest::newRow("array payload") << QStringLiteral("s") << QStringLiteral("E") << QByteArray("[1,2]");
        QTest::newRow("malformed payload") << QStringLiteral("s") << QStringLiteral("E") << QByteArray("{\"a\":");
        QTest::newRow("sql payload") << QStringLiteral("s") << QStringLiteral("E")
                                     << QByteArray("'); DROP TABLE events; --");
    }
    void rejectsInvalidInput()
    {
        QFETCH(QString, streamId);
        QFETCH(QString, type);
        QFETCH(QByteArray, payload);
        NewEvent e;
        e.eventType = type;
        e.payload = payload;
        const auto r = store()->append(request(streamId, { e }));
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(REQUIRE_OK(store()->headPosition()), 0);
        QCOMPARE(store()->append(request(QStringLiteral("s"), {})).error().code, ErrorCode::InvalidInput);
    }

    void streamTypeIsFixedAtCreation()
    {
        REQUIRE_OK(store()->append(request(
            QStringLiteral("x-1"), { ev(QStringLiteral("E")) }, ExpectedVersion::any(), QStringLiteral("saga"))));
        REQUIRE_OK(store()->append(request(QStringLiteral("x-1"), { ev(QStringLiteral("E")) }))); // no type: fine
        REQUIRE_OK(store()->append(request(
            QStringLiteral("x-1"), { ev(QStringLiteral("E")) }, ExpectedVersion::any(), QStringLiteral("saga"))));
        QCOMPARE(store()
                     ->append(request(QStringLiteral("x-1"), { ev(QStringLiteral("E")) }, ExpectedVersion::any(),
                         QStringLiteral("order")))
                     .error()
                     .code,
            ErrorCode::InvalidInput);
    }

    // 8 threads append to one stream with exact expected versions: one winner per version.
    void concurrentAppendsToOneStream()
    {
        const QString s = QStringLiteral("contended");
        constexpr int threads = 8;
        constexpr int attemptsPerThread = 40;
        std::atomic<int> successes { 0 };
        std::atomic<int> conflicts { 0 };
        std::atomic<int> otherErrors { 0 };
        QMutex winnersLock;
        QHash<qint64, QString> winnerOfVersion;
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < attemptsPerThread; ++i) {
                    const auto info = store()->streamInfo(s);
                    const qint64 current = info ? info->lastVersion : 0;
                    const QString who = QStringLiteral("t%1-%2").arg(t).arg(i);
                    const auto r
                        = store()->append(request(s, { ev(QStringLiteral("Tick"), { { QStringLiteral("who"), who } }) },
                            ExpectedVersion::exact(current)));
                    if (r) {
                        ++successes;
                        QMutexLocker l(&winnersLock);
                        if (winnerOfVersion.contains(r->lastVersion))
                            ++otherErrors; // two winners for one version
                        winnerOfVersion.insert(r->lastVersion, who);
                    } else if (r.error().code == ErrorCode::Conflict) {
                        ++conflicts;
                    } else {
                        ++otherErrors;
                        qWarning("unexpected error: %s", qPrintable(describe(r.error())));
                    }
                }
            });
        }
        for (auto& th : pool)
            th.join();
        QCOMPARE(otherErrors.load(), 0);
        QCOMPARE(successes.load() + conflicts.load(), threads * attemptsPerThread);
        QVERIFY(successes.load() > 0);
        const auto info = REQUIRE_OK(store()->streamInfo(s));
        QCOMPARE(info.lastVersion, qint64(successes.load()));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = s }));
        QCOMPARE(events.size(), successes.load());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].version, i + 1);
            QCOMPARE(events[i].payloadObject().value(QStringLiteral("who")).toString(), winnerOfVersion.value(i + 1));
        }
    }

    // Writers on many streams while a reader follows the global log: the reader must see every
    // event exactly once, in increasing position order, never skipping one that committed late.
    void globalLogReaderNeverSkips()
    {
        constexpr int writers = 6;
        constexpr int appendsPerWriter = 60;
        std::atomic<bool> writing { true };
        std::vector<std::thread> pool;
        std::atomic<int> failures { 0 };
        for (int w = 0; w < writers; ++w) {
            pool.emplace_back([&, w] {
                for (int i = 0; i < appendsPerWriter; ++i) {
                    const auto r = store()->append(
                        request(QStringLiteral("w%1").arg(w), { ev(QStringLiteral("A")), ev(QStringLiteral("B")) }));
                    if (!r)
                        ++failures;
                }
            });
        }
        QList<qint64> seen;
        QSet<QUuid> ids;
        bool ordered = true;
        std::thread reader([&] {
            qint64 after = 0;
            while (true) {
                const bool lastRound = !writing.load();
                const auto page = store()->readAll({ .afterPosition = after, .limit = 50 });
                if (!page) {
                    ++failures;
                    return;
                }
                for (const RecordedEvent& e : *page) {
                    if (e.position <= after)
                        ordered = false;
                    after = e.position;
                    seen.append(e.position);
                    ids.insert(e.eventId);
                }
                if (lastRound && page->isEmpty())
                    return;
            }
        });
        for (auto& th : pool)
            th.join();
        writing = false;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(ordered);
        QCOMPARE(seen.size(), writers * appendsPerWriter * 2);
        QCOMPARE(ids.size(), seen.size());
        const auto all = REQUIRE_OK(store()->readAll({ .afterPosition = 0, .limit = 100000 }));
        QCOMPARE(all.size(), seen.size());
    }

    void liveFeedReportsAppends()
    {
        auto feed = store()->openLiveFeed();
        QVERIFY2(feed, "every store offers a live feed");
        QTRY_VERIFY(feed->isConnected());
        QSignalSpy spy(feed.get(), &LiveFeed::eventsAppended);
        std::thread writer([&] {
            store()->append(request(QStringLiteral("live-1"), { ev(QStringLiteral("A")), ev(QStringLiteral("B")) }));
        });
        writer.join();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("live-1"));
        QCOMPARE(spy.at(0).at(1).toLongLong(), 2);
        QCOMPARE(spy.at(0).at(2).toLongLong(), REQUIRE_OK(store()->headPosition()));
    }

    // Every stored event carries the stream's hash chain, computed the same way by every store.
    void fingerprintChain()
    {
        REQUIRE_OK(store()->append(request(QStringLiteral("fp-1"),
            { ev(QStringLiteral("A"), { { QStringLiteral("n"), 1 } }), ev(QStringLiteral("B")) })));
        REQUIRE_OK(store()->append(request(QStringLiteral("fp-2"), { ev(QStringLiteral("Other")) })));
        NewEvent exact;
        exact.eventType = QStringLiteral("C");
        exact.payload = "{\"id\":12345678901234567890}";
        REQUIRE_OK(store()->append(request(QStringLiteral("fp-1"), { exact })));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("fp-1") }));
        QCOMPARE(events.size(), 3);
        QByteArray chain;
        for (const RecordedEvent& e : events) {
            chain = chainFingerprint(chain, eventDigest(e));
            QCOMPARE(e.fingerprint.size(), 32);
            QCOMPARE(e.fingerprint.toHex(), chain.toHex());
        }
        // The same events in another store give the same chain: it depends on content only.
        const auto other = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("fp-2") }));
        QCOMPARE(other.first().fingerprint, chainFingerprint({}, eventDigest(other.first())));
    }

    // Imports keep the time an event was recorded at originally.
    void explicitRecordedTime()
    {
        NewEvent a = ev(QStringLiteral("Old"));
        a.recordedAtUs = *usFromIso(QStringLiteral("2020-12-10T22:18:41.248154Z"));
        NewEvent b = ev(QStringLiteral("Older"));
        b.recordedAtUs = *usFromIso(QStringLiteral("2020-12-10T22:18:42.000001Z"));
        REQUIRE_OK(store()->append(request(QStringLiteral("imported-1"), { a, b })));
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("imported-1") }));
        QCOMPARE(isoFromUs(events[0].recordedAtUs), QStringLiteral("2020-12-10T22:18:41.248154Z"));
        QCOMPARE(isoFromUs(events[1].recordedAtUs), QStringLiteral("2020-12-10T22:18:42.000001Z"));
        const auto info = REQUIRE_OK(store()->streamInfo(QStringLiteral("imported-1")));
        QCOMPARE(info.createdAtUs, events[0].recordedAtUs);
        QCOMPARE(info.updatedAtUs, events[1].recordedAtUs);
        QCOMPARE(REQUIRE_OK(store()->readStream(
                                { .streamId = QStringLiteral("imported-1"), .untilUs = events[0].recordedAtUs }))
                     .size(),
            1);
    }

    void snapshotsAreKept()
    {
        REQUIRE_OK(store()->append(request(
            QStringLiteral("snap-1"), { ev(QStringLiteral("A")), ev(QStringLiteral("B")), ev(QStringLiteral("C")) })));
        SnapshotRecord s;
        s.streamId = QStringLiteral("snap-1");
        s.version = 2;
        s.reducer = QStringLiteral("saga");
        s.reducerVersion = 1;
        s.codec = QStringLiteral("cbor");
        s.state = QByteArray("\xa1\x00\xff binary \x00", 12);
        s.stateHash = QByteArray(64, 'c');
        s.createdAtUs = 1700000000000001LL;
        REQUIRE_DONE(store()->saveSnapshot(s));
        SnapshotRecord later = s;
        later.version = 3;
        REQUIRE_DONE(store()->saveSnapshot(later));
        SnapshotRecord other = s;
        other.reducer = QStringLiteral("merge-patch");
        REQUIRE_DONE(store()->saveSnapshot(other));
        auto all = REQUIRE_OK(store()->readSnapshots(QStringLiteral("snap-1")));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().version, 3); // newest first
        QCOMPARE(all.last().version, 2);
        const SnapshotRecord& back = all.first();
        QCOMPARE(back.state, s.state); // binary-safe
        QCOMPARE(back.stateHash, s.stateHash);
        QCOMPARE(back.codec, s.codec);
        QCOMPARE(back.reducerVersion, 1);
        QCOMPARE(back.createdAtUs, s.createdAtUs);
        QCOMPARE(REQUIRE_OK(store()->readSnapshots(QStringLiteral("snap-1"), 2)).size(), 2);
        // Saving the same (stream, version, reducer) again replaces it.
        later.stateHash = QByteArray(64, 'd');
        REQUIRE_DONE(store()->saveSnapshot(later));
        all = REQUIRE_OK(store()->readSnapshots(QStringLiteral("snap-1")));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().stateHash, QByteArray(64, 'd'));
        QCOMPARE(REQUIRE_OK(store()->readSnapshots(QStringLiteral("none"))).size(), 0);
        QCOMPARE(store()->saveSnapshot({ .streamId = QStringLiteral("none"), .version = 1 }).error().code,
            ErrorCode::NotFound);
    }

    // ---- durable timers ------------------------------------------------------------------

    void timersScheduleListCancel()
    {
        const qint64 t0 = 1900000000000000;
        const auto first = REQUIRE_OK(store()->scheduleTimer(
            timer(QStringLiteral("t-late"), QStringLiteral("saga-1"), t0 + 3000, "{\"b\": 2, \"a\": 1}")));
        QVERIFY(!first.alreadyScheduled);
        QCOMPARE(first.timer.payload, QByteArray("{\"a\":1,\"b\":2}"));
        QCOMPARE(first.timer.streamType, QStringLiteral("saga"));
        QVERIFY(first.timer.scheduledAtUs > 0);
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("t-early"), QStringLiteral("saga-2"), t0 + 1000)));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("t-mid-b"), QStringLiteral("saga-1"), t0 + 2000)));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("t-mid-a"), QStringLiteral("saga-1"), t0 + 2000)));

        // Ordered by fire time, then id; one stream's only; limited.
        QCOMPARE(timerIds(REQUIRE_OK(store()->listTimers({}))),
            QStringList({ u"t-early"_s, u"t-mid-a"_s, u"t-mid-b"_s, u"t-late"_s }));
        QCOMPARE(timerIds(REQUIRE_OK(store()->listTimers({ .streamId = QStringLiteral("saga-1") }))),
            QStringList({ u"t-mid-a"_s, u"t-mid-b"_s, u"t-late"_s }));
        QCOMPARE(
            timerIds(REQUIRE_OK(store()->listTimers({ .limit = 2 }))), QStringList({ u"t-early"_s, u"t-mid-a"_s }));
        QVERIFY(REQUIRE_OK(store()->listTimers({ .streamId = QStringLiteral("saga-3") })).isEmpty());
        const TimerRecord listed = REQUIRE_OK(store()->listTimers({ .streamId = QStringLiteral("saga-1") })).last();
        QCOMPARE(listed.fireAtUs, t0 + 3000);
        QCOMPARE(listed.payload, first.timer.payload);
        QCOMPARE(listed.scheduledAtUs, first.timer.scheduledAtUs);
        QCOMPARE(listed.streamId, QStringLiteral("saga-1"));

        REQUIRE_DONE(store()->cancelTimer(QStringLiteral("t-mid-a")));
        QCOMPARE(
            timerIds(REQUIRE_OK(store()->listTimers({}))), QStringList({ u"t-early"_s, u"t-mid-b"_s, u"t-late"_s }));
        const auto again = store()->cancelTimer(QStringLiteral("t-mid-a"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        QVERIFY2(again.error().message.contains(QStringLiteral("t-mid-a")), qPrintable(again.error().message));
        // Scheduling, listing and canceling write no events.
        QCOMPARE(REQUIRE_OK(store()->headPosition()), 0);
    }

    void timerScheduleIsIdempotent()
    {
        const TimerRecord t
            = timer(QStringLiteral("t-1"), QStringLiteral("saga-1"), 1900000000000000, "{\"n\": 12345678901234567890}");
        const auto first = REQUIRE_OK(store()->scheduleTimer(t));
        QThread::usleep(2000);
        const auto second = REQUIRE_OK(store()->scheduleTimer(t));
        QVERIFY(second.alreadyScheduled);
        QCOMPARE(second.timer.scheduledAtUs, first.timer.scheduledAtUs);
        QCOMPARE(second.timer.payload, QByteArray("{\"n\":12345678901234567890}"));
        QCOMPARE(REQUIRE_OK(store()->listTimers({})).size(), 1);
    }

    void timerScheduleConflicts_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<qint64>("fireAtUs");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("other fire time") << u"saga-1"_s << qint64(1900000000000001) << QByteArray("{}");
        QTest::newRow("other stream") << u"saga-2"_s << qint64(1900000000000000) << QByteArray("{}");
        QTest::newRow("other payload") << u"saga-1"_s << qint64(1900000000000000) << QByteArray("{\"a\":1}");
    }
    void timerScheduleConflicts()
    {
        QFETCH(QString, stream);
        QFETCH(qint64, fireAtUs);
        QFETCH(QByteArray, payload);
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("t-1"), QStringLiteral("saga-1"), 1900000000000000)));
        const auto clash = store()->scheduleTimer(timer(QStringLiteral("t-1"), stream, fireAtUs, payload));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QVERIFY2(clash.error().message.contains(QStringLiteral("\"t-1\"")), qPrintable(clash.error().message));
        // The pending timer is unchanged.
        const auto pending = REQUIRE_OK(store()->listTimers({}));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().streamId, QStringLiteral("saga-1"));
        QCOMPARE(pending.first().fireAtUs, 1900000000000000);
        QCOMPARE(pending.first().payload, QByteArray("{}"));
    }

    void timerRejectsInvalidInput_data()
    {
        QTest::addColumn<QString>("timerId");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<qint64>("fireAtUs");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty id") << QString() << u"saga-1"_s << qint64(1000) << QByteArray();
        QTest::newRow("control character in id") << u"t\n1"_s << u"saga-1"_s << qint64(1000) << QByteArray();
        QTest::newRow("long id") << QString(201, QLatin1Char('x')) << u"saga-1"_s << qint64(1000) << QByteArray();
        QTest::newRow("empty stream") << u"t-1"_s << QString() << qint64(1000) << QByteArray();
        QTest::newRow("no fire time") << u"t-1"_s << u"saga-1"_s << qint64(0) << QByteArray();
        QTest::newRow("payload not an object") << u"t-1"_s << u"saga-1"_s << qint64(1000) << QByteArray("[1]");
        QTest::newRow("payload not JSON") << u"t-1"_s << u"saga-1"_s << qint64(1000) << QByteArray("{nope");
    }
    void timerRejectsInvalidInput()
    {
        QFETCH(QString, timerId);
        QFETCH(QString, stream);
        QFETCH(qint64, fireAtUs);
        QFETCH(QByteArray, payload);
        const auto r = store()->scheduleTimer(timer(timerId, stream, fireAtUs, payload));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(REQUIRE_OK(store()->listTimers({})).isEmpty());
    }

    void firingAppendsTimerFiredAndRemovesTheTimer()
    {
        const qint64 now = nowUs();
        REQUIRE_OK(store()->append(request(QStringLiteral("saga-1"), { ev(QStringLiteral("WorkflowExecutionStarted")) },
            ExpectedVersion::noStream(), QStringLiteral("saga"))));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("t-due"), QStringLiteral("saga-1"), now - 1000,
            "{\"reason\": \"payment timeout\", \"order\": 12345678901234567890, \"ratio\": 1.0}")));
        REQUIRE_OK(
            store()->scheduleTimer(timer(QStringLiteral("t-future"), QStringLiteral("saga-1"), now + 3600000000)));

        const auto fired = REQUIRE_OK(store()->fireDueTimers(now, 100));
        QCOMPARE(firedIds(fired), QStringList({ u"t-due"_s }));
        const FiredTimer& f = fired.first();
        QVERIFY(!f.alreadyStored);
        QCOMPARE(f.version, 2);
        QCOMPARE(f.eventId, timerFiredEventId(f.timer));

        const auto events = REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("saga-1") }));
        QCOMPARE(events.size(), 2);
        const RecordedEvent& e = events.last();
        QCOMPARE(e.eventType, QStringLiteral("TimerFired"));
        QCOMPARE(e.eventId, f.eventId);
        QCOMPARE(e.position, f.position);
        QCOMPARE(e.streamType, QStringLiteral("saga"));
        QCOMPARE(e.payloadObject().value(QStringLiteral("timer_id")).toString(), QStringLiteral("t-due"));
        QCOMPARE(qint64(e.payloadObject().value(QStringLiteral("fire_at_us")).toDouble()), now - 1000);
        QCOMPARE(e.payloadObject().value(QStringLiteral("fire_at")).toString(), isoFromUs(now - 1000));
        // The timer's payload is carried exactly (64-bit number, 1.0 as written).
        QVERIFY2(e.payload.contains(
                     "\"payload\":{\"order\":12345678901234567890,\"ratio\":1.0,\"reason\":\"payment timeout\"}"),
            e.payload.constData());
        QVERIFY(!e.corruption);

        // The fired timer is gone, the one not yet due stays, and firing again fires nothing.
        QCOMPARE(timerIds(REQUIRE_OK(store()->listTimers({}))), QStringList({ u"t-future"_s }));
        QVERIFY(REQUIRE_OK(store()->fireDueTimers(now, 100)).isEmpty());
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("saga-1"))).lastVersion, 2);
        // The fingerprint chain covers the fired event like any other.
        QCOMPARE(e.fingerprint.size(), 32);
    }

    void firingCreatesAMissingStream()
    {
        // Decided: a timer may fire into a stream that does not exist yet (a deadline scheduled
        // before the saga's first event); firing creates it with the timer's stream type.
        const qint64 now = nowUs();
        REQUIRE_OK(store()->scheduleTimer(
            timer(QStringLiteral("t-1"), QStringLiteral("deadline-7"), now - 10, {}, QStringLiteral("reminders"))));
        REQUIRE_OK(store()->scheduleTimer(
            timer(QStringLiteral("t-2"), QStringLiteral("deadline-7"), now - 5, {}, QStringLiteral("other"))));
        // An existing stream keeps its own type whatever type the timer names.
        REQUIRE_OK(store()->append(request(QStringLiteral("order-1"), { ev(QStringLiteral("OrderPlaced")) })));
        REQUIRE_OK(store()->scheduleTimer(
            timer(QStringLiteral("t-3"), QStringLiteral("order-1"), now - 1, {}, QStringLiteral("saga"))));
        const auto fired = REQUIRE_OK(store()->fireDueTimers(now, 0));
        QCOMPARE(firedIds(fired), QStringList({ u"t-1"_s, u"t-2"_s, u"t-3"_s }));
        const auto info = REQUIRE_OK(store()->streamInfo(QStringLiteral("deadline-7")));
        QCOMPARE(info.streamType, QStringLiteral("reminders"));
        QCOMPARE(info.lastVersion, 2);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("order-1"))).streamType, QStringLiteral("order"));
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("order-1"))).lastVersion, 2);
        QVERIFY(REQUIRE_OK(store()->listTimers({})).isEmpty());
    }

    void firingTakesTheEarliestUpToTheLimit()
    {
        const qint64 now = nowUs();
        for (int i = 0; i < 5; ++i)
            REQUIRE_OK(store()->scheduleTimer(
                timer(QStringLiteral("t-%1").arg(i), QStringLiteral("saga-%1").arg(i % 2), now - 1000 + (4 - i))));
        QCOMPARE(firedIds(REQUIRE_OK(store()->fireDueTimers(now, 2))), QStringList({ u"t-4"_s, u"t-3"_s }));
        QCOMPARE(firedIds(REQUIRE_OK(store()->fireDueTimers(now, 2))), QStringList({ u"t-2"_s, u"t-1"_s }));
        QCOMPARE(firedIds(REQUIRE_OK(store()->fireDueTimers(now, 2))), QStringList({ u"t-0"_s }));
        QVERIFY(REQUIRE_OK(store()->fireDueTimers(now, 2)).isEmpty());
        // Exactly one TimerFired per timer, in fire-time order along the log.
        const auto log = REQUIRE_OK(store()->readAll({}));
        QCOMPARE(log.size(), 5);
        for (qsizetype i = 0; i < log.size(); ++i)
            QCOMPARE(
                log[i].payloadObject().value(QStringLiteral("timer_id")).toString(), QStringLiteral("t-%1").arg(4 - i));
    }

    void refiringTheSameTimerIsIdempotent()
    {
        // The fired event's id comes from the timer's content: the same timer fired again (here:
        // scheduled again identically after it fired) is the same event, stored once.
        const qint64 now = nowUs();
        const TimerRecord t = timer(QStringLiteral("t-1"), QStringLiteral("saga-1"), now - 100, "{\"k\":\"v\"}");
        REQUIRE_OK(store()->scheduleTimer(t));
        const auto first = REQUIRE_OK(store()->fireDueTimers(now, 10));
        REQUIRE_OK(store()->scheduleTimer(t));
        const auto second = REQUIRE_OK(store()->fireDueTimers(now, 10));
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first().alreadyStored);
        QCOMPARE(second.first().eventId, first.first().eventId);
        QCOMPARE(second.first().position, first.first().position);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("saga-1"))).lastVersion, 1);
        QVERIFY(REQUIRE_OK(store()->listTimers({})).isEmpty());
        // The same id for another fire time is another event.
        REQUIRE_OK(
            store()->scheduleTimer(timer(QStringLiteral("t-1"), QStringLiteral("saga-1"), now - 50, "{\"k\":\"v\"}")));
        const auto third = REQUIRE_OK(store()->fireDueTimers(now, 10));
        QVERIFY(!third.first().alreadyStored);
        QVERIFY(third.first().eventId != first.first().eventId);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(QStringLiteral("saga-1"))).lastVersion, 2);
    }

    void sagaFoldMarksAFiredTimer()
    {
        const qint64 now = nowUs();
        REQUIRE_OK(store()->append(request(QStringLiteral("saga-9"),
            { ev(QStringLiteral("WorkflowExecutionStarted")),
                ev(QStringLiteral("TimerStarted"),
                    { { QStringLiteral("timer_id"), QStringLiteral("payment-timeout") },
                        { QStringLiteral("start_to_fire_timeout_s"), 30 } }),
                ev(QStringLiteral("TimerStarted"), { { QStringLiteral("timer_id"), QStringLiteral("reminder") } }) },
            ExpectedVersion::noStream(), QStringLiteral("saga"))));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("payment-timeout"), QStringLiteral("saga-9"), now - 1)));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("reminder"), QStringLiteral("saga-9"), now + 60000000)));
        QCOMPARE(REQUIRE_OK(store()->fireDueTimers(now, 10)).size(), 1);

        SagaReducer reducer;
        auto state = reducer.initialState();
        for (const RecordedEvent& e : REQUIRE_OK(store()->readStream({ .streamId = QStringLiteral("saga-9") })))
            Reducer::fold(*state, e);
        const QJsonObject json = state->toJson();
        QHash<QString, QString> statusById;
        for (const QJsonValue& v : json.value(QStringLiteral("timers")).toArray())
            statusById.insert(v.toObject().value(QStringLiteral("timer_id")).toString(),
                v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statusById.value(QStringLiteral("payment-timeout")), QStringLiteral("fired"));
        QCOMPARE(statusById.value(QStringLiteral("reminder")), QStringLiteral("pending"));
        QVERIFY2(json.value(QStringLiteral("anomalies")).toArray().isEmpty(),
            QJsonDocument(json.value(QStringLiteral("anomalies")).toArray()).toJson().constData());
    }

    void timerHostileText()
    {
        QFETCH(QString, streamId);
        const QString timerId = QStringLiteral("timer ") + streamId;
        const qint64 now = nowUs();
        const QByteArray payload
            = "{\"s\":\"" + QString(streamId).replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).toUtf8() + "\"}";
        REQUIRE_OK(store()->scheduleTimer(timer(timerId, streamId, now - 1, payload, QStringLiteral("we'ird"))));
        REQUIRE_OK(store()->scheduleTimer(timer(QStringLiteral("x"), QStringLiteral("plain-1"), now - 2)));
        const auto listed = REQUIRE_OK(store()->listTimers({ .streamId = streamId }));
        QCOMPARE(timerIds(listed), QStringList({ timerId }));
        QCOMPARE(listed.first().streamId, streamId);
        QCOMPARE(REQUIRE_OK(store()->fireDueTimers(now, 10)).size(), 2);
        const auto events = REQUIRE_OK(store()->readStream({ .streamId = streamId }));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().payloadObject().value(QStringLiteral("timer_id")).toString(), timerId);
        QCOMPARE(events.first()
                     .payloadObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("s"))
                     .toString(),
            streamId);
        QCOMPARE(REQUIRE_OK(store()->streamInfo(streamId)).streamType, QStringLiteral("we'ird"));
        QCOMPARE(REQUIRE_OK(store()->listStreams({})).streams.size(), 2);
        QVERIFY(REQUIRE_OK(store()->listTimers({})).isEmpty());
        const auto missing = store()->cancelTimer(timerId);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY2(missing.error().message.contains(timerId), qPrintable(missing.error().message));
    }
    void timerHostileText_data() { hostileText_data(); }

    void concurrentFiringFiresEachTimerOnce()
    {
        // Threads of one process racing to fire; across processes: tests/postgres/tst_timers.cpp
        // and tests/cli/tst_timerscommands.cpp.
        constexpr int timerCount = 400;
        constexpr int threadCount = 4;
        const qint64 now = nowUs();
        for (int i = 0; i < timerCount; ++i)
            REQUIRE_OK(store()->scheduleTimer(
                timer(QStringLiteral("t-%1").arg(i), QStringLiteral("saga-%1").arg(i % 7), now - 1 - i)));
        QMutex lock;
        QStringList fired;
        QStringList errors;
        std::vector<std::thread> threads;
        for (int t = 0; t < threadCount; ++t) {
            threads.emplace_back([&] {
                for (;;) {
                    auto batch = store()->fireDueTimers(now, 25);
                    QMutexLocker locker(&lock);
                    if (!batch) {
                        errors.append(describe(batch.error()));
                        return;
                    }
                    if (batch->isEmpty())
                        return;
                    fired += firedIds(*batch);
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(fired.size(), timerCount);
        QCOMPARE(QSet<QString>(fired.begin(), fired.end()).size(), timerCount);
        QSet<QString> inLog;
        const auto log = REQUIRE_OK(store()->readAll({ .limit = 0 }));
        for (const RecordedEvent& e : log)
            inLog.insert(e.payloadObject().value(QStringLiteral("timer_id")).toString());
        QCOMPARE(log.size(), timerCount);
        QCOMPARE(inLog.size(), timerCount);
        QVERIFY(REQUIRE_OK(store()->listTimers({})).isEmpty());
    }

    void emptyStore()
    {
        QCOMPARE(REQUIRE_OK(store()->headPosition()), 0);
        QCOMPARE(REQUIRE_OK(store()->readAll({})).size(), 0);
        QCOMPARE(REQUIRE_OK(store()->listStreams({})).streams.size(), 0);
        QCOMPARE(REQUIRE_OK(store()->streamTypes()).size(), 0);
        QCOMPARE(REQUIRE_OK(store()->listTimers({})).size(), 0);
        QCOMPARE(REQUIRE_OK(store()->fireDueTimers(nowUs(), 10)).size(), 0);
        QVERIFY(REQUIRE_OK(store()->schemaVersion()) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_contract.moc"
