// SPDX-License-Identifier: MIT
#include "recordedevent.h"

#include <QTest>

using namespace sagascope;

namespace {

RecordedEvent stored(const QString& streamId, const QByteArray& payload, const QByteArray& metadata)
{
    RecordedEvent e;
    e.eventId = QUuid::fromString(QStringLiteral("0b5c7d1e-6a4f-4c33-9d1e-2f0a8b7c6d5e"));
    e.streamId = streamId;
    e.version = 42;
    e.payload = payload;
    e.metadata = metadata;
    e.checkStoredJson();
    return e;
}

} // namespace

// What RecordedEvent::checkStoredJson() makes of what a store hands back: the event is kept and
// carries a corrupt-data error whose message names it exactly as stored.
class TestStoredJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void objectsAreNotCorrupt_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("metadata");
        QTest::newRow("canonical") << QByteArray(R"({"a":1,"b":[true,null]})") << QByteArray(R"({"actor":"x"})");
        QTest::newRow("spaced") << QByteArray(R"({ "b" : 2 , "a" : "x" })") << QByteArray("{}");
        QTest::newRow("no metadata") << QByteArray("{}") << QByteArray();
    }

    void objectsAreNotCorrupt()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, metadata);
        QVERIFY(!stored(QStringLiteral("order-1"), payload, metadata).corruption.has_value());
    }

    void corruptPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("unterminated") << QByteArray(R"({"a":)");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("number") << QByteArray("7");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\xff\xfe{", 3);
    }

    void corruptPayload()
    {
        QFETCH(QByteArray, payload);
        const RecordedEvent e = stored(QStringLiteral("order-9"), payload, "{}");
        QVERIFY(e.corruption.has_value());
        QCOMPARE(e.corruption->code, ErrorCode::CorruptData);
        QVERIFY2(e.corruption->message.contains(QLatin1String("payload")), qPrintable(e.corruption->message));
        QVERIFY2(e.corruption->message.contains(QLatin1String("version 42")), qPrintable(e.corruption->message));
        // The event itself is kept as stored, for the user to look at.
        QCOMPARE(e.payload, payload);
    }

    void corruptMetadata()
    {
        const RecordedEvent e = stored(QStringLiteral("order-9"), "{}", "not json");
        QVERIFY(e.corruption.has_value());
        QCOMPARE(e.corruption->code, ErrorCode::CorruptData);
        QVERIFY2(e.corruption->message.contains(QLatin1String("metadata")), qPrintable(e.corruption->message));
    }

    // A stream id is text from outside: placeholders in it stay as they are, and do not take
    // the version or the reason meant for the message.
    void messageNamesTheStreamLiterally_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("metadata");
        QTest::newRow("payload") << QByteArray("{") << QByteArray("{}");
        QTest::newRow("metadata") << QByteArray("{}") << QByteArray("[");
    }

    void messageNamesTheStreamLiterally()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, metadata);
        const QString streamId = QStringLiteral("o-%1-%2-%3-%4-ü");
        const RecordedEvent e = stored(streamId, payload, metadata);
        QVERIFY(e.corruption.has_value());
        const QString& message = e.corruption->message;
        QVERIFY2(message.contains(QLatin1Char('"') + streamId + QLatin1Char('"')), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("(version 42)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("0b5c7d1e-6a4f-4c33-9d1e-2f0a8b7c6d5e")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestStoredJson)
#include "tst_storedjson.moc"
