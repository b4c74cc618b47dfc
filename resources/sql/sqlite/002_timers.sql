-- SPDX-License-Identifier: MIT
-- Durable timers (backend/core/timers.h): pending timers only. Firing one appends TimerFired
-- and deletes its row in the same BEGIN IMMEDIATE transaction.
CREATE TABLE timers (
    timer_id         TEXT    PRIMARY KEY,
    stream_id        TEXT    NOT NULL,
    stream_type      TEXT    NOT NULL,
    fire_at_us       INTEGER NOT NULL,
    payload          TEXT    NOT NULL,
    scheduled_at_us  INTEGER NOT NULL
) WITHOUT ROWID;
-- Due-time scans (fire, list all) and one stream's timers in fire order.
CREATE INDEX timers_by_fire_at ON timers (fire_at_us, timer_id);
CREATE INDEX timers_by_stream ON timers (stream_id, fire_at_us, timer_id);
