// SPDX-License-Identifier: MIT
// `diff`: what changed in a stream's state between two versions, path by path.
#include "canonicaljson.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "ndjson.h"
#include "reducerchoice.h"
#include "statediff.h"
#include "statejson.h"
#include "terminal.h"

#include <algorithm>

namespace sagascope::cli {

namespace {

constexpr qsizetype maxPipeOldWidth = 40;

QByteArray changeToNdjson(const StateChange& c)
{
    QByteArray line = "{\"path\":" + jsonString(c.path);
    line += ",\"kind\":" + jsonString(stateChangeKindName(c.kind));
    if (c.kind != StateChange::Kind::Added)
        line += ",\"old\":" + compactJson(c.oldValue);
    if (c.kind != StateChange::Kind::Removed)
        line += ",\"new\":" + compactJson(c.newValue);
    line += "}\n";
    return line;
}

void printTable(const QList<StateChange>& changes)
{
    const QString path = CliTr::tr("PATH");
    const QString change = CliTr::tr("CHANGE");
    const QString oldValue = CliTr::tr("OLD");
    const QString newValue = CliTr::tr("NEW");
    const int columns = terminalColumns();
    qsizetype pathWidth = path.size();
    qsizetype kindWidth = change.size();
    qsizetype oldWidth = oldValue.size();
    for (const StateChange& c : changes) {
        pathWidth = std::max(pathWidth, c.path.size());
        kindWidth = std::max(kindWidth, stateChangeKindName(c.kind).size());
        oldWidth = std::max(oldWidth, QString::fromUtf8(compactJson(c.oldValue)).size());
    }
    // On a terminal each value gets at most half of what is left and is cut to fit; in a pipe
    // values are printed whole and a long old value only pushes its own row's new value right.
    const qsizetype cutWidth = columns > 0 ? std::max<qsizetype>(12, (columns - pathWidth - kindWidth - 6) / 2) : 0;
    oldWidth = std::min<qsizetype>(oldWidth, cutWidth > 0 ? cutWidth : maxPipeOldWidth);
    const auto cut = [cutWidth](const QString& text) -> QString {
        if (cutWidth <= 0 || text.size() <= cutWidth)
            return text;
        return text.left(cutWidth - 1) + QChar(0x2026);
    };
    printLine(path.leftJustified(pathWidth) + QStringLiteral("  ") + change.leftJustified(kindWidth)
        + QStringLiteral("  ") + oldValue.leftJustified(oldWidth) + QStringLiteral("  ") + newValue);
    for (const StateChange& c : changes) {
        const QString before = cut(QString::fromUtf8(compactJson(c.oldValue)));
        const QString after = cut(QString::fromUtf8(compactJson(c.newValue)));
        QString line = c.path.leftJustified(pathWidth) + QStringLiteral("  ")
            + stateChangeKindName(c.kind).leftJustified(kindWidth) + QStringLiteral("  ")
            + before.leftJustified(oldWidth) + QStringLiteral("  ") + after;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        printLine(line);
    }
}

} // namespace

int runDiff(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("diff"), CliTr::tr("STREAM --from-version A --to-version B [options]"),
        CliTr::tr("Prints what changed in the state of a stream from version A to version B: each JSON path "
                  "added, removed or changed, with its old and new value."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addValueOption(QStringLiteral("from-version"), CliTr::tr("A"),
        CliTr::tr("The state after version A (0 = before the first event)."));
    cl.addValueOption(QStringLiteral("to-version"), CliTr::tr("B"), CliTr::tr("The state after version B."));
    ReducerChoice::addOptions(cl);
    cl.addValueOption(QStringLiteral("format"), CliTr::tr("FORMAT"),
        CliTr::tr("table (the default) or ndjson: one {\"path\", \"kind\", \"old\", \"new\"} object per change."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto from = cl.integer(QStringLiteral("from-version"), 0);
    if (!from)
        return reportError(from.error());
    auto to = cl.integer(QStringLiteral("to-version"), 0);
    if (!to)
        return reportError(to.error());
    if (!from->has_value() || !to->has_value())
        return usageError(CliTr::tr("The diff command needs --from-version A and --to-version B."));
    auto format = cl.format();
    if (!format)
        return reportError(format.error());
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
    for (const qint64 v : { **from, **to }) {
        if (v > info->lastVersion)
            return reportError(Error { ErrorCode::NotFound,
                CliTr::tr("Stream \"%1\" has no version %2: it ends at version %3.")
                    .arg(streamId, QString::number(v), QString::number(info->lastVersion)) });
    }
    const auto reducer = reducers.forStreamType(info->streamType);
    auto before = loadState(**store, streamId, *reducer, **from);
    if (!before)
        return reportError(before.error());
    auto after = loadState(**store, streamId, *reducer, **to);
    if (!after)
        return reportError(after.error());
    const QList<StateChange> changes = diffStates((*before)->toJson(), (*after)->toJson());
    if (*format == OutputFormat::Ndjson) {
        for (const StateChange& c : changes)
            writeOut(changeToNdjson(c));
        return 0;
    }
    if (changes.isEmpty()) {
        printNote(CliTr::tr("The state of \"%1\" is the same at versions %2 and %3.")
                      .arg(streamId, QString::number(**from), QString::number(**to)));
        return 0;
    }
    printTable(changes);
    return 0;
}

} // namespace sagascope::cli
