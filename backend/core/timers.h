// SPDX-License-Identifier: MIT
// Durable timers (seed 000's TimerStore port): the values every store exchanges and the rules they
// share, so that memory, SQLite and PostgreSQL schedule, cancel and fire timers identically.
//
// Why it is shaped this way:
// - A timer belongs to a stream and fires *into* it: firing appends one `TimerFired` event to
//   the timer's stream and removes the timer in the same transaction. A crash can leave a timer
//   pending (it fires again later) but never half-fired; a timer is never both removed and lost.
// - The fired event's id is derived from the timer's content (a UUIDv5), so firing the same timer
//   again after an uncertain outcome is an idempotent append, not a second event.
// - Claiming is the store's business: memory under its lock, SQLite in a BEGIN IMMEDIATE
//   transaction, PostgreSQL with `FOR UPDATE SKIP LOCKED`, so two processes firing the same due
//   timers share them and each timer fires exactly once.
// - Scheduling an id that exists with the same content succeeds without change (a retried
//   schedule); with other content it is a conflict, never a silent overwrite.
#pragma once

#include "error.h"
#include "recordedevent.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace sagascope {

// The event type a fired timer appends.
inline constexpr QLatin1StringView timerFiredEventType { "TimerFired" };

struct TimerRecord
{
    QString timerId; // unique in the store; the saga reducer's `timer_id`
    QString streamId; // the stream TimerFired is appended to
    QString streamType; // the type the stream gets if firing creates it; empty = from the stream id
    qint64 fireAtUs = 0; // when the timer is due, microseconds since the Unix epoch, UTC
    QByteArray payload; // a JSON object as UTF-8 text; canonical once scheduled
    qint64 scheduledAtUs = 0; // when it was first scheduled; 0 = the store's clock
};

struct ScheduleResult
{
    TimerRecord timer; // as stored
    bool alreadyScheduled = false; // the same timer was scheduled before; nothing was written
};

// Lists pending timers ordered by fire time (then timer id).
struct TimerQuery
{
    QString streamId; // empty = every stream
    int limit = 1000; // 0 = no limit
};

struct FiredTimer
{
    TimerRecord timer;
    QUuid eventId; // the TimerFired event
    qint64 version = 0; // its version in the stream
    qint64 position = 0; // its global position
    bool alreadyStored = false; // the event was stored by an earlier fire of the same timer
};

// Validates a timer and returns it normalised: ids checked, stream type resolved (the stream
// id's default when empty), payload canonical ({} when empty), scheduled time set.
Result<TimerRecord> normaliseTimer(const TimerRecord& timer, qint64 nowUs);

// Whether two normalised timers are the same schedule (everything but the scheduled time).
bool sameTimer(const TimerRecord& a, const TimerRecord& b);

// The error for scheduling an id that is pending with other content.
Error timerConflict(const TimerRecord& incoming, const TimerRecord& stored);
Error timerNotFound(const QString& timerId);

// The id of the TimerFired event of a normalised timer: the same timer always gives the same id.
QUuid timerFiredEventId(const TimerRecord& timer);

// The append that fires a normalised timer: one TimerFired event whose payload is
// {"fire_at": ISO, "fire_at_us": N, "payload": <the timer's payload, exact>, "timer_id": ID}.
// The timer's stream type applies only when the append creates the stream: an existing stream
// keeps its own type, so a timer can always fire into it.
AppendRequest timerFiredRequest(const TimerRecord& timer, bool streamExists);

// The result of firing a timer from the result of its append.
FiredTimer firedTimer(const TimerRecord& timer, const AppendResult& appended);

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::TimerRecord)
