// SPDX-License-Identifier: MIT
// Signals without a server: the subject template and reading messages as signals, malformed
// ones included, and the SignalReceived event the ingester records.
#include "signalingester.h"
#include "signalmessage.h"

#include "recordedevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sagascope;
using namespace sagascope::nats;

namespace {

RawMessage wellFormed(const QByteArray& data = R"({"by":"ana"})")
{
    RawMessage m;
    m.subject = QStringLiteral("saga.signals.order-7");
    m.headers = { { "Saga-Signal-Name", "approve" }, { "Saga-Event-Id", "3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13" },
        { "Content-Type", "application/json" }, { "X-Trace", "a" }, { "X-Trace", "b" } };
    m.data = data;
    m.publishedAtUs = 1'700'000'000'000'000;
    m.streamSequence = 42;
    return m;
}

SubjectTemplate defaultSubjects()
{
    return *SubjectTemplate::parse(QString(SubjectTemplate::defaultTemplate));
}

} // namespace

class TestSignalMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("wildcard");
        QTest::newRow("default") << QStringLiteral("saga.signals.{saga_id}") << true
                                 << QStringLiteral("saga.signals.>");
        QTest::newRow("middle") << QStringLiteral("app.{saga_id}.signals") << true << QStringLiteral("app.*.signals");
        QTest::newRow("alone") << QStringLiteral("{saga_id}") << true << QStringLiteral(">");
        QTest::newRow("no token") << QStringLiteral("saga.signals") << false << QString();
        QTest::newRow("twice") << QStringLiteral("{saga_id}.{saga_id}") << false << QString();
        QTest::newRow("part of a token") << QStringLiteral("saga.x{saga_id}") << false << QString();
        QTest::newRow("wildcard") << QStringLiteral("saga.*.{saga_id}") << false << QString();
    }
    void templates()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, wildcard);
        auto t = SubjectTemplate::parse(text);
        QCOMPARE(t.has_value(), valid);
        if (!valid) {
            QCOMPARE(t.error().code, ErrorCode::InvalidInput);
            return;
        }
        QCOMPARE(t->wildcard(), wildcard);
        QCOMPARE(t->text(), text);
        const QString subject = *t->subjectFor(QStringLiteral("order-42"));
        QCOMPARE(t->sagaIdFrom(subject), QStringLiteral("order-42"));
    }

    void sagaIdsThatCannotBeSubjects()
    {
        const SubjectTemplate atEnd = defaultSubjects();
        const SubjectTemplate inMiddle = *SubjectTemplate::parse(QStringLiteral("app.{saga_id}.signals"));
        for (const QString& bad : { QString(), QStringLiteral("a b"), QStringLiteral("a*"), QStringLiteral("a>"),
                 QStringLiteral("a..b"), QStringLiteral(".a") })
            QVERIFY2(!atEnd.subjectFor(bad).has_value(), qPrintable(bad));
        // Dots are fine at the end (the wildcard is >), not in the middle (one token only).
        QCOMPARE(*atEnd.subjectFor(QStringLiteral("tenant.order-1")), QStringLiteral("saga.signals.tenant.order-1"));
        QCOMPARE(atEnd.sagaIdFrom(QStringLiteral("saga.signals.tenant.order-1")), QStringLiteral("tenant.order-1"));
        QVERIFY(!inMiddle.subjectFor(QStringLiteral("tenant.order-1")).has_value());
    }

    void decodesAWellFormedSignal()
    {
        const ReceivedSignal s = decodeSignal(wellFormed(), defaultSubjects());
        QVERIFY2(!s.isMalformed(), qPrintable(s.malformedReason));
        QCOMPARE(s.sagaId, QStringLiteral("order-7")); // from the subject: no Saga-Id header
        QCOMPARE(s.name, QStringLiteral("approve"));
        QCOMPARE(s.eventId, QUuid::fromString(QStringLiteral("3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13")));
        QCOMPARE(s.payload.value(QStringLiteral("by")).toString(), QStringLiteral("ana"));
        QCOMPARE(s.streamSequence, quint64(42));
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("saga")).toString(), QStringLiteral("order-7"));
        QCOMPARE(json.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.000000Z"));
        QVERIFY(!json.contains(QStringLiteral("malformed")));
        // A repeated header keeps both values in order.
        QCOMPARE(json.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Trace")).toArray(),
            (QJsonArray { QStringLiteral("a"), QStringLiteral("b") }));
    }

    void cborPayloadsComeBackEqual()
    {
        const QJsonObject payload { { QStringLiteral("amount"), 1999 },
            { QStringLiteral("note"), QStringLiteral("ñ") } };
        RawMessage m = wellFormed(encodeSignalPayload(payload, PayloadEncoding::Cbor));
        m.headers[2].second = "application/cbor";
        const ReceivedSignal s = decodeSignal(m, defaultSubjects());
        QVERIFY2(!s.isMalformed(), qPrintable(s.malformedReason));
        QCOMPARE(s.payload, payload);
        QVERIFY(
            encodeSignalPayload(payload, PayloadEncoding::Cbor) != encodeSignalPayload(payload, PayloadEncoding::Json));
    }

    void malformed_data()
    {
        QTest::addColumn<int>("dropHeader"); // -1 = none
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("not JSON") << -1 << QByteArray("not json at all") << QByteArray("application/json")
                                  << QStringLiteral("not a JSON object");
        QTest::newRow("JSON array") << -1 << QByteArray("[1,2]") << QByteArray("application/json")
                                    << QStringLiteral("not a JSON object");
        QTest::newRow("bad CBOR") << -1 << QByteArray("\xff\xff") << QByteArray("application/cbor")
                                  << QStringLiteral("not a CBOR object");
        QTest::newRow("no name") << 0 << QByteArray("{}") << QByteArray("application/json")
                                 << QStringLiteral("Saga-Signal-Name");
        QTest::newRow("no event id") << 1 << QByteArray("{}") << QByteArray("application/json")
                                     << QStringLiteral("Saga-Event-Id");
        QTest::newRow("other type") << -1 << QByteArray("{}") << QByteArray("text/plain")
                                    << QStringLiteral("text/plain");
        QTest::newRow("huge") << -1 << QByteArray(defaultMaxSignalBytes + 1, ' ') << QByteArray("application/json")
                              << QStringLiteral("larger than the limit");
    }
    void malformed()
    {
        QFETCH(int, dropHeader);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reasonPart);
        RawMessage m = wellFormed(data);
        m.headers[2].second = contentType;
        if (dropHeader >= 0)
            m.headers.removeAt(dropHeader);
        const ReceivedSignal s = decodeSignal(m, defaultSubjects());
        QVERIFY(s.isMalformed());
        QVERIFY2(s.malformedReason.contains(reasonPart), qPrintable(s.malformedReason));
        QCOMPARE(s.toJson().value(QStringLiteral("malformed")).toString(), s.malformedReason);
    }

    void eventIdNotAUuid()
    {
        RawMessage m = wellFormed();
        m.headers[1].second = "42";
        QVERIFY(decodeSignal(m, defaultSubjects()).malformedReason.contains(QStringLiteral("not a UUID")));
    }

    void signalReceivedEventIsTheSameForARedelivery()
    {
        RawMessage first = wellFormed();
        first.headers.append({ QByteArray("Saga-Correlation-Id"), QByteArray("corr-1") });
        RawMessage redelivered = first;
        redelivered.streamSequence = 99; // what the stream says may differ; what the sender sent may not
        redelivered.deliveries = 2;
        redelivered.publishedAtUs += 5'000'000;
        const NewEvent a = signalReceivedEvent(decodeSignal(first, defaultSubjects()));
        const NewEvent b = signalReceivedEvent(decodeSignal(redelivered, defaultSubjects()));
        QCOMPARE(a.eventType, QStringLiteral("SignalReceived"));
        QCOMPARE(a.eventId, QUuid::fromString(QStringLiteral("3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13")));
        QCOMPARE(a.payload, b.payload);
        QCOMPARE(a.metadata, b.metadata);
        const QJsonObject payload = QJsonDocument::fromJson(a.payload).object();
        QCOMPARE(payload.value(QStringLiteral("signal_name")).toString(), QStringLiteral("approve"));
        QCOMPARE(payload.value(QStringLiteral("subject")).toString(), QStringLiteral("saga.signals.order-7"));
        QCOMPARE(payload.value(QStringLiteral("payload")).toObject().value(QStringLiteral("by")).toString(),
            QStringLiteral("ana"));
        QCOMPARE(QJsonDocument::fromJson(a.metadata).object().value(QStringLiteral("correlation_id")).toString(),
            QStringLiteral("corr-1"));
    }
};

QTEST_GUILESS_MAIN(TestSignalMessage)
#include "tst_signalmessage.moc"
