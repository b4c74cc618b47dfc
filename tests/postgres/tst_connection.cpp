// SPDX-License-Identifier: MIT
// Connection trouble with PostgreSQL, as a user meets it: a wrong password is an authentication
// error, an unreachable server a connection error, each in one sentence that names the server and
// never the password; a connection of the pool that drops is reported once and replaced.
#include "openstore.h"
#include "pgconnection.h"
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sagascope;
using namespace sagascope::test;

namespace {

// A loopback port nobody listens on: bound, read and released again.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof(addr);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(fd);
        return 1;
    }
    ::close(fd);
    return ntohs(addr.sin_port);
}

QString hostPort(const QString& url)
{
    const QUrl u(url);
    return u.host() + QLatin1Char(':') + QString::number(u.port(5432));
}

} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_SERVER();
        // Only the URL may supply a password here.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/sagascope-test-pgpass");
    }

    void wrongPasswordIsAnAuthError_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("not-the-password-4711");
        QTest::newRow("no password") << QString();
    }
    void wrongPasswordIsAnAuthError()
    {
        QFETCH(QString, password);
        const QString url = urlWithPassword(pgAdminUrl(), password);
        QVERIFY2(QUrl(pgAdminUrl()).password().size() > 0, "the test cluster must require a password over TCP");
        const auto store = pg::PgEventStore::open(url);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Auth);
        const QString message = store.error().message;
        QVERIFY2(message.contains(hostPort(url)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("not-the-password-4711")), qPrintable(message));
        QVERIFY2(!message.contains(QUrl(pgAdminUrl()).password()), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        // The URL router gives the same answer.
        QCOMPARE(openStore(url).error().code, ErrorCode::Auth);
    }

    // What a saved connection profile does: the URL without its password, the password put back
    // with withPassword(). libpq must read every character of it, in both URL forms.
    void passwordsOfAnyCharacterConnect()
    {
        const QString password = QStringLiteral("p@ss:/?#&=' \\ ñ%20+\"; DROP TABLE x; --");
        const QString role = QStringLiteral("sagascope_pw_%1").arg(QCoreApplication::applicationPid());
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        REQUIRE_OK(pg::PgEventStore::open(db.url()));
        RawConnection admin(db.url());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const auto create = admin.query("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)",
            { role.toUtf8(), password.toUtf8() });
        QVERIFY2(create && admin.query(create->toUtf8()), qPrintable(admin.error()));
        const auto dropRole = qScopeGuard([&] {
            admin.query(QStringLiteral("DROP OWNED BY %1").arg(role).toUtf8());
            admin.query(QStringLiteral("DROP ROLE %1").arg(role).toUtf8());
        });
        QVERIFY(admin.query(QStringLiteral("GRANT USAGE ON SCHEMA sagascope TO %1").arg(role).toUtf8()));
        QVERIFY(admin.query(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA sagascope TO %1").arg(role).toUtf8()));

        QUrl server(db.url());
        const QString database = server.path().mid(1);
        const QStringList urls {
            QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(role, server.host(), QString::number(server.port()), database),
            QStringLiteral("postgresql:host=%1 port=%2 user=%3 dbname=%4")
                .arg(server.host(), QString::number(server.port()), role, database),
        };
        for (const QString& url : urls) {
            const auto store = openStore(withPassword(url, password), { .readOnly = true });
            QVERIFY2(store.has_value(),
                qPrintable(url + QStringLiteral(": ") + (store ? QString() : store.error().message)));
            QVERIFY((*store)->headPosition().has_value());
            const auto wrong = openStore(withPassword(url, password + QLatin1Char('x')), { .readOnly = true });
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, ErrorCode::Auth);
            QVERIFY2(!wrong.error().message.contains(password), qPrintable(wrong.error().message));
        }
    }

    void unreachableServerIsAConnectionError()
    {
        const int port = closedPort();
        const QString url = QStringLiteral("postgresql://sagascope:secret-pw@127.0.0.1:%1/postgres").arg(port);
        const auto store = pg::PgEventStore::open(url);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Connection);
        const QString message = store.error().message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("secret-pw")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        // Key=value connection strings work the same way.
        const auto kv = pg::PgEventStore::open(
            QStringLiteral("host=127.0.0.1 port=%1 user=sagascope password=secret-pw dbname=postgres").arg(port));
        QCOMPARE(kv.error().code, ErrorCode::Connection);
        QVERIFY(!kv.error().message.contains(QLatin1String("secret-pw")));
    }

    void missingDatabaseIsNotFound()
    {
        QUrl u(pgAdminUrl());
        u.setPath(QStringLiteral("/sagascope_no_such_database"));
        const auto store = pg::PgEventStore::open(u.toString());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::NotFound);
        QVERIFY2(store.error().message.contains(QLatin1String("sagascope_no_such_database")),
            qPrintable(store.error().message));
    }

    // Idle connections whose backend went away are replaced without the caller noticing.
    void idleConnectionsDroppedByTheServerAreReplaced()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        REQUIRE_OK(store->append(appendRequest(QStringLiteral("a-1"), { newEvent(QStringLiteral("A")) })));
        RawConnection admin(db.url());
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const char* ours = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND application_name = 'sagascope' AND pid <> pg_backend_pid()";
        QCOMPARE(admin.query(ours).value_or(QString()), QStringLiteral("1"));
        QVERIFY(admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'sagascope' AND pid <> pg_backend_pid()"));
        QTRY_COMPARE(admin.query(ours).value_or(QString()), QStringLiteral("0"));
        // The backend leaves pg_stat_activity before its socket closes, and the pool trusts a
        // connection used a moment ago without a round trip: this test is about one that sat
        // idle, so it lets it sit past that moment.
        QThread::msleep(pg::ConnectionPool::trustedIdleMs + 30);
        QCOMPARE(REQUIRE_OK(store->streamInfo(QStringLiteral("a-1"))).lastVersion, 1);
        REQUIRE_OK(store->append(appendRequest(QStringLiteral("a-1"), { newEvent(QStringLiteral("B")) })));
        QCOMPARE(admin.query(ours).value_or(QString()), QStringLiteral("1"));
    }

    // A connection lost in the middle of a call is reported as a connection error; the next call
    // connects again.
    void connectionLostDuringACall()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        // Hold the append lock so that the store's append waits inside the server.
        RawConnection held(db.url());
        QVERIFY(held.query("BEGIN"));
        QVERIFY(held.appendThroughFunction(QStringLiteral("held-1"), QUuid::createUuid(), QStringLiteral("Held")) > 0);

        std::atomic<bool> finished { false };
        std::optional<Error> error;
        std::thread writer([&] {
            const auto r = store->append(appendRequest(QStringLiteral("w-1"), { newEvent(QStringLiteral("W")) }));
            if (!r)
                error = r.error();
            finished = true;
        });
        RawConnection admin(db.url());
        const char* waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                              "AND application_name = 'sagascope' AND wait_event_type = 'Lock'";
        QTRY_VERIFY(!admin.query(waiting).value_or(QString()).isEmpty());
        const QByteArray pid = admin.query(waiting)->toLatin1();
        QVERIFY(admin.query("SELECT pg_terminate_backend($1::int)", { pid }));
        QTRY_VERIFY(finished.load());
        writer.join();
        QVERIFY(error.has_value());
        QCOMPARE(error->code, ErrorCode::Connection);
        QVERIFY2(error->message.contains(hostPort(db.url())), qPrintable(error->message));

        QVERIFY(held.query("COMMIT"));
        const auto next
            = REQUIRE_OK(store->append(appendRequest(QStringLiteral("w-1"), { newEvent(QStringLiteral("W")) })));
        QCOMPARE(next.lastVersion, 1);
        QCOMPARE(REQUIRE_OK(store->headPosition()), next.lastPosition);
    }

    // The same for a batch: nothing of it is stored, and the pool recovers.
    void connectionLostDuringABatch()
    {
        ScratchDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto store = REQUIRE_OK(pg::PgEventStore::open(db.url()));
        RawConnection held(db.url());
        QVERIFY(held.query("BEGIN"));
        QVERIFY(held.appendThroughFunction(QStringLiteral("held-1"), QUuid::createUuid(), QStringLiteral("Held")) > 0);
        std::atomic<bool> finished { false };
        std::optional<Error> error;
        std::thread writer([&] {
            QList<AppendRequest> batch;
            for (int i = 0; i < 200; ++i)
                batch.append(appendRequest(QStringLiteral("b-%1").arg(i), { newEvent(QStringLiteral("E")) }));
            const auto r = store->appendBatch(batch);
            if (!r)
                error = r.error();
            finished = true;
        });
        RawConnection admin(db.url());
        const char* waiting = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                              "AND application_name = 'sagascope' AND wait_event_type = 'Lock'";
        QTRY_VERIFY(!admin.query(waiting).value_or(QString()).isEmpty());
        QVERIFY(admin.query("SELECT pg_terminate_backend($1::int)", { admin.query(waiting)->toLatin1() }));
        QTRY_VERIFY(finished.load());
        writer.join();
        QVERIFY(error.has_value());
        QCOMPARE(error->code, ErrorCode::Connection);
        QVERIFY(held.query("COMMIT"));
        QCOMPARE(REQUIRE_OK(store->listStreams({})).streams.size(), 1); // only held-1
        REQUIRE_OK(store->appendBatch({ appendRequest(QStringLiteral("b-0"), { newEvent(QStringLiteral("E")) }) }));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_connection.moc"
