// SPDX-License-Identifier: MIT
#include "eventcodec.h"

#include "canonicaljson.h"
#include "coretr.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace sagascope {

namespace {

// A payload whose canonical text QJsonDocument cannot reproduce (64-bit integers, 1.0, …) is
// carried as its text under this tag ("ssjt"), so CBOR stays lossless.
constexpr auto exactJsonTextTag = static_cast<QCborTag>(0x73736a74);

Result<RecordedEvent> finish(RecordedEvent e)
{
    e.checkStoredJson();
    if (e.corruption)
        return std::unexpected(*e.corruption);
    return e;
}

class JsonCodec final : public EventCodec
{
public:
    QString name() const override { return QStringLiteral("json"); }
    QString contentType() const override { return QStringLiteral("application/json"); }

    QByteArray encodeEvent(const RecordedEvent& e) const override
    {
        QByteArray out = "{\"event_id\":\"" + e.eventId.toByteArray(QUuid::WithoutBraces) + '"';
        out += ",\"metadata\":" + (e.metadata.isEmpty() ? QByteArray("{}") : e.metadata);
        out += ",\"payload\":" + (e.payload.isEmpty() ? QByteArray("{}") : e.payload);
        out += ",\"position\":" + QByteArray::number(e.position);
        out += ",\"recorded_at_us\":" + QByteArray::number(e.recordedAtUs);
        out += ",\"schema_version\":" + QByteArray::number(e.schemaVersion);
        out += ",\"stream_id\":" + jsonString(e.streamId);
        out += ",\"stream_type\":" + jsonString(e.streamType);
        out += ",\"type\":" + jsonString(e.eventType);
        out += ",\"version\":" + QByteArray::number(e.version) + '}';
        return out;
    }

    Result<RecordedEvent> decodeEvent(QByteArrayView bytes) const override
    {
        auto members = canonicalMembers(bytes);
        if (!members)
            return std::unexpected(members.error());
        RecordedEvent e;
        for (const auto& [key, raw] : *members) {
            const QJsonValue v = QJsonDocument::fromJson("[" + raw + "]").array().first();
            if (key == QLatin1String("event_id"))
                e.eventId = QUuid::fromString(v.toString());
            else if (key == QLatin1String("metadata"))
                e.metadata = raw;
            else if (key == QLatin1String("payload"))
                e.payload = raw;
            else if (key == QLatin1String("position"))
                e.position = v.toInteger();
            else if (key == QLatin1String("recorded_at_us"))
                e.recordedAtUs = v.toInteger();
            else if (key == QLatin1String("schema_version"))
                e.schemaVersion = v.toInt();
            else if (key == QLatin1String("stream_id"))
                e.streamId = v.toString();
            else if (key == QLatin1String("stream_type"))
                e.streamType = v.toString();
            else if (key == QLatin1String("type"))
                e.eventType = v.toString();
            else if (key == QLatin1String("version"))
                e.version = v.toInteger();
        }
        if (e.eventId.isNull() || e.eventType.isEmpty() || e.streamId.isEmpty())
            return fail(
                ErrorCode::InvalidInput, CoreTr::tr("The JSON event lacks an event id, a type or a stream id."));
        return finish(std::move(e));
    }

    QByteArray encodeDocument(const QJsonObject& document) const override
    {
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
    }

    Result<QJsonObject> decodeDocument(QByteArrayView bytes) const override
    {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return fail(ErrorCode::CorruptData,
                CoreTr::tr("The JSON document cannot be decoded: %1 at byte %2.")
                    .arg(doc.isObject() || err.error != QJsonParseError::NoError ? err.errorString()
                                                                                 : CoreTr::tr("not an object"))
                    .arg(err.offset));
        return doc.object();
    }
};

class CborCodec final : public EventCodec
{
public:
    QString name() const override { return QStringLiteral("cbor"); }
    QString contentType() const override { return QStringLiteral("application/cbor"); }

    // Keys are small integers: the compact encoding the seed asks for.
    enum Key
    {
        EventId = 1,
        StreamId,
        StreamType,
        Version,
        Position,
        Type,
        SchemaVersion,
        RecordedAt,
        Payload,
        Metadata
    };

    static QCborValue jsonText(const QByteArray& text)
    {
        const QByteArray t = text.isEmpty() ? QByteArray("{}") : text;
        const QJsonObject object = QJsonDocument::fromJson(t).object();
        if (QJsonDocument(object).toJson(QJsonDocument::Compact) == t)
            return QCborValue::fromJsonValue(object);
        return QCborValue(exactJsonTextTag, QString::fromUtf8(t));
    }

    static Result<QByteArray> fromCbor(const QCborValue& v)
    {
        if (v.isTag() && v.tag() == exactJsonTextTag)
            return canonicalJson(v.taggedValue().toString().toUtf8());
        if (!v.isMap())
            return fail(ErrorCode::CorruptData, CoreTr::tr("A CBOR event's payload or metadata is not a map."));
        return QJsonDocument(v.toMap().toJsonObject()).toJson(QJsonDocument::Compact);
    }

    QByteArray encodeEvent(const RecordedEvent& e) const override
    {
        QCborMap m;
        m.insert(EventId, QCborValue(e.eventId));
        m.insert(StreamId, e.streamId);
        m.insert(StreamType, e.streamType);
        m.insert(Version, e.version);
        m.insert(Position, e.position);
        m.insert(Type, e.eventType);
        m.insert(SchemaVersion, e.schemaVersion);
        m.insert(RecordedAt, e.recordedAtUs);
        m.insert(Payload, jsonText(e.payload));
        m.insert(Metadata, jsonText(e.metadata));
        return m.toCborValue().toCbor();
    }

    Result<RecordedEvent> decodeEvent(QByteArrayView bytes) const override
    {
        QCborParserError err {};
        const QCborValue v = QCborValue::fromCbor(bytes.toByteArray(), &err);
        if (err.error != QCborError::NoError || !v.isMap())
            return fail(ErrorCode::CorruptData,
                CoreTr::tr("The CBOR event cannot be decoded: %1 at byte %2.")
                    .arg(err.error != QCborError::NoError ? err.errorString() : CoreTr::tr("not a map"))
                    .arg(err.offset));
        const QCborMap m = v.toMap();
        RecordedEvent e;
        e.eventId = m.value(EventId).toUuid();
        e.streamId = m.value(StreamId).toString();
        e.streamType = m.value(StreamType).toString();
        e.version = m.value(Version).toInteger();
        e.position = m.value(Position).toInteger();
        e.eventType = m.value(Type).toString();
        e.schemaVersion = static_cast<int>(m.value(SchemaVersion).toInteger(1));
        e.recordedAtUs = m.value(RecordedAt).toInteger();
        auto payload = fromCbor(m.value(Payload));
        if (!payload)
            return std::unexpected(payload.error());
        auto metadata = fromCbor(m.value(Metadata));
        if (!metadata)
            return std::unexpected(metadata.error());
        e.payload = *payload;
        e.metadata = *metadata;
        if (e.eventId.isNull() || e.eventType.isEmpty() || e.streamId.isEmpty())
            return fail(ErrorCode::CorruptData, CoreTr::tr("The CBOR event lacks an event id, a type or a stream id."));
        return finish(std::move(e));
    }

    QByteArray encodeDocument(const QJsonObject& document) const override
    {
        return QCborValue::fromJsonValue(document).toCbor();
    }

    Result<QJsonObject> decodeDocument(QByteArrayView bytes) const override
    {
        QCborParserError err {};
        const QCborValue v = QCborValue::fromCbor(bytes.toByteArray(), &err);
        if (err.error != QCborError::NoError || !v.isMap())
            return fail(ErrorCode::CorruptData,
                CoreTr::tr("The CBOR document cannot be decoded: %1 at byte %2.")
                    .arg(err.error != QCborError::NoError ? err.errorString() : CoreTr::tr("not a map"))
                    .arg(err.offset));
        return v.toMap().toJsonObject();
    }
};

} // namespace

EventCodec::~EventCodec() = default;

Result<std::unique_ptr<EventCodec>> createCodec(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return std::unique_ptr<EventCodec>(std::make_unique<JsonCodec>());
    if (n == QLatin1String("cbor"))
        return std::unique_ptr<EventCodec>(std::make_unique<CborCodec>());
    return fail(ErrorCode::InvalidInput, CoreTr::tr("Unknown codec \"%1\": use json or cbor.").arg(name));
}

QStringList codecNames()
{
    return { QStringLiteral("json"), QStringLiteral("cbor") };
}

} // namespace sagascope
