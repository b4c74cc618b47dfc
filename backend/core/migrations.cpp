// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "coretr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace sagascope {

QList<Migration> loadMigrations(const QString& resourceDir)
{
    QList<Migration> out;
    const QDir dir(resourceDir);
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = file.section(QLatin1Char('_'), 0, 0).toInt();
        m.name = file;
        m.sql = f.readAll();
        m.checksum = QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex();
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

Result<QList<Migration>> pendingMigrations(
    const QList<Migration>& known, const QList<AppliedMigration>& applied, const QString& storeName)
{
    if (known.isEmpty())
        return fail(
            ErrorCode::Internal, CoreTr::tr("This build of SagaScope has no schema migrations for %1.").arg(storeName));
    for (const AppliedMigration& a : applied) {
        const auto it
            = std::find_if(known.cbegin(), known.cend(), [&](const Migration& m) { return m.version == a.version; });
        if (it == known.cend())
            return fail(ErrorCode::SchemaMismatch,
                CoreTr::tr("The store %1 has schema migration %2, which this version of SagaScope does not know: "
                           "it was written by a newer SagaScope.")
                    .arg(storeName, QString::number(a.version)));
        if (it->checksum != a.checksum)
            return fail(ErrorCode::SchemaMismatch,
                CoreTr::tr("The schema of the store %1 differs from what SagaScope expects: migration %2 (%3) "
                           "was applied with a different checksum.")
                    .arg(storeName, QString::number(a.version), it->name));
    }
    QList<Migration> pending;
    for (const Migration& m : known) {
        const bool done = std::any_of(
            applied.cbegin(), applied.cend(), [&](const AppliedMigration& a) { return a.version == m.version; });
        if (!done)
            pending.append(m);
    }
    return pending;
}

Error schemaChangedError(const QString& storeName, const QString& why)
{
    return Error { ErrorCode::SchemaMismatch,
        CoreTr::tr("The store %1 does not have the schema SagaScope expects (%2): another version of "
                   "SagaScope or something else changed it.")
            .arg(storeName, why) };
}

} // namespace sagascope
