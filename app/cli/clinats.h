// SPDX-License-Identifier: MIT
// The NATS side of sagascope-cli: the server from --nats (else $SAGASCOPE_NATS, else the local
// default) and the signal stream options shared by the signal and ingest commands.
#pragma once

#include "commandline.h"
#include "commands.h"
#include "natsconnection.h"
#include "signalbus.h"

#include <memory>

namespace sagascope::cli {

Result<std::unique_ptr<nats::NatsConnection>> connectCliNats(const CliContext& context);

// A connection and the signal bus on it (the stream made sure of), from --nats and the stream options.
struct CliSignalBus
{
    std::unique_ptr<nats::NatsConnection> connection;
    std::unique_ptr<nats::SignalBus> bus; // declared last: destroyed before its connection
};
Result<CliSignalBus> openCliSignalBus(const CliContext& context, const CommandLine& cl);

// --stream and --subject-template.
void addSignalStreamOptions(CommandLine& cl);
nats::SignalStreamSettings signalStreamSettings(const CommandLine& cl);

} // namespace sagascope::cli
