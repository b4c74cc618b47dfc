// SPDX-License-Identifier: MIT
// `ingest`: records signals from the signal stream as SignalReceived events in the store, until
// interrupted, or with --once until nothing is pending.
#include "clinats.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "signalingester.h"
#include "terminal.h"

namespace sagascope::cli {

int runIngest(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("ingest"), CliTr::tr("[options]"),
        CliTr::tr("Records signals as SignalReceived events on their saga's stream, each exactly once, until "
                  "interrupted (Ctrl+C)."));
    cl.addFlag(QStringLiteral("once"), CliTr::tr("Record everything pending, then exit."));
    const nats::IngesterSettings defaults;
    cl.addValueOption(QStringLiteral("consumer"), CliTr::tr("NAME"),
        CliTr::tr("The durable consumer; ingesters sharing it share the work (default %1).")
            .arg(defaults.consumerName));
    cl.addValueOption(QStringLiteral("batch"), CliTr::tr("N"),
        CliTr::tr("Signals per fetch and per store transaction (default %1).").arg(defaults.batchSize));
    cl.addValueOption(QStringLiteral("ack-wait"), CliTr::tr("S"),
        CliTr::tr("When the consumer is created: seconds before signals taken by an ingester that died are handed "
                  "out again (default %1).")
            .arg(defaults.ackWaitSeconds));
    addSignalStreamOptions(cl);
    if (auto exit = cl.parse(arguments, 0))
        return *exit;
    nats::IngesterSettings settings;
    if (cl.isSet(QStringLiteral("consumer")))
        settings.consumerName = cl.value(QStringLiteral("consumer"));
    auto batch = cl.integer(QStringLiteral("batch"), 1);
    if (!batch)
        return reportError(batch.error());
    settings.batchSize = int(std::min<qint64>(batch->value_or(defaults.batchSize), 10000));
    auto ackWait = cl.integer(QStringLiteral("ack-wait"), 1);
    if (!ackWait)
        return reportError(ackWait.error());
    settings.ackWaitSeconds = int(std::min<qint64>(ackWait->value_or(defaults.ackWaitSeconds), 3600));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());
    auto session = openCliSignalBus(context, cl);
    if (!session)
        return reportError(session.error());
    nats::SignalBus& bus = *session->bus;
    auto ingester = nats::SignalIngester::open(bus, **store, settings);
    if (!ingester)
        return reportError(ingester.error());
    (*ingester)->setProblemHandler([](const nats::ReceivedSignal& signal, const QString& reason) {
        printNote(CliTr::tr("Not recorded: the message at stream sequence %1 on %2: %3.")
                      .arg(QString::number(signal.streamSequence), signal.subject, reason));
    });

    Result<nats::IngestReport> report;
    if (cl.isSet(QStringLiteral("once"))) {
        report = (*ingester)->runOnce();
    } else {
        const std::atomic<bool>& stopRequested = stopOnInterrupt();
        printNote(CliTr::tr("Recording signals of stream %1 into %2; Ctrl+C stops.")
                      .arg(bus.settings().streamName, (*store)->displayUrl()));
        report = (*ingester)->run(stopRequested);
    }
    if (!report)
        return reportError(report.error());
    printLine(CliTr::tr("Recorded %1 signal(s); %2 already stored, %3 malformed, %4 refused by the store.")
                  .arg(report->recorded)
                  .arg(report->alreadyStored)
                  .arg(report->malformed)
                  .arg(report->rejected));
    return 0;
}

} // namespace sagascope::cli
