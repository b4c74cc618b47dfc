// SPDX-License-Identifier: MIT
#include "clinats.h"

#include "clitr.h"

namespace sagascope::cli {

Result<std::unique_ptr<nats::NatsConnection>> connectCliNats(const CliContext& context)
{
    return nats::NatsConnection::connect(nats::natsSettingsFor(context.globalNats, QStringLiteral("sagascope-cli")));
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

} // namespace sagascope::cli
