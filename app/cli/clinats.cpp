// SPDX-License-Identifier: MIT
#include "clinats.h"

#include "clitr.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sagascope::cli {

QString natsUrl(const CliContext& context)
{
    if (!context.globalNats.isEmpty())
        return context.globalNats;
    const QString fromEnvironment = qEnvironmentVariable("SAGASCOPE_NATS");
    return fromEnvironment.isEmpty() ? QString(defaultNatsUrl) : fromEnvironment;
}

Result<std::unique_ptr<nats::NatsConnection>> connectCliNats(const CliContext& context)
{
    nats::NatsSettings settings;
    settings.url = natsUrl(context);
    settings.credsFile = qEnvironmentVariable("SAGASCOPE_NATS_CREDS");
    settings.clientName = QStringLiteral("sagascope-cli");
    return nats::NatsConnection::connect(settings);
}

Result<CliSignalBus> openCliSignalBus(const CliContext& context, const CommandLine& cl)
{
    CliSignalBus opened;
    auto connection = connectCliNats(context);
    if (!connection)
        return std::unexpected(connection.error());
    opened.connection = std::move(*connection);
    auto bus = nats::SignalBus::open(*opened.connection, signalStreamSettings(cl));
    if (!bus)
        return std::unexpected(bus.error());
    opened.bus = std::move(*bus);
    return opened;
}

void addSignalStreamOptions(CommandLine& cl)
{
    const nats::SignalStreamSettings defaults;
    cl.addValueOption(QStringLiteral("stream"), CliTr::tr("NAME"),
        CliTr::tr("The JetStream stream that keeps the signals (default %1).").arg(defaults.streamName));
    cl.addValueOption(QStringLiteral("subject-template"), CliTr::tr("TEMPLATE"),
        CliTr::tr("The subject of a saga's signals, with {saga_id} (default %1).").arg(defaults.subjectTemplate));
}

nats::SignalStreamSettings signalStreamSettings(const CommandLine& cl)
{
    nats::SignalStreamSettings settings;
    if (cl.isSet(QStringLiteral("stream")))
        settings.streamName = cl.value(QStringLiteral("stream"));
    if (cl.isSet(QStringLiteral("subject-template")))
        settings.subjectTemplate = cl.value(QStringLiteral("subject-template"));
    return settings;
}

Result<QJsonObject> jsonObjectOption(const CommandLine& cl, const QString& name)
{
    if (!cl.isSet(name))
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(cl.value(name).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput,
            CliTr::tr("The --%1 value is not a valid JSON object (%2).")
                .arg(name,
                    error.error != QJsonParseError::NoError ? error.errorString() : CliTr::tr("it is not an object")));
    return document.object();
}

} // namespace sagascope::cli
