// SPDX-License-Identifier: MIT
// Fingerprints: a hash chain over each stream's events. An event's digest is the SHA-256 of its
// canonical form (event id, stream id, type, schema version, payload and metadata as canonical
// JSON); its fingerprint is SHA-256(previous fingerprint || digest), starting from 32 zero bytes.
// A changed, missing or reordered event changes every fingerprint after it. Stores keep the
// fingerprint of each event, written in the same transaction as the event.
#pragma once

#include "recordedevent.h"

#include <QByteArray>

namespace sagascope {

// The canonical text hashed for an event (stable: changing it breaks every stored chain).
QByteArray canonicalEventText(const QUuid& eventId, const QString& streamId, const QString& eventType,
    int schemaVersion, const QByteArray& payload, const QByteArray& metadata);
// SHA-256 of canonicalEventText, 32 raw bytes.
QByteArray eventDigest(const QUuid& eventId, const QString& streamId, const NewEvent& event);
QByteArray eventDigest(const RecordedEvent& event);
// SHA-256(previous || digest), 32 raw bytes; `previous` empty means the start of the stream.
QByteArray chainFingerprint(const QByteArray& previous, const QByteArray& digest);

} // namespace sagascope
