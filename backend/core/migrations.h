// SPDX-License-Identifier: MIT
// Versioned schema migrations shared by the SQL stores: numbered .sql files embedded as
// resources, applied in order, each recorded with its checksum. A database that has a migration
// this build does not know, or whose recorded checksum differs, is reported and not used.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sagascope {

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QByteArray checksum; // hex SHA-256 of sql
};

struct AppliedMigration
{
    int version = 0;
    QByteArray checksum;
};

// Reads NNN_name.sql files from a resource folder, sorted by number.
QList<Migration> loadMigrations(const QString& resourceDir);

// The migrations to apply, or SchemaMismatch when what is applied does not match what is known.
// `storeName` is used in messages.
Result<QList<Migration>> pendingMigrations(
    const QList<Migration>& known, const QList<AppliedMigration>& applied, const QString& storeName);

// A table, column, sequence or function a store reads is missing, although the migrations may
// all match: another SagaScope changed the store, or something else did. `why` is the
// database's own reason. Stores check every table and column once on open, so this is seen there
// rather than query by query later.
Error schemaChangedError(const QString& storeName, const QString& why);

} // namespace sagascope
