-- SPDX-License-Identifier: MIT
-- A stream's version, last position, last time and last fingerprint are read from its last
-- event instead of being kept in its row of sagascope.streams.
--
-- Rewriting the stream row on every append was the largest part of what an append costs above
-- a bare INSERT, and it bloated the table: each append left a dead row version behind, so a
-- table of 51 streams grew to 7 MB after 230 000 appends and every lookup in it slowed down
-- five-fold. The last event of a stream is one step down the (stream_id, version) index that
-- every append updates anyway. A stream row is now written once, when the stream is created,
-- and keeps what never changes: the id, the type and the creation time.
--
-- sagascope.append_batch also sizes its per-stream arrays before filling them: set for the
-- streams a batch creates only, they used to start at the first such stream's index, which gave
-- a new stream the server's clock as creation time instead of its first event's whenever the
-- batch also reached stored streams.
--
-- One event appended alone no longer goes through a function: the client sends the append lock
-- and one plain statement in one pipeline (see backend/postgres/pgeventstore.cpp), and falls
-- back to sagascope.append for anything but a plain append.

ALTER TABLE sagascope.streams
    DROP COLUMN version,
    DROP COLUMN last_position,
    DROP COLUMN updated_at,
    DROP COLUMN last_fingerprint;

-- Creation times the former sagascope.append_batch got wrong (see above): every append path
-- gives a new stream its first event's time.
UPDATE sagascope.streams s
   SET created_at = e.recorded_at
  FROM sagascope.events e
 WHERE e.stream_id = s.stream_id AND e.version = 1 AND s.created_at <> e.recorded_at;

DROP FUNCTION sagascope.append_one(text, text, text, bigint, uuid, text, integer, text, text, text, timestamptz,
                                   bytea);

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
CREATE OR REPLACE FUNCTION sagascope.append(
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
    SELECT l.version, l.stream_type, l.fingerprint,
           EXISTS (SELECT FROM sagascope.events e WHERE e.event_id = ANY (p_event_ids))
      INTO v_current, v_type, v_fingerprint, v_stored
      FROM (SELECT) AS one
      LEFT JOIN LATERAL (SELECT e.version, e.stream_type, e.fingerprint
                           FROM sagascope.events e
                          WHERE e.stream_id = p_stream_id
                          ORDER BY e.version DESC
                          LIMIT 1) AS l ON true;
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
            INSERT INTO sagascope.streams (stream_id, stream_type, created_at)
            SELECT p_stream_id, v_type, coalesce(p_recorded_at[1], v_now)
             WHERE v_current = 0
            ON CONFLICT (stream_id) DO NOTHING
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

CREATE OR REPLACE FUNCTION sagascope.append_batch(
    p_stream_ids        text[],
    p_stream_types      text[],   -- '' = none given
    p_new_stream_types  text[],
    p_expected          bigint[], -- >= 0 exact (0 = must not exist), -1 any, -3 must exist
    p_counts            integer[],
    p_event_ids         uuid[],
    p_event_types       text[],
    p_schema_versions   integer[],
    p_payloads          text[],
    p_metadata          text[],
    p_correlation_ids   text[],
    p_recorded_at       timestamptz[], -- NULL, or a NULL element: the server's clock
    p_digests           bytea[])
RETURNS TABLE (
    o_version        bigint,
    o_first_position bigint,
    o_last_position  bigint,
    o_stream_type    text)
LANGUAGE plpgsql
-- As for sagascope.append: lookups by key, one generic plan each, never a sequential scan.
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
DECLARE
    v_requests   integer := cardinality(p_stream_ids);
    v_events     integer := cardinality(p_event_ids);
    -- The streams the batch touches, indexed alike: as found, then as the batch leaves them.
    s_ids        text[];
    s_types      text[];
    s_versions   bigint[];
    s_prints     bytea[];
    s_created    timestamptz[];
    s_last       bigint[];    -- NULL = not touched
    -- Per event (the hash chain) and per request.
    e_prints     bytea[];
    r_versions   bigint[];
    r_first      bigint[];
    r_last       bigint[];
    r_types      text[];
    v_first      bigint;
    v_position   bigint;
    v_now        timestamptz;
    v_event      integer := 0;
    v_version    bigint;
    v_print      bytea;
    k            integer;
BEGIN
    -- The lock every append takes first and holds until commit (see sagascope.append).
    PERFORM pg_advisory_xact_lock(7526184001);
    -- Stored event ids are not looked up first: the insert below meets them in the unique index
    -- it updates anyway, and fails with unique_violation (23505), which the client treats like
    -- SGA01. Probing every id beforehand cost an eighth of the call.
    SELECT array_agg(t.stream_id), array_agg(l.stream_type), array_agg(l.version), array_agg(l.fingerprint)
      INTO s_ids, s_types, s_versions, s_prints
      FROM (SELECT DISTINCT u.stream_id FROM unnest(p_stream_ids) AS u(stream_id)) AS t
      CROSS JOIN LATERAL (SELECT e.version, e.stream_type, e.fingerprint
                            FROM sagascope.events e
                           WHERE e.stream_id = t.stream_id
                           ORDER BY e.version DESC
                           LIMIT 1) AS l;
    s_ids := coalesce(s_ids, '{}');
    -- Sized to the streams found, so that elements set later land at their stream's index: an
    -- element assigned to a NULL or empty array would start the array at that index instead,
    -- and unnest() would pair it with the wrong stream.
    s_last := array_fill(NULL::bigint, ARRAY[cardinality(s_ids)]);
    s_created := array_fill(NULL::timestamptz, ARRAY[cardinality(s_ids)]);

    -- Under the lock no one else draws from the sequence, so the range is ours.
    v_first := nextval('sagascope.event_position');
    IF v_events > 1 THEN
        PERFORM setval('sagascope.event_position', v_first + v_events - 1);
    END IF;
    -- Taken after the lock, so the server's recorded times never go backwards along the log.
    v_now := clock_timestamp();
    v_position := v_first;

    FOR r IN 1 .. v_requests LOOP
        k := array_position(s_ids, p_stream_ids[r]);
        IF k IS NULL THEN
            IF p_expected[r] > 0 OR p_expected[r] = -3 THEN
                RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append_batch: expected version mismatch';
            END IF;
            s_ids := s_ids || p_stream_ids[r];
            k := cardinality(s_ids);
            s_types[k] := p_new_stream_types[r];
            s_versions[k] := 0;
            s_prints[k] := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
            s_created[k] := coalesce(p_recorded_at[v_event + 1], v_now);
        ELSIF (p_expected[r] >= 0 AND s_versions[k] <> p_expected[r])
              OR (p_expected[r] = -3 AND s_versions[k] = 0)
              OR (p_stream_types[r] <> '' AND p_stream_types[r] <> s_types[k]) THEN
            RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append_batch: a request needs a decision';
        END IF;
        -- The stream's hash chain, continued event by event; versions and streams per event
        -- are joined in by the insert below, set-based (a statement per event costs more).
        v_version := s_versions[k];
        v_print := coalesce(s_prints[k], '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
        r_first[r] := v_position;
        FOR i IN v_event + 1 .. v_event + p_counts[r] LOOP
            v_print := sha256(v_print || p_digests[i]);
            e_prints[i] := v_print;
        END LOOP;
        v_version := v_version + p_counts[r];
        v_event := v_event + p_counts[r];
        v_position := v_position + p_counts[r];
        s_versions[k] := v_version;
        s_prints[k] := v_print;
        s_last[k] := v_position - 1;
        r_versions[r] := v_version;
        r_last[r] := v_position - 1;
        r_types[r] := s_types[k];
    END LOOP;

    INSERT INTO sagascope.events (position, stream_id, version, event_id, stream_type, event_type, schema_version,
                                  payload, metadata, correlation_id, recorded_at, fingerprint)
    SELECT v_first + u.ord - 1, m.stream_id, m.version, u.event_id, m.stream_type, u.event_type, u.schema_version,
           u.payload, u.metadata, u.correlation_id, coalesce(u.recorded_at, v_now), u.fingerprint
      FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata, p_correlation_ids,
                  p_recorded_at, e_prints)
           WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, correlation_id,
                                recorded_at, fingerprint, ord)
      JOIN (SELECT q.stream_id, q.stream_type, q.last_version - q.n + g AS version, q.before + g AS ord
              FROM (SELECT t.*, sum(t.n) OVER (ORDER BY t.r) - t.n AS before
                      FROM unnest(p_stream_ids, r_types, r_versions, p_counts) WITH ORDINALITY
                           AS t(stream_id, stream_type, last_version, n, r)) AS q,
                   generate_series(1, q.n) AS g) AS m
        ON m.ord = u.ord;

    -- Only the streams this batch creates get a row (s_created is set for those alone).
    INSERT INTO sagascope.streams (stream_id, stream_type, created_at)
    SELECT u.stream_id, u.stream_type, u.created_at
      FROM unnest(s_ids, s_types, s_created) AS u(stream_id, stream_type, created_at)
     WHERE u.created_at IS NOT NULL
    ON CONFLICT (stream_id) DO NOTHING;

    -- Delivered to listeners at commit, one per stream with where the batch left it, in log order.
    PERFORM pg_notify('sagascope_events', json_build_object('s', u.stream_id, 'v', u.version, 'p', u.last_position)::text)
       FROM (SELECT * FROM unnest(s_ids, s_versions, s_last) AS t(stream_id, version, last_position)
              WHERE t.last_position IS NOT NULL
              ORDER BY t.last_position) AS u;

    RETURN QUERY SELECT * FROM unnest(r_versions, r_first, r_last, r_types);
END
$$;
