// SPDX-License-Identifier: MIT
#include "timers.h"

#include "appendrules.h"
#include "canonicaljson.h"
#include "coretr.h"

namespace sagascope {

namespace {

const QUuid& timerNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QStringLiteral("sagascope/timers"));
    return ns;
}

} // namespace

Result<TimerRecord> normaliseTimer(const TimerRecord& timer, qint64 nowUs)
{
    if (auto ok = validateTimerId(timer.timerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validateStreamId(timer.streamId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = validateStreamType(timer.streamType); !ok)
        return std::unexpected(ok.error());
    if (timer.fireAtUs <= 0)
        return fail(
            ErrorCode::InvalidInput, CoreTr::tr("Timer \"%1\" has no fire time after 1970-01-01.").arg(timer.timerId));
    auto payload = canonicalJson(timer.payload.isEmpty() ? QByteArrayView("{}") : QByteArrayView(timer.payload));
    if (!payload)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("The payload of timer \"%1\" is not a JSON object. %2")
                .arg(timer.timerId, payload.error().message));
    TimerRecord out = timer;
    out.payload = std::move(*payload);
    if (out.streamType.isEmpty())
        out.streamType = defaultStreamType(out.streamId);
    if (out.scheduledAtUs == 0)
        out.scheduledAtUs = nowUs;
    return out;
}

bool sameTimer(const TimerRecord& a, const TimerRecord& b)
{
    return a.timerId == b.timerId && a.streamId == b.streamId && a.streamType == b.streamType
        && a.fireAtUs == b.fireAtUs && a.payload == b.payload;
}

Error timerConflict(const TimerRecord& incoming, const TimerRecord& stored)
{
    return Error { ErrorCode::Conflict,
        CoreTr::tr("Timer \"%1\" is already scheduled for stream \"%2\" at %3 with other content; cancel it first "
                   "or use another timer id.")
            .arg(incoming.timerId, stored.streamId, isoFromUs(stored.fireAtUs)) };
}

Error timerNotFound(const QString& timerId)
{
    return Error { ErrorCode::NotFound, CoreTr::tr("There is no pending timer \"%1\".").arg(timerId) };
}

QUuid timerFiredEventId(const TimerRecord& timer)
{
    // Everything that makes up the event, so a retried fire gives the same id and a timer id
    // scheduled again for another time or payload gives a new one.
    const QString name = timer.streamId + QChar(0) + timer.timerId + QChar(0) + QString::number(timer.fireAtUs)
        + QChar(0) + QString::fromUtf8(timer.payload);
    return QUuid::createUuidV5(timerNamespace(), name);
}

AppendRequest timerFiredRequest(const TimerRecord& timer, bool streamExists)
{
    // Built as text so that the timer's payload is carried exactly (64-bit numbers stay intact);
    // keys in canonical (sorted) order.
    NewEvent e;
    e.eventId = timerFiredEventId(timer);
    e.eventType = timerFiredEventType;
    e.payload = "{\"fire_at\":" + jsonString(isoFromUs(timer.fireAtUs))
        + ",\"fire_at_us\":" + QByteArray::number(timer.fireAtUs) + ",\"payload\":" + timer.payload
        + ",\"timer_id\":" + jsonString(timer.timerId) + '}';
    e.metadata = "{}";
    AppendRequest r;
    r.streamId = timer.streamId;
    r.streamType = streamExists ? QString() : timer.streamType;
    r.expected = ExpectedVersion::any();
    r.events = { std::move(e) };
    return r;
}

FiredTimer firedTimer(const TimerRecord& timer, const AppendResult& appended)
{
    FiredTimer f;
    f.timer = timer;
    f.eventId = timerFiredEventId(timer);
    f.version = appended.lastVersion;
    f.position = appended.lastPosition;
    f.alreadyStored = appended.alreadyStored;
    return f;
}

} // namespace sagascope
