// SPDX-License-Identifier: MIT
// The optimistic-concurrency condition of an append.
#pragma once

#include "error.h"

#include <QString>

namespace sagascope {

class ExpectedVersion
{
public:
    enum class Kind
    {
        Any,
        NoStream,
        StreamExists,
        Exact
    };

    static ExpectedVersion any() { return ExpectedVersion(Kind::Any, -1); }
    static ExpectedVersion noStream() { return ExpectedVersion(Kind::NoStream, 0); }
    static ExpectedVersion streamExists() { return ExpectedVersion(Kind::StreamExists, -1); }
    // exact(0) means the stream must not exist yet, like noStream().
    static ExpectedVersion exact(qint64 version)
    {
        return version == 0 ? noStream() : ExpectedVersion(Kind::Exact, version);
    }
    // Parses the command-line spelling: any | no-stream | exists | N.
    static Result<ExpectedVersion> parse(const QString& text);

    Kind kind() const { return m_kind; }
    qint64 version() const { return m_version; }
    QString toString() const;

    // Checks the condition against the stream's current version (0 when it does not exist).
    // The conflict error names both the expected and the actual version.
    Result<void> check(const QString& streamId, qint64 currentVersion) const;

    // A compact integer for SQL parameters: >= 0 exact (0 = no stream), -1 any, -3 exists.
    qint64 encoded() const;

    friend bool operator==(const ExpectedVersion&, const ExpectedVersion&) = default;

private:
    ExpectedVersion(Kind kind, qint64 version)
        : m_kind(kind)
        , m_version(version)
    { }
    Kind m_kind;
    qint64 m_version;
};

} // namespace sagascope
