// SPDX-License-Identifier: MIT
#include "eventimport.h"

#include "canonicaljson.h"
#include "coretr.h"
#include "fingerprint.h"
#include "ndjson.h"
#include "temporalhistory.h"

#include <QElapsedTimer>
#include <QFileDevice>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace sagascope {

namespace {

// Stored event ids read at a time when a file repeats events the store already has.
constexpr int storedIdsPage = 2000;
// Lines read between two calls of the progress handler when no batch is written meanwhile.
constexpr qint64 linesPerProgress = 4096;

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
    // Counts and places; the caller fills in the bytes.
    ImportProgress& progress() { return m_progress; }

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
    ImportProgress m_progress;
};

Result<StreamCursor> NdjsonImporter::firstSight(const NdjsonEvent& e, qint64 lineNumber)
{
    StreamCursor cursor;
    auto info = m_store.streamInfo(e.streamId);
    if (info) {
        cursor.storeVersion = info->lastVersion;
        if (!e.streamType.isEmpty() && e.streamType != info->streamType)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Line %1 gives stream \"%2\" the type %3, but the store has it with type %4.")
                    .arg(QString::number(lineNumber), e.streamId, e.streamType, info->streamType));
    } else if (info.error().code != ErrorCode::NotFound) {
        return std::unexpected(info.error());
    }
    if (e.version > cursor.storeVersion + 1)
        return fail(ErrorCode::Conflict,
            cursor.storeVersion == 0
                ? CoreTr::tr("Line %1 starts stream \"%2\" at version %3, but the store does not have that stream; "
                             "import its earlier events first.")
                      .arg(QString::number(lineNumber), e.streamId, QString::number(e.version))
                : CoreTr::tr("Line %1 starts stream \"%2\" at version %3, but the store has it only up to version "
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
        q.maxVersion = std::min(cursor.storeVersion, e.version + storedIdsPage - 1);
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
            CoreTr::tr("Line %1 has event %2 as version %3 of stream \"%4\", but the store has another event (%5) "
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
        m_progress.streams = m_streams.size();
    } else if (e.version != it->fileVersion + 1) {
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Line %1 has version %2 of stream \"%3\", but the previous line of that stream (line %4) has "
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
                CoreTr::tr("Line %1 (event %2, version %3 of stream \"%4\") does not match the fingerprint it was "
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
                ? CoreTr::tr("Line %1 was not imported: %2").arg(QString::number(m_firstPendingLine), reason)
                : CoreTr::tr("Lines %1 to %2 were not imported: %3")
                      .arg(QString::number(m_firstPendingLine), QString::number(m_lastPendingLine), reason));
    }
    for (qsizetype i = 0; i < results->size(); ++i) {
        const qint64 n = m_pending.at(i).events.size();
        (results->at(i).alreadyStored ? m_progress.alreadyStored : m_progress.written) += n;
        m_progress.events += n;
    }
    m_progress.lastStoredLine = m_lastPendingLine;
    m_pending.clear();
    m_pendingEvents = 0;
    m_firstPendingLine = 0;
    return {};
}

void importTemporal(EventStore& store, const QByteArray& json, ImportReport& report)
{
    if (report.streamId.isEmpty()) {
        report.error
            = Error { ErrorCode::InvalidInput, CoreTr::tr("A Temporal history needs the stream to import it into.") };
        return;
    }
    auto history = parseTemporalHistory(json, report.streamId);
    if (!history) {
        report.error = history.error();
        return;
    }
    report.workflowType = history->workflowType;
    report.warnings = history->warnings;
    AppendRequest request;
    request.streamId = report.streamId;
    request.streamType = QStringLiteral("saga");
    // A re-import finds every event id stored and writes nothing; another history under an
    // existing stream id is a conflict, not an append to it.
    request.expected = ExpectedVersion::noStream();
    request.events = std::move(history->events);
    auto result = store.appendBatch({ request });
    if (!result) {
        report.error = result.error();
        return;
    }
    const qint64 n = request.events.size();
    report.progress.events = n;
    report.progress.streams = 1;
    (result->first().alreadyStored ? report.progress.alreadyStored : report.progress.written) = n;
}

void importNdjson(EventStore& store, QIODevice& input, QByteArray firstLine, qint64 firstLineNumber,
    const ImportOptions& options, const ImportProgressHandler& keepGoing, ImportReport& report)
{
    NdjsonImporter importer(store, std::max(1, options.batchEvents));
    ImportProgress& progress = importer.progress();
    progress.bytesRead = report.progress.bytesRead;
    progress.bytesTotal = report.progress.bytesTotal;
    const auto finish = [&] { report.progress = progress; };
    qint64 lineNumber = firstLineNumber;
    qint64 storedBefore = 0;
    qint64 sinceProgress = 0;
    // readLine() gives an empty array only at the end (a blank line is "\n"), which works for
    // pipes as well as files.
    for (QByteArray line = std::move(firstLine); !line.isEmpty(); line = input.readLine(), ++lineNumber) {
        progress.bytesRead += line.size();
        if (line.trimmed().isEmpty())
            continue;
        if (auto ok = importer.addLine(line, lineNumber); !ok) {
            report.error = ok.error();
            return finish();
        }
        if (keepGoing && (progress.events != storedBefore || ++sinceProgress >= linesPerProgress)) {
            storedBefore = progress.events;
            sinceProgress = 0;
            if (!keepGoing(progress)) {
                report.cancelled = true;
                return finish();
            }
        }
    }
    const auto* file = qobject_cast<const QFileDevice*>(&input);
    if ((file && file->error() != QFileDevice::NoError) || (!input.isSequential() && !input.atEnd())) {
        report.error = Error { ErrorCode::InvalidInput,
            CoreTr::tr("The file could not be read after line %1: %2.")
                .arg(QString::number(lineNumber), input.errorString()) };
        return finish();
    }
    if (auto ok = importer.flush(); !ok)
        report.error = ok.error();
    finish();
}

} // namespace

ImportFormat guessImportFormat(QByteArrayView firstLine)
{
    const QByteArrayView trimmed = firstLine.trimmed();
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

QString temporalStreamIdFor(const QString& path)
{
    return QStringLiteral("temporal-") + QFileInfo(path).completeBaseName();
}

EventImport::EventImport(QIODevice& input, ImportFormat format)
    : m_input(input)
    , m_format(format)
{
    m_firstLine = input.readLine();
    while (!m_firstLine.isEmpty() && m_firstLine.trimmed().isEmpty()) {
        m_bytesBefore += m_firstLine.size();
        m_firstLine = input.readLine();
        ++m_firstLineNumber;
    }
    if (m_format == ImportFormat::Guess)
        m_format = guessImportFormat(m_firstLine);
}

ImportReport EventImport::run(EventStore& store, const ImportOptions& options, const ImportProgressHandler& keepGoing)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.format = m_format;
    report.progress.bytesTotal = m_input.isSequential() ? -1 : m_input.size();
    report.progress.bytesRead = m_bytesBefore;
    if (m_format == ImportFormat::Temporal) {
        report.streamId = options.temporalStreamId;
        const QByteArray json = std::exchange(m_firstLine, {}) + m_input.readAll();
        report.progress.bytesRead += json.size();
        importTemporal(store, json, report);
    } else {
        importNdjson(store, m_input, std::exchange(m_firstLine, {}), m_firstLineNumber, options, keepGoing, report);
    }
    report.elapsedNs = timer.nsecsElapsed();
    return report;
}

} // namespace sagascope
