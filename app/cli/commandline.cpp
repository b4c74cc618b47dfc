// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "canonicaljson.h"
#include "clitr.h"
#include "recordedevent.h"
#include "storelocation.h"
#include "terminal.h"

#include <QJsonDocument>

namespace sagascope::cli {

CommandLine::CommandLine(QString command, QString usage, QString summary)
    : m_command(std::move(command))
    , m_usage(std::move(usage))
    , m_summary(std::move(summary))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Our own help option: Qt's adds --help-all, which lists Qt's options no user needs here.
    m_parser.addOption(
        QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }, CliTr::tr("Show this help.")));
    m_parser.addOption(QCommandLineOption(QStringList { QStringLiteral("store") },
        CliTr::tr("The store: postgresql://…, sqlite:PATH (or a path) or memory:."), CliTr::tr("URL")));
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addValueOption(const QString& name, const QString& valueName, const QString& description)
{
    m_parser.addOption(QCommandLineOption(QStringList { name }, description, valueName));
}

void CommandLine::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(QStringList { name }, description));
}

void CommandLine::addFormatOption()
{
    addValueOption(QStringLiteral("format"), CliTr::tr("FORMAT"),
        CliTr::tr("table (aligned columns, the default) or ndjson (one JSON object per line, payloads exactly "
                  "as stored)."));
}

void CommandLine::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames.append(name);
}

std::optional<int> CommandLine::parse(const QStringList& arguments, int minPositional, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList { QStringLiteral("sagascope-cli") } + arguments))
        return usageError(CliTr::tr("%1; run \"sagascope-cli %2 --help\" for the options.")
                              .arg(withoutFinalStop(m_parser.errorText()), m_command));
    if (m_parser.isSet(QStringLiteral("help"))) {
        printLine(helpText());
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositional)
        return usageError(
            CliTr::tr("The %1 command needs %2; usage: sagascope-cli %1 %3.")
                .arg(m_command, m_positionalNames.mid(positional.size()).join(QLatin1Char(' ')), m_usage));
    if (positional.size() > maxPositional)
        return usageError(CliTr::tr("Unexpected argument \"%1\"; usage: sagascope-cli %2 %3.")
                              .arg(positional.at(maxPositional), m_command, m_usage));
    return std::nullopt;
}

QString CommandLine::storeUrl(const QString& globalStore) const
{
    if (m_parser.isSet(QStringLiteral("store")))
        return m_parser.value(QStringLiteral("store"));
    if (!globalStore.isEmpty())
        return globalStore;
    return defaultStoreUrl();
}

Result<std::optional<qint64>> CommandLine::integer(const QString& name, qint64 min) const
{
    if (!m_parser.isSet(name))
        return std::optional<qint64>();
    const QString text = m_parser.value(name);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min)
        return fail(ErrorCode::InvalidInput,
            CliTr::tr("--%1 needs a whole number of at least %2, not \"%3\".").arg(name).arg(min).arg(text));
    return std::optional<qint64>(value);
}

Result<std::optional<qint64>> CommandLine::instant(const QString& name) const
{
    if (!m_parser.isSet(name))
        return std::optional<qint64>();
    const QString text = m_parser.value(name);
    const auto us = usFromIso(text);
    if (!us)
        return fail(ErrorCode::InvalidInput,
            CliTr::tr("--%1 needs an ISO 8601 date or time such as 2026-03-02T08:00:00Z, not \"%2\".").arg(name, text));
    return std::optional<qint64>(*us);
}

Result<OutputFormat> CommandLine::format() const
{
    const QString text = m_parser.value(QStringLiteral("format")).trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("table"))
        return OutputFormat::Table;
    if (text == QLatin1String("ndjson") || text == QLatin1String("jsonl"))
        return OutputFormat::Ndjson;
    return fail(ErrorCode::InvalidInput,
        CliTr::tr("--format must be table or ndjson, not \"%1\".").arg(m_parser.value(QStringLiteral("format"))));
}

Result<QByteArray> CommandLine::jsonObject(const QString& name) const
{
    if (!m_parser.isSet(name))
        return QByteArray();
    const QByteArray text = m_parser.value(name).toUtf8();
    auto canonical = canonicalJson(text);
    if (!canonical) {
        QString reason = withoutFinalStop(canonical.error().message);
        if (!reason.isEmpty())
            reason[0] = reason[0].toLower();
        return fail(
            ErrorCode::InvalidInput, CliTr::tr("The --%1 value is not a valid JSON object (%2).").arg(name, reason));
    }
    return text;
}

Result<QJsonObject> CommandLine::jsonObjectValue(const QString& name) const
{
    auto text = jsonObject(name);
    if (!text)
        return std::unexpected(text.error());
    return QJsonDocument::fromJson(*text).object();
}

Result<QUuid> CommandLine::uuid(const QString& name) const
{
    if (!m_parser.isSet(name))
        return QUuid();
    const QUuid id = QUuid::fromString(m_parser.value(name).trimmed());
    if (id.isNull())
        return fail(ErrorCode::InvalidInput,
            CliTr::tr("--%1 needs a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, not \"%2\".")
                .arg(name, m_parser.value(name)));
    return id;
}

QString CommandLine::helpText() const
{
    // Qt's text starts with its own usage line; ours names the command.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    text = text.mid(firstBreak + 1);
    QString out = CliTr::tr("Usage: sagascope-cli %1 %2").arg(m_command, m_usage) + QLatin1Char('\n') + m_summary
        + QLatin1Char('\n') + text;
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    if (!m_epilog.isEmpty())
        out += QStringLiteral("\n\n") + m_epilog;
    return out;
}

int usageError(const QString& message)
{
    printError(message);
    return 1;
}

int reportError(const Error& error)
{
    printError(error.message);
    return error.exitCode();
}

} // namespace sagascope::cli
