// SPDX-License-Identifier: MIT
// Building blocks of the demo scripts: a stream that numbers its events and gives them ids
// derived from the seed (so that writing the demo twice stores nothing new), and the metadata
// every demo event carries (correlation, causation, actor, trace, task queue).
#pragma once

#include "recordedevent.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sagascope::demo {

// One generated event with the business time it happened at. Scripts of several streams are
// merged by business time before writing, so the global log interleaves them as a live system would.
struct DemoEvent
{
    qint64 businessUs = 0;
    QString streamId;
    QString streamType;
    qint64 version = 0;
    NewEvent event;
};

// The event id of version `version` of `streamId` for a seed: a name-based (v5) UUID.
QUuid demoEventId(quint32 seed, const QString& streamId, qint64 version);
// Other stable identifiers of the demo (correlation ids, run ids, shipment ids).
QUuid demoUuid(quint32 seed, const QString& name);
// A 32-digit hex trace id, as W3C trace context uses.
QString demoTraceId(quint32 seed, const QString& name);
// SHA-256 of the text as 64 hex digits (artifact hashes and fingerprints of flows).
QString sha256Hex(const QString& text);
// The fixed start of the demo's business calendar (2026-03-02T08:00:00Z).
qint64 demoEpochUs();

// What the events of one business case share.
struct DemoTrace
{
    QString correlationId;
    QString traceId;

    // Metadata with the case's correlation and trace ids; `cause` is the causing event (may be null).
    QJsonObject metadata(const QString& actor, const QUuid& cause, const QString& taskQueue = {}) const;
};

class DemoStream
{
public:
    // Events go to `sink`; a null sink generates ids and versions but keeps nothing (a stream
    // left out of a small data set, whose events other streams may still name as causes).
    DemoStream(quint32 seed, QString streamId, QString streamType, QList<DemoEvent>* sink);

    const QString& streamId() const { return m_streamId; }
    qint64 version() const { return m_version; }

    // Adds the next event at business time `atUs`, which is also its recorded time (the store
    // writes it as it would have been written live), and returns its id.
    QUuid add(qint64 atUs, const QString& type, const QJsonObject& payload, const QJsonObject& metadata);
    // The same with the payload as JSON text (for 64-bit numbers QJsonObject cannot hold exactly)
    // and a payload schema version.
    QUuid addText(qint64 atUs, const QString& type, const QByteArray& payload, const QJsonObject& metadata,
        int schemaVersion = 1);

private:
    quint32 m_seed;
    QString m_streamId;
    QString m_streamType;
    QList<DemoEvent>* m_sink;
    qint64 m_version = 0;
};

// Compact JSON text of `object` with one more member whose value is a raw number literal, kept
// exactly as written (e.g. an unsigned 64-bit payment reference).
QByteArray jsonWithRawNumber(const QJsonObject& object, QLatin1StringView key, const QByteArray& literal);

QString uuidText(const QUuid& id);

} // namespace sagascope::demo
