// SPDX-License-Identifier: MIT
// `export`: one stream or the whole store as NDJSON, in pages, to stdout or a file; what
// `import` reads back into another store.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "ndjson.h"
#include "terminal.h"

#include <QSaveFile>

#include <optional>

namespace sagascope::cli {

namespace {

// Where the lines go: stdout, or a file that only appears complete (QSaveFile writes to a
// temporary file and renames it on commit, so a failed export never leaves half a file).
class ExportSink
{
public:
    explicit ExportSink(const QString& path)
    {
        if (!path.isEmpty())
            m_file.emplace(path);
    }

    Result<void> open()
    {
        if (m_file && !m_file->open(QIODevice::WriteOnly))
            return fail(ErrorCode::InvalidInput,
                CliTr::tr("Cannot write %1: %2.").arg(m_file->fileName(), m_file->errorString()));
        return {};
    }

    void write(const QByteArray& line)
    {
        if (m_file)
            m_file->write(line);
        else
            writeOut(line);
    }

    Result<void> commit()
    {
        if (!m_file) {
            flushOut();
            return {};
        }
        if (!m_file->commit())
            return fail(ErrorCode::InvalidInput,
                CliTr::tr("Cannot write %1: %2.").arg(m_file->fileName(), m_file->errorString()));
        return {};
    }

private:
    std::optional<QSaveFile> m_file;
};

} // namespace

int runExport(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("export"), CliTr::tr("[STREAM] [options]"),
        CliTr::tr("Writes one stream, or every event of the store in global log order, as NDJSON: payloads, "
                  "metadata, ids, versions, recorded times and fingerprints exactly as stored."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream to export (default: the whole store)."));
    cl.addValueOption(
        QStringLiteral("format"), CliTr::tr("FORMAT"), CliTr::tr("ndjson (the only format, the default)."));
    cl.addValueOption(
        QStringLiteral("output"), CliTr::tr("FILE"), CliTr::tr("Write to FILE instead of standard output."));
    cl.setEpilog(CliTr::tr("Example:\n  sagascope-cli --store old.sagascope export --output all.ndjson\n"
                           "  sagascope-cli --store new.sagascope import all.ndjson"));
    if (auto exit = cl.parse(arguments, 0, 1))
        return *exit;
    const QString format = cl.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("ndjson") && format != QLatin1String("jsonl"))
        return usageError(
            CliTr::tr("The export command writes ndjson only, not \"%1\".").arg(cl.value(QStringLiteral("format"))));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    const bool oneStream = cl.positionalCount() == 1;
    const QString streamId = cl.positional(0);
    qint64 lastVersion = 0;
    if (oneStream) {
        auto info = (*store)->streamInfo(streamId);
        if (!info)
            return reportError(info.error());
        lastVersion = info->lastVersion;
    }
    const QString outputPath = cl.value(QStringLiteral("output"));
    ExportSink sink(outputPath);
    if (auto ok = sink.open(); !ok)
        return reportError(ok.error());

    qint64 events = 0;
    qint64 corrupt = 0;
    const auto write = [&](const RecordedEvent& e) {
        if (e.corruption)
            ++corrupt;
        sink.write(eventToNdjson(e));
        ++events;
        return true;
    };
    if (oneStream) {
        StreamQuery query;
        query.streamId = streamId;
        query.maxVersion = lastVersion;
        if (auto read = (*store)->visitStream(query, write); !read)
            return reportError(read.error());
    } else {
        LogQuery query;
        query.limit = readPageSize;
        for (;;) {
            auto page = (*store)->readAll(query);
            if (!page)
                return reportError(page.error());
            // Only an empty page ends the log: a commit-safe read may return a short one.
            if (page->isEmpty())
                break;
            for (const RecordedEvent& e : std::as_const(*page))
                write(e);
            query.afterPosition = page->last().position;
        }
    }
    if (auto ok = sink.commit(); !ok)
        return reportError(ok.error());
    if (!outputPath.isEmpty())
        printLine(CliTr::tr("Exported %1 events to %2.").arg(QString::number(events), outputPath));
    if (corrupt > 0) {
        printError(CliTr::tr("%1 events could not be decoded; they are exported marked corrupt, and import refuses "
                             "them until they are repaired.")
                       .arg(corrupt));
        return 4;
    }
    return 0;
}

} // namespace sagascope::cli
