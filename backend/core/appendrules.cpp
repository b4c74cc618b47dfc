// SPDX-License-Identifier: MIT
#include "appendrules.h"

#include "canonicaljson.h"
#include "coretr.h"

#include <QSet>

namespace sagascope {

namespace {

bool hasControlCharacter(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

Result<void> validateStreamId(const QString& streamId)
{
    if (streamId.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The stream id is empty."));
    if (streamId.size() > 512)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The stream id is longer than 512 characters."));
    if (hasControlCharacter(streamId))
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The stream id contains a control character."));
    return {};
}

Result<void> validateEventType(const QString& eventType)
{
    if (eventType.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The event type is empty."));
    if (eventType.size() > 200)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The event type is longer than 200 characters."));
    if (hasControlCharacter(eventType))
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The event type contains a control character."));
    return {};
}

Result<void> validateTimerId(const QString& timerId)
{
    if (timerId.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The timer id is empty."));
    if (timerId.size() > 200)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The timer id is longer than 200 characters."));
    if (hasControlCharacter(timerId))
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The timer id contains a control character."));
    return {};
}

Result<void> validateStreamType(const QString& streamType)
{
    if (hasControlCharacter(streamType) || streamType.size() > 200)
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The stream type is not a valid name."));
    return {};
}

QString defaultStreamType(const QString& streamId)
{
    qsizetype end = 0;
    while (end < streamId.size() && streamId[end].isLetter())
        ++end;
    if (end > 0 && end < streamId.size()) {
        const QChar sep = streamId[end];
        if (sep == QLatin1Char('-') || sep == QLatin1Char(':') || sep == QLatin1Char('/') || sep == QLatin1Char('_'))
            return streamId.left(end).toLower();
    }
    return QStringLiteral("stream");
}

QString streamTypeForNewStream(const AppendRequest& request)
{
    return request.streamType.isEmpty() ? defaultStreamType(request.streamId) : request.streamType;
}

Result<AppendRequest> normaliseAppend(const AppendRequest& request)
{
    if (auto ok = validateStreamId(request.streamId); !ok)
        return std::unexpected(ok.error());
    if (request.events.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("There are no events to append."));
    AppendRequest out = request;
    if (auto ok = validateStreamType(out.streamType); !ok)
        return std::unexpected(ok.error());
    QSet<QUuid> seen;
    for (NewEvent& e : out.events) {
        if (auto ok = validateEventType(e.eventType); !ok)
            return std::unexpected(ok.error());
        if (e.schemaVersion < 1)
            return fail(ErrorCode::InvalidInput, CoreTr::tr("Schema versions start at 1."));
        if (e.eventId.isNull())
            e.eventId = QUuid::createUuid();
        if (seen.contains(e.eventId))
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Event id %1 appears twice in one append.").arg(e.eventId.toString(QUuid::WithoutBraces)));
        seen.insert(e.eventId);
        auto payload = canonicalJson(e.payload.isEmpty() ? QByteArrayView("{}") : QByteArrayView(e.payload));
        if (!payload)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("The payload of a %1 event is not a JSON object. %2")
                    .arg(e.eventType, payload.error().message));
        e.payload = std::move(*payload);
        auto metadata = canonicalJson(e.metadata.isEmpty() ? QByteArrayView("{}") : QByteArrayView(e.metadata));
        if (!metadata)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("The metadata of a %1 event is not a JSON object. %2")
                    .arg(e.eventType, metadata.error().message));
        e.metadata = std::move(*metadata);
    }
    return out;
}

bool sameContent(const NewEvent& incoming, const RecordedEvent& stored)
{
    return incoming.eventType == stored.eventType && incoming.schemaVersion == stored.schemaVersion
        && incoming.payload == stored.payload && incoming.metadata == stored.metadata;
}

Result<std::optional<AppendResult>> idempotentResult(
    const AppendRequest& request, const QList<RecordedEvent>& storedWithSameIds)
{
    if (storedWithSameIds.isEmpty())
        return std::optional<AppendResult> {};
    QHash<QUuid, const RecordedEvent*> byId;
    for (const RecordedEvent& e : storedWithSameIds)
        byId.insert(e.eventId, &e);
    AppendResult result;
    result.streamId = request.streamId;
    result.alreadyStored = true;
    for (qsizetype i = 0; i < request.events.size(); ++i) {
        const NewEvent& e = request.events[i];
        const QString id = e.eventId.toString(QUuid::WithoutBraces);
        const RecordedEvent* stored = byId.value(e.eventId);
        if (!stored)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Some events of this append are already stored and others are not (event %1 is "
                           "new); retry with exactly the events of the original append.")
                    .arg(id));
        if (stored->streamId != request.streamId || !sameContent(e, *stored))
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Event id %1 is already stored with different content (stream \"%2\", version %3).")
                    .arg(id, stored->streamId, QString::number(stored->version)));
        if (i == 0) {
            result.firstVersion = stored->version;
            result.firstPosition = stored->position;
        } else if (stored->version != result.lastVersion + 1) {
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Event id %1 is already stored, but not next to the other events of this append.").arg(id));
        }
        result.lastVersion = stored->version;
        result.lastPosition = stored->position;
    }
    return std::optional<AppendResult>(result);
}

} // namespace sagascope
