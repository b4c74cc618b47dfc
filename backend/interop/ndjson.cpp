// SPDX-License-Identifier: MIT
#include "ndjson.h"

#include "canonicaljson.h"
#include "coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace sagascope {

namespace {

// Stored text that is a JSON object goes out as is; anything else (a damaged row) as a string,
// so that the line stays valid JSON and the raw bytes stay visible.
QByteArray jsonField(const QByteArray& stored, bool checkIt)
{
    const QByteArray text = stored.isEmpty() ? QByteArrayLiteral("{}") : stored;
    if (!checkIt || canonicalJson(text).has_value())
        return text;
    return jsonString(QString::fromUtf8(text));
}

bool isHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace

QByteArray eventToNdjson(const RecordedEvent& e, int upcastFrom)
{
    const bool corrupt = e.corruption.has_value();
    QByteArray line;
    line.reserve(e.payload.size() + e.metadata.size() + 400);
    line += "{\"stream_id\":" + jsonString(e.streamId);
    line += ",\"version\":" + QByteArray::number(e.version);
    line += ",\"position\":" + QByteArray::number(e.position);
    line += ",\"event_id\":\"" + e.eventId.toByteArray(QUuid::WithoutBraces) + '"';
    line += ",\"type\":" + jsonString(e.eventType);
    line += ",\"stream_type\":" + jsonString(e.streamType);
    line += ",\"schema_version\":" + QByteArray::number(e.schemaVersion);
    if (upcastFrom > 0)
        line += ",\"upcast_from\":" + QByteArray::number(upcastFrom);
    line += ",\"recorded_at\":\"" + isoFromUs(e.recordedAtUs).toLatin1() + '"';
    // A store that keeps no fingerprints (an older schema) writes none rather than a fake one.
    if (!e.fingerprint.isEmpty())
        line += ",\"fingerprint\":\"" + e.fingerprint.toHex() + '"';
    line += ",\"payload\":" + jsonField(e.payload, corrupt);
    line += ",\"metadata\":" + jsonField(e.metadata, corrupt);
    if (corrupt)
        line += ",\"corrupt\":" + jsonString(e.corruption->message);
    line += "}\n";
    return line;
}

QByteArray streamToNdjson(const StreamInfo& s)
{
    QByteArray line = "{\"stream_id\":" + jsonString(s.streamId);
    line += ",\"stream_type\":" + jsonString(s.streamType);
    line += ",\"version\":" + QByteArray::number(s.lastVersion);
    line += ",\"last_position\":" + QByteArray::number(s.lastPosition);
    line += ",\"created_at\":\"" + isoFromUs(s.createdAtUs).toLatin1() + '"';
    line += ",\"updated_at\":\"" + isoFromUs(s.updatedAtUs).toLatin1() + "\"}\n";
    return line;
}

Result<NdjsonEvent> eventFromNdjson(QByteArrayView line, qint64 lineNumber)
{
    auto members = canonicalMembers(line);
    if (!members)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Line %1 is not a JSON object: %2").arg(QString::number(lineNumber), members.error().message));
    NdjsonEvent out;
    QHash<QString, QByteArray> raw;
    for (const auto& [key, value] : *members)
        raw.insert(key, value);
    auto missing = [&](const char* field) {
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Line %1 has no valid \"%2\" field.")
                .arg(QString::number(lineNumber), QString::fromLatin1(field)));
    };
    // Scalars are read through QJsonDocument (wrapped in an array); exact text is kept for the
    // payload and metadata.
    auto scalar = [&](const char* field) -> QJsonValue {
        const QByteArray text = raw.value(QString::fromLatin1(field));
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonDocument::fromJson("[" + text + "]").array().first();
    };
    out.streamId = scalar("stream_id").toString();
    if (out.streamId.isEmpty())
        return missing("stream_id");
    out.streamType = scalar("stream_type").toString();
    out.version = scalar("version").toInteger();
    if (out.version < 1)
        return missing("version");
    out.position = scalar("position").toInteger();
    out.event.eventType = scalar("type").toString();
    if (out.event.eventType.isEmpty())
        return missing("type");
    out.event.eventId = QUuid::fromString(scalar("event_id").toString());
    if (out.event.eventId.isNull())
        return missing("event_id");
    const QJsonValue schema = scalar("schema_version");
    out.event.schemaVersion = schema.isUndefined() ? 1 : schema.toInt();
    const QString recorded = scalar("recorded_at").toString();
    if (!recorded.isEmpty()) {
        const auto us = usFromIso(recorded);
        if (!us)
            return missing("recorded_at");
        out.recordedAtUs = *us;
    }
    if (raw.contains(QStringLiteral("fingerprint"))) {
        const QByteArray hex = scalar("fingerprint").toString().toLatin1();
        if (hex.size() != 64 || !isHex(hex))
            return missing("fingerprint");
        out.fingerprint = QByteArray::fromHex(hex);
    }
    if (raw.contains(QStringLiteral("corrupt")))
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("Line %1 holds event %2 of stream \"%3\", which was exported as corrupt; repair it "
                       "before importing.")
                .arg(QString::number(lineNumber), QString::number(out.version), out.streamId));
    if (raw.contains(QStringLiteral("upcast_from")))
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("Line %1 shows event %2 of stream \"%3\" upcast to a newer schema, not as it was stored; "
                       "export it without --upcast to import it.")
                .arg(QString::number(lineNumber), QString::number(out.version), out.streamId));
    const QByteArray payload = raw.value(QStringLiteral("payload"));
    if (!payload.startsWith('{'))
        return missing("payload");
    out.event.payload = payload;
    const QByteArray metadata = raw.value(QStringLiteral("metadata"));
    if (!metadata.isEmpty() && !metadata.startsWith('{'))
        return missing("metadata");
    out.event.metadata = metadata;
    out.event.recordedAtUs = out.recordedAtUs;
    return out;
}

} // namespace sagascope
