// SPDX-License-Identifier: MIT
#include "appendrules.h"
#include "storelocation.h"

#include <QTest>

using namespace sagascope;

class TestAppendRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expectedVersionParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("any") << "any" << true << "any";
        QTest::newRow("no-stream") << "no-stream" << true << "no-stream";
        QTest::newRow("exists") << "exists" << true << "exists";
        QTest::newRow("number") << "42" << true << "42";
        QTest::newRow("zero is no-stream") << "0" << true << "no-stream";
        QTest::newRow("negative") << "-1" << false << "";
        QTest::newRow("garbage") << "'; DROP" << false << "";
    }
    void expectedVersionParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        auto v = ExpectedVersion::parse(text);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(v->toString(), canonical);
    }

    void expectedVersionCheck_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<bool>("ok");
        QTest::newRow("any on missing") << "any" << qint64(0) << true;
        QTest::newRow("any on existing") << "any" << qint64(7) << true;
        QTest::newRow("no-stream on missing") << "no-stream" << qint64(0) << true;
        QTest::newRow("no-stream on existing") << "no-stream" << qint64(1) << false;
        QTest::newRow("exists on missing") << "exists" << qint64(0) << false;
        QTest::newRow("exists on existing") << "exists" << qint64(3) << true;
        QTest::newRow("exact match") << "3" << qint64(3) << true;
        QTest::newRow("exact behind") << "2" << qint64(3) << false;
        QTest::newRow("exact ahead") << "4" << qint64(3) << false;
    }
    void expectedVersionCheck()
    {
        QFETCH(QString, expected);
        QFETCH(qint64, current);
        QFETCH(bool, ok);
        const auto r = ExpectedVersion::parse(expected)->check(QStringLiteral("s-1"), current);
        QCOMPARE(r.has_value(), ok);
        if (!ok) {
            QCOMPARE(r.error().code, ErrorCode::Conflict);
            QVERIFY2(r.error().message.contains(QString::number(current)), qPrintable(r.error().message));
        }
    }

    void streamIdValidation()
    {
        QVERIFY(validateStreamId(QStringLiteral("order-1")).has_value());
        QVERIFY(validateStreamId(QStringLiteral("'; DROP TABLE events; --")).has_value());
        QVERIFY(validateStreamId(QStringLiteral("заказ-1 🚀")).has_value());
        QCOMPARE(validateStreamId(QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(validateStreamId(QStringLiteral("a\nb")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(validateStreamId(QString(513, QLatin1Char('x'))).error().code, ErrorCode::InvalidInput);
    }

    void defaultStreamTypes()
    {
        QCOMPARE(defaultStreamType(QStringLiteral("order-42")), QStringLiteral("order"));
        QCOMPARE(defaultStreamType(QStringLiteral("Saga:abc")), QStringLiteral("saga"));
        QCOMPARE(defaultStreamType(QStringLiteral("12345")), QStringLiteral("stream"));
        QCOMPARE(defaultStreamType(QStringLiteral("plain")), QStringLiteral("stream"));
    }

    void normaliseCanonicalisesAndAssignsIds()
    {
        AppendRequest r;
        r.streamId = QStringLiteral("order-1");
        NewEvent e;
        e.eventType = QStringLiteral("OrderPlaced");
        e.payload = R"({ "b": 1, "a": 12345678901234567890 })";
        r.events = { e };
        auto n = normaliseAppend(r);
        QVERIFY(n.has_value());
        QCOMPARE(n->events[0].payload, QByteArray(R"({"a":12345678901234567890,"b":1})"));
        QCOMPARE(n->events[0].metadata, QByteArray("{}"));
        QVERIFY(!n->events[0].eventId.isNull());
    }

    void normaliseRejects()
    {
        AppendRequest r;
        r.streamId = QStringLiteral("order-1");
        QCOMPARE(normaliseAppend(r).error().code, ErrorCode::InvalidInput); // no events
        NewEvent e;
        e.eventType = QStringLiteral("OrderPlaced");
        e.payload = "not json";
        r.events = { e };
        auto bad = normaliseAppend(r);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QVERIFY(bad.error().message.contains(QStringLiteral("OrderPlaced")));
        e.payload = "{}";
        e.eventId = QUuid::createUuid();
        r.events = { e, e };
        QVERIFY(normaliseAppend(r).error().message.contains(QStringLiteral("twice")));
    }

    void storeUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("display");
        QTest::newRow("memory") << "memory:" << int(StoreLocation::Kind::Memory) << "memory:";
        QTest::newRow("sqlite") << "sqlite:/tmp/a.db" << int(StoreLocation::Kind::Sqlite) << "sqlite:/tmp/a.db";
        QTest::newRow("bare path") << "/tmp/b.db" << int(StoreLocation::Kind::Sqlite) << "sqlite:/tmp/b.db";
        QTest::newRow("pg uri") << "postgresql://me:secret@localhost:5432/db" << int(StoreLocation::Kind::Postgres)
                                << "postgresql://me:***@localhost:5432/db";
        QTest::newRow("pg kv") << "postgresql:host=x password=secret dbname=y" << int(StoreLocation::Kind::Postgres)
                               << "postgresql:host=x password=*** dbname=y";
        QTest::newRow("pg query") << "postgres://h/db?password=secret&sslmode=disable"
                                  << int(StoreLocation::Kind::Postgres)
                                  << "postgres://h/db?password=***&sslmode=disable";
    }
    void storeUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, display);
        auto loc = StoreLocation::parse(url);
        QVERIFY(loc.has_value());
        QCOMPARE(int(loc->kind), kind);
        QCOMPARE(loc->displayUrl(), display);
        QVERIFY(!loc->displayUrl().contains(QStringLiteral("secret")));
    }

    void badStoreUrls()
    {
        QCOMPARE(StoreLocation::parse(QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(StoreLocation::parse(QStringLiteral("mysql://x")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(StoreLocation::parse(QStringLiteral("sqlite:")).error().code, ErrorCode::InvalidInput);
    }

    void isoTimes()
    {
        const auto us = usFromIso(QStringLiteral("2026-11-23T09:10:11.123456Z"));
        QVERIFY(us.has_value());
        QCOMPARE(isoFromUs(*us), QStringLiteral("2026-11-23T09:10:11.123456Z"));
        QCOMPARE(*usFromIso(QStringLiteral("2026-11-23T10:10:11.123456+01:00")), *us);
        QCOMPARE(*usFromIso(QStringLiteral("2026-11-23")), *usFromIso(QStringLiteral("2026-11-23T00:00:00Z")));
        QVERIFY(!usFromIso(QStringLiteral("yesterday")).has_value());
        QCOMPARE(isoFromUs(-1), QStringLiteral("1969-12-31T23:59:59.999999Z"));
    }
};

QTEST_GUILESS_MAIN(TestAppendRules)
#include "tst_appendrules.moc"
