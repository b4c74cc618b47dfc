// SPDX-License-Identifier: MIT
#include "fingerprint.h"

#include "canonicaljson.h"

#include <QCryptographicHash>

namespace sagascope {

QByteArray canonicalEventText(const QUuid& eventId, const QString& streamId, const QString& eventType,
    int schemaVersion, const QByteArray& payload, const QByteArray& metadata)
{
    // Keys in sorted order, like every canonical object.
    QByteArray text = "{\"event_id\":\"" + eventId.toByteArray(QUuid::WithoutBraces) + '"';
    text += ",\"metadata\":" + (metadata.isEmpty() ? QByteArray("{}") : metadata);
    text += ",\"payload\":" + (payload.isEmpty() ? QByteArray("{}") : payload);
    text += ",\"schema_version\":" + QByteArray::number(schemaVersion);
    text += ",\"stream_id\":" + jsonString(streamId);
    text += ",\"type\":" + jsonString(eventType) + '}';
    return text;
}

QByteArray eventDigest(const QUuid& eventId, const QString& streamId, const NewEvent& e)
{
    return QCryptographicHash::hash(
        canonicalEventText(eventId, streamId, e.eventType, e.schemaVersion, e.payload, e.metadata),
        QCryptographicHash::Sha256);
}

QByteArray eventDigest(const RecordedEvent& e)
{
    return QCryptographicHash::hash(
        canonicalEventText(e.eventId, e.streamId, e.eventType, e.schemaVersion, e.payload, e.metadata),
        QCryptographicHash::Sha256);
}

QByteArray chainFingerprint(const QByteArray& previous, const QByteArray& digest)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.isEmpty() ? QByteArray(32, '\0') : previous);
    h.addData(digest);
    return h.result();
}

} // namespace sagascope
