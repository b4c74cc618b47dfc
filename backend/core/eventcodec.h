// SPDX-License-Identifier: MIT
// Codecs turn a recorded event (and a state document) into bytes and back, chosen at run time
// by name: "json" for people and debugging, "cbor" (RFC 8949, QCborValue) for compact storage
// and transport. Both are lossless: payload and metadata come back byte for byte, exact
// numbers included. Used for snapshots, export and signal payloads.
#pragma once

#include "error.h"
#include "recordedevent.h"

#include <QJsonObject>

#include <memory>

namespace sagascope {

class EventCodec
{
public:
    virtual ~EventCodec();
    virtual QString name() const = 0;
    virtual QString contentType() const = 0;
    virtual QByteArray encodeEvent(const RecordedEvent& event) const = 0;
    // The decoded event has its stored JSON checked too (RecordedEvent::checkStoredJson()).
    virtual Result<RecordedEvent> decodeEvent(QByteArrayView bytes) const = 0;
    virtual QByteArray encodeDocument(const QJsonObject& document) const = 0;
    virtual Result<QJsonObject> decodeDocument(QByteArrayView bytes) const = 0;
};

// "json" or "cbor" (case-insensitive); InvalidInput for anything else.
Result<std::unique_ptr<EventCodec>> createCodec(const QString& name);
QStringList codecNames();

} // namespace sagascope
