-- SPDX-License-Identifier: MIT
-- The embedded store. Times are microseconds since the Unix epoch (UTC).
-- Payload and metadata are canonical JSON text, kept byte for byte.
CREATE TABLE streams (
    stream_id      TEXT    PRIMARY KEY,
    stream_type    TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    last_position  INTEGER NOT NULL,
    created_at_us  INTEGER NOT NULL,
    updated_at_us  INTEGER NOT NULL,
    last_fingerprint BLOB   NOT NULL  -- the hash chain at the stream's last event
) WITHOUT ROWID;
CREATE INDEX streams_by_type ON streams (stream_type, stream_id);

CREATE TABLE events (
    position        INTEGER PRIMARY KEY,
    stream_id       TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    event_id        TEXT    NOT NULL UNIQUE,
    stream_type     TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    payload         TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    correlation_id  TEXT,
    recorded_at_us  INTEGER NOT NULL,
    fingerprint     BLOB    NOT NULL,  -- SHA-256(previous fingerprint || digest of this event)
    UNIQUE (stream_id, version)
);
CREATE INDEX events_by_correlation ON events (correlation_id) WHERE correlation_id IS NOT NULL;

-- Persisted states (seeds 001, 002): one per stream, version and reducer.
CREATE TABLE snapshots (
    stream_id        TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    reducer          TEXT    NOT NULL,
    reducer_version  INTEGER NOT NULL,
    codec            TEXT    NOT NULL,
    state            BLOB    NOT NULL,
    state_hash       TEXT    NOT NULL,
    created_at_us    INTEGER NOT NULL,
    PRIMARY KEY (stream_id, version, reducer)
) WITHOUT ROWID;
