// SPDX-License-Identifier: MIT
// What the PostgreSQL suites share: a raw libpq connection for doing things behind the store's
// back (holding a transaction, damaging rows, terminating backends) and small helpers.
// Header-only so that each suite stays one tst_*.cpp.
#pragma once

#include "eventstore.h"
#include "fingerprint.h"
#include "teststores.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

#include <libpq-fe.h>

namespace sagascope::test {

inline QString describe(const Error& e)
{
    return e.codeName() + QStringLiteral(": ") + e.message;
}

#define REQUIRE_OK(expr)                                                                                               \
    [&]() {                                                                                                            \
        auto r_ = (expr);                                                                                              \
        if (!r_.has_value())                                                                                           \
            qFatal("%s failed: %s", #expr, qPrintable(sagascope::test::describe(r_.error())));                         \
        return std::move(*r_);                                                                                         \
    }()

#define REQUIRE_DONE(expr)                                                                                             \
    do {                                                                                                               \
        auto r_ = (expr);                                                                                              \
        if (!r_.has_value())                                                                                           \
            qFatal("%s failed: %s", #expr, qPrintable(sagascope::test::describe(r_.error())));                         \
    } while (false)

// Suites that need PostgreSQL fail (not skip) without a server.
#define REQUIRE_PG_SERVER()                                                                                            \
    QVERIFY2(!sagascope::test::pgAdminUrl().isEmpty(),                                                                 \
        "SAGASCOPE_TEST_PG_URL is not set: run the tests through scripts/test.sh, which starts PostgreSQL")

inline NewEvent newEvent(const QString& type, const QJsonObject& payload = {}, const QJsonObject& metadata = {})
{
    return NewEvent::fromJson(type, payload, metadata);
}

inline AppendRequest appendRequest(const QString& stream, QList<NewEvent> events,
    ExpectedVersion expected = ExpectedVersion::any(), const QString& type = {})
{
    AppendRequest r;
    r.streamId = stream;
    r.streamType = type;
    r.expected = expected;
    r.events = std::move(events);
    return r;
}

// The test cluster's URL with another password (or none).
inline QString urlWithPassword(const QString& url, const QString& password)
{
    QUrl u(url);
    u.setPassword(password.isEmpty() ? QString() : password);
    return u.toString();
}

// A plain libpq connection, owned here and closed in the destructor.
class RawConnection
{
public:
    explicit RawConnection(const QString& url)
        : m_conn(PQconnectdb(url.toUtf8().constData()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            m_error = QString::fromUtf8(PQerrorMessage(m_conn));
    }
    ~RawConnection() { PQfinish(m_conn); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return m_error; }
    PGconn* get() const { return m_conn; }

    // Runs fixed SQL (or SQL with text parameters); the first column of the first row as text,
    // an empty string for statements without rows, nullopt on error (see error()).
    std::optional<QString> query(const QByteArray& sql, const QList<QByteArray>& params = {})
    {
        std::vector<const char*> values;
        for (const QByteArray& p : params)
            values.push_back(p.isNull() ? nullptr : p.constData());
        PGresult* r = PQexecParams(
            m_conn, sql.constData(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        std::optional<QString> out;
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            out = (status == PGRES_TUPLES_OK && PQntuples(r) > 0) ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
        } else {
            m_error = QString::fromUtf8(PQresultErrorMessage(r));
        }
        PQclear(r);
        return out;
    }

    // Appends one event through the store's own SQL function, on this connection (and inside
    // its transaction, if one is open). Returns the position written, or 0.
    qint64 appendThroughFunction(const QString& streamId, const QUuid& eventId, const QString& type)
    {
        NewEvent e;
        e.eventId = eventId;
        e.eventType = type;
        e.payload = "{}";
        e.metadata = "{}";
        const QList<QByteArray> params {
            streamId.toUtf8(),
            eventId.toString(QUuid::WithoutBraces).toLatin1(),
            type.toUtf8(),
            "\\x" + eventDigest(eventId, streamId, e).toHex(),
        };
        const auto position = query("SELECT o_last_position FROM sagascope.append($1, '', 'held', -1, ARRAY[$2::uuid], "
                                    "ARRAY[$3::text], '{1}', '{\"{}\"}', '{\"{}\"}', '{NULL}', NULL, "
                                    "ARRAY[$4::bytea]) WHERE o_status = 0",
            params);
        return position ? position->toLongLong() : 0;
    }

private:
    PGconn* m_conn;
    QString m_error;
};

} // namespace sagascope::test
