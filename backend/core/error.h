// SPDX-License-Identifier: MIT
// Errors are values: every fallible engine call returns Result<T>, never throws across a library boundary.
#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace sagascope {

enum class ErrorCode
{
    NotFound,
    Conflict,
    InvalidInput,
    Connection,
    Auth,
    SchemaMismatch,
    CorruptData,
    Internal,
};

// `sentence` trimmed and without its final full stops, to be a clause of another sentence
// ("… failed (reason).").
QString withoutFinalStop(QString sentence);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one sentence a user can act on

    // Stable machine name of the code, e.g. "not-found" (used in NDJSON and logs).
    static QString codeName(ErrorCode code);
    QString codeName() const { return codeName(code); }
    // Exit code of sagascope-cli for this error.
    int exitCode() const;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error { code, std::move(message) });
}

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::Error)
