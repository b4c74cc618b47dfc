// SPDX-License-Identifier: MIT
#include "orderreducer.h"
#include "upcasters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sagascope;

namespace {

RecordedEvent stored(const QString& type, int schemaVersion, const QByteArray& payload)
{
    RecordedEvent e;
    e.eventType = type;
    e.schemaVersion = schemaVersion;
    e.payload = payload;
    e.checkStoredJson();
    return e;
}

} // namespace

class TestUpcasters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderPlacedV1BecomesV2()
    {
        const auto registry = UpcasterRegistry::withBuiltIns();
        QCOMPARE(registry.latestVersion(QStringLiteral("OrderPlaced")), 2);
        const RecordedEvent v1 = stored(QStringLiteral("OrderPlaced"), 1,
            R"({"customer_id":"c-1","items":[{"sku":"A","qty":3,"price":2.5}],"total":7.5})");
        QVERIFY(registry.needsUpcast(v1));
        const RecordedEvent v2 = registry.upcast(v1);
        QCOMPARE(v2.schemaVersion, 2);
        QCOMPARE(v2.payloadObject().value(QStringLiteral("total_cents")).toInteger(), 750);
        QVERIFY(!v2.payloadObject().contains(QStringLiteral("total")));
        QCOMPARE(v2.payloadObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        const QJsonObject item = v2.payloadObject().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("quantity")).toInteger(), 3);
        QCOMPARE(item.value(QStringLiteral("unit_price_cents")).toInteger(), 250);
        QCOMPARE(item.value(QStringLiteral("line_total_cents")).toInteger(), 750);
        QCOMPARE(QJsonDocument::fromJson(v2.payload).object(), v2.payloadObject());
        // The raw event is untouched.
        QCOMPARE(v1.schemaVersion, 1);
        QVERIFY(v1.payload.contains("\"total\":7.5"));
    }

    // Reducers fold what the newest schema says: an order placed under schema 1 has the same
    // state shape (cents) as one placed today, and the stored event keeps its schema.
    void foldingSeesTheNewestSchema()
    {
        OrderReducer reducer;
        auto old = reducer.initialState();
        RecordedEvent v1 = stored(QStringLiteral("OrderPlaced"), 1,
            R"({"customer_id":"c-1","items":[{"sku":"A","qty":3,"price":2.5}],"total":7.5})");
        v1.version = 1;
        Reducer::fold(*old, v1);
        auto current = reducer.initialState();
        RecordedEvent v2 = stored(QStringLiteral("OrderPlaced"), 2,
            R"({"currency":"EUR","customer_id":"c-1","items":[{"line_total_cents":750,"quantity":3,)"
            R"("sku":"A","unit_price_cents":250}],"total_cents":750})");
        v2.version = 1;
        Reducer::fold(*current, v2);
        QCOMPARE(old->version(), 1);
        QCOMPARE(old->toJson().value(QStringLiteral("total_cents")).toInteger(), 750);
        QVERIFY(!old->toJson().contains(QStringLiteral("total")));
        QCOMPARE(old->toJson(), current->toJson());
        QCOMPARE(v1.schemaVersion, 1);
    }

    void chainsSteps()
    {
        UpcasterRegistry r;
        r.add(QStringLiteral("E"), 1, [](QJsonObject p) {
            p.insert(QStringLiteral("b"), p.take(QStringLiteral("a")));
            return p;
        });
        r.add(QStringLiteral("E"), 2, [](QJsonObject p) {
            p.insert(QStringLiteral("c"), 3);
            return p;
        });
        QCOMPARE(r.latestVersion(QStringLiteral("E")), 3);
        const RecordedEvent up = r.upcast(stored(QStringLiteral("E"), 1, R"({"a":1})"));
        QCOMPARE(up.schemaVersion, 3);
        QCOMPARE(up.payload, QByteArray(R"({"b":1,"c":3})"));
        const RecordedEvent fromTwo = r.upcast(stored(QStringLiteral("E"), 2, R"({"b":5})"));
        QCOMPARE(fromTwo.payload, QByteArray(R"({"b":5,"c":3})"));
    }

    void leavesOthersAlone()
    {
        const auto r = UpcasterRegistry::withBuiltIns();
        const RecordedEvent v2 = stored(QStringLiteral("OrderPlaced"), 2, R"({"id":12345678901234567890})");
        QVERIFY(!r.needsUpcast(v2));
        QCOMPARE(r.upcast(v2).payload, v2.payload); // exact text kept when nothing changes
        RecordedEvent corrupt = stored(QStringLiteral("OrderPlaced"), 1, "{broken");
        QVERIFY(corrupt.corruption.has_value());
        QVERIFY(!r.needsUpcast(corrupt));
        QCOMPARE(r.latestVersion(QStringLiteral("Unknown")), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpcasters)
#include "tst_upcasters.moc"
