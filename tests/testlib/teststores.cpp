// SPDX-License-Identifier: MIT
#include "teststores.h"

#include "openstore.h"

#include <QUuid>

#include <libpq-fe.h>

namespace sagascope::test {

namespace {

// Replaces the database name of a libpq URI (postgresql://…/NAME?…).
QString withDatabase(const QString& url, const QString& name)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    const qsizetype slash = url.indexOf(QLatin1Char('/'), scheme + 3);
    const qsizetype query = url.indexOf(QLatin1Char('?'), scheme + 3);
    const QString head = slash < 0 ? (query < 0 ? url : url.left(query)) : url.left(slash);
    const QString tail = query < 0 ? QString() : url.mid(query);
    return head + QLatin1Char('/') + name + tail;
}

bool runAdmin(const QString& url, const QString& sql, QString* error)
{
    PGconn* conn = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return false;
    }
    PGresult* res = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = QString::fromUtf8(PQresultErrorMessage(res));
    PQclear(res);
    PQfinish(conn);
    return ok;
}

} // namespace

QString pgAdminUrl()
{
    return qEnvironmentVariable("SAGASCOPE_TEST_PG_URL");
}

ScratchDatabase::ScratchDatabase()
{
    const QString admin = pgAdminUrl();
    if (admin.isEmpty()) {
        m_error = QStringLiteral("SAGASCOPE_TEST_PG_URL is not set: run the tests through scripts/test.sh, which "
                                 "starts a PostgreSQL server");
        return;
    }
    m_name = QStringLiteral("sagascope_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!runAdmin(admin, QStringLiteral("CREATE DATABASE ") + m_name, &m_error))
        return;
    m_url = withDatabase(admin, m_name);
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_url.isEmpty())
        runAdmin(pgAdminUrl(), QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"),
            nullptr);
}

bool ScratchDatabase::exec(const QString& sql, QString* error) const
{
    return runAdmin(m_url, sql, error);
}

TestStore makeTestStore(const QString& kind)
{
    TestStore t;
    t.kind = kind;
    if (kind == QLatin1String("memory")) {
        t.url = QStringLiteral("memory:");
    } else if (kind == QLatin1String("sqlite")) {
        t.dir = std::make_unique<QTemporaryDir>();
        t.url = QStringLiteral("sqlite:") + t.dir->filePath(QStringLiteral("store.sagascope"));
    } else if (kind == QLatin1String("postgres")) {
        t.database = std::make_unique<ScratchDatabase>();
        if (!t.database->isValid()) {
            t.error = t.database->error();
            return t;
        }
        t.url = t.database->url();
    } else {
        t.error = QStringLiteral("unknown store kind ") + kind;
        return t;
    }
    auto store = openStore(t.url);
    if (!store) {
        t.error = store.error().message;
        return t;
    }
    t.store = std::move(*store);
    return t;
}

} // namespace sagascope::test
