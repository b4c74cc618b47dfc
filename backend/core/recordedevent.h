// SPDX-License-Identifier: MIT
// The value types that cross the engine's API: events to append, events as recorded, streams.
// Plain copyable values so they can travel through queued signals between threads.
#pragma once

#include "error.h"
#include "expectedversion.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

namespace sagascope {

// Well-known metadata keys. Metadata is a JSON object; these keys have a meaning to the engine,
// any other key is kept as free-form metadata.
namespace meta {
inline constexpr QLatin1StringView correlationId { "correlation_id" };
inline constexpr QLatin1StringView causationId { "causation_id" };
inline constexpr QLatin1StringView actor { "actor" };
inline constexpr QLatin1StringView traceId { "trace_id" };
inline constexpr QLatin1StringView taskQueue { "task_queue" };
inline constexpr QLatin1StringView parentEventId { "parent_event_id" };
inline constexpr QLatin1StringView resetPoint { "reset_point" };
inline constexpr QLatin1StringView retry { "retry" };
} // namespace meta

struct NewEvent
{
    QUuid eventId; // idempotency key; a null id gets a fresh one on append
    QString eventType;
    int schemaVersion = 1;
    QByteArray payload; // a JSON object as UTF-8 text; canonicalised on append
    QByteArray metadata; // a JSON object as UTF-8 text, or empty for {}
    // When the event happened, for imports that keep the original time; 0 = the store's clock.
    qint64 recordedAtUs = 0;

    static NewEvent fromJson(
        const QString& type, const QJsonObject& payload, const QJsonObject& metadata = {}, int schemaVersion = 1);
};

struct AppendRequest
{
    QString streamId;
    QString streamType; // set when the stream is created; empty = derived from the stream id
    ExpectedVersion expected = ExpectedVersion::any();
    QList<NewEvent> events;
};

struct AppendResult
{
    QString streamId;
    qint64 firstVersion = 0;
    qint64 lastVersion = 0; // the stream's version after the append
    qint64 firstPosition = 0;
    qint64 lastPosition = 0;
    bool alreadyStored = false; // every event id was already stored with the same content
};

struct RecordedEvent
{
    QUuid eventId;
    QString streamId;
    QString streamType;
    qint64 version = 0;
    qint64 position = 0;
    QString eventType;
    int schemaVersion = 1;
    QByteArray payload; // canonical JSON text exactly as stored
    QByteArray metadata; // canonical JSON text exactly as stored
    qint64 recordedAtUs = 0; // microseconds since the Unix epoch, UTC
    QByteArray fingerprint; // the stream's hash chain at this event (32 bytes), stored at append

    std::optional<Error> corruption; // set when what is stored is not a JSON object

    // The payload and metadata as objects, parsed on each call (numbers as doubles: `payload`
    // keeps the exact text). An event carries text only, so a page of events or a million-event
    // history costs its bytes, and only a consumer that needs the object pays for parsing it.
    QJsonObject payloadObject() const;
    QJsonObject metadataObject() const;
    // Whether metadata holds `key` with the value true; metadata that cannot is not parsed.
    bool metadataFlag(QLatin1StringView key) const;

    QDateTime recordedAt() const;
    QString correlationId() const;
    QString causationId() const { return metadataObject().value(meta::causationId).toString(); }
    QString actor() const { return metadataObject().value(meta::actor).toString(); }
    QString traceId() const { return metadataObject().value(meta::traceId).toString(); }

    // Checks that the stored payload and metadata are JSON objects, or records a corrupt-data
    // error on the event. Canonical text (what the engine writes) is checked without parsing.
    void checkStoredJson();
};

struct StreamInfo
{
    QString streamId;
    QString streamType;
    qint64 lastVersion = 0; // also the number of events: versions start at 1 without gaps
    qint64 lastPosition = 0;
    qint64 createdAtUs = 0;
    qint64 updatedAtUs = 0; // time of the last event
};

enum class ReadDirection
{
    Forward,
    Backward
};

// Reads one stream. Forward starts at minVersion and goes up; Backward starts at maxVersion
// and goes down. Every filter narrows the result; limit 0 means no limit.
struct StreamQuery
{
    QString streamId;
    ReadDirection direction = ReadDirection::Forward;
    qint64 minVersion = 1;
    qint64 maxVersion = 0; // 0 = up to the last version
    std::optional<qint64> sinceUs; // recorded at or after
    std::optional<qint64> untilUs; // recorded at or before
    QStringList eventTypes; // empty = all types
    int limit = 0;
};

// Reads the global log after a position, in commit-safe order.
struct LogQuery
{
    qint64 afterPosition = 0;
    int limit = 1000;
    // Only events of these types, across all streams (empty: every event); the limit counts
    // the events that match.
    QStringList eventTypes;
};

enum class StreamSearch
{
    Substring,
    Prefix
};

// Lists streams ordered by stream id, one keyset page at a time.
struct StreamFilter
{
    QString streamType; // empty = all
    QString search; // matched literally, ASCII letters case-insensitively
    StreamSearch searchMode = StreamSearch::Substring;
    QString afterStreamId; // keyset cursor: the last id of the previous page
    int limit = 100;
};

struct StreamPage
{
    QList<StreamInfo> streams;
    bool hasMore = false;
};

// A persisted state of one stream at one version, written by one reducer (name and version)
// and encoded with one codec. `stateHash` is the hex SHA-256 of the state's compact JSON, so a
// damaged or tampered snapshot is noticed whatever the codec.
struct SnapshotRecord
{
    QString streamId;
    qint64 version = 0;
    QString reducer;
    int reducerVersion = 0;
    QString codec;
    QByteArray state;
    QByteArray stateHash;
    qint64 createdAtUs = 0;
};

// The top-level correlation_id of canonical metadata text (what the engine stores and appends),
// found by a scan instead of parsing the object; empty when there is none.
QString correlationIdOf(const QByteArray& metadata);

// Microseconds since the Unix epoch <-> QDateTime (UTC, millisecond precision).
QDateTime dateTimeFromUs(qint64 us);
qint64 usFromDateTime(const QDateTime& dt);
// ISO 8601 with microseconds, e.g. 2026-11-23T09:10:11.123456Z.
QString isoFromUs(qint64 us);
std::optional<qint64> usFromIso(const QString& text);
qint64 nowUs();

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::RecordedEvent)
Q_DECLARE_METATYPE(sagascope::StreamInfo)
Q_DECLARE_METATYPE(sagascope::SnapshotRecord)
