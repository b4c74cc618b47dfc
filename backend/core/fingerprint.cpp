// SPDX-License-Identifier: MIT
#include "fingerprint.h"

#include "canonicaljson.h"
#include "sha256.h"

namespace sagascope {

QByteArray canonicalEventText(const QUuid& eventId, const QString& streamId, const QString& eventType,
    int schemaVersion, const QByteArray& payload, const QByteArray& metadata)
{
    const QByteArray stream = jsonString(streamId);
    const QByteArray type = jsonString(eventType);
    const QByteArrayView meta = metadata.isEmpty() ? QByteArrayView("{}") : QByteArrayView(metadata);
    const QByteArrayView data = payload.isEmpty() ? QByteArrayView("{}") : QByteArrayView(payload);
    // Keys in sorted order, like every canonical object. The text is allocated once: this runs
    // for every event appended or verified.
    QByteArray text;
    text.reserve(128 + meta.size() + data.size() + stream.size() + type.size());
    text += "{\"event_id\":\"";
    text += eventId.toByteArray(QUuid::WithoutBraces);
    text += "\",\"metadata\":";
    text += meta;
    text += ",\"payload\":";
    text += data;
    text += ",\"schema_version\":";
    text += QByteArray::number(schemaVersion);
    text += ",\"stream_id\":";
    text += stream;
    text += ",\"type\":";
    text += type;
    text += '}';
    return text;
}

QByteArray eventDigest(const QUuid& eventId, const QString& streamId, const NewEvent& e)
{
    return sha256(canonicalEventText(eventId, streamId, e.eventType, e.schemaVersion, e.payload, e.metadata));
}

QByteArray eventDigest(const RecordedEvent& e)
{
    return sha256(canonicalEventText(e.eventId, e.streamId, e.eventType, e.schemaVersion, e.payload, e.metadata));
}

QByteArray chainFingerprint(const QByteArray& previous, const QByteArray& digest)
{
    static const QByteArray streamStart(32, '\0');
    return sha256(previous.isEmpty() ? streamStart : previous, digest);
}

} // namespace sagascope
