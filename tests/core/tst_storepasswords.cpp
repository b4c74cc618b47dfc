// SPDX-License-Identifier: MIT
// Store URLs and their passwords kept apart (what a saved connection profile stores) and put
// together again as libpq reads them. tests/postgres/tst_passwords.cpp connects with the result.
#include "storelocation.h"

#include <QTest>

using namespace sagascope;

class TestStorePasswords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("without");
        QTest::addColumn<QString>("password");
        QTest::newRow("user part") << "postgresql://me:s3cret@db.example:5432/app"
                                   << "postgresql://me@db.example:5432/app"
                                   << "s3cret";
        QTest::newRow("encoded") << "postgres://me:p%40ss%3A%2F%3F%23@h/app"
                                 << "postgres://me@h/app"
                                 << "p@ss:/?#";
        QTest::newRow("only parameter") << "postgresql://me@h/app?password=x%26y"
                                        << "postgresql://me@h/app"
                                        << "x&y";
        QTest::newRow("first parameter") << "postgresql://me@h/app?password=pw&sslmode=require"
                                         << "postgresql://me@h/app?sslmode=require"
                                         << "pw";
        QTest::newRow("later parameter") << "postgresql://h/app?sslmode=require&password=pw&application_name=a"
                                         << "postgresql://h/app?sslmode=require&application_name=a"
                                         << "pw";
        QTest::newRow("no password") << "postgresql://me@h/app?sslmode=require"
                                     << "postgresql://me@h/app?sslmode=require"
                                     << "";
        QTest::newRow("key value") << "postgresql:host=h password=pw dbname=app"
                                   << "postgresql:host=h dbname=app"
                                   << "pw";
        QTest::newRow("key value quoted") << R"(postgresql:host=h password='it\'s a \\ pw' dbname=app)"
                                          << "postgresql:host=h dbname=app"
                                          << R"(it's a \ pw)";
        QTest::newRow("sqlite") << "sqlite:/tmp/password=x.db"
                                << "sqlite:/tmp/password=x.db"
                                << "";
        QTest::newRow("memory") << "memory:"
                                << "memory:"
                                << "";
    }

    void split()
    {
        QFETCH(QString, url);
        QFETCH(QString, without);
        QFETCH(QString, password);
        const UrlWithoutPassword parts = splitPassword(url);
        QCOMPARE(parts.url, without);
        QCOMPARE(parts.password, password);
        if (!password.isEmpty())
            QVERIFY(!parts.url.contains(password));
    }

    void joinAndSplitAgain_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("uri") << "postgresql://me@h:5432/app";
        QTest::newRow("uri with parameters") << "postgresql://me@h/app?sslmode=disable";
        QTest::newRow("key value") << "postgresql:host=h user=me dbname=app";
    }

    void joinAndSplitAgain()
    {
        QFETCH(QString, url);
        for (const QString& password : { QStringLiteral("plain"), QStringLiteral(R"(p@ss:/?#&=' \ ñ%20+)"),
                 QStringLiteral("'; DROP TABLE x; --") }) {
            const QString joined = withPassword(url, password);
            QVERIFY(joined != url);
            QVERIFY(StoreLocation::parse(joined).has_value());
            // What is shown never has it.
            QVERIFY2(!StoreLocation::parse(joined)->displayUrl().contains(QStringLiteral("plain")),
                qPrintable(StoreLocation::parse(joined)->displayUrl()));
            const UrlWithoutPassword parts = splitPassword(joined);
            QCOMPARE(parts.url, url);
            QCOMPARE(parts.password, password);
        }
    }

    void othersKeepTheirUrl()
    {
        QCOMPARE(
            withPassword(QStringLiteral("sqlite:/tmp/a.db"), QStringLiteral("x")), QStringLiteral("sqlite:/tmp/a.db"));
        QCOMPARE(withPassword(QStringLiteral("memory:"), QStringLiteral("x")), QStringLiteral("memory:"));
        QCOMPARE(withPassword(QStringLiteral("postgresql://h/app"), QString()), QStringLiteral("postgresql://h/app"));
    }
};

QTEST_GUILESS_MAIN(TestStorePasswords)
#include "tst_storepasswords.moc"
