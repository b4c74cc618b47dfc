// SPDX-License-Identifier: MIT
// `demo`: writes the demo data set (backend/demo) into the store, with progress on a terminal.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "demodata.h"
#include "terminal.h"

#include <QElapsedTimer>
#include <QLocale>

namespace sagascope::cli {

int runDemo(const CliContext& context, const QStringList& arguments)
{
    const DemoOptions defaults;
    CommandLine cl(QStringLiteral("demo"), CliTr::tr("[options]"),
        CliTr::tr("Writes the demo data set: orders, checkout sagas and fulfilment flows linked by correlation ids, "
                  "plus one long saga; open sagas get pending timers. Running it again writes nothing new."));
    cl.addValueOption(QStringLiteral("streams"), CliTr::tr("N"),
        CliTr::tr("Ordinary streams, spread over orders, sagas and flows (default %1).").arg(defaults.streams));
    cl.addValueOption(QStringLiteral("long-stream-events"), CliTr::tr("M"),
        CliTr::tr("Events of the long saga saga-long-0001; 0 for none (default %1).").arg(defaults.longStreamEvents));
    cl.addValueOption(QStringLiteral("seed"), CliTr::tr("S"),
        CliTr::tr("Another seed gives another, equally deterministic data set (default %1).").arg(defaults.seed));
    cl.addValueOption(QStringLiteral("batch-events"), CliTr::tr("N"),
        CliTr::tr("Events per transaction (default %1).").arg(defaults.batchEvents));
    if (auto exit = cl.parse(arguments, 0))
        return *exit;

    DemoOptions options;
    auto streams = cl.integer(QStringLiteral("streams"), 0);
    if (!streams)
        return reportError(streams.error());
    auto longEvents = cl.integer(QStringLiteral("long-stream-events"), 0);
    if (!longEvents)
        return reportError(longEvents.error());
    auto seed = cl.integer(QStringLiteral("seed"), 0);
    if (!seed)
        return reportError(seed.error());
    auto batch = cl.integer(QStringLiteral("batch-events"), 1);
    if (!batch)
        return reportError(batch.error());
    if (streams->value_or(0) > 1000000 || seed->value_or(0) > 0xFFFFFFFFLL || batch->value_or(0) > 1000000)
        return usageError(CliTr::tr("--streams and --batch-events go up to 1000000 and --seed up to 4294967295."));
    options.streams = int(streams->value_or(defaults.streams));
    options.longStreamEvents = longEvents->value_or(defaults.longStreamEvents);
    options.seed = quint32(seed->value_or(defaults.seed));
    options.batchEvents = int(batch->value_or(defaults.batchEvents));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());

    const QLocale locale;
    const bool showProgress = stderrIsTerminal();
    const qint64 total = showProgress ? demoEventCount(options) : 0;
    QElapsedTimer timer;
    timer.start();
    auto summary = writeDemoData(**store, options, [&](qint64 done) {
        if (showProgress)
            printProgress(
                CliTr::tr("Writing demo data: %1 of %2 events").arg(locale.toString(done), locale.toString(total)));
    });
    if (showProgress)
        printProgress(QString());
    if (!summary)
        return reportError(summary.error());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    printLine(CliTr::tr("%1 now holds the demo data set: %2 streams, %3 events (%4 new, %5 already stored) and %6 "
                        "pending timers after %7 s.")
                  .arg((*store)->displayUrl(), QString::number(summary->streams), QString::number(summary->events),
                      QString::number(summary->eventsWritten), QString::number(summary->eventsAlreadyStored),
                      QString::number(summary->timersScheduled + summary->timersAlreadyPending),
                      QString::number(seconds, 'f', 2)));
    return 0;
}

} // namespace sagascope::cli
