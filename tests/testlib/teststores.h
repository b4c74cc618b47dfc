// SPDX-License-Identifier: MIT
// Fresh, isolated stores for tests: a new in-memory store, a new SQLite file in a temporary
// folder, or a new PostgreSQL database on the test cluster ($SAGASCOPE_TEST_PG_URL).
#pragma once

#include "eventstore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sagascope::test {

// The PostgreSQL admin URL of the test cluster, or an empty string (and a QFAIL-able message)
// when $SAGASCOPE_TEST_PG_URL is not set.
QString pgAdminUrl();

// Creates a new empty database on the test cluster and returns its URL; drops it in the destructor.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }
    // Runs SQL on the database as the admin (for corrupting data on purpose in tests).
    bool exec(const QString& sql, QString* error = nullptr) const;

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

// A fresh store of the given kind ("memory", "sqlite" or "postgres") and what keeps it alive.
struct TestStore
{
    QString kind;
    QString url;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ScratchDatabase> database;
    std::unique_ptr<EventStore> store;
    QString error; // why the store could not be made
};

TestStore makeTestStore(const QString& kind);

} // namespace sagascope::test
