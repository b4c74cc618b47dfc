// SPDX-License-Identifier: MIT
#include "error.h"

namespace sagascope {

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::Connection:
        return QStringLiteral("connection");
    case ErrorCode::Auth:
        return QStringLiteral("auth");
    case ErrorCode::SchemaMismatch:
        return QStringLiteral("schema-mismatch");
    case ErrorCode::CorruptData:
        return QStringLiteral("corrupt-data");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

int Error::exitCode() const
{
    switch (code) {
    case ErrorCode::NotFound:
        return 2;
    case ErrorCode::Conflict:
        return 3;
    case ErrorCode::Connection:
    case ErrorCode::Auth:
        return 5;
    case ErrorCode::CorruptData:
        return 4;
    case ErrorCode::InvalidInput:
    case ErrorCode::SchemaMismatch:
    case ErrorCode::Internal:
        break;
    }
    return 1;
}

QString withoutFinalStop(QString sentence)
{
    sentence = sentence.trimmed();
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

} // namespace sagascope
