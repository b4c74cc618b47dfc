// SPDX-License-Identifier: MIT
// Where a store lives, parsed from its URL: `memory:`, `sqlite:PATH` (or a bare path) or
// `postgresql://…` / `postgres://…` (libpq URI or key=value connection string after `postgresql:`).
#pragma once

#include "error.h"

#include <QString>

namespace sagascope {

struct StoreLocation
{
    enum class Kind
    {
        Memory,
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Memory;
    QString path; // SQLite file
    QString connInfo; // PostgreSQL connection string as libpq takes it

    static Result<StoreLocation> parse(const QString& url);
    // The URL with any password replaced by "***", for display and logs.
    QString displayUrl() const;
};

struct OpenOptions
{
    // Read-only: never migrate or write; a store that needs migrating is reported instead.
    bool readOnly = false;
};

// A store URL without its password, and the password (empty when it had none): what a saved
// connection profile keeps apart. Only PostgreSQL URLs carry one, in the user part or as a
// `password=` parameter of the URI, or as `password=` of a key=value string.
struct UrlWithoutPassword
{
    QString url;
    QString password;
};
UrlWithoutPassword splitPassword(const QString& url);
// A PostgreSQL `url` without a password, with `password` added as libpq reads it; other URLs and
// empty passwords leave it as it is.
QString withPassword(const QString& url, const QString& password);

// The embedded default store in the user's data folder (created on first use).
QString defaultStorePath();
// $SAGASCOPE_STORE if set, else sqlite:<defaultStorePath()>.
QString defaultStoreUrl();

} // namespace sagascope
