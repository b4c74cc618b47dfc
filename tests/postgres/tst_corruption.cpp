// SPDX-License-Identifier: MIT
// Damaged rows in PostgreSQL: a payload or metadata changed behind the engine's back is reported
// on that one event (corrupt-data), with every other event intact — never a crash, never a
// dropped event. Also checks that what is stored is exactly what the engine produced.
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

class TestPgCorruption : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_store;

    // Appends `count` events to `stream` (correlated) and returns their ids in version order.
    QList<QUuid> seed(const QString& stream, int count)
    {
        QList<NewEvent> events;
        for (int i = 1; i <= count; ++i) {
            NewEvent e = newEvent(QStringLiteral("Step"), { { QStringLiteral("i"), i } },
                { { QStringLiteral("correlation_id"), QString(QStringLiteral("corr-") + stream) } });
            e.eventId = QUuid::createUuid();
            events.append(e);
        }
        REQUIRE_OK(m_store->append(appendRequest(stream, events)));
        QList<QUuid> ids;
        for (const NewEvent& e : std::as_const(events))
            ids.append(e.eventId);
        return ids;
    }

    void damage(const QString& column, const QString& value, const QString& stream, int version)
    {
        // Test-only SQL on a scratch database; the values are fixed literals of this suite.
        QString error;
        const QString sql
            = QStringLiteral("UPDATE sagascope.events SET %1 = '%2' WHERE stream_id = '%3' AND version = %4")
                  .arg(column, value, stream)
                  .arg(version);
        QVERIFY2(m_db->exec(sql, &error), qPrintable(error));
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

    void damagedPayloadIsReportedOnItsEvent_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("stored");
        QTest::newRow("payload not JSON") << QStringLiteral("payload") << QStringLiteral("{\"i\": 3,");
        QTest::newRow("payload an array") << QStringLiteral("payload") << QStringLiteral("[1, 2]");
        QTest::newRow("payload empty") << QStringLiteral("payload") << QString();
        QTest::newRow("metadata not JSON") << QStringLiteral("metadata") << QStringLiteral("corr=1");
    }
    void damagedPayloadIsReportedOnItsEvent()
    {
        QFETCH(QString, column);
        QFETCH(QString, stored);
        const QString stream = QStringLiteral("order-7");
        const QList<QUuid> ids = seed(stream, 5);
        seed(QStringLiteral("order-8"), 2);
        damage(column, stored, stream, 3);

        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = stream }));
        QCOMPARE(events.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const RecordedEvent& e = events[i];
            QCOMPARE(e.version, i + 1);
            QCOMPARE(e.eventId, ids[i]);
            if (i == 2) {
                QVERIFY(e.corruption.has_value());
                QCOMPARE(e.corruption->code, ErrorCode::CorruptData);
                QVERIFY2(e.corruption->message.contains(ids[i].toString(QUuid::WithoutBraces)),
                    qPrintable(e.corruption->message));
                // The stored text is shown as it is, damaged.
                QCOMPARE(column == QLatin1String("payload") ? e.payload : e.metadata, stored.toUtf8());
            } else {
                QVERIFY2(!e.corruption.has_value(), qPrintable(e.corruption ? e.corruption->message : QString()));
                QCOMPARE(e.payloadObject().value(QStringLiteral("i")).toInt(), i + 1);
                QCOMPARE(e.correlationId(), QStringLiteral("corr-") + stream);
            }
        }
        // Every way of reading reports the same event the same way.
        const auto log = REQUIRE_OK(m_store->readAll({ .afterPosition = 0, .limit = 0 }));
        QCOMPARE(log.size(), 7);
        QCOMPARE(log[2].eventId, ids[2]);
        QVERIFY(log[2].corruption.has_value());
        QVERIFY(!log[3].corruption.has_value());
        const auto backwards = REQUIRE_OK(m_store->readStream(
            { .streamId = stream, .direction = ReadDirection::Backward, .minVersion = 2, .maxVersion = 4 }));
        QCOMPARE(backwards.size(), 3);
        QVERIFY(backwards[1].corruption.has_value());
        if (column == QLatin1String("payload")) {
            const auto correlated = REQUIRE_OK(m_store->readByCorrelation(QStringLiteral("corr-") + stream, 0));
            QCOMPARE(correlated.size(), 5);
            QVERIFY(correlated[2].corruption.has_value());
        }
        // The damage is reported, not repaired, and nothing else changed.
        QCOMPARE(REQUIRE_OK(m_store->streamInfo(stream)).lastVersion, 5);
    }

    // A long stream, streamed row by row, keeps the damaged event in its place.
    void damageInsideALongRead()
    {
        const QString stream = QStringLiteral("flow-1");
        QList<AppendRequest> batch;
        for (int i = 0; i < 25; ++i) {
            QList<NewEvent> events;
            for (int j = 0; j < 1000; ++j)
                events.append(newEvent(QStringLiteral("Tick"), { { QStringLiteral("n"), i * 1000 + j + 1 } }));
            batch.append(appendRequest(stream, events));
        }
        REQUIRE_OK(m_store->appendBatch(batch));
        damage(QStringLiteral("payload"), QStringLiteral("not json"), stream, 12345);
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = stream }));
        QCOMPARE(events.size(), 25000);
        int damaged = 0;
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].version, i + 1);
            if (events[i].corruption) {
                ++damaged;
                QCOMPARE(events[i].version, 12345);
            } else if (events[i].payloadObject().value(QStringLiteral("n")).toInt() != i + 1) {
                QFAIL(qPrintable(QStringLiteral("wrong payload at version %1").arg(i + 1)));
            }
        }
        QCOMPARE(damaged, 1);
    }

    // The stored bytes are the canonical text the engine produced (not a jsonb rendering).
    void storedTextIsCanonicalAndExact()
    {
        NewEvent e;
        e.eventType = QStringLiteral("Measured");
        // Plain string literals: moc does not follow raw strings that contain \".
        e.payload = "{ \"z\": 1.0, \"id\": 12345678901234567890, \"a\": \"\\u00e9\\\\\\\"{}\" }";
        e.metadata = "{\"trace_id\": \"t-1\", \"correlation_id\": \"c-1\"}";
        REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("m-1"), { e })));
        RawConnection raw(m_db->url());
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        const QString payload
            = raw.query("SELECT payload FROM sagascope.events WHERE stream_id = 'm-1'").value_or(QString());
        QCOMPARE(payload, QString::fromUtf8("{\"a\":\"\xc3\xa9\\\\\\\"{}\",\"id\":12345678901234567890,\"z\":1.0}"));
        QCOMPARE(raw.query("SELECT correlation_id FROM sagascope.events WHERE stream_id = 'm-1'").value_or(QString()),
            QStringLiteral("c-1"));
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("m-1") }));
        QCOMPARE(events.first().payload, payload.toUtf8());
        QCOMPARE(events.first().metadata, QByteArray("{\"correlation_id\":\"c-1\",\"trace_id\":\"t-1\"}"));
    }

    // The indexed correlation column holds exactly what RecordedEvent::correlationId() reads.
    void correlationColumnMatchesTheMetadata_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QString>("correlation");
        QTest::newRow("plain") << QByteArray("{\"correlation_id\":\"c-1\"}") << QStringLiteral("c-1");
        QTest::newRow("after other keys")
            << QByteArray("{\"actor\":\"a\",\"b\":[1,{\"x\":\"}\"}],\"correlation_id\":\"c-2\"}")
            << QStringLiteral("c-2");
        QTest::newRow("only nested") << QByteArray("{\"a\":{\"correlation_id\":\"inner\"}}") << QString();
        QTest::newRow("nested and top level")
            << QByteArray("{\"a\":{\"correlation_id\":\"inner\"},\"correlation_id\":\"outer\"}")
            << QStringLiteral("outer");
        QTest::newRow("inside a string") << QByteArray("{\"a\":\"\\\"correlation_id\\\":\\\"no\\\"\"}") << QString();
        QTest::newRow("escaped value") << QByteArray("{\"correlation_id\":\"q\\\"t\\u00e9\"}")
                                       << QStringLiteral("q\"t\u00e9");
        QTest::newRow("number") << QByteArray("{\"correlation_id\":42}") << QString();
        QTest::newRow("unicode") << QByteArray("{\"correlation_id\":\"\xe6\xb3\xa8-1\"}")
                                 << QString::fromUtf8("\xe6\xb3\xa8-1");
    }
    void correlationColumnMatchesTheMetadata()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(QString, correlation);
        NewEvent e;
        e.eventType = QStringLiteral("E");
        e.metadata = metadata;
        REQUIRE_OK(m_store->append(appendRequest(QStringLiteral("c-1"), { e })));
        const auto events = REQUIRE_OK(m_store->readStream({ .streamId = QStringLiteral("c-1") }));
        QCOMPARE(events.first().correlationId(), correlation);
        RawConnection raw(m_db->url());
        QCOMPARE(raw.query("SELECT coalesce(correlation_id, '') FROM sagascope.events").value_or(QStringLiteral("?")),
            correlation);
        if (!correlation.isEmpty())
            QCOMPARE(REQUIRE_OK(m_store->readByCorrelation(correlation, 10)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgCorruption)
#include "tst_corruption.moc"
