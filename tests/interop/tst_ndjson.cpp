// SPDX-License-Identifier: MIT
#include "ndjson.h"

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
