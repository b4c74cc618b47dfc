-- SPDX-License-Identifier: MIT
-- A whole batch of appends in one call. Calling sagascope.append once per request costs the
-- function's fixed price (the call, the lock, a stream lookup, a stream upsert, a notification)
-- for every request; here a batch pays it once: one lock, one id probe, one stream lookup, one
-- events insert, one streams upsert and one notification per stream touched.
--
-- The requests are flattened: stream ids, given types, new-stream types and expected versions
-- per request (p_counts[r] events each, in order), the event columns per event, with the same
-- encodings as sagascope.append. Only plain appends go through: a stored event id, a version
-- that does not hold or another stream type raises SQLSTATE SGA01 and nothing is written; the
-- client then redoes the batch request by request and decides with the rules every store shares.
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
    IF EXISTS (SELECT FROM sagascope.events e WHERE e.event_id = ANY (p_event_ids)) THEN
        RAISE EXCEPTION USING ERRCODE = 'SGA01', MESSAGE = 'sagascope.append_batch: some event ids are already stored';
    END IF;
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
