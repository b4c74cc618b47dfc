// SPDX-License-Identifier: MIT
// The argument parser of one command: QCommandLineParser with the CLI's conventions (every
// command takes --store and --help; a usage error is one sentence and exit code 1) and typed
// option values whose errors name the option.
#pragma once

#include "error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sagascope::cli {

enum class OutputFormat
{
    Table,
    Ndjson
};

class CommandLine
{
public:
    // `usage` follows the command name, e.g. "STREAM [options]"; `summary` is one sentence.
    CommandLine(QString command, QString usage, QString summary);

    void addOption(const QCommandLineOption& option);
    void addValueOption(const QString& name, const QString& valueName, const QString& description);
    void addFlag(const QString& name, const QString& description);
    // Adds --format table|ndjson.
    void addFormatOption();
    void addPositional(const QString& name, const QString& description);
    // Extra text printed at the end of --help (examples, notes).
    void setEpilog(const QString& text) { m_epilog = text; }

    // Parses the command's arguments (what follows the command name). Returns an exit code when
    // the command must stop: 0 after printing --help, 1 after a usage error.
    std::optional<int> parse(const QStringList& arguments, int positionalCount)
    {
        return parse(arguments, positionalCount, positionalCount);
    }
    // The same for a command whose last positional arguments are optional.
    std::optional<int> parse(const QStringList& arguments, int minPositional, int maxPositional);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    qsizetype positionalCount() const { return m_parser.positionalArguments().size(); }

    // The --store of the command, else the one given before the command, else the default.
    QString storeUrl(const QString& globalStore) const;
    // An integer option, or nullopt when it is not given; an error when it is not a whole number >= min.
    Result<std::optional<qint64>> integer(const QString& name, qint64 min) const;
    // An ISO 8601 date or time option as microseconds since the epoch.
    Result<std::optional<qint64>> instant(const QString& name) const;
    Result<OutputFormat> format() const;
    // A JSON object option as given (checked here rather than in the store, so the sentence can
    // name the option), or an empty array when it is not given.
    Result<QByteArray> jsonObject(const QString& name) const;
    // The same option as a QJsonObject ({} when absent).
    Result<QJsonObject> jsonObjectValue(const QString& name) const;
    // A UUID option, or a null one when it is not given.
    Result<QUuid> uuid(const QString& name) const;

    QString helpText() const;

private:
    QString m_command;
    QString m_usage;
    QString m_summary;
    QString m_epilog;
    QStringList m_positionalNames;
    QCommandLineParser m_parser;
};

// Prints a usage error as one sentence and returns the usage exit code (1).
int usageError(const QString& message);
// Prints an error as one sentence and returns its exit code.
int reportError(const Error& error);

} // namespace sagascope::cli
