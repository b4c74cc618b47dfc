// SPDX-License-Identifier: MIT
// Migrations of the SQLite store: applied once, recorded with checksums, the file in WAL mode; a
// file whose recorded schema differs from this build's, or whose tables were changed by hand, is
// refused for reading and writing alike; read-only opens never create or migrate.
#include "migrations.h"
#include "openstore.h"
#include "sqliteeventstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

namespace {

// Runs `sql` on the file outside the store, as another program would; returns the first column
// of the last row, or the database's error.
QString sideChannel(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("side-%1").arg(quintptr(&sql));
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery q(db);
        for (const QString& statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!q.exec(statement))
                return QStringLiteral("error: ") + q.lastError().text();
            while (q.next())
                out = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

NewEvent newEvent(const QString& type)
{
    NewEvent e;
    e.eventType = type;
    e.payload = R"({"n":1})";
    return e;
}

} // namespace

class TestSqliteSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void migratesOnceInWalMode()
    {
        const QString path = freshPath();
        const QList<Migration> known = loadMigrations(QStringLiteral(":/sagascope/sql/sqlite"));
        QVERIFY(known.size() >= 3);
        {
            auto store = SqliteEventStore::open(path);
            QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
            QCOMPARE(*(*store)->schemaVersion(), known.last().version);
            QVERIFY((*store)->append(
                { .streamId = QStringLiteral("order-1"), .events = { newEvent(QStringLiteral("A")) } }));
        }
        QCOMPARE(sideChannel(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(
            sideChannel(path, QStringLiteral("SELECT count(*) FROM schema_migrations")), QString::number(known.size()));
        QCOMPARE(sideChannel(path, QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = 1")),
            QString::fromLatin1(known.first().checksum));
        // Opening again applies nothing and keeps what was written.
        auto again = SqliteEventStore::open(path);
        QVERIFY(again.has_value());
        QCOMPARE(
            sideChannel(path, QStringLiteral("SELECT count(*) FROM schema_migrations")), QString::number(known.size()));
        QCOMPARE((*again)->readStream({ .streamId = QStringLiteral("order-1") })->size(), 1);
    }

    void readOnlyNeverCreatesOrMigrates()
    {
        const QString path = freshPath();
        const auto missing = SqliteEventStore::open(path, { .readOnly = true });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));

        // A file of someone else's: nothing is added to it.
        QCOMPARE(sideChannel(path, QStringLiteral("CREATE TABLE notes (t TEXT)")), QString());
        const auto foreign = SqliteEventStore::open(path, { .readOnly = true });
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::SchemaMismatch);
        QCOMPARE(sideChannel(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events'")),
            QStringLiteral("0"));
    }

    void tamperedSchemaIsRefused_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("changed checksum") << QStringLiteral("UPDATE schema_migrations SET checksum = '0000' "
                                                            "WHERE version = 1")
                                          << QStringLiteral("checksum");
        QTest::newRow("unknown migration") << QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, "
                                                             "applied_at_us) VALUES (999, '999_future.sql', 'abc', 0)")
                                           << QStringLiteral("999");
        // Changed by hand after the migrations: they still match, the tables do not.
        QTest::newRow("dropped column") << QStringLiteral(
            "DROP INDEX events_by_correlation; ALTER TABLE events DROP COLUMN correlation_id")
                                        << QStringLiteral("correlation_id");
        QTest::newRow("dropped table") << QStringLiteral("DROP TABLE snapshots") << QStringLiteral("snapshots");
        QTest::newRow("renamed timer column")
            << QStringLiteral("ALTER TABLE timers RENAME COLUMN fire_at_us TO due_at_us")
            << QStringLiteral("fire_at_us");
        QTest::newRow("renamed stream column")
            << QStringLiteral("ALTER TABLE streams RENAME COLUMN last_fingerprint TO fp")
            << QStringLiteral("last_fingerprint");
    }

    void tamperedSchemaIsRefused()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, mentions);
        const QString path = freshPath();
        QVERIFY(SqliteEventStore::open(path).has_value());
        const QString tampered = sideChannel(path, tamper);
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        for (const bool readOnly : { false, true }) {
            const auto store = SqliteEventStore::open(path, { .readOnly = readOnly });
            QVERIFY(!store);
            QCOMPARE(store.error().code, ErrorCode::SchemaMismatch);
            QVERIFY2(store.error().message.contains(mentions), qPrintable(store.error().message));
            QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
        }
        // Through the URL router too.
        const auto routed = openStore(QStringLiteral("sqlite:") + path);
        QVERIFY(!routed);
        QCOMPARE(routed.error().code, ErrorCode::SchemaMismatch);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSchema)
#include "tst_schema.moc"
