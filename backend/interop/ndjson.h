// SPDX-License-Identifier: MIT
// Events as NDJSON lines, the one format `sagascope-cli history/read-all --format ndjson` and
// `export` write and `import` reads: one JSON object per event with stream_id, version,
// position, event_id, type, stream_type, schema_version, recorded_at, fingerprint, payload and
// metadata, the payload and metadata exactly as stored. Writer and reader live together so the
// two cannot drift apart.
#pragma once

#include "error.h"
#include "recordedevent.h"

namespace sagascope {

struct NdjsonEvent
{
    QString streamId;
    QString streamType;
    qint64 version = 0;
    qint64 position = 0;
    qint64 recordedAtUs = 0;
    // The stream's hash chain at this event as exported (32 bytes), empty when the line has none.
    QByteArray fingerprint;
    NewEvent event;
};

// Reads one line. Errors name the field at fault; `lineNumber` (1-based) goes into the message.
// Lines that do not hold a stored event (exported as corrupt, or shown upcast) are refused.
Result<NdjsonEvent> eventFromNdjson(QByteArrayView line, qint64 lineNumber);

// The NDJSON line of an event, newline included. A corrupt event carries "corrupt": message and
// its undecodable payload or metadata as a JSON string of the raw text. `upcastFrom` > 0 says
// that the event's payload was upcast from that stored schema version: the line then carries
// "upcast_from" and is a view, not something to import.
QByteArray eventToNdjson(const RecordedEvent& event, int upcastFrom = 0);
// The NDJSON line of a stream's summary, newline included.
QByteArray streamToNdjson(const StreamInfo& stream);

} // namespace sagascope
