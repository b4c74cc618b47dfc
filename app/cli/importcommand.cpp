// SPDX-License-Identifier: MIT
// `import`: reads events into the store, from an NDJSON export (streams, versions, ids, bytes and
// recorded times kept) or from a Temporal workflow history (one saga stream).
#include "canonicaljson.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "fingerprint.h"
#include "ndjson.h"
#include "temporalhistory.h"
#include "terminal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sagascope::cli {

namespace {

constexpr int defaultImportBatchEvents = 5000;

enum class ImportFormat
{
    Guess,
    Ndjson,
    Temporal
};

struct ImportCounts
{
    qint64 events = 0;
    qint64 written = 0;
    qint64 alreadyStored = 0;
};

QString seconds(const QElapsedTimer& timer)
{
    return QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2);
}

// What the import knows about a stream the file names: where the store had it when the file
// first named it, where the file is in it, and the hash chain the file's events should continue.
struct StreamCursor
{
    qint64 storeVersion = 0;
    qint64 fileVersion = 0;
    qint64 lastLine = 0;
    QByteArray chain;
    bool chainKnown = false;
    // Ids the store holds from version storedIdsFrom on: a page read when the file reaches a
    // version the store already has, to tell a repeated import from a conflicting one.
    qint64 storedIdsFrom = 0;
    QList<QUuid> storedIds;
};

// Reads NDJSON lines and appends them through appendBatch, one transaction per batch. Every
// line is checked before its batch is written (fields, version order, the stream's place in the
// store, the exported fingerprint), so a bad line stops the import with nothing of its batch
// stored; batches before it stay stored, and running the same import again skips them.
class NdjsonImporter
{
public:
    NdjsonImporter(EventStore& store, int batchEvents)
        : m_store(store)
        , m_batchEvents(batchEvents)
    { }

    Result<void> addLine(QByteArrayView line, qint64 lineNumber);
    Result<void> flush();
    const ImportCounts& counts() const { return m_counts; }
    qsizetype streams() const { return m_streams.size(); }
    qint64 lastStoredLine() const { return m_lastStoredLine; }

private:
    Result<StreamCursor> firstSight(const NdjsonEvent& e, qint64 lineNumber);
    Result<void> checkStoredId(StreamCursor& cursor, const NdjsonEvent& e, qint64 lineNumber);

    EventStore& m_store;
    qsizetype m_batchEvents;
    QHash<QString, StreamCursor> m_streams;
    QList<AppendRequest> m_pending;
    qsizetype m_pendingEvents = 0;
    qint64 m_firstPendingLine = 0;
    qint64 m_lastPendingLine = 0;
    qint64 m_lastStoredLine = 0;
    ImportCounts m_counts;
};

Result<StreamCursor> NdjsonImporter::firstSight(const NdjsonEvent& e, qint64 lineNumber)
{
    StreamCursor cursor;
    auto info = m_store.streamInfo(e.streamId);
    if (info) {
        cursor.storeVersion = info->lastVersion;
        if (!e.streamType.isEmpty() && e.streamType != info->streamType)
            return fail(ErrorCode::InvalidInput,
                CliTr::tr("Line %1 gives stream \"%2\" the type %3, but the store has it with type %4.")
                    .arg(QString::number(lineNumber), e.streamId, e.streamType, info->streamType));
    } else if (info.error().code != ErrorCode::NotFound) {
        return std::unexpected(info.error());
    }
    if (e.version > cursor.storeVersion + 1)
        return fail(ErrorCode::Conflict,
            cursor.storeVersion == 0
                ? CliTr::tr("Line %1 starts stream \"%2\" at version %3, but the store does not have that stream; "
                            "import its earlier events first.")
                      .arg(QString::number(lineNumber), e.streamId, QString::number(e.version))
                : CliTr::tr("Line %1 starts stream \"%2\" at version %3, but the store has it only up to version "
                            "%4.")
                      .arg(QString::number(lineNumber), e.streamId, QString::number(e.version),
                          QString::number(cursor.storeVersion)));
    if (e.version == 1) {
        cursor.chainKnown = true;
        return cursor;
    }
    // The chain to continue is the stored fingerprint of the version before the file's first.
    StreamQuery q;
    q.streamId = e.streamId;
    q.minVersion = e.version - 1;
    q.maxVersion = e.version - 1;
    auto stored = m_store.readStream(q);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->isEmpty() && !stored->first().fingerprint.isEmpty()) {
        cursor.chain = stored->first().fingerprint;
        cursor.chainKnown = true;
    }
    return cursor;
}

Result<void> NdjsonImporter::checkStoredId(StreamCursor& cursor, const NdjsonEvent& e, qint64 lineNumber)
{
    if (e.version > cursor.storeVersion)
        return {};
    const qint64 index = e.version - cursor.storedIdsFrom;
    if (cursor.storedIds.isEmpty() || index < 0 || index >= cursor.storedIds.size()) {
        StreamQuery q;
        q.streamId = e.streamId;
        q.minVersion = e.version;
        q.maxVersion = std::min(cursor.storeVersion, e.version + readPageSize - 1);
        auto stored = m_store.readStream(q);
        if (!stored)
            return std::unexpected(stored.error());
        cursor.storedIdsFrom = e.version;
        cursor.storedIds.clear();
        for (const RecordedEvent& s : std::as_const(*stored))
            cursor.storedIds.append(s.eventId);
    }
    const QUuid stored = cursor.storedIds.value(e.version - cursor.storedIdsFrom);
    if (stored != e.event.eventId)
        return fail(ErrorCode::Conflict,
            CliTr::tr("Line %1 has event %2 as version %3 of stream \"%4\", but the store has another event (%5) "
                      "there.")
                .arg(QString::number(lineNumber), e.event.eventId.toString(QUuid::WithoutBraces),
                    QString::number(e.version), e.streamId, stored.toString(QUuid::WithoutBraces)));
    if (e.version == cursor.storeVersion)
        cursor.storedIds.clear(); // past the stored part: the page is no longer needed
    return {};
}

Result<void> NdjsonImporter::addLine(QByteArrayView line, qint64 lineNumber)
{
    auto parsed = eventFromNdjson(line, lineNumber);
    if (!parsed)
        return std::unexpected(parsed.error());
    NdjsonEvent& e = *parsed;
    auto it = m_streams.find(e.streamId);
    if (it == m_streams.end()) {
        auto cursor = firstSight(e, lineNumber);
        if (!cursor)
            return std::unexpected(cursor.error());
        it = m_streams.insert(e.streamId, *cursor);
    } else if (e.version != it->fileVersion + 1) {
        return fail(ErrorCode::InvalidInput,
            CliTr::tr("Line %1 has version %2 of stream \"%3\", but the previous line of that stream (line %4) has "
                      "version %5; a stream's versions must follow each other.")
                .arg(QString::number(lineNumber), QString::number(e.version), e.streamId, QString::number(it->lastLine),
                    QString::number(it->fileVersion)));
    }
    StreamCursor& cursor = *it;
    if (auto ok = checkStoredId(cursor, e, lineNumber); !ok)
        return ok;
    if (cursor.chainKnown) {
        cursor.chain = chainFingerprint(cursor.chain, eventDigest(e.event.eventId, e.streamId, e.event));
        if (!e.fingerprint.isEmpty() && e.fingerprint != cursor.chain)
            return fail(ErrorCode::CorruptData,
                CliTr::tr("Line %1 (event %2, version %3 of stream \"%4\") does not match the fingerprint it was "
                          "exported with: it was changed after the export.")
                    .arg(QString::number(lineNumber), e.event.eventId.toString(QUuid::WithoutBraces),
                        QString::number(e.version), e.streamId));
    }
    cursor.fileVersion = e.version;
    cursor.lastLine = lineNumber;

    // Consecutive events of one stream share a request that expects the version before them, so
    // a conflict is reported, never renumbered. A request never mixes events the store already
    // had with new ones: a repeated import then gets "already stored" for the first kind whatever
    // the batch boundaries were.
    const bool continues = !m_pending.isEmpty() && m_pending.last().streamId == e.streamId
        && m_pending.last().expected.version() + m_pending.last().events.size() == e.version - 1
        && e.version != cursor.storeVersion + 1;
    if (!continues) {
        AppendRequest request;
        request.streamId = e.streamId;
        request.streamType = e.streamType;
        request.expected = ExpectedVersion::exact(e.version - 1);
        m_pending.append(std::move(request));
    }
    m_pending.last().events.append(std::move(e.event));
    ++m_pendingEvents;
    if (m_firstPendingLine == 0)
        m_firstPendingLine = lineNumber;
    m_lastPendingLine = lineNumber;
    if (m_pendingEvents >= m_batchEvents)
        return flush();
    return {};
}

Result<void> NdjsonImporter::flush()
{
    if (m_pending.isEmpty())
        return {};
    auto results = m_store.appendBatch(m_pending);
    if (!results) {
        QString reason = results.error().message.trimmed();
        return fail(results.error().code,
            m_firstPendingLine == m_lastPendingLine
                ? CliTr::tr("Line %1 was not imported: %2").arg(QString::number(m_firstPendingLine), reason)
                : CliTr::tr("Lines %1 to %2 were not imported: %3")
                      .arg(QString::number(m_firstPendingLine), QString::number(m_lastPendingLine), reason));
    }
    for (qsizetype i = 0; i < results->size(); ++i) {
        const qint64 n = m_pending.at(i).events.size();
        (results->at(i).alreadyStored ? m_counts.alreadyStored : m_counts.written) += n;
        m_counts.events += n;
    }
    m_lastStoredLine = m_lastPendingLine;
    m_pending.clear();
    m_pendingEvents = 0;
    m_firstPendingLine = 0;
    return {};
}

// The recorded time of a Temporal event: its eventTime (RFC 3339, up to nanoseconds) cut to
// microseconds, which the parser keeps in the metadata.
qint64 temporalEventTimeUs(const NewEvent& event)
{
    const QJsonObject metadata = QJsonDocument::fromJson(event.metadata).object();
    return usFromIso(metadata.value(QLatin1String("event_time")).toString()).value_or(0);
}

int importTemporal(EventStore& store, const QByteArray& json, const QString& streamId, const QString& source)
{
    QElapsedTimer timer;
    timer.start();
    auto history = parseTemporalHistory(json, streamId);
    if (!history)
        return reportError(history.error());
    for (const QString& warning : std::as_const(history->warnings))
        printNote(CliTr::tr("Warning: %1").arg(warning));
    AppendRequest request;
    request.streamId = streamId;
    request.streamType = QStringLiteral("saga");
    // A re-import finds every event id stored and writes nothing; another history under an
    // existing stream id is a conflict, not an append to it.
    request.expected = ExpectedVersion::noStream();
    request.events = history->events;
    for (NewEvent& e : request.events)
        e.recordedAtUs = temporalEventTimeUs(e);
    auto result = store.appendBatch({ request });
    if (!result)
        return reportError(result.error());
    const bool already = result->first().alreadyStored;
    printLine(
        CliTr::tr("Imported the Temporal history of %1 (workflow %2) into saga \"%3\": %4 events (%5 new, %6 "
                  "already stored) in %7 s.")
            .arg(source, history->workflowType.isEmpty() ? CliTr::tr("of unknown type") : history->workflowType,
                streamId, QString::number(request.events.size()), QString::number(already ? 0 : request.events.size()),
                QString::number(already ? request.events.size() : 0), seconds(timer)));
    return 0;
}

// An NDJSON export has one complete event object on its first line; a Temporal history is one
// JSON document, usually spread over many lines, with an "events" array.
ImportFormat guessFormat(const QByteArray& firstLine)
{
    const QByteArray trimmed = firstLine.trimmed();
    if (!trimmed.startsWith('{'))
        return ImportFormat::Ndjson; // the NDJSON reader names what is wrong with the line
    auto members = canonicalMembers(trimmed);
    if (!members)
        return ImportFormat::Temporal;
    for (const auto& [key, value] : *members) {
        Q_UNUSED(value);
        if (key == QLatin1String("events"))
            return ImportFormat::Temporal;
    }
    return ImportFormat::Ndjson;
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

    // readLine() gives an empty array only at the end (a blank line is "\n"), which works for
    // pipes as well as files.
    qint64 lineNumber = 1;
    QByteArray firstLine = input.readLine();
    while (!firstLine.isEmpty() && firstLine.trimmed().isEmpty()) {
        firstLine = input.readLine();
        ++lineNumber;
    }
    if (format == ImportFormat::Guess)
        format = guessFormat(firstLine);
    if (format == ImportFormat::Ndjson && cl.isSet(QStringLiteral("stream")))
        return usageError(CliTr::tr("--stream is for Temporal histories; NDJSON lines name their own streams."));
    if (format == ImportFormat::Temporal && fromStdin && !cl.isSet(QStringLiteral("stream")))
        return usageError(CliTr::tr("A Temporal history read from standard input needs --stream ID."));

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());

    if (format == ImportFormat::Temporal) {
        const QByteArray json = firstLine + input.readAll();
        const QString streamId = cl.isSet(QStringLiteral("stream"))
            ? cl.value(QStringLiteral("stream"))
            : QStringLiteral("temporal-") + QFileInfo(path).completeBaseName();
        return importTemporal(**store, json, streamId, source);
    }

    QElapsedTimer timer;
    timer.start();
    NdjsonImporter importer(**store, int(batch->value_or(defaultImportBatchEvents)));
    const auto stopped = [&](const Error& error) {
        if (importer.counts().events > 0)
            printLine(
                CliTr::tr("Imported %1 events (%2 new, %3 already stored) from lines 1 to %4 before the error; "
                          "importing the file again skips them.")
                    .arg(QString::number(importer.counts().events), QString::number(importer.counts().written),
                        QString::number(importer.counts().alreadyStored), QString::number(importer.lastStoredLine())));
        return reportError(error);
    };
    for (QByteArray line = std::move(firstLine); !line.isEmpty(); line = input.readLine(), ++lineNumber) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto ok = importer.addLine(line, lineNumber); !ok)
            return stopped(ok.error());
    }
    if (input.error() != QFileDevice::NoError)
        return stopped(Error { ErrorCode::InvalidInput,
            CliTr::tr("Cannot read %1 after line %2: %3.")
                .arg(source, QString::number(lineNumber), input.errorString()) });
    if (auto ok = importer.flush(); !ok)
        return stopped(ok.error());
    const ImportCounts& counts = importer.counts();
    printLine(
        CliTr::tr("Imported %1 events of %2 streams from %3 into %4: %5 new, %6 already stored, in %7 s.")
            .arg(QString::number(counts.events), QString::number(importer.streams()), source, (*store)->displayUrl(),
                QString::number(counts.written), QString::number(counts.alreadyStored), seconds(timer)));
    return 0;
}

} // namespace sagascope::cli
