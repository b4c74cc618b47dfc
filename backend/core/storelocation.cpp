// SPDX-License-Identifier: MIT
#include "storelocation.h"

#include "coretr.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

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

namespace {

bool isPostgresUri(const QString& url)
{
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

bool isPostgresKeyValue(const QString& url)
{
    return !isPostgresUri(url)
        && (url.startsWith(QLatin1String("postgresql:")) || url.startsWith(QLatin1String("postgres:")));
}

QString percentDecoded(const QString& text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

} // namespace

UrlWithoutPassword splitPassword(const QString& url)
{
    UrlWithoutPassword out { url.trimmed(), QString() };
    if (isPostgresUri(out.url)) {
        static const QRegularExpression userPassword(QStringLiteral(R"(^(postgres(?:ql)?://[^:/@?]*):([^@/?]*)@)"));
        if (const auto m = userPassword.match(out.url); m.hasMatch()) {
            out.password = percentDecoded(m.captured(2));
            out.url.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + QLatin1Char('@'));
        }
        static const QRegularExpression queryPassword(QStringLiteral(R"([?&]password=([^&#]*))"));
        if (const auto m = queryPassword.match(out.url); m.hasMatch()) {
            out.password = percentDecoded(m.captured(1));
            const qsizetype at = m.capturedStart();
            const bool first = out.url[at] == QLatin1Char('?');
            out.url.remove(at, m.capturedLength());
            // The parameter after a removed first one becomes the first.
            if (first && at < out.url.size() && out.url[at] == QLatin1Char('&'))
                out.url[at] = QLatin1Char('?');
        }
    } else if (isPostgresKeyValue(out.url)) {
        static const QRegularExpression kvPassword(QStringLiteral(R"(\s*password\s*=\s*('((?:[^'\\]|\\.)*)'|\S*))"));
        if (const auto m = kvPassword.match(out.url); m.hasMatch()) {
            QString value = m.captured(2);
            if (m.captured(1).startsWith(QLatin1Char('\''))) {
                static const QRegularExpression escaped(QStringLiteral(R"(\\(.))"));
                value.replace(escaped, QStringLiteral("\\1"));
            } else {
                value = m.captured(1);
            }
            out.password = value;
            out.url.remove(m.capturedStart(), m.capturedLength());
        }
    }
    return out;
}

QString withPassword(const QString& url, const QString& password)
{
    if (password.isEmpty())
        return url;
    if (isPostgresUri(url)) {
        const qsizetype fragment = url.indexOf(QLatin1Char('#'));
        QString out = fragment < 0 ? url : url.left(fragment);
        out += out.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        return out + QStringLiteral("password=") + QString::fromLatin1(QUrl::toPercentEncoding(password));
    }
    if (isPostgresKeyValue(url)) {
        QString quoted = password;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return url + QStringLiteral(" password='") + quoted + QLatin1Char('\'');
    }
    return url;
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
