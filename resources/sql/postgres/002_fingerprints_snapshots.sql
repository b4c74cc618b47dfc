-- SPDX-License-Identifier: MIT
-- Fingerprints kept with every event, recorded times given by imports, snapshots; and a leaner
-- sagascope.append.
--
-- Fingerprints: each event's fingerprint is SHA-256(previous fingerprint || digest of the event),
-- starting from 32 zero bytes (backend/core/fingerprint.h). The client sends each event's digest
-- (it needs the engine's canonical text); the chain itself is continued here, under the append
-- lock, from the stream's last fingerprint. Events stored before this migration have none (NULL),
-- and a stream without a last fingerprint continues its chain from zero bytes.

ALTER TABLE sagascope.events ADD COLUMN fingerprint bytea;
ALTER TABLE sagascope.streams ADD COLUMN last_fingerprint bytea;

-- Persisted states: one per stream, version and reducer; saving again replaces it.
CREATE TABLE sagascope.snapshots (
    stream_id        text COLLATE "C" NOT NULL,
    version          bigint      NOT NULL,
    reducer          text COLLATE "C" NOT NULL,
    reducer_version  integer     NOT NULL,
    codec            text        NOT NULL,
    state            bytea       NOT NULL,
    state_hash       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (stream_id, version, reducer)
);

DROP FUNCTION sagascope.append(text, text, text, bigint, uuid[], text[], integer[], text[], text[], text[], boolean);

-- One append to one stream, in one round trip. The client normalises the request (canonical
-- JSON, event ids, stream type default, digests) and decides idempotency and conflict messages
-- with the rules every store shares; this function only reports what it found:
--   status 0  appended: version = the stream's new version, first/last position written
--   status 1  some event ids are already stored: one row per stored event, nothing written
--   status 2  the expected version does not hold: version = the stream's current version
--   status 3  the stream exists with another type: stream_type = its type
-- p_expected: >= 0 exact version (0 = the stream must not exist), -1 any, -3 the stream must exist.
-- p_recorded_at: per event, the time an import keeps; NULL (or a NULL element) = the server's clock.
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
    p_recorded_at     timestamptz[],
    p_digests         bytea[],
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
-- Every lookup here is by key, so one generic plan per statement serves every call: planning
-- per call (what PL/pgSQL does while custom plans look cheaper) would cost more than the
-- append. Sequential scans are ruled out because a generic plan made while a table was still
-- empty (a fresh store, an import) would otherwise scan it in full on every later call.
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
DECLARE
    v_count        integer := cardinality(p_event_ids);
    v_current      bigint;
    v_type         text;
    v_first        bigint;
    v_last         bigint;
    v_now          timestamptz;
    v_stored       boolean;
    v_fingerprint  bytea;
    v_fingerprints bytea[];
BEGIN
    -- Every append takes this transaction-level lock first and keeps it until commit, so appends
    -- commit one after the other and positions become visible in increasing order: a reader that
    -- follows the log can never pass a position whose transaction has not committed yet. Taking
    -- it first (before any row lock) keeps the lock order the same in every transaction, so
    -- batches and single appends cannot deadlock. The cost: one writer at a time.
    -- (Taken as a plain expression, which costs less than a query; what follows runs as new
    -- statements, whose snapshots are taken once the lock is held.)
    v_stored := pg_advisory_xact_lock(7526184001) IS NULL;

    -- The stream and whether any event id is stored already, in one statement.
    SELECT s.version, s.stream_type, s.last_fingerprint,
           EXISTS (SELECT FROM sagascope.events e WHERE e.event_id = ANY (p_event_ids))
      INTO v_current, v_type, v_fingerprint, v_stored
      FROM (SELECT) AS one
      LEFT JOIN sagascope.streams s ON s.stream_id = p_stream_id;
    IF v_stored THEN
        IF p_strict THEN
            RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append: some event ids are already stored';
        END IF;
        RETURN QUERY
            SELECT 1, e.version, e.position, e.position, e.stream_type, e.event_id, e.stream_id, e.event_type,
                   e.schema_version, e.payload, e.metadata
              FROM sagascope.events e
             WHERE e.event_id = ANY (p_event_ids);
        RETURN;
    END IF;
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

    -- The stream's hash chain, continued event by event.
    v_fingerprint := coalesce(v_fingerprint, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    FOR i IN 1 .. v_count LOOP
        v_fingerprint := sha256(v_fingerprint || p_digests[i]);
        v_fingerprints[i] := v_fingerprint;
    END LOOP;

    -- Under the lock no one else draws from the sequence, so the range is ours.
    v_first := nextval('sagascope.event_position');
    v_last := v_first + v_count - 1;
    IF v_count > 1 THEN
        PERFORM setval('sagascope.event_position', v_last);
    END IF;
    -- Taken after the lock, so the server's recorded times never go backwards along the log.
    v_now := clock_timestamp();

    -- One statement for every write and the reply: each statement of a function has a fixed
    -- cost, which is what a single append pays most. Data-modifying WITH parts run exactly
    -- once, whether or not the outer query reads them.
    RETURN QUERY
        WITH inserted AS (
            INSERT INTO sagascope.events (position, stream_id, version, event_id, stream_type, event_type,
                                          schema_version, payload, metadata, correlation_id, recorded_at,
                                          fingerprint)
            SELECT v_first + u.ord - 1, p_stream_id, v_current + u.ord, u.event_id, v_type, u.event_type,
                   u.schema_version, u.payload, u.metadata, u.correlation_id, coalesce(u.recorded_at, v_now),
                   v_fingerprints[u.ord]
              FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata, p_correlation_ids,
                          p_recorded_at)
                   WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, correlation_id,
                                        recorded_at, ord)
        ), stream AS (
            INSERT INTO sagascope.streams AS s (stream_id, stream_type, version, last_position, created_at,
                                                updated_at, last_fingerprint)
            VALUES (p_stream_id, v_type, v_current + v_count, v_last, coalesce(p_recorded_at[1], v_now),
                    coalesce(p_recorded_at[v_count], v_now), v_fingerprint)
            ON CONFLICT (stream_id) DO UPDATE
               SET version = excluded.version, last_position = excluded.last_position,
                   updated_at = excluded.updated_at, last_fingerprint = excluded.last_fingerprint
             WHERE s.version = v_current
        )
        -- Delivered to listeners at commit. Stream ids are at most 512 characters, so the
        -- payload stays far below NOTIFY's 8000-byte limit.
        SELECT 0, v_current + v_count, v_first, v_last, v_type, NULL::uuid, NULL::text, NULL::text,
               NULL::integer, NULL::text, NULL::text
          FROM (SELECT pg_notify('sagascope_events',
                                 json_build_object('s', p_stream_id, 'v', v_current + v_count, 'p', v_last)::text))
               AS notified;
END
$$;
