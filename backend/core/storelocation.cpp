// SPDX-License-Identifier: MIT
#include "storelocation.h"

#include "coretr.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sagascope {

Result<StoreLocation> StoreLocation::parse(const QString& url)
{
    const QString u = url.trimmed();
    StoreLocation loc;
    if (u.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The store URL is empty."));
    if (u == QLatin1String("memory:") || u == QLatin1String("memory")) {
        loc.kind = Kind::Memory;
        return loc;
    }
    if (u.startsWith(QLatin1String("postgresql://")) || u.startsWith(QLatin1String("postgres://"))) {
        loc.kind = Kind::Postgres;
        loc.connInfo = u;
        return loc;
    }
    if (u.startsWith(QLatin1String("postgresql:")) || u.startsWith(QLatin1String("postgres:"))) {
        loc.kind = Kind::Postgres;
        loc.connInfo = u.mid(u.indexOf(QLatin1Char(':')) + 1).trimmed();
        return loc;
    }
    QString path = u;
    if (u.startsWith(QLatin1String("sqlite://")))
        path = u.mid(9);
    else if (u.startsWith(QLatin1String("sqlite:")))
        path = u.mid(7);
    else if (u.contains(QLatin1String("://")))
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Unknown store URL \"%1\": use postgresql://…, sqlite:PATH or memory:.").arg(u));
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The SQLite store URL has no file path."));
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    loc.kind = Kind::Sqlite;
    loc.path = path;
    return loc;
}

QString StoreLocation::displayUrl() const
{
    switch (kind) {
    case Kind::Memory:
        return QStringLiteral("memory:");
    case Kind::Sqlite:
        return QStringLiteral("sqlite:") + path;
    case Kind::Postgres:
        break;
    }
    QString s = connInfo;
    // URI form: scheme://user:password@host
    static const QRegularExpression uriPassword(QStringLiteral(R"(^(postgres(?:ql)?://[^:/@]*):[^@/]*@)"));
    s.replace(uriPassword, QStringLiteral("\\1:***@"));
    static const QRegularExpression kvPassword(QStringLiteral(R"(password\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
    if (!s.contains(QLatin1String("://")))
        s.replace(kvPassword, QStringLiteral("password=***"));
    static const QRegularExpression queryPassword(QStringLiteral(R"(([?&]password=)[^&]*)"));
    s.replace(queryPassword, QStringLiteral("\\1***"));
    return s.startsWith(QLatin1String("postgres")) ? s : QStringLiteral("postgresql:") + s;
}

QString defaultStorePath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/sagascope/default.sagascope");
}

QString defaultStoreUrl()
{
    const QString env = qEnvironmentVariable("SAGASCOPE_STORE");
    if (!env.trimmed().isEmpty())
        return env;
    return QStringLiteral("sqlite:") + defaultStorePath();
}

} // namespace sagascope
