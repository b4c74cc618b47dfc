// SPDX-License-Identifier: MIT
// `streams`: lists streams in stream-id order, one keyset page at a time.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "eventprinter.h"
#include "terminal.h"

namespace sagascope::cli {

int runStreams(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("streams"), CliTr::tr("[options]"),
        CliTr::tr("Lists streams in stream-id order with their type, version and times."));
    cl.addValueOption(
        QStringLiteral("type"), CliTr::tr("TYPE"), CliTr::tr("Only streams of this type (order, saga, flow, …)."));
    cl.addValueOption(QStringLiteral("search"), CliTr::tr("TEXT"),
        CliTr::tr("Only stream ids containing TEXT, matched literally (ASCII letters ignore case)."));
    cl.addFlag(QStringLiteral("prefix"), CliTr::tr("Match --search at the start of the id only."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Print at most N streams."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 0))
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

    StreamFilter filter;
    filter.streamType = cl.value(QStringLiteral("type"));
    filter.search = cl.value(QStringLiteral("search"));
    filter.searchMode = cl.isSet(QStringLiteral("prefix")) ? StreamSearch::Prefix : StreamSearch::Substring;
    StreamPrinter printer(*format);
    qint64 remaining = limit->value_or(0);
    for (;;) {
        filter.limit = int(remaining > 0 ? std::min<qint64>(remaining, readPageSize) : readPageSize);
        auto page = (*store)->listStreams(filter);
        if (!page)
            return reportError(page.error());
        printer.print(page->streams);
        if (!page->hasMore || page->streams.isEmpty())
            break;
        if (remaining > 0 && (remaining -= page->streams.size()) <= 0)
            break;
        filter.afterStreamId = page->streams.last().streamId;
    }
    flushOut();
    if (printer.printed() == 0 && *format == OutputFormat::Table)
        printNote(CliTr::tr("No streams match."));
    return 0;
}

} // namespace sagascope::cli
