// SPDX-License-Identifier: MIT
// `snapshot`: folds a stream and stores its state as a snapshot, so later reads start there.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "eventcodec.h"
#include "reducerchoice.h"
#include "terminal.h"

#include <climits>

namespace sagascope::cli {

namespace {

// The snapshots a policy of one every `every` versions wants, from after the newest one this
// reducer has up to `version`: what a service taking snapshots as it appends would have left.
int snapshotByPolicy(SnapshotManager& snapshots, EventStore& store, const StreamInfo& info, const Reducer& reducer,
    qint64 version, int every)
{
    auto existing = store.readSnapshots(info.streamId, version);
    if (!existing)
        return reportError(existing.error());
    qint64 newest = 0; // the list is newest first
    for (const SnapshotRecord& s : std::as_const(*existing)) {
        if (s.reducer == reducer.name() && s.reducerVersion == reducer.version()) {
            newest = s.version;
            break;
        }
    }
    SnapshotPolicy policy;
    policy.defaultEvery = every;
    const QList<qint64> due = policy.dueVersions(info.streamType, newest, version);
    auto taken = snapshots.applyPolicy(info.streamId, info.streamType, reducer, newest, version, policy);
    if (!taken)
        return reportError(taken.error());
    if (due.isEmpty()) {
        printLine(CliTr::tr("No snapshot was due: \"%1\" has one at version %2 and every %3 versions asks for the "
                            "next at %4.")
                      .arg(info.streamId, QString::number(newest), QString::number(every),
                          QString::number((newest / every + 1) * every)));
        return 0;
    }
    printLine(CliTr::tr(
        "Stored %n snapshot(s) of \"%1\", every %2 versions from %3 to %4: reducer %5 version %6.", nullptr, *taken)
                  .arg(info.streamId, QString::number(every), QString::number(due.first()), QString::number(due.last()),
                      reducer.name(), QString::number(reducer.version())));
    return 0;
}

} // namespace

int runSnapshot(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("snapshot"), CliTr::tr("STREAM [options]"),
        CliTr::tr("Folds a stream up to a version and stores the state as a snapshot; prints its version, reducer, "
                  "codec and hash."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addValueOption(QStringLiteral("at-version"), CliTr::tr("N"),
        CliTr::tr("Snapshot the state after version N (default: the last version)."));
    cl.addValueOption(QStringLiteral("every"), CliTr::tr("N"),
        CliTr::tr("Instead of one snapshot, one at every N-th version (N, 2N, …) up to that version, after the "
                  "newest snapshot this reducer already has."));
    ReducerChoice::addOptions(cl);
    cl.addValueOption(
        QStringLiteral("codec"), CliTr::tr("CODEC"), CliTr::tr("cbor (compact, the default) or json (readable)."));
    cl.setEpilog(CliTr::tr("Taking a snapshot again at the same version with the same reducer replaces it."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto atVersion = cl.integer(QStringLiteral("at-version"), 1);
    if (!atVersion)
        return reportError(atVersion.error());
    auto every = cl.integer(QStringLiteral("every"), 1);
    if (!every)
        return reportError(every.error());
    const QString codecName = cl.isSet(QStringLiteral("codec")) ? cl.value(QStringLiteral("codec")).trimmed().toLower()
                                                                : QStringLiteral("cbor");
    if (auto codec = createCodec(codecName); !codec)
        return usageError(
            CliTr::tr("--codec must be cbor or json, not \"%1\".").arg(cl.value(QStringLiteral("codec"))));
    ReducerChoice reducers;
    if (auto ok = reducers.load(cl); !ok)
        return reportError(ok.error());

    // A snapshot of a stream needs a store that holds it: a mistyped path is reported, not created.
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::WriteExisting);
    if (!store)
        return reportError(store.error());
    const QString streamId = cl.positional(0);
    auto info = (*store)->streamInfo(streamId);
    if (!info)
        return reportError(info.error());
    const qint64 version = atVersion->value_or(info->lastVersion);
    if (version > info->lastVersion)
        return reportError(Error { ErrorCode::NotFound,
            CliTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                .arg(streamId, QString::number(version), QString::number(info->lastVersion)) });
    const auto reducer = reducers.forStreamType(info->streamType);
    SnapshotManager snapshots(**store, codecName);
    if (every->has_value())
        return snapshotByPolicy(snapshots, **store, *info, *reducer, version, int(std::min<qint64>(**every, INT_MAX)));
    auto taken = snapshots.take(streamId, *reducer, version);
    if (!taken)
        return reportError(taken.error());
    printLine(
        CliTr::tr("Stored a snapshot of \"%1\" at version %2: reducer %3 version %4, codec %5, %6 bytes, hash %7.")
            .arg(streamId, QString::number(taken->version), taken->reducer, QString::number(taken->reducerVersion),
                taken->codec, QString::number(taken->state.size()), QString::fromLatin1(taken->stateHash)));
    return 0;
}

} // namespace sagascope::cli
