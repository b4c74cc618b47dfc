-- SPDX-License-Identifier: MIT
-- Durable timers (backend/core/timers.h). Only pending timers have a row: firing claims rows
-- with SELECT … FOR UPDATE SKIP LOCKED, appends TimerFired through sagascope.append and deletes
-- the rows in the same transaction, so concurrent firers share the due timers and none fires
-- twice.
CREATE TABLE sagascope.timers (
    timer_id      text COLLATE "C" PRIMARY KEY,
    stream_id     text COLLATE "C" NOT NULL,
    stream_type   text COLLATE "C" NOT NULL,
    fire_at       timestamptz NOT NULL,
    payload       text        NOT NULL,   -- canonical JSON text, kept exactly as the engine wrote it
    scheduled_at  timestamptz NOT NULL
);

-- Due-time scans (fire, list all) in claim order, and one stream's timers in fire order.
CREATE INDEX timers_by_fire_at ON sagascope.timers (fire_at, timer_id);
CREATE INDEX timers_by_stream ON sagascope.timers (stream_id, fire_at, timer_id);
