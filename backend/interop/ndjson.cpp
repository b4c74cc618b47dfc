// SPDX-License-Identifier: MIT
#include "ndjson.h"

#include "canonicaljson.h"
#include "coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace sagascope {

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
    if (raw.contains(QStringLiteral("corrupt")))
        return fail(ErrorCode::CorruptData,
            CoreTr::tr("Line %1 holds event %2 of stream \"%3\", which was exported as corrupt; repair it "
                       "before importing.")
                .arg(QString::number(lineNumber), QString::number(out.version), out.streamId));
    const QByteArray payload = raw.value(QStringLiteral("payload"));
    if (!payload.startsWith('{'))
        return missing("payload");
    out.event.payload = payload;
    const QByteArray metadata = raw.value(QStringLiteral("metadata"));
    if (!metadata.isEmpty() && !metadata.startsWith('{'))
        return missing("metadata");
    out.event.metadata = metadata;
    return out;
}

} // namespace sagascope
