// SPDX-License-Identifier: MIT
#include "canonicaljson.h"
#include "eventcatalogue.h"
#include "eventcodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace sagascope;

namespace {

RecordedEvent sample(const QString& type, quint8 code, const QByteArray& payload)
{
    RecordedEvent e;
    e.eventId = QUuid::createUuidV5(QUuid(), type);
    e.streamId = QStringLiteral("saga-ünï-%1").arg(code);
    e.streamType = QStringLiteral("saga");
    e.version = 1000 + code;
    e.position = 9'000'000'000LL + code;
    e.eventType = type;
    e.schemaVersion = 1 + code % 3;
    e.payload = *canonicalJson(payload);
    e.metadata = *canonicalJson(R"({"correlation_id":"c-1","retry":true,"reset_point":false,"trace_id":"t"})");
    e.recordedAtUs = 1'763'888'000'123'456LL + code;
    e.checkStoredJson();
    return e;
}

} // namespace

class TestEventCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryEventType_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("payload");
        for (const QString& codec : codecNames()) {
            for (const HistoryEventType& t : historyEventTypes()) {
                // Every other type carries numbers a double cannot hold exactly.
                const QByteArray payload = t.code % 2
                    ? QByteArray(R"({"activity_id":"a-1","attempt":2,"input":{"ids":[1,2,3]},"result":null})")
                    : QByteArray(R"({"big":12345678901234567890,"one":1.0,"tiny":1e-300,"s":"\u00e9\n"})");
                QTest::addRow("%s %s", qPrintable(codec), t.name.data())
                    << codec << QString(t.name) << int(t.code) << payload;
            }
            QTest::addRow("%s OrderPlaced", qPrintable(codec)) << codec << QStringLiteral("OrderPlaced") << 200
                                                               << QByteArray(R"({"payment_ref":18000000000000000001})");
            QTest::addRow("%s StepFinished", qPrintable(codec))
                << codec << QStringLiteral("StepFinished") << 201 << QByteArray(R"({"step_id":"pick","outputs":[]})");
        }
    }
    void roundTripEveryEventType()
    {
        QFETCH(QString, codec);
        QFETCH(QString, type);
        QFETCH(int, code);
        QFETCH(QByteArray, payload);
        auto c = createCodec(codec);
        QVERIFY(c.has_value());
        const RecordedEvent e = sample(type, quint8(code), payload);
        const QByteArray bytes = (*c)->encodeEvent(e);
        auto back = (*c)->decodeEvent(bytes);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->eventId, e.eventId);
        QCOMPARE(back->streamId, e.streamId);
        QCOMPARE(back->streamType, e.streamType);
        QCOMPARE(back->version, e.version);
        QCOMPARE(back->position, e.position);
        QCOMPARE(back->eventType, e.eventType);
        QCOMPARE(back->schemaVersion, e.schemaVersion);
        QCOMPARE(back->recordedAtUs, e.recordedAtUs);
        QCOMPARE(back->payload, e.payload); // byte for byte, exact numbers included
        QCOMPARE(back->metadata, e.metadata);
        QCOMPARE(back->payloadObject(), e.payloadObject());
    }

    void cborIsCompact()
    {
        const RecordedEvent e
            = sample(QStringLiteral("ActivityTaskStarted"), 9, R"({"scheduled_event_version":8,"attempt":1})");
        QVERIFY((*createCodec(QStringLiteral("cbor")))->encodeEvent(e).size()
            < (*createCodec(QStringLiteral("json")))->encodeEvent(e).size());
    }

    void documents()
    {
        const QJsonObject state
            = QJsonDocument::fromJson(R"({"status":"running","activities":[{"id":"a","attempt":2}]})").object();
        for (const QString& name : codecNames()) {
            auto c = *createCodec(name);
            QCOMPARE(*c->decodeDocument(c->encodeDocument(state)), state);
            QCOMPARE(c->decodeDocument("\xff\x00garbage").error().code, ErrorCode::CorruptData);
        }
    }

    void rejectsGarbage()
    {
        QCOMPARE(createCodec(QStringLiteral("bincode")).error().code, ErrorCode::InvalidInput);
        QVERIFY(createCodec(QStringLiteral("CBOR")).has_value());
        QVERIFY(!(*createCodec(QStringLiteral("cbor")))->decodeEvent("not cbor").has_value());
        QVERIFY(!(*createCodec(QStringLiteral("json")))->decodeEvent("{\"type\":\"x\"}").has_value());
        QVERIFY(!(*createCodec(QStringLiteral("json")))->decodeEvent("{").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEventCodec)
#include "tst_eventcodec.moc"
