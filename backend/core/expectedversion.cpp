// SPDX-License-Identifier: MIT
#include "expectedversion.h"

#include "coretr.h"

namespace sagascope {

Result<ExpectedVersion> ExpectedVersion::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("any"))
        return any();
    if (t == QLatin1String("no-stream") || t == QLatin1String("nostream"))
        return noStream();
    if (t == QLatin1String("exists") || t == QLatin1String("stream-exists"))
        return streamExists();
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v < 0)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Expected version \"%1\" is not one of any, no-stream, exists or a version number.").arg(text));
    return exact(v);
}

QString ExpectedVersion::toString() const
{
    switch (m_kind) {
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::NoStream:
        return QStringLiteral("no-stream");
    case Kind::StreamExists:
        return QStringLiteral("exists");
    case Kind::Exact:
        break;
    }
    return QString::number(m_version);
}

Result<void> ExpectedVersion::check(const QString& streamId, qint64 currentVersion) const
{
    switch (m_kind) {
    case Kind::Any:
        return {};
    case Kind::NoStream:
        if (currentVersion == 0)
            return {};
        return fail(ErrorCode::Conflict,
            CoreTr::tr("Expected stream \"%1\" not to exist, but it is at version %2.")
                .arg(streamId, QString::number(currentVersion)));
    case Kind::StreamExists:
        if (currentVersion > 0)
            return {};
        return fail(ErrorCode::Conflict,
            CoreTr::tr("Expected stream \"%1\" to exist, but it has no events (version 0).").arg(streamId));
    case Kind::Exact:
        break;
    }
    if (currentVersion == m_version)
        return {};
    return fail(ErrorCode::Conflict,
        CoreTr::tr("Expected stream \"%1\" at version %2, but it is at version %3.")
            .arg(streamId, QString::number(m_version), QString::number(currentVersion)));
}

qint64 ExpectedVersion::encoded() const
{
    switch (m_kind) {
    case Kind::Any:
        return -1;
    case Kind::NoStream:
        return 0;
    case Kind::StreamExists:
        return -3;
    case Kind::Exact:
        break;
    }
    return m_version;
}

} // namespace sagascope
