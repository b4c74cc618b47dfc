-- SPDX-License-Identifier: MIT
-- The PostgreSQL store, in its own schema `sagascope` (created by the store before this runs).
-- Payload and metadata are canonical JSON kept as text, byte for byte: jsonb would reorder keys,
-- normalise numbers and refuse a damaged payload that the engine must be able to report.
-- Stream ids and types use the "C" collation so that they sort and compare by bytes in every
-- database, whatever its default locale: paging then matches the other stores, and ILIKE folds
-- ASCII letters only.

CREATE SEQUENCE sagascope.event_position AS bigint;

CREATE TABLE sagascope.streams (
    stream_id      text COLLATE "C" PRIMARY KEY,
    stream_type    text COLLATE "C" NOT NULL,
    version        bigint      NOT NULL,
    last_position  bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX streams_by_type ON sagascope.streams (stream_type, stream_id);

CREATE TABLE sagascope.events (
    position        bigint      PRIMARY KEY,
    stream_id       text COLLATE "C" NOT NULL,
    version         bigint      NOT NULL,
    event_id        uuid        NOT NULL UNIQUE,
    stream_type     text COLLATE "C" NOT NULL,
    event_type      text COLLATE "C" NOT NULL,
    schema_version  integer     NOT NULL,
    payload         text        NOT NULL,
    metadata        text        NOT NULL,
    correlation_id  text COLLATE "C",
    recorded_at     timestamptz NOT NULL,
    UNIQUE (stream_id, version)
);
CREATE INDEX events_by_correlation ON sagascope.events (correlation_id, position) WHERE correlation_id IS NOT NULL;

-- One append to one stream, in one round trip. The client normalises the request (canonical
-- JSON, event ids, stream type default) and decides idempotency and conflict messages with the
-- rules every store shares; this function only reports what it found:
--   status 0  appended: version = the stream's new version, first/last position written
--   status 1  some event ids are already stored: one row per stored event, nothing written
--   status 2  the expected version does not hold: version = the stream's current version
--   status 3  the stream exists with another type: stream_type = its type
-- p_expected: >= 0 exact version (0 = the stream must not exist), -1 any, -3 the stream must exist.
-- p_strict: raise SQLSTATE SGA01 instead of answering with status 1, 2 or 3. A batch sent in one
-- round trip as one implicit transaction uses it: anything but a plain append aborts the whole
-- batch, and the client redoes it with a transaction it commits only after deciding.
CREATE FUNCTION sagascope.append(
    p_stream_id       text,
    p_stream_type     text,   -- '' = none given
    p_new_stream_type text,   -- the type a stream created by this append gets
    p_expected        bigint,
    p_event_ids       uuid[],
    p_event_types     text[],
    p_schema_versions integer[],
    p_payloads        text[],
    p_metadata        text[],
    p_correlation_ids text[],
    p_strict          boolean DEFAULT false)
RETURNS TABLE (
    o_status         integer,
    o_version        bigint,
    o_first_position bigint,
    o_last_position  bigint,
    o_stream_type    text,
    o_event_id       uuid,
    o_stream_id      text,
    o_event_type     text,
    o_schema_version integer,
    o_payload        text,
    o_metadata       text)
LANGUAGE plpgsql
-- Every lookup here is by key. PL/pgSQL caches one generic plan per statement for the whole
-- session, and a plan made while a table was still empty (a fresh store, an import) would scan
-- it in full on every later call; index plans are what these statements need at any size.
SET enable_seqscan = off
AS $$
DECLARE
    v_count   integer := cardinality(p_event_ids);
    v_current bigint;
    v_type    text;
    v_first   bigint;
    v_last    bigint;
    v_now     timestamptz;
BEGIN
    -- Every append takes this transaction-level lock first and keeps it until commit, so appends
    -- commit one after the other and positions become visible in increasing order: a reader that
    -- follows the log can never pass a position whose transaction has not committed yet. Taking
    -- it first (before any row lock) keeps the lock order the same in every transaction, so
    -- batches and single appends cannot deadlock. The cost: one writer at a time.
    PERFORM pg_advisory_xact_lock(7526184001);

    RETURN QUERY
        SELECT 1, e.version, e.position, e.position, e.stream_type, e.event_id, e.stream_id, e.event_type,
               e.schema_version, e.payload, e.metadata
          FROM sagascope.events e
         WHERE e.event_id = ANY (p_event_ids);
    IF FOUND THEN
        IF p_strict THEN
            RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append: some event ids are already stored';
        END IF;
        RETURN;
    END IF;

    SELECT s.version, s.stream_type INTO v_current, v_type
      FROM sagascope.streams s
     WHERE s.stream_id = p_stream_id;
    v_current := coalesce(v_current, 0);
    IF (p_expected >= 0 AND v_current <> p_expected) OR (p_expected = -3 AND v_current = 0) THEN
        IF p_strict THEN
            RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append: expected version mismatch';
        END IF;
        RETURN QUERY SELECT 2, v_current, 0::bigint, 0::bigint, v_type, NULL::uuid, NULL::text, NULL::text,
                            NULL::integer, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF v_current > 0 AND p_stream_type <> '' AND p_stream_type <> v_type THEN
        IF p_strict THEN
            RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append: stream type mismatch';
        END IF;
        RETURN QUERY SELECT 3, v_current, 0::bigint, 0::bigint, v_type, NULL::uuid, NULL::text, NULL::text,
                            NULL::integer, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF v_current = 0 THEN
        v_type := p_new_stream_type;
    END IF;

    -- Under the lock no one else draws from the sequence, so the range is ours.
    v_first := nextval('sagascope.event_position');
    v_last := v_first + v_count - 1;
    IF v_count > 1 THEN
        PERFORM setval('sagascope.event_position', v_last);
    END IF;
    -- Taken after the lock, so recorded times never go backwards along the log.
    v_now := clock_timestamp();

    INSERT INTO sagascope.events (position, stream_id, version, event_id, stream_type, event_type, schema_version,
                                  payload, metadata, correlation_id, recorded_at)
    SELECT v_first + u.ord - 1, p_stream_id, v_current + u.ord, u.event_id, v_type, u.event_type, u.schema_version,
           u.payload, u.metadata, u.correlation_id, v_now
      FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata, p_correlation_ids)
           WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, correlation_id, ord);

    IF v_current = 0 THEN
        INSERT INTO sagascope.streams (stream_id, stream_type, version, last_position, created_at, updated_at)
        VALUES (p_stream_id, v_type, v_count, v_last, v_now, v_now);
    ELSE
        UPDATE sagascope.streams
           SET version = v_current + v_count, last_position = v_last, updated_at = v_now
         WHERE stream_id = p_stream_id AND version = v_current;
    END IF;

    -- Delivered to listeners at commit. Stream ids are at most 512 characters, so the payload
    -- stays far below NOTIFY's 8000-byte limit.
    PERFORM pg_notify('sagascope_events',
                      json_build_object('s', p_stream_id, 'v', v_current + v_count, 'p', v_last)::text);

    RETURN QUERY SELECT 0, v_current + v_count, v_first, v_last, v_type, NULL::uuid, NULL::text, NULL::text,
                        NULL::integer, NULL::text, NULL::text;
END
$$;
