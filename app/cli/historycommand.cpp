// SPDX-License-Identifier: MIT
// `history`: the events of one stream, filtered, forwards or backwards, read in pages.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "eventprinter.h"
#include "upcasters.h"

#include <limits>

namespace sagascope::cli {

int runHistory(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("history"), CliTr::tr("STREAM [options]"),
        CliTr::tr("Prints the events of one stream in version order (or backwards)."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addValueOption(QStringLiteral("from-version"), CliTr::tr("N"), CliTr::tr("Start at version N (default 1)."));
    cl.addValueOption(
        QStringLiteral("to-version"), CliTr::tr("N"), CliTr::tr("Stop at version N (default: the last)."));
    cl.addValueOption(QStringLiteral("since"), CliTr::tr("TIME"),
        CliTr::tr("Only events recorded at or after TIME (ISO 8601, e.g. 2026-03-02T08:00:00Z)."));
    cl.addValueOption(QStringLiteral("until"), CliTr::tr("TIME"), CliTr::tr("Only events recorded at or before TIME."));
    cl.addValueOption(QStringLiteral("event-type"), CliTr::tr("TYPE"),
        CliTr::tr("Only events of this type; repeat the option for several types."));
    cl.addFlag(QStringLiteral("backward"), CliTr::tr("Newest first."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Print at most N events."));
    cl.addFlag(QStringLiteral("upcast"),
        CliTr::tr("Show payloads upcast to the newest schema of their event type (default: as stored); NDJSON "
                  "lines of upcast events say \"upcast_from\": the stored schema version."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    auto from = cl.integer(QStringLiteral("from-version"), 1);
    if (!from)
        return reportError(from.error());
    auto to = cl.integer(QStringLiteral("to-version"), 1);
    if (!to)
        return reportError(to.error());
    auto since = cl.instant(QStringLiteral("since"));
    if (!since)
        return reportError(since.error());
    auto until = cl.instant(QStringLiteral("until"));
    if (!until)
        return reportError(until.error());
    auto limit = cl.integer(QStringLiteral("limit"), 1);
    if (!limit)
        return reportError(limit.error());
    auto format = cl.format();
    if (!format)
        return reportError(format.error());
    // An empty range asked for by mistake says so, rather than printing nothing.
    if (*from && *to && **from > **to)
        return usageError(CliTr::tr("--from-version %1 is after --to-version %2.")
                              .arg(QString::number(**from), QString::number(**to)));
    if (*since && *until && **since > **until)
        return usageError(CliTr::tr("--since is later than --until."));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    const QString streamId = cl.positional(0);
    auto info = (*store)->streamInfo(streamId);
    if (!info)
        return reportError(info.error());

    StreamQuery query;
    query.streamId = streamId;
    query.direction = cl.isSet(QStringLiteral("backward")) ? ReadDirection::Backward : ReadDirection::Forward;
    query.minVersion = from->value_or(1);
    query.maxVersion = std::min(to->value_or(info->lastVersion), info->lastVersion);
    query.sinceUs = *since;
    query.untilUs = *until;
    query.eventTypes = cl.values(QStringLiteral("event-type"));

    EventPrinter printer(*format, false);
    const UpcasterRegistry upcasters = UpcasterRegistry::withBuiltIns();
    if (cl.isSet(QStringLiteral("upcast")))
        printer.setUpcaster(&upcasters);
    query.limit = int(std::min<qint64>(limit->value_or(0), std::numeric_limits<int>::max()));
    // Printed a page at a time, so a history of any length is held a few thousand events at a
    // time; what was read before an error is printed before the error.
    QList<RecordedEvent> page;
    const auto flush = [&] {
        printer.print(page);
        page.clear();
    };
    auto visited = (*store)->visitStream(query, [&](const RecordedEvent& e) {
        page.append(e);
        if (page.size() >= readPageSize)
            flush();
        return true;
    });
    if (!page.isEmpty())
        flush();
    if (!visited)
        return reportError(visited.error());
    return printer.finish();
}

} // namespace sagascope::cli
