// SPDX-License-Identifier: MIT
// Runs the real sagascope-cli binary in a clean environment (English, no $SAGASCOPE_STORE, a
// private home so the user's default store is never touched) and makes fresh stores for it.
#pragma once

#include "teststores.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

namespace sagascope::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QList<QByteArray> outLines() const
    {
        QList<QByteArray> lines = out.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    QList<QJsonObject> ndjson() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : outLines())
            objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    }
    // What a failing command must print: exactly one line on stderr, a sentence.
    bool oneSentenceError() const
    {
        const QByteArray e = err.trimmed();
        return !e.isEmpty() && !e.contains('\n') && e.startsWith("sagascope-cli: ") && e.endsWith('.');
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err;
    }
};

// A private home folder for the CLI: its default store lives there.
class CliEnvironment
{
public:
    CliEnvironment()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("SAGASCOPE_STORE"));
        m_env.remove(QStringLiteral("SAGASCOPE_DEBUG"));
        m_env.remove(QStringLiteral("SAGASCOPE_NATS"));
        m_env.insert(QStringLiteral("SAGASCOPE_LANG"), QStringLiteral("en"));
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    }
    QString home() const { return m_home.path(); }
    QString defaultStorePath() const { return m_home.filePath(QStringLiteral("data/sagascope/default.sagascope")); }

    CliRun run(const QStringList& arguments, int timeoutMs = 300000) const
    {
        return runWithInput(arguments, std::nullopt, timeoutMs);
    }

    // The same with `input` written to the command's standard input, which is then closed.
    CliRun runWithInput(
        const QStringList& arguments, const std::optional<QByteArray>& input, int timeoutMs = 300000) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(SAGASCOPE_CLI_PATH), arguments);
        CliRun r;
        if (!p.waitForStarted(10000)) {
            r.err = "could not start " SAGASCOPE_CLI_PATH;
            return r;
        }
        if (input) {
            p.write(*input);
            p.closeWriteChannel();
        }
        p.waitForFinished(timeoutMs);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    // Starts one process per argument list, all before waiting for any, and collects their
    // results: for commands that must cooperate when run at the same time.
    QList<CliRun> runTogether(const QList<QStringList>& argumentLists, int timeoutMs = 300000) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList& arguments : argumentLists) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->setProcessEnvironment(m_env);
            processes.back()->start(QStringLiteral(SAGASCOPE_CLI_PATH), arguments);
        }
        QList<CliRun> runs(qsizetype(processes.size()));
        std::vector<bool> started;
        for (std::size_t i = 0; i < processes.size(); ++i) {
            started.push_back(processes[i]->waitForStarted(10000));
            if (!started.back())
                runs[qsizetype(i)].err = "could not start " SAGASCOPE_CLI_PATH;
        }
        // Every output is drained while any process runs, so none blocks on a full pipe.
        QElapsedTimer clock;
        clock.start();
        for (bool running = true; running && clock.elapsed() < timeoutMs;) {
            running = false;
            for (std::size_t i = 0; i < processes.size(); ++i) {
                QProcess& p = *processes[i];
                if (!started[i])
                    continue;
                if (p.state() != QProcess::NotRunning) {
                    running = true;
                    p.waitForReadyRead(20);
                }
                runs[qsizetype(i)].out += p.readAllStandardOutput();
                runs[qsizetype(i)].err += p.readAllStandardError();
            }
        }
        for (std::size_t i = 0; i < processes.size(); ++i) {
            QProcess& p = *processes[i];
            if (!started[i])
                continue;
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
                continue; // exit code stays -1: timed out
            }
            runs[qsizetype(i)].out += p.readAllStandardOutput();
            runs[qsizetype(i)].err += p.readAllStandardError();
            runs[qsizetype(i)].exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        return runs;
    }

    // Starts the command in the background (for commands that run until stopped or killed).
    std::unique_ptr<QProcess> start(const QStringList& arguments) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(m_env);
        p->start(QStringLiteral(SAGASCOPE_CLI_PATH), arguments);
        return p;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

// A fresh store for one test: a new SQLite file or a new PostgreSQL database. PostgreSQL tests
// fail (never skip) when $SAGASCOPE_TEST_PG_URL is missing: `error` says so.
struct CliStore
{
    QString kind;
    QString url;
    QString error;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ScratchDatabase> database;
};

inline CliStore makeCliStore(const QString& kind)
{
    CliStore s;
    s.kind = kind;
    if (kind == QLatin1String("sqlite")) {
        s.dir = std::make_unique<QTemporaryDir>();
        s.url = QStringLiteral("sqlite:") + s.dir->filePath(QStringLiteral("cli.sagascope"));
    } else {
        s.database = std::make_unique<ScratchDatabase>();
        if (!s.database->isValid())
            s.error = s.database->error();
        s.url = s.database->url();
    }
    return s;
}

// Runs SQL on a store's own tables behind the engine's back (to damage data on purpose): the
// SQLite file's tables, or the PostgreSQL database's sagascope schema. Returns an error text or
// an empty string.
inline QString execStoreSql(const CliStore& store, const QString& sqliteSql, const QString& postgresSql)
{
    if (store.kind != QLatin1String("sqlite")) {
        QString error;
        if (!store.database->exec(postgresSql, &error))
            return error.isEmpty() ? QStringLiteral("the statement failed") : error;
        return {};
    }
    const QString connection = QStringLiteral("tamper-") + QString::number(quintptr(&store));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store.url.mid(int(qstrlen("sqlite:"))));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sqliteSql))
                error = q.lastError().text();
            else if (q.numRowsAffected() < 1)
                error = QStringLiteral("no row matched: ") + sqliteSql;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// Table of store kinds for data-driven tests.
inline void addStoreKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

} // namespace sagascope::test

// Makes `store` for the current row's kind, failing the test when it cannot be made.
#define FRESH_CLI_STORE(store)                                                                                         \
    QFETCH(QString, kind);                                                                                             \
    const sagascope::test::CliStore store = sagascope::test::makeCliStore(kind);                                       \
    QVERIFY2(store.error.isEmpty(), qPrintable(store.error))
