// SPDX-License-Identifier: MIT
// `state`: the state a reducer folds a stream to, at its last version, at a version or at an
// instant, through the newest usable snapshot.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "reducerchoice.h"
#include "statejson.h"
#include "terminal.h"
#include "timetravel.h"

namespace sagascope::cli {

int runState(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("state"), CliTr::tr("STREAM [options]"),
        CliTr::tr("Prints the state of a stream as JSON: its events folded by the reducer for its type, from the "
                  "newest usable snapshot on."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addValueOption(QStringLiteral("at-version"), CliTr::tr("N"),
        CliTr::tr("The state after version N (0 = before the first event; default: the last version)."));
    cl.addValueOption(QStringLiteral("at-time"), CliTr::tr("TIME"),
        CliTr::tr("The state after the last event recorded at or before TIME (ISO 8601, e.g. "
                  "2026-03-02T08:00:00Z)."));
    ReducerChoice::addOptions(cl);
    cl.setEpilog(CliTr::tr("Snapshots that cannot be used (damaged, or written by another reducer) are skipped with a "
                           "warning on stderr; the state is then rebuilt from the events."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto atVersion = cl.integer(QStringLiteral("at-version"), 0);
    if (!atVersion)
        return reportError(atVersion.error());
    auto atTime = cl.instant(QStringLiteral("at-time"));
    if (!atTime)
        return reportError(atTime.error());
    if (atVersion->has_value() && atTime->has_value())
        return usageError(CliTr::tr("Give --at-version or --at-time, not both."));
    ReducerChoice reducers;
    if (auto ok = reducers.load(cl); !ok)
        return reportError(ok.error());

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    const QString streamId = cl.positional(0);
    auto info = (*store)->streamInfo(streamId);
    if (!info)
        return reportError(info.error());
    const auto reducer = reducers.forStreamType(info->streamType);

    qint64 version = info->lastVersion;
    if (atVersion->has_value()) {
        version = **atVersion;
        if (version > info->lastVersion)
            return reportError(Error { ErrorCode::NotFound,
                CliTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                    .arg(streamId, QString::number(version), QString::number(info->lastVersion)) });
    } else if (atTime->has_value()) {
        auto found = TimeTravel(**store, streamId, reducer).versionAtTime(**atTime);
        if (!found)
            return reportError(found.error());
        version = *found;
    }
    auto state = loadState(**store, streamId, *reducer, version);
    if (!state)
        return reportError(state.error());
    writeOut(prettyState((*state)->toJson()));
    return 0;
}

} // namespace sagascope::cli
