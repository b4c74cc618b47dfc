-- SPDX-License-Identifier: MIT
-- The fast paths of appending: a whole batch in one call, and one event alone.
--
-- A whole batch of appends in one call. Calling sagascope.append once per request costs the
-- function's fixed price (the call, the lock, a stream lookup, a stream upsert, a notification)
-- for every request; here a batch pays it once: one lock, one stream lookup, one events insert,
-- one streams upsert and one notification per stream touched.
--
-- The requests are flattened: stream ids, given types, new-stream types and expected versions
-- per request (p_counts[r] events each, in order), the event columns per event, with the same
-- encodings as sagascope.append. Only plain appends go through: a version that does not hold or
-- another stream type raises SQLSTATE SGA01, a stored event id unique_violation, and nothing is
-- written; the client then redoes the batch request by request and decides with the rules every
-- store shares.
-- The answer is one row per request: the stream's version after it, its first and last
-- position, and the stream's type.
CREATE FUNCTION sagascope.append_batch(
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
    s_updated    timestamptz[];
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
    SELECT array_agg(s.stream_id), array_agg(s.stream_type), array_agg(s.version), array_agg(s.last_fingerprint)
      INTO s_ids, s_types, s_versions, s_prints
      FROM sagascope.streams s
     WHERE s.stream_id = ANY (p_stream_ids);
    s_ids := coalesce(s_ids, '{}');

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
        s_updated[k] := coalesce(p_recorded_at[v_event], v_now);
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

    INSERT INTO sagascope.streams AS s (stream_id, stream_type, version, last_position, created_at, updated_at,
                                        last_fingerprint)
    SELECT u.stream_id, u.stream_type, u.version, u.last_position, coalesce(u.created_at, v_now), u.updated_at,
           u.fingerprint
      FROM unnest(s_ids, s_types, s_versions, s_last, s_created, s_updated, s_prints)
           AS u(stream_id, stream_type, version, last_position, created_at, updated_at, fingerprint)
     WHERE u.last_position IS NOT NULL
    ON CONFLICT (stream_id) DO UPDATE
       SET version = excluded.version, last_position = excluded.last_position, updated_at = excluded.updated_at,
           last_fingerprint = excluded.last_fingerprint;

    -- Delivered to listeners at commit, one per stream with where the batch left it, in log order.
    PERFORM pg_notify('sagascope_events', json_build_object('s', u.stream_id, 'v', u.version, 'p', u.last_position)::text)
       FROM (SELECT * FROM unnest(s_ids, s_versions, s_last) AS t(stream_id, version, last_position)
              WHERE t.last_position IS NOT NULL
              ORDER BY t.last_position) AS u;

    RETURN QUERY SELECT * FROM unnest(r_versions, r_first, r_last, r_types);
END
$$;

-- One event appended to one stream: what a service does most, and what sagascope.append does
-- with arrays of one. Scalars instead of arrays and a single-row insert save the array handling
-- and the unnest a one-event append does not need. The answer has the shape of
-- sagascope.append's; anything but a plain append (a stored event id, a version that does not
-- hold, another stream type) is answered by sagascope.append itself.
CREATE FUNCTION sagascope.append_one(
    p_stream_id       text,
    p_stream_type     text,   -- '' = none given
    p_new_stream_type text,
    p_expected        bigint, -- >= 0 exact (0 = must not exist), -1 any, -3 must exist
    p_event_id        uuid,
    p_event_type      text,
    p_schema_version  integer,
    p_payload         text,
    p_metadata        text,
    p_correlation_id  text,
    p_recorded_at     timestamptz, -- NULL = the server's clock
    p_digest          bytea)
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
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
DECLARE
    v_current  bigint;
    v_type     text;
    v_print    bytea;
    v_stored   boolean;
    v_position bigint;
    v_now      timestamptz;
BEGIN
    -- The lock every append takes first and holds until commit (see sagascope.append).
    v_stored := pg_advisory_xact_lock(7526184001) IS NULL;
    SELECT s.version, s.stream_type, s.last_fingerprint,
           EXISTS (SELECT FROM sagascope.events e WHERE e.event_id = p_event_id)
      INTO v_current, v_type, v_print, v_stored
      FROM (SELECT) AS one
      LEFT JOIN sagascope.streams s ON s.stream_id = p_stream_id;
    v_current := coalesce(v_current, 0);
    IF v_stored OR (p_expected >= 0 AND v_current <> p_expected) OR (p_expected = -3 AND v_current = 0)
       OR (v_current > 0 AND p_stream_type <> '' AND p_stream_type <> v_type) THEN
        RETURN QUERY SELECT * FROM sagascope.append(p_stream_id, p_stream_type, p_new_stream_type, p_expected,
            ARRAY[p_event_id], ARRAY[p_event_type], ARRAY[p_schema_version], ARRAY[p_payload], ARRAY[p_metadata],
            ARRAY[p_correlation_id], ARRAY[p_recorded_at], ARRAY[p_digest]);
        RETURN;
    END IF;
    IF v_current = 0 THEN
        v_type := p_new_stream_type;
    END IF;
    v_print := sha256(coalesce(v_print, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                      || p_digest);
    v_position := nextval('sagascope.event_position');
    -- Taken after the lock, so the server's recorded times never go backwards along the log.
    v_now := clock_timestamp();
    RETURN QUERY
        WITH inserted AS (
            INSERT INTO sagascope.events (position, stream_id, version, event_id, stream_type, event_type,
                                          schema_version, payload, metadata, correlation_id, recorded_at,
                                          fingerprint)
            VALUES (v_position, p_stream_id, v_current + 1, p_event_id, v_type, p_event_type, p_schema_version,
                    p_payload, p_metadata, p_correlation_id, coalesce(p_recorded_at, v_now), v_print)
        ), stream AS (
            INSERT INTO sagascope.streams AS s (stream_id, stream_type, version, last_position, created_at,
                                                updated_at, last_fingerprint)
            VALUES (p_stream_id, v_type, v_current + 1, v_position, coalesce(p_recorded_at, v_now),
                    coalesce(p_recorded_at, v_now), v_print)
            ON CONFLICT (stream_id) DO UPDATE
               SET version = excluded.version, last_position = excluded.last_position,
                   updated_at = excluded.updated_at, last_fingerprint = excluded.last_fingerprint
        )
        SELECT 0, v_current + 1, v_position, v_position, v_type, NULL::uuid, NULL::text, NULL::text,
               NULL::integer, NULL::text, NULL::text
          FROM (SELECT pg_notify('sagascope_events',
                                 json_build_object('s', p_stream_id, 'v', v_current + 1, 'p', v_position)::text))
               AS notified;
END
$$;
