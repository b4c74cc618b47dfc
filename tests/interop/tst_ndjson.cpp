// SPDX-License-Identifier: MIT
#include "ndjson.h"

#include "canonicaljson.h"

#include <QTest>

using namespace sagascope;

class TestNdjson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsALine()
    {
        const QByteArray line
            = R"({"stream_id":"order-1","version":3,"position":17,"event_id":"6f1c2e0a-1111-4a5b-9c3d-0123456789ab",)"
              R"("type":"OrderPlaced","stream_type":"order","schema_version":2,"recorded_at":"2026-11-23T09:10:11.123456Z",)"
              R"("payload":{"b":1.0,"a":12345678901234567890},"metadata":{"correlation_id":"c-1"}})";
        auto e = eventFromNdjson(line, 1);
        QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->streamId, QStringLiteral("order-1"));
        QCOMPARE(e->streamType, QStringLiteral("order"));
        QCOMPARE(e->version, 3);
        QCOMPARE(e->position, 17);
        QCOMPARE(e->recordedAtUs, *usFromIso(QStringLiteral("2026-11-23T09:10:11.123456Z")));
        QCOMPARE(e->event.eventType, QStringLiteral("OrderPlaced"));
        QCOMPARE(e->event.schemaVersion, 2);
        QCOMPARE(e->event.eventId, QUuid::fromString(QStringLiteral("6f1c2e0a-1111-4a5b-9c3d-0123456789ab")));
        // Exact numbers, canonical order.
        QCOMPARE(e->event.payload, QByteArray(R"({"a":12345678901234567890,"b":1.0})"));
        QCOMPARE(e->event.metadata, QByteArray(R"({"correlation_id":"c-1"})"));
    }

    void errorsNameTheLineAndField_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("garbage") << QByteArray("not json") << QStringLiteral("Line 7 is not a JSON object");
        QTest::newRow("no stream") << QByteArray(R"({"version":1})") << QStringLiteral("\"stream_id\"");
        QTest::newRow("no version") << QByteArray(R"({"stream_id":"s"})") << QStringLiteral("\"version\"");
        QTest::newRow("no type") << QByteArray(R"({"stream_id":"s","version":1})") << QStringLiteral("\"type\"");
        QTest::newRow("bad id") << QByteArray(R"({"stream_id":"s","version":1,"type":"T","event_id":"x"})")
                                << QStringLiteral("\"event_id\"");
        QTest::newRow("payload not object") << QByteArray(
            R"({"stream_id":"s","version":1,"type":"T","event_id":"6f1c2e0a-1111-4a5b-9c3d-0123456789ab","payload":"{}"})")
                                            << QStringLiteral("\"payload\"");
        QTest::newRow("bad time") << QByteArray(
            R"({"stream_id":"s","version":1,"type":"T","event_id":"6f1c2e0a-1111-4a5b-9c3d-0123456789ab","recorded_at":"soon","payload":{}})")
                                  << QStringLiteral("\"recorded_at\"");
    }
    void errorsNameTheLineAndField()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, fragment);
        auto e = eventFromNdjson(line, 7);
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().code, ErrorCode::InvalidInput);
        QVERIFY2(e.error().message.contains(fragment), qPrintable(e.error().message));
    }

    // What the writer writes, the reader reads back field for field: exact numbers, key order,
    // escapes, unicode, microseconds and the fingerprint.
    void writeThenReadGivesTheSameEvent()
    {
        RecordedEvent e;
        e.eventId = QUuid::fromString(QStringLiteral("6f1c2e0a-1111-4a5b-9c3d-0123456789ab"));
        e.streamId = QStringLiteral("заказ \"7\" \\ tab\t-🚀");
        e.streamType = QStringLiteral("tëst");
        e.version = 42;
        e.position = 9007199254740993; // above 2^53: must not go through a double
        e.eventType = QStringLiteral("Ereignis-ü");
        e.schemaVersion = 3;
        e.payload = "{\"a\":12345678901234567890,\"b\":1.0,\"c\":-0.5e-3,\"d\":\"line\\nbreak \\u0001\","
                    "\"e\":[1.10,{\"z\":null}]}";
        e.metadata = R"({"correlation_id":"c-1","n":18446744073709551615})";
        e.recordedAtUs = 1795425011123457; // microseconds that a millisecond QDateTime would lose
        e.fingerprint = QByteArray::fromHex("00ff112233445566778899aabbccddeeff00112233445566778899aabbccddee");
        e.checkStoredJson();
        QVERIFY(!e.corruption);
        const QByteArray line = eventToNdjson(e);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        auto back = eventFromNdjson(line, 1);
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->streamId, e.streamId);
        QCOMPARE(back->streamType, e.streamType);
        QCOMPARE(back->version, e.version);
        QCOMPARE(back->position, e.position);
        QCOMPARE(back->recordedAtUs, e.recordedAtUs);
        QCOMPARE(back->event.recordedAtUs, e.recordedAtUs);
        QCOMPARE(back->fingerprint, e.fingerprint);
        QCOMPARE(back->event.eventId, e.eventId);
        QCOMPARE(back->event.eventType, e.eventType);
        QCOMPARE(back->event.schemaVersion, e.schemaVersion);
        QCOMPARE(back->event.payload, e.payload);
        QCOMPARE(back->event.metadata, e.metadata);

        // Written again from what was read, the line is the same bytes.
        RecordedEvent again = e;
        again.payload = back->event.payload;
        again.metadata = back->event.metadata;
        QCOMPARE(eventToNdjson(again), line);
    }

    void eventsWithoutFingerprintOrMetadata()
    {
        RecordedEvent e;
        e.eventId = QUuid::createUuid();
        e.streamId = QStringLiteral("s-1");
        e.version = 1;
        e.eventType = QStringLiteral("T");
        e.payload = "{}";
        const QByteArray line = eventToNdjson(e);
        QVERIFY2(!line.contains("fingerprint"), line.constData());
        QVERIFY2(line.contains(R"("metadata":{})"), line.constData());
        auto back = eventFromNdjson(line, 1);
        QVERIFY(back.has_value());
        QVERIFY(back->fingerprint.isEmpty());
        QCOMPARE(back->event.payload, QByteArray("{}"));
    }

    void streamLines()
    {
        StreamInfo s;
        s.streamId = QStringLiteral("order-\"1\"");
        s.streamType = QStringLiteral("order");
        s.lastVersion = 3;
        s.lastPosition = 99;
        s.createdAtUs = 1;
        s.updatedAtUs = 2;
        QCOMPARE(streamToNdjson(s),
            QByteArray(
                "{\"stream_id\":\"order-\\\"1\\\"\",\"stream_type\":\"order\",\"version\":3,\"last_position\":99,"
                R"("created_at":"1970-01-01T00:00:00.000001Z","updated_at":"1970-01-01T00:00:00.000002Z"})"
                "\n"));
    }

    void jsonStringEscapesMinimally()
    {
        QCOMPARE(jsonString(QStringLiteral("a\"b\\c\n\r\t\x01é/")), QByteArray("\"a\\\"b\\\\c\\n\\r\\t\\u0001é/\""));
    }

    // A line that shows an event upcast is a view, not what was stored: importing it would store
    // another payload under the same id.
    void upcastViewIsRefused()
    {
        RecordedEvent e;
        e.eventId = QUuid::createUuid();
        e.streamId = QStringLiteral("order-1");
        e.version = 1;
        e.eventType = QStringLiteral("OrderPlaced");
        e.schemaVersion = 2;
        e.payload = "{}";
        const QByteArray line = eventToNdjson(e, 1);
        QVERIFY(line.contains(R"("upcast_from":1)"));
        auto back = eventFromNdjson(line, 5);
        QVERIFY(!back.has_value());
        QVERIFY2(back.error().message.contains(QStringLiteral("Line 5")), qPrintable(back.error().message));
        QVERIFY(back.error().message.contains(QStringLiteral("--upcast")));
    }

    void badFingerprintIsNamed()
    {
        const QByteArray line
            = R"({"stream_id":"s","version":1,"type":"T","event_id":"6f1c2e0a-1111-4a5b-9c3d-0123456789ab",)"
              R"("fingerprint":"xyz","payload":{}})";
        auto e = eventFromNdjson(line, 3);
        QVERIFY(!e.has_value());
        QVERIFY2(e.error().message.contains(QStringLiteral("\"fingerprint\"")), qPrintable(e.error().message));
    }

    void corruptExportIsRefused()
    {
        const QByteArray line = "{\"stream_id\":\"s\",\"version\":2,\"type\":\"T\","
                                "\"event_id\":\"6f1c2e0a-1111-4a5b-9c3d-0123456789ab\",\"payload\":\"(not json\","
                                "\"metadata\":{},\"corrupt\":\"The stored payload is not JSON\"}";
        auto e = eventFromNdjson(line, 1);
        QCOMPARE(e.error().code, ErrorCode::CorruptData);
    }
};

QTEST_GUILESS_MAIN(TestNdjson)
#include "tst_ndjson.moc"
