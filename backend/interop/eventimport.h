// SPDX-License-Identifier: MIT
// Importing a file of events into a store: an NDJSON export (streams, versions, event ids,
// payloads and recorded times kept) or a Temporal workflow history (one saga stream). The one
// implementation behind `sagascope-cli import` and the window's File ▸ Import events. Writes go
// through appendBatch, a transaction per batch, so an import is as fast as the store's batch path
// and a repeated import stores nothing new.
#pragma once

#include "error.h"
#include "eventstore.h"

#include <QIODevice>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace sagascope {

enum class ImportFormat
{
    Guess, // recognised from the content
    Ndjson,
    Temporal,
};

inline constexpr int defaultImportBatchEvents = 5000;

struct ImportOptions
{
    // The stream a Temporal history goes to; required for that format (see temporalStreamIdFor).
    QString temporalStreamId;
    // Events per transaction for NDJSON.
    int batchEvents = defaultImportBatchEvents;
};

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1; // -1: not known (a pipe)
    qint64 events = 0; // events of the file now in the store: written + alreadyStored
    qint64 written = 0;
    qint64 alreadyStored = 0;
    qint64 streams = 0; // streams the file has named so far
    qint64 lastStoredLine = 0; // NDJSON: the last line whose event is in the store

    // How far through the file, in thousandths (0 while the size is not known).
    int perMille() const { return bytesTotal > 0 ? int(std::min<qint64>(1000, bytesRead * 1000 / bytesTotal)) : 0; }
};

struct ImportReport
{
    ImportFormat format = ImportFormat::Guess; // what the file was read as
    ImportProgress progress;
    QString streamId; // Temporal: the saga stream it went to
    QString workflowType; // Temporal: empty when the history does not say
    QStringList warnings; // things kept but not understood
    // Why the import stopped early. What `progress` counts is stored all the same, and
    // importing the file again skips it.
    std::optional<Error> error;
    bool cancelled = false; // stopped because `keepGoing` said so
    qint64 elapsedNs = 0;

    bool succeeded() const { return !error && !cancelled; }
};

// Called after every stored batch and every few thousand lines read; returning false stops the
// import after the batch in flight (nothing half-written: each batch is one transaction).
using ImportProgressHandler = std::function<bool(const ImportProgress&)>;

// One import of one file, in two steps: the constructor reads up to the first non-blank line and
// recognises the format, so a caller can check its options against the format before anything
// is written; run() reads the rest into the store.
class EventImport
{
public:
    // `input` must be open for reading and outlive the import.
    explicit EventImport(QIODevice& input, ImportFormat format = ImportFormat::Guess);

    // What the file is read as: the format given, or the one recognised from its first line.
    ImportFormat format() const { return m_format; }

    // Reads the file to its end into `store`. Every NDJSON line is checked before its batch is
    // written (fields, version order, the stream's place in the store, the exported fingerprint);
    // a bad line stops the import with nothing of its batch stored. Runs once.
    ImportReport run(EventStore& store, const ImportOptions& options, const ImportProgressHandler& keepGoing = {});

private:
    QIODevice& m_input;
    ImportFormat m_format;
    QByteArray m_firstLine;
    qint64 m_firstLineNumber = 1;
    qint64 m_bytesBefore = 0; // blank lines before the first line
};

// The default stream of a Temporal history read from `path`: temporal-<file name without extension>.
QString temporalStreamIdFor(const QString& path);

// Recognises the format from the first non-blank line of a file: an NDJSON export has one
// complete event object there, a Temporal history is one JSON document with an "events" array.
ImportFormat guessImportFormat(QByteArrayView firstLine);

} // namespace sagascope
