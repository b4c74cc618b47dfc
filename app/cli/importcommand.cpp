// SPDX-License-Identifier: MIT
// `import`: reads events into the store, from an NDJSON export (streams, versions, ids, bytes and
// recorded times kept) or from a Temporal workflow history (one saga stream).
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "eventimport.h"
#include "terminal.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace sagascope::cli {

namespace {

// The command line's report names the file and the store and keeps numbers plain (no digit
// grouping, seconds with two decimals) for scripts that read it; the import dialog says the
// same in the user's locale.
QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 2);
}

} // namespace

int runImport(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("import"), CliTr::tr("FILE [options]"),
        CliTr::tr("Imports events from an NDJSON export (streams, versions, event ids, payloads and recorded times "
                  "kept) or a Temporal workflow history (one saga stream). Importing the same file again stores "
                  "nothing new."));
    cl.addPositional(CliTr::tr("FILE"), CliTr::tr("The file to read, or - for standard input."));
    cl.addValueOption(QStringLiteral("format"), CliTr::tr("FORMAT"),
        CliTr::tr("ndjson or temporal (default: recognised from the content)."));
    cl.addValueOption(QStringLiteral("stream"), CliTr::tr("ID"),
        CliTr::tr("The stream a Temporal history goes to (default: temporal-<file name without extension>)."));
    cl.addValueOption(QStringLiteral("batch-events"), CliTr::tr("N"),
        CliTr::tr("Events per transaction for NDJSON (default %1).").arg(defaultImportBatchEvents));
    cl.setEpilog(CliTr::tr("NDJSON events keep their stream, version and id: each stream continues where the store "
                           "has it, and a version the store already holds with another event is a conflict (exit 3). "
                           "Lines are checked before their transaction is written; when one is wrong, nothing of "
                           "its transaction is stored, the transactions before it are, and running the same import "
                           "again skips what is stored."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    ImportFormat format = ImportFormat::Guess;
    const QString formatText = cl.value(QStringLiteral("format")).trimmed().toLower();
    if (formatText == QLatin1String("ndjson") || formatText == QLatin1String("jsonl"))
        format = ImportFormat::Ndjson;
    else if (formatText == QLatin1String("temporal"))
        format = ImportFormat::Temporal;
    else if (!formatText.isEmpty())
        return usageError(
            CliTr::tr("--format must be ndjson or temporal, not \"%1\".").arg(cl.value(QStringLiteral("format"))));
    auto batch = cl.integer(QStringLiteral("batch-events"), 1);
    if (!batch)
        return reportError(batch.error());
    if (batch->value_or(0) > 1000000)
        return usageError(CliTr::tr("--batch-events goes up to 1000000."));

    const QString path = cl.positional(0);
    const bool fromStdin = path == QLatin1String("-");
    QFile input;
    if (fromStdin) {
        if (!input.open(stdin, QIODevice::ReadOnly))
            return reportError(Error {
                ErrorCode::InvalidInput, CliTr::tr("Cannot read standard input: %1.").arg(input.errorString()) });
    } else {
        input.setFileName(path);
        if (!input.open(QIODevice::ReadOnly))
            return reportError(Error { QFileInfo::exists(path) ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                CliTr::tr("Cannot read %1: %2.").arg(path, input.errorString()) });
    }
    const QString source = fromStdin ? CliTr::tr("standard input") : path;

    EventImport import(input, format);
    if (import.format() == ImportFormat::Ndjson && cl.isSet(QStringLiteral("stream")))
        return usageError(CliTr::tr("--stream is for Temporal histories; NDJSON lines name their own streams."));
    if (import.format() == ImportFormat::Temporal && fromStdin && !cl.isSet(QStringLiteral("stream")))
        return usageError(CliTr::tr("A Temporal history read from standard input needs --stream ID."));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());

    ImportOptions options;
    options.temporalStreamId
        = cl.isSet(QStringLiteral("stream")) ? cl.value(QStringLiteral("stream")) : temporalStreamIdFor(path);
    options.batchEvents = int(batch->value_or(defaultImportBatchEvents));
    const ImportReport report = import.run(**store, options);
    const ImportProgress& done = report.progress;
    if (report.format == ImportFormat::Temporal) {
        for (const QString& warning : report.warnings)
            printNote(CliTr::tr("Warning: %1").arg(warning));
        if (report.error)
            return reportError(*report.error);
        printLine(CliTr::tr("Imported the Temporal history of %1 (workflow %2) into saga \"%3\": %4 events (%5 new, "
                            "%6 already stored) in %7 s.")
                      .arg(source, report.workflowType.isEmpty() ? CliTr::tr("of unknown type") : report.workflowType,
                          report.streamId, QString::number(done.events), QString::number(done.written),
                          QString::number(done.alreadyStored), seconds(report.elapsedNs)));
        return 0;
    }
    if (report.error) {
        if (done.events > 0)
            printLine(CliTr::tr("Imported %1 events (%2 new, %3 already stored) from lines 1 to %4 before the error; "
                                "importing the file again skips them.")
                          .arg(QString::number(done.events), QString::number(done.written),
                              QString::number(done.alreadyStored), QString::number(done.lastStoredLine)));
        return reportError(*report.error);
    }
    printLine(CliTr::tr("Imported %1 events of %2 streams from %3 into %4: %5 new, %6 already stored, in %7 s.")
                  .arg(QString::number(done.events), QString::number(done.streams), source, (*store)->displayUrl(),
                      QString::number(done.written), QString::number(done.alreadyStored), seconds(report.elapsedNs)));
    return 0;
}

} // namespace sagascope::cli
