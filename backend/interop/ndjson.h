// SPDX-License-Identifier: MIT
// Events as NDJSON lines, the format `sagascope-cli history/read-all --format ndjson` and
// `export` write and `import` reads: one JSON object per event with stream_id, stream_type,
// version, position, event_id, type, schema_version, recorded_at, payload and metadata, the
// payload and metadata exactly as stored.
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
    NewEvent event;
};

// Reads one line. Errors name the field at fault; `lineNumber` (1-based) goes into the message.
Result<NdjsonEvent> eventFromNdjson(QByteArrayView line, qint64 lineNumber);

} // namespace sagascope
