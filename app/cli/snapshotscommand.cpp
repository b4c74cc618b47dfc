// SPDX-License-Identifier: MIT
// `snapshots`: lists the snapshots of a stream and whether the current reducer can use them.
#include "canonicaljson.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "ndjson.h"
#include "reducerchoice.h"
#include "terminal.h"
#include "texttable.h"

#include <algorithm>

namespace sagascope::cli {

namespace {

struct SnapshotRow
{
    SnapshotRecord snapshot;
    QString problem; // why the reducer cannot use it; empty when it can
};

QByteArray rowToNdjson(const SnapshotRow& row)
{
    const SnapshotRecord& s = row.snapshot;
    QByteArray line = "{\"stream_id\":" + jsonString(s.streamId);
    line += ",\"version\":" + QByteArray::number(s.version);
    line += ",\"reducer\":" + jsonString(s.reducer);
    line += ",\"reducer_version\":" + QByteArray::number(s.reducerVersion);
    line += ",\"codec\":" + jsonString(s.codec);
    line += ",\"size\":" + QByteArray::number(s.state.size());
    line += ",\"hash\":" + jsonString(QString::fromLatin1(s.stateHash));
    line += ",\"created_at\":\"" + isoFromUs(s.createdAtUs).toLatin1() + '"';
    line += QByteArray(",\"usable\":") + (row.problem.isEmpty() ? "true" : "false");
    if (!row.problem.isEmpty())
        line += ",\"problem\":" + jsonString(row.problem);
    line += "}\n";
    return line;
}

void printTable(const QList<SnapshotRow>& rows)
{
    const QStringList header { CliTr::tr("VERSION"), CliTr::tr("REDUCER"), CliTr::tr("CODEC"), CliTr::tr("SIZE"),
        CliTr::tr("HASH"), CliTr::tr("CREATED AT"), CliTr::tr("USABLE") };
    QList<QStringList> cells;
    for (const SnapshotRow& row : rows) {
        const SnapshotRecord& s = row.snapshot;
        cells.append(
            { QString::number(s.version), s.reducer + QLatin1Char(' ') + QString::number(s.reducerVersion), s.codec,
                QString::number(s.state.size()), QString::fromLatin1(s.stateHash.left(16)), isoFromUs(s.createdAtUs),
                row.problem.isEmpty() ? CliTr::tr("yes") : CliTr::tr("no: %1").arg(row.problem) });
    }
    printTextTable(header, cells, { 0, 3 });
}

} // namespace

int runSnapshots(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("snapshots"), CliTr::tr("STREAM [options]"),
        CliTr::tr("Lists the snapshots of a stream, newest first, and whether the reducer for the stream can use "
                  "each (and if not, why)."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    ReducerChoice::addOptions(cl);
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
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
    const auto reducer = reducers.forStreamType(info->streamType);
    auto snapshots = (*store)->readSnapshots(streamId, 0);
    if (!snapshots)
        return reportError(snapshots.error());
    QList<SnapshotRow> rows;
    for (const SnapshotRecord& s : std::as_const(*snapshots)) {
        SnapshotRow row { s, {} };
        // The same test the state command applies before it starts from a snapshot.
        if (auto restored = SnapshotManager::restore(s, *reducer); !restored)
            row.problem = restored.error().message;
        rows.append(std::move(row));
    }
    if (*format == OutputFormat::Ndjson) {
        for (const SnapshotRow& row : std::as_const(rows))
            writeOut(rowToNdjson(row));
        return 0;
    }
    if (rows.isEmpty()) {
        printNote(CliTr::tr("Stream \"%1\" has no snapshots.").arg(streamId));
        return 0;
    }
    printTable(rows);
    return 0;
}

} // namespace sagascope::cli
