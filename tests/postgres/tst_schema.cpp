// SPDX-License-Identifier: MIT
// Migrations of the PostgreSQL store: applied once, in their own schema, recorded with checksums;
// a database whose recorded schema differs from this build's, or whose tables were changed by
// hand, is refused; read-only opens never
// migrate; concurrent first opens do not trip over each other.
#include "fingerprint.h"
#include "migrations.h"
#include "openstore.h"
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace sagascope;
using namespace sagascope::test;

class TestPgSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { REQUIRE_PG_SERVER(); }

    void migratesOnceIntoItsOwnSchema()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QList<Migration> known = loadMigrations(QStringLiteral(":/sagascope/sql/postgres"));
        QVERIFY(!known.isEmpty());
        {
            auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
            QCOMPARE(REQUIRE_OK(store->schemaVersion()), known.size());
        }
        RawConnection raw(db.url());
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QCOMPARE(raw.query("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                           "WHERE table_schema = 'sagascope'")
                     .value_or(QString()),
            QStringLiteral("events,schema_migrations,snapshots,streams,timers"));
        QCOMPARE(raw.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
                     .value_or(QString()),
            QStringLiteral("0"));
        QCOMPARE(raw.query("SELECT checksum FROM sagascope.schema_migrations WHERE version = 1").value_or(QString()),
            QString::fromLatin1(known.first().checksum));
        // Opening again applies nothing.
        auto again = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        QCOMPARE(REQUIRE_OK(again->schemaVersion()), known.size());
        QCOMPARE(raw.query("SELECT count(*) FROM sagascope.schema_migrations").value_or(QString()),
            QString::number(known.size()));
    }

    // A database created at schema 1 and holding events is brought up to date on open: events
    // from before keep no fingerprint, new ones chain on, nothing else changes.
    void upgradesAStoreAtSchemaOne()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QList<Migration> known = loadMigrations(QStringLiteral(":/sagascope/sql/postgres"));
        QVERIFY(known.size() >= 2);
        RawConnection raw(db.url());
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY(raw.query("CREATE SCHEMA sagascope"));
        QVERIFY(raw.query("CREATE TABLE sagascope.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                          "checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
        PGresult* r = PQexec(raw.get(), known.first().sql.constData());
        QCOMPARE(PQresultStatus(r), PGRES_COMMAND_OK);
        PQclear(r);
        QVERIFY(raw.query("INSERT INTO sagascope.schema_migrations (version, name, checksum) VALUES (1, $1, $2)",
            { known.first().name.toUtf8(), known.first().checksum }));
        // An event written by a build of schema 1 (its append function).
        QVERIFY2(raw.query("SELECT o_status FROM sagascope.append('old-1', '', 'old', -1, "
                           "ARRAY[gen_random_uuid()], ARRAY['Old'], '{1}', '{\"{}\"}', '{\"{}\"}', '{NULL}')"),
            qPrintable(raw.error()));
        // Read-only opens refuse a store that needs migrating.
        QCOMPARE(pg::PgEventStore::open(db.url(), { .readOnly = true }).error().code, ErrorCode::SchemaMismatch);

        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        QCOMPARE(REQUIRE_OK(store->schemaVersion()), known.size());
        REQUIRE_OK(store->append(appendRequest(QStringLiteral("old-1"), { newEvent(QStringLiteral("New")) })));
        const auto events = REQUIRE_OK(store->readStream({ .streamId = QStringLiteral("old-1") }));
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0].fingerprint.isEmpty());
        QCOMPARE(events[1].fingerprint, chainFingerprint(QByteArray(), eventDigest(events[1])));
        QCOMPARE(events[1].version, 2);
        QCOMPARE(REQUIRE_OK(store->streamInfo(QStringLiteral("old-1"))).streamType, QStringLiteral("old"));
    }

    void concurrentFirstOpensAgree()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        constexpr int openers = 4;
        std::vector<std::thread> threads;
        std::atomic<int> failures { 0 };
        for (int i = 0; i < openers; ++i) {
            threads.emplace_back([&] {
                auto store = pg::PgEventStore::open(db.url());
                if (!store) {
                    qWarning("open failed: %s", qPrintable(describe(store.error())));
                    ++failures;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        RawConnection raw(db.url());
        QCOMPARE(raw.query("SELECT count(*) FROM sagascope.schema_migrations").value_or(QString()),
            QString::number(loadMigrations(QStringLiteral(":/sagascope/sql/postgres")).size()));
    }

    void tamperedSchemaIsRefused_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("changed checksum") << QStringLiteral("UPDATE sagascope.schema_migrations SET checksum = "
                                                            "'0000' WHERE version = 1")
                                          << QStringLiteral("checksum");
        QTest::newRow("unknown migration") << QStringLiteral("INSERT INTO sagascope.schema_migrations (version, name, "
                                                             "checksum) VALUES (999, '999_future.sql', 'abc')")
                                           << QStringLiteral("999");
        // Changed by hand after the migrations: they still match, the tables do not.
        QTest::newRow("dropped column") << QStringLiteral("ALTER TABLE sagascope.events DROP COLUMN correlation_id")
                                        << QStringLiteral("correlation_id");
        QTest::newRow("dropped table") << QStringLiteral("DROP TABLE sagascope.snapshots")
                                       << QStringLiteral("snapshots");
        QTest::newRow("renamed timer column")
            << QStringLiteral("ALTER TABLE sagascope.timers RENAME COLUMN fire_at TO due_at")
            << QStringLiteral("fire_at");
        QTest::newRow("dropped function")
            << QStringLiteral("DROP FUNCTION sagascope.append_batch") << QStringLiteral("append_batch");
        QTest::newRow("dropped sequence")
            << QStringLiteral("DROP SEQUENCE sagascope.event_position") << QStringLiteral("event_position");
    }
    void tamperedSchemaIsRefused()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, mentions);
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        REQUIRE_OK(pg::PgEventStore::open(db.url()));
        QString error;
        QVERIFY2(db.exec(tamper, &error), qPrintable(error));
        for (const bool readOnly : { false, true }) {
            const auto store = pg::PgEventStore::open(db.url(), { .readOnly = readOnly });
            QVERIFY(!store);
            QCOMPARE(store.error().code, ErrorCode::SchemaMismatch);
            QVERIFY2(store.error().message.contains(mentions), qPrintable(store.error().message));
        }
        // Through the URL router too, and the password never shows.
        const auto routed = openStore(db.url());
        QVERIFY(!routed);
        QCOMPARE(routed.error().code, ErrorCode::SchemaMismatch);
        const QString password = QUrl(db.url()).password();
        if (!password.isEmpty())
            QVERIFY(!routed.error().message.contains(password));
    }

    void readOnlyNeverMigrates()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const auto empty = pg::PgEventStore::open(db.url(), { .readOnly = true });
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::SchemaMismatch);
        QVERIFY2(
            empty.error().message.contains(QLatin1String("sagascope-cli init")), qPrintable(empty.error().message));
        RawConnection raw(db.url());
        QCOMPARE(raw.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'sagascope'").value_or(QString()),
            QStringLiteral("0"));

        // Once created, read-only opens read and refuse to write.
        {
            auto writer = REQUIRE_OK(pg::PgEventStore::open(db.url()));
            REQUIRE_OK(writer->append(appendRequest(QStringLiteral("ro-1"), { newEvent(QStringLiteral("A")) })));
        }
        auto reader = REQUIRE_OK(pg::PgEventStore::open(db.url(), { .readOnly = true }));
        QCOMPARE(REQUIRE_OK(reader->readStream({ .streamId = QStringLiteral("ro-1") })).size(), 1);
        const auto write = reader->append(appendRequest(QStringLiteral("ro-1"), { newEvent(QStringLiteral("B")) }));
        QVERIFY(!write);
        QCOMPARE(write.error().code, ErrorCode::InvalidInput);
        QVERIFY(!reader->appendBatch({ appendRequest(QStringLiteral("ro-2"), { newEvent(QStringLiteral("B")) }) }));
        QCOMPARE(REQUIRE_OK(reader->headPosition()), 1);
    }

    void displayUrlHidesThePassword()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        const QString password = QUrl(db.url()).password();
        QVERIFY2(!password.isEmpty(), "the test cluster is expected to require a password over TCP");
        QVERIFY(!store->displayUrl().contains(password));
        QVERIFY(store->displayUrl().contains(QLatin1String("***")));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_schema.moc"
