// SPDX-License-Identifier: MIT
// `read-all` (the global log in position order, or the events of some types across streams)
// and `correlation` (the events of one business transaction across streams).
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "eventprinter.h"

#include <climits>

namespace sagascope::cli {

int runReadAll(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("read-all"), CliTr::tr("[options]"),
        CliTr::tr("Prints the global log of every stream in position (commit) order."));
    cl.addValueOption(QStringLiteral("from-position"), CliTr::tr("P"),
        CliTr::tr("Start at position P (default 1); to continue a previous read, pass its last position + 1."));
    cl.addValueOption(QStringLiteral("event-type"), CliTr::tr("TYPE"),
        CliTr::tr("Only events of this type, from every stream; repeat the option for several types."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Print at most N events."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 0))
        return *exit;
    auto from = cl.integer(QStringLiteral("from-position"), 1);
    if (!from)
        return reportError(from.error());
    auto limit = cl.integer(QStringLiteral("limit"), 1);
    if (!limit)
        return reportError(limit.error());
    auto format = cl.format();
    if (!format)
        return reportError(format.error());

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    EventPrinter printer(*format, true);
    LogQuery query;
    query.afterPosition = from->value_or(1) - 1;
    query.eventTypes = cl.values(QStringLiteral("event-type"));
    qint64 remaining = limit->value_or(0);
    for (;;) {
        query.limit = int(remaining > 0 ? std::min<qint64>(remaining, readPageSize) : readPageSize);
        auto page = (*store)->readAll(query);
        if (!page)
            return reportError(page.error());
        // A short page is not the end: a commit-safe log may hold back events of transactions
        // still running. Only an empty page is.
        if (page->isEmpty())
            break;
        printer.print(*page);
        if (remaining > 0 && (remaining -= page->size()) <= 0)
            break;
        query.afterPosition = page->last().position;
    }
    return printer.finish();
}

int runCorrelation(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("correlation"), CliTr::tr("ID [options]"),
        CliTr::tr("Prints every event whose metadata carries correlation id ID, across streams, in position order."));
    cl.addPositional(CliTr::tr("ID"), CliTr::tr("The correlation id (metadata correlation_id)."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Print at most N events."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto limit = cl.integer(QStringLiteral("limit"), 1);
    if (!limit)
        return reportError(limit.error());
    auto format = cl.format();
    if (!format)
        return reportError(format.error());

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    const QString id = cl.positional(0);
    auto events = (*store)->readByCorrelation(id, int(std::min<qint64>(limit->value_or(0), INT_MAX)));
    if (!events)
        return reportError(events.error());
    if (events->isEmpty())
        return reportError(Error { ErrorCode::NotFound, CliTr::tr("No event carries correlation id \"%1\".").arg(id) });
    EventPrinter printer(*format, true);
    printer.print(*events);
    return printer.finish();
}

} // namespace sagascope::cli
