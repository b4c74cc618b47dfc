// SPDX-License-Identifier: MIT
#include "fingerprint.h"

#include <QCryptographicHash>
#include <QTest>

using namespace sagascope;

class TestFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalTextIsStable()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("6f1c2e0a-1111-4a5b-9c3d-0123456789ab"));
        // Frozen on purpose: stored chains depend on this exact text.
        const QByteArray expected = "{\"event_id\":\"6f1c2e0a-1111-4a5b-9c3d-0123456789ab\",\"metadata\":{},"
                                    "\"payload\":{\"a\":12345678901234567890},\"schema_version\":2,"
                                    "\"stream_id\":\"order-\\\"1\\\"\",\"type\":\"OrderPlaced\"}";
        QCOMPARE(canonicalEventText(id, QStringLiteral("order-\"1\""), QStringLiteral("OrderPlaced"), 2,
                     "{\"a\":12345678901234567890}", {}),
            expected);
        // The SHA-256 of that text, computed independently (sha256sum).
        QCOMPARE(
            QCryptographicHash::hash(canonicalEventText(id, QStringLiteral("s"), QStringLiteral("T"), 1, "{}", "{}"),
                QCryptographicHash::Sha256)
                .toHex(),
            QByteArray("dcc1fad9f762a6dc99e33e7fefc3d4caa4de715437b80764df484ed982d82184"));
    }

    void chainDetectsChanges()
    {
        RecordedEvent a;
        a.eventId = QUuid::createUuid();
        a.streamId = QStringLiteral("s");
        a.eventType = QStringLiteral("A");
        a.payload = R"({"x":1})";
        RecordedEvent b = a;
        b.eventId = QUuid::createUuid();
        b.eventType = QStringLiteral("B");
        const QByteArray f1 = chainFingerprint({}, eventDigest(a));
        const QByteArray f2 = chainFingerprint(f1, eventDigest(b));
        QCOMPARE(f1.size(), 32);
        // Same events, same chain.
        QCOMPARE(chainFingerprint(chainFingerprint({}, eventDigest(a)), eventDigest(b)), f2);
        // Reordered: different.
        QVERIFY(chainFingerprint(chainFingerprint({}, eventDigest(b)), eventDigest(a)) != f2);
        // One payload byte changed: different.
        RecordedEvent changed = a;
        changed.payload = R"({"x":2})";
        QVERIFY(chainFingerprint(chainFingerprint({}, eventDigest(changed)), eventDigest(b)) != f2);
        // Digest of a new event equals that of the recorded one.
        NewEvent ne;
        ne.eventType = a.eventType;
        ne.payload = a.payload;
        ne.metadata = a.metadata;
        QCOMPARE(eventDigest(a.eventId, a.streamId, ne), eventDigest(a));
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
