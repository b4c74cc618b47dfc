<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SagaScopeCli</name>
    <message>
        <source>The --%1 value is not a valid JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM --type TYPE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends one event to a stream and prints the stream&apos;s new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id, taken literally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload, a JSON object (default {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata, a JSON object (correlation_id, causation_id, actor, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s type when this append creates it (default: the id&apos;s first word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (default), no-stream, exists or the stream&apos;s current version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id; appending the same id and content again stores nothing (default: a new id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the payload (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli append order-42 --type OrderPlaced --data &apos;{&quot;total_cents&quot;:1999}&apos; --expected-version no-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append command needs --type TYPE, the event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored: this event is version %1 of &quot;%2&quot; (position %3); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended %1 to &quot;%2&quot;: version %3, position %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store yet at %1; run &quot;sagascope-cli init&quot; or &quot;sagascope-cli demo&quot; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: postgresql://…, sqlite:PATH (or a path) or memory:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (aligned columns, the default) or ndjson (one JSON object per line, payloads exactly as stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; run &quot;sagascope-cli %2 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command needs %2; usage: sagascope-cli %1 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; usage: sagascope-cli %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-03-02T08:00:00Z, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or ndjson, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagascope-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary streams, spread over orders, sagas and flows (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the long saga saga-long-0001; 0 for none (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seed gives another, equally deterministic data set (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per transaction (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streams and --batch-events go up to 1000000 and --seed up to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORDED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAYLOAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[corrupt] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be decoded; they are marked corrupt and shown with their raw text.</source>
        <translation>
            <numerusform>%n event could not be decoded; it is marked corrupt and shown with its raw text.</numerusform>
            <numerusform>%n events could not be decoded; they are marked corrupt and shown with their raw text.</numerusform>
        </translation>
    </message>
    <message>
        <source>LAST POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the events of one stream in version order (or backwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at version N (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at version N (default: the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events recorded at or after TIME (ISO 8601, e.g. 2026-03-02T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events recorded at or before TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this type; repeat the option for several types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the store, or brings its schema up to date, and prints the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 is ready at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the global log of every stream in position (commit) order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at position P (default 1); to continue a previous read, pass its last position + 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every event whose metadata carries correlation id ID, across streams, in position order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id (metadata correlation_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event carries correlation id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs a URL, e.g. sqlite:/path/to/file or postgresql://host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; run &quot;sagascope-cli --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command is missing; run &quot;sagascope-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run &quot;sagascope-cli --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists streams in stream-id order with their type, version and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only streams of this type (order, saga, flow, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stream ids containing TEXT, matched literally (ASCII letters ignore case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match --search at the start of the id only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streams match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM --from-version A --to-version B [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what changed in the state of a stream from version A to version B: each JSON path added, removed or changed, with its old and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after version A (0 = before the first event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after version B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (the default) or ndjson: one {&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;} object per change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff command needs --from-version A and --to-version B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no version %2: it ends at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of &quot;%1&quot; is the same at versions %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[schema %1 upcast to %2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[STREAM] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one stream, or every event of the store in global log order, as NDJSON: payloads, metadata, ids, versions, recorded times and fingerprints exactly as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream to export (default: the whole store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndjson (the only format, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli --store old.sagascope export --output all.ndjson
  sagascope-cli --store new.sagascope import all.ndjson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export command writes ndjson only, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events could not be decoded; they are exported marked corrupt, and import refuses them until they are repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show payloads upcast to the newest schema of their event type (default: as stored); NDJSON lines of upcast events say &quot;upcast_from&quot;: the stored schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the Temporal history of %1 (workflow %2) into saga &quot;%3&quot;: %4 events (%5 new, %6 already stored) in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports events from an NDJSON export (streams, versions, event ids, payloads and recorded times kept) or a Temporal workflow history (one saga stream). Importing the same file again stores nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndjson or temporal (default: recognised from the content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream a Temporal history goes to (default: temporal-&lt;file name without extension&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per transaction for NDJSON (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON events keep their stream, version and id: each stream continues where the store has it, and a version the store already holds with another event is a conflict (exit 3). Lines are checked before their transaction is written; when one is wrong, nothing of its transaction is stored, the transactions before it are, and running the same import again skips what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be ndjson or temporal, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-events goes up to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stream is for Temporal histories; NDJSON lines name their own streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Temporal history read from standard input needs --stream ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events (%2 new, %3 already stored) from lines 1 to %4 before the error; importing the file again skips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events of %2 streams from %3 into %4: %5 new, %6 already stored, in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold with this reducer (saga, order, flow, merge-patch or a plugin&apos;s) instead of the one for the stream&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load the reducer plugins in DIR (the default plugin folders are always searched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plugin folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no reducer plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no usable reducer plugin: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reducer &quot;%1&quot;; the reducers are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds a stream up to a version and stores the state as a snapshot; prints its version, reducer, codec and hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot the state after version N (default: the last version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cbor (compact, the default) or json (readable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a snapshot again at the same version with the same reducer replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--codec must be cbor or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored a snapshot of &quot;%1&quot; at version %2: reducer %3 version %4, codec %5, %6 bytes, hash %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDUCER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the snapshots of a stream, newest first, and whether the reducer for the stream can use each (and if not, why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the state of a stream as JSON: its events folded by the reducer for its type, from the newest usable snapshot on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after version N (0 = before the first event; default: the last version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after the last event recorded at or before TIME (ISO 8601, e.g. 2026-03-02T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots that cannot be used (damaged, or written by another reducer) are skipped with a warning on stderr; the state is then rebuilt from the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --at-version or --at-time, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot at version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNAPSHOTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 streams do not match their fingerprints or snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream does not match its fingerprints or snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 streams match: %2 events and %3 snapshots checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM | --all [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that stored histories can be trusted: recomputes each stream&apos;s fingerprint chain and compares every snapshot with a replay. Exits with 4 when anything does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every stream of the store, in stream-id order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stream is reported OK, or with the first event that does not match its fingerprint (changed, missing or undecodable) and every snapshot that differs from the replayed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify command needs either a STREAM or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JetStream stream that keeps the signals (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of a saga&apos;s signals, with {saga_id} (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the demo data set: orders, checkout sagas and fulfilment flows linked by correlation ids, plus one long saga; open sagas get pending timers. Running it again writes nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds the demo data set: %2 streams, %3 events (%4 new, %5 already stored) and %6 pending timers after %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records signals as SignalReceived events on their saga&apos;s stream, each exactly once, until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record everything pending, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The durable consumer; ingesters sharing it share the work (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals per fetch and per store transaction (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the consumer is created: seconds before signals taken by an ingester that died are handed out again (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the message at stream sequence %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording signals of stream %1 into %2; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 signal(s); %2 already stored, %3 malformed, %4 refused by the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagascope-cli [--store URL] [--nats URL] COMMAND [options]
Inspects and writes SagaScope event stores from the terminal.

Commands:
  init          Create the store or bring its schema up to date; prints the schema version.
  append        Append one event to a stream; prints the stream&apos;s new version.
  streams       List streams, by type or by id text.
  history       Print the events of one stream, with version, time and type filters.
  read-all      Print the global log of all streams in position order.
  correlation   Print every event carrying a correlation id, across streams.
  state         Print a stream&apos;s state (folded by its reducer) now, at a version or at a time.
  diff          Print what changed in a stream&apos;s state between two versions.
  snapshot      Store a snapshot of a stream&apos;s state.
  snapshots     List a stream&apos;s snapshots and whether they can be used.
  verify        Check fingerprints and snapshots of one stream or of all streams.
  export        Write one stream or the whole store as NDJSON.
  import        Read an NDJSON export or a Temporal workflow history into the store.
  timers        List, schedule and cancel durable timers; fire-due fires the due ones.
  demo          Write the demo data set (orders, sagas, flows and one long saga).
  signal        send: publish a signal to a saga; watch: print signals as NDJSON as they come.
  ingest        Record signals as SignalReceived events in the store, each exactly once.
  tasks         publish: put a task on a queue; work: take tasks, each done by one worker.

Options:
  --store URL   postgresql://USER@HOST:PORT/DB, sqlite:PATH (or a path) or memory:.
                Default: $SAGASCOPE_STORE, else %1.
  --nats URL    nats://[USER:PASSWORD@|TOKEN@]HOST:PORT or tls://…; a creds file in
                $SAGASCOPE_NATS_CREDS. Default: $SAGASCOPE_NATS, else %2.
  -h, --help    Show this help; &quot;sagascope-cli COMMAND --help&quot; shows a command&apos;s options.
  --version     Show the version.

Read commands open the store read-only. Exit codes: 0 ok, 1 usage or other error, 2 not found,
3 concurrency conflict, 4 corrupt events (printed anyway) or a fingerprint or snapshot that
does not match, 5 cannot connect or authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nats needs a URL, e.g. nats://127.0.0.1:4222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAGA NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes a signal to a saga&apos;s subject and waits for JetStream to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga id (the subject&apos;s last part and the stream id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id; sending the same id again within two minutes stores nothing (default: a new id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the payload as CBOR instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli signal send saga-42 approve --data &apos;{&quot;by&quot;:&quot;ana&quot;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent: event %1 is in the stream at sequence %2; nothing new was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2 as event %3 (stream sequence %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SUBJECT] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints signals as NDJSON, one line each (subject, saga, name, event id, headers, payload, time); malformed messages carry &quot;malformed&quot; with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject or wildcard (default: every saga&apos;s signals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (the default: only new signals), begin (everything kept) or an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to NATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 on stream %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagascope-cli signal send SAGA NAME [options]
       sagascope-cli signal watch [SUBJECT] [options]
Run &quot;sagascope-cli signal send --help&quot; or &quot;… watch --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal command needs send or watch; run &quot;sagascope-cli signal --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE --data JSON [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a task on a queue; one worker of the queue will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue name (letters, digits, - and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task, a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task id; the same id again within two minutes is dropped (default: a new id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks publish command needs --data JSON, the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published task %1 to queue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds without a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail every task with this reason (to try retries and the dead-letter stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts before a failing task goes to the dead-letter stream (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay after a first failure, doubled after each next one (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks taken at a time (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the queue&apos;s consumer is created: seconds before tasks of a worker that died are handed out again (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on queue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagascope-cli tasks publish QUEUE --data JSON [options]
       sagascope-cli tasks work QUEUE [options]
Run &quot;sagascope-cli tasks publish --help&quot; or &quot;… work --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks command needs publish or work; run &quot;sagascope-cli tasks --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sagascope-cli timers SUBCOMMAND [options]
Durable timers: a timer fires into its stream by appending a TimerFired event.

Subcommands:
  list [STREAM]   List pending timers (of one stream), earliest first.
  schedule ID     Schedule a timer: --stream STREAM --at ISO [--data JSON] [--stream-type T].
  cancel ID       Cancel a pending timer.
  fire-due        Fire every timer that is due now, once, and print what fired.

&quot;sagascope-cli timers SUBCOMMAND --help&quot; shows a subcommand&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRE AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists pending timers, earliest fire time first, with the time left until each is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the timers of this stream, taken literally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMER_ID --stream STREAM --at ISO [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules a durable timer; when due, firing appends a TimerFired event to its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer id, unique in the store (the saga&apos;s timer_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream the timer fires into (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the timer is due, ISO 8601 (required), e.g. 2026-03-02T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object carried in the TimerFired event&apos;s payload (default {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s type if firing creates it (default: the id&apos;s first word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the same timer again changes nothing; the same id with other content is a conflict (exit code 3).
Example:
  sagascope-cli timers schedule payment-timeout --stream saga-42 --at 2026-03-02T08:00:00Z --data &apos;{&quot;attempt&quot;:1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timers schedule command needs --stream STREAM, the stream it fires into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timers schedule command needs --at ISO, the time it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already scheduled: timer &quot;%1&quot; fires into &quot;%2&quot; at %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled timer &quot;%1&quot; to fire into &quot;%2&quot; at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMER_ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels a pending timer; it will not fire. Exit code 2 when there is no such timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer id, taken literally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled timer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires every timer due now, once, and exits: each appends a TimerFired event to its stream and is removed in the same transaction. Several processes may run this at the same time; each timer fires exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire at most N timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired &quot;%1&quot; into &quot;%2&quot;: version %3, position %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fired %n timer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The timers command needs a subcommand: list, schedule, cancel or fire-due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown timers subcommand &quot;%1&quot;; use list, schedule, cancel or fire-due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on a queue&apos;s tasks: prints each done task as an NDJSON line (task_id, queue, status, attempt, worker, payload) once its result is recorded; a task another worker settled first is not reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this type, from every stream; repeat the option for several types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was due: &quot;%1&quot; has one at version %2 and every %3 versions asks for the next at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored %n snapshot(s) of &quot;%1&quot;, every %2 versions from %3 to %4: reducer %5 version %6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Instead of one snapshot, one at every N-th version (N, 2N, …) up to that version, after the newest snapshot this reducer already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-version %1 is after --to-version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is later than --until.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaScopeDemo</name>
    <message>
        <source>The number of demo streams must not be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of events of the long saga must not be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo batch size must be at least one event (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds the demo&apos;s long saga &quot;%1&quot; with %2 events, not %3: ask for %2 events or use another store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaScopeEngine</name>
    <message>
        <source>The stream id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id is longer than 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream id contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no events to append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream type is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema versions start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id %1 appears twice in one append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of a %1 event is not a JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some events of this append are already stored and others are not (event %1 is new); retry with exactly the events of the original append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id %1 is already stored with different content (stream &quot;%2&quot;, version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id %1 is already stored, but not next to the other events of this append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON event lacks an event id, a type or a stream id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document cannot be decoded: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CBOR event&apos;s payload or metadata is not a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR event cannot be decoded: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR event lacks an event id, a type or a stream id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR document cannot be decoded: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown codec &quot;%1&quot;: use json or cbor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not keep snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected version &quot;%1&quot; is not one of any, no-stream, exists or a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; not to exist, but it is at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; to exist, but it has no events (version 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; at version %2, but it is at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has type %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of SagaScope has no schema migrations for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 has schema migration %2, which this version of SagaScope does not know: it was written by a newer SagaScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema of the store %1 differs from what SagaScope expects: migration %2 (%3) was applied with a different checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order was already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a placed order can be cancelled; this one was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a placed order can be shipped; this one was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already %2; it cannot be placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PlaceOrder command needs a customer_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PlaceOrder command needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a placed order can be cancelled; order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a placed order can be shipped; order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ShipOrder command needs a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order command &quot;%1&quot;: use PlaceOrder, CancelOrder or ShipOrder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored payload of event %1 of stream &quot;%2&quot; (version %3) is not a JSON object: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored metadata of event %1 of stream &quot;%2&quot; (version %3) is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SagaScope reducer plugin (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to an activity that was never scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a timer that was never created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a child workflow that was never initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to an update that was never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a Nexus operation that was never initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a command that was never issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state is not a saga state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no version %2: it ends at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 was written by reducer %2 version %3, not %4 version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 names an unknown codec &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 cannot be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 is not a state of reducer %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a snapshot of &quot;%1&quot;: %2; rebuilt by replay instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots of &quot;%1&quot; could not be read (%2); rebuilt by replay instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by reducer %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot at version %1 differs from the replayed state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown store URL &quot;%1&quot;: use postgresql://…, sqlite:PATH or memory:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite store URL has no file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions start at 0 (the state before the first event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has a gap: version %2 follows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no valid &quot;%2&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds event %2 of stream &quot;%3&quot;, which was exported as corrupt; repair it before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to event id %2, which is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Temporal history is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Temporal history has no &quot;events&quot; array at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Temporal history has no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history has no eventType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history has no eventId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history repeats eventId %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer in time; check that it is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user &quot;%2&quot;: %3; check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the PostgreSQL server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost while %2 (%3); the next request connects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not allow %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL store at %1 is read-only here, so %2 is not possible: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 failed while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL gave no answer to an append to stream &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL gave an unexpected answer (%1) to an append to stream &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no SagaScope store yet; create it once with sagascope-cli init, then open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store %1 needs %n schema migration(s) but was opened read-only; run sagascope-cli init on it once.</source>
        <translation>
            <numerusform>The store %1 needs %n schema migration but was opened read-only; run sagascope-cli init on it once.</numerusform>
            <numerusform>The store %1 needs %n schema migrations but was opened read-only; run sagascope-cli init on it once.</numerusform>
        </translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending to stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the global log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading events of correlation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing stream types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the head position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live feed lost its connection to the PostgreSQL server at %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live feed of the PostgreSQL server at %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the SQLite file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite failed while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking event ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the migrations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 needs schema migrations but was opened read-only; open it for writing once (for example with sagascope-cli init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit was expected after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit was expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object key (a string) was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate object key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is missing: the next stored event is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (version %2, %3) does not match its fingerprint: it was changed after it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream says it has %1 events but only %2 could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a snapshot of stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading snapshots of stream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 shows event %2 of stream &quot;%3&quot; upcast to a newer schema, not as it was stored; export it without --upcast to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer id is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer id contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not keep timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; has no fire time after 1970-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload of timer &quot;%1&quot; is not a JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; is already scheduled for stream &quot;%2&quot; at %3 with other content; cancel it first or use another timer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending timer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling timer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; is being scheduled and canceled by others at the same time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceling timer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceling a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for new events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large or too small for a double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL answered %1 of %2 appends of a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL answered %1 of %2 timer appends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flow event; it changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 gives stream &quot;%2&quot; the type %3, but the store has it with type %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 starts stream &quot;%2&quot; at version %3, but the store does not have that stream; import its earlier events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 starts stream &quot;%2&quot; at version %3, but the store has it only up to version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has event %2 as version %3 of stream &quot;%4&quot;, but the store has another event (%5) there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has version %2 of stream &quot;%3&quot;, but the previous line of that stream (line %4) has version %5; a stream&apos;s versions must follow each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (event %2, version %3 of stream &quot;%4&quot;) does not match the fingerprint it was exported with: it was changed after the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 to %2 were not imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Temporal history needs the stream to import it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 cannot start a transaction of its own while %2: one is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not have the schema SagaScope expects (%2): another version of SagaScope or something else changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaScopeGui</name>
    <message>
        <source>Inspect the streams and event histories of an event store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open: postgresql://…, sqlite:PATH, a file path or memory: (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this stream instead of the first listed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the window has loaded its data, save a picture of it to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window did not finish loading in time; the screenshot shows it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this version of the stream (with --stream) and show the state after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the state with this version instead of the one before the selected event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right-hand panel to show: event or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PANEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stream: once its checkpoints are built, select N random events one after another, print how long each took to show its state, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a version number (1 or more), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NATS server whose signals the Signals tab shows (default: $SAGASCOPE_NATS, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish signals at --monitor-rate for --monitor-seconds on a second connection while the Signals tab watches them, print the longest stall of the window&apos;s event loop as JSON, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals per second for --measure-monitor-stall (default 50000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of load for --measure-monitor-stall (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sagascope: nothing to measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottom tab to show: saga, snapshots, timers, signals or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--panel takes event or state, --tab takes saga, snapshots, timers, signals or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaScopeModels</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string that is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON text is not valid at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object ({ … }), not an array or a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to NATS at %1; the signal was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s), not shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed: %1. Not recorded in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was closed before the import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain holds no password under %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SagaScopeNats</name>
    <message>
        <source>The NATS URL is empty; give one like nats://127.0.0.1:4222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NATS URL; use nats://HOST:PORT or tls://HOST:PORT, with USER:PASSWORD@ or TOKEN@ before the host if the server needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to NATS at %1; reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to NATS at %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to NATS at %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NATS options for %1 are not valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS at %1 refused the credentials (%2); check the user, password, token or creds file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to NATS at %1: no server answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to NATS at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS at %1 gave no JetStream context (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, JetStream error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JetStream answers; start nats-server with -js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS at %1 failed while %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message for %1 cannot be built (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding subject %1 to stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signal needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing signal %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the ingester&apos;s consumer %1 on stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ingester&apos;s consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject template &quot;%1&quot; needs {saga_id} once, as a whole subject token, and no wildcards, e.g. saga.signals.{saga_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga id &quot;%1&quot; cannot be part of a NATS subject: it must not be empty or contain spaces, * or &gt;, or empty dot-separated parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload of %1 bytes is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header(s) %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event id &quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saga id is neither in a %1 header nor in the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content type &quot;%1&quot; is neither %2 nor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not a %1 object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribing to %1 on stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue name &quot;%1&quot; may only use letters, digits, - and _ (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing a task to queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is not held by this worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the workers&apos; consumer of queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching tasks of queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 header is missing or not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handing back a failed task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording failed task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating failed task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing the load signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushing the load signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the result of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the result of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the state of stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the workers of stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the state of consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading task result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptying stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look at the task queues was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading queued task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::CategoryFilter</name>
    <message>
        <source>Show only the events of some categories. The store filters, so this works on any length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagascope::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::EventDetailView</name>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its payload and metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload exactly as stored, at the schema it was written with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload brought to the newest schema by the upcasters, as readers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, schema %3 → %4, upcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, schema %3 as stored; newest is %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::HistoryModel</name>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::HistoryView</name>
    <message>
        <source>No stream selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read versions %1 to %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · 1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the filtered history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the state with version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous event again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an NDJSON export or a Temporal workflow history (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saga stream a Temporal history is imported into. NDJSON lines name their own streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the batch being written; what is stored stays, and importing the file again skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are appended to %1 in batches, one transaction each. Importing the same file again stores nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporal history into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1
%2 events (%3 new) were stored before; importing the file again skips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 events (%2 new) were stored; importing the file again skips them and goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events stored (%2 new) from %3 streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the Temporal history (workflow %1) into saga &quot;%2&quot;: %3 events, %4 new, %5 already stored, in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events of %2 streams: %3 new, %4 already stored, in %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::InjectSignalDialog</name>
    <message>
        <source>Send signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a signal writes to the signal stream on NATS, and sagas (and the ingester) act on it. SagaScope writes nothing while it is read-only: turn on Store ▸ Write mode first, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a new one; the same id twice is sent once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saga id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event id is a UUID, like 3f2b8c1e-0d4a-4c5e-9a7b-2c1d0e9f8a76.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to NATS: nothing can be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent: JetStream had this event id (stream sequence %1 on %2); nothing new was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1, stream sequence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::JsonTreeModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::MainWindow</name>
    <message>
        <source>SagaScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data set could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data set: %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous fai&amp;lure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next f&amp;ailure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;reset point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reset p&amp;oint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous event &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the next failure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the previous failure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the next reset point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the previous reset point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure after this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure before this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reset point after this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reset point before this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaScope may write to this store (Store ▸ Write mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a snapshot of %1 at version %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the store&apos;s feed of new events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events appended by anyone appear as they are committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Live updates lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates stopped; reconnecting, and catching up once connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel timer %1 of %2, due at %3, in %4? It will never fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ignals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a test signal to a saga (needs a NATS connection and write mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record signals in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every signal on NATS as a SignalReceived event on its saga&apos;s stream (needs a NATS connection and write mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to NATS again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the si&amp;gnals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to NATS; start SagaScope with --nats URL to watch signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tas&amp;k queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an NDJSON export or a Temporal workflow history into this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing writes to the store: switch on Store ▸ Write mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 events stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow SagaScope to write to this store (import events; create snapshots; schedule, cancel and fire timers). Off: nothing is ever written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow SagaScope to write to %1?

In write mode you can import events, create snapshots and schedule, cancel and fire timers. The store is opened again for writing, which may also apply pending schema migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written to this store. Store ▸ Write mode allows imports, snapshots and timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another store, or a saved connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::NatsStateLabel</name>
    <message>
        <source>NATS: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS: connection lost, reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATS unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::OpenStoreDialog</name>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, sqlite:/path/file.db or memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for &amp;writing (import, snapshots, timers, recorded signals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SagaScope stores (*.sagascope *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, its password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, but not its password: %2 The password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no password for this profile yet: type it, and Save profile keeps it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SagaItemsModel</name>
    <message>
        <source>fires after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result or failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SagaView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the time axis to the rows in view, and keep doing so while scrolling (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole saga (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event of a saga to see its activities, timers, child workflows and signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream is folded by the %1 reducer; the saga view shows saga streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1 at version %2: %3 activities (%4 open), %5 timers (%6 pending), %7 child workflows, %8 signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child workflows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::ScheduleTimerDialog</name>
    <message>
        <source>Schedule timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique in the store, e.g. %1/reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream the TimerFired event is appended to when the timer fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time. A time in the past makes the timer due at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (JSON object):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a fire time after 1970-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object, like {&quot;reason&quot;: &quot;reminder&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SignalRateChart</name>
    <message>
        <source>Messages per second, last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SignalsView</name>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the table starts in the signal stream; changing it starts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new signals without showing them (up to the table&apos;s window); resume shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text (saga, signal, headers, payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch the signal stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals are not recorded in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older ones left the window of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording in the store: %1 recorded, %2 malformed skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SnapshotListModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reducer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::SnapshotsView</name>
    <message>
        <source>Verify stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the stream&apos;s fingerprint chain and check every snapshot against a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1: reading every event and replaying it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots of this stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n snapshot.</numerusform>
            <numerusform>%n snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot taken at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot at version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the state after the selected event as a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only. Turn on Store ▸ Write mode to create snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the fingerprints of all %1 events match, and %2 of %3 snapshots match replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bad event is version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events are intact, but the snapshot at version %1 does not match replay: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot at version %1 could not be read (%2). The replayed state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The snapshot at version %1 against replay: %n difference(s). Highlighted values are the replay&apos;s; the tool tips show the snapshot&apos;s.</source>
        <translation>
            <numerusform>The snapshot at version %1 against replay: %n difference. Highlighted values are the replay&apos;s; the tool tips show the snapshot&apos;s.</numerusform>
            <numerusform>The snapshot at version %1 against replay: %n differences. Highlighted values are the replay&apos;s; the tool tips show the snapshot&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagascope::StateTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) inside</source>
        <translation>
            <numerusform>%n change inside</numerusform>
            <numerusform>%n changes inside</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::StateView</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see the stream&apos;s state after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the state after version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the state after version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State before the first event · reducer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State after version %1 · reducer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the pinned version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pinned version %1.</source>
        <translation>
            <numerusform>%n change since the pinned version %1.</numerusform>
            <numerusform>%n changes since the pinned version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event changed nothing in the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by this event.</source>
        <translation>
            <numerusform>%n change made by this event.</numerusform>
            <numerusform>%n changes made by this event.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed in %1: folding %2, the reducer&apos;s JSON documents %3, comparing them %4, the saga&apos;s items %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::StoreSession</name>
    <message>
        <source>The store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::StreamBrowser</name>
    <message>
        <source>Show only streams of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stream ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stream types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::StreamListModel</name>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TaskLiveModel</name>
    <message>
        <source>with a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a worker: handed out and not settled (being worked on, or failed and waiting for its retry). Waiting: no worker has had it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TaskQueueModel</name>
    <message>
        <source>No worker has taken a task from this queue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks in the queue: held by a worker or not handed out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks handed to a worker and not settled yet, failed ones waiting for their retry included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks no worker has been given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held tasks that were handed out before: after a failure or a worker that went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers waiting for a task right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that failed on every attempt, kept in the dead-letter stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TaskResultModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TaskWorkerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks this worker settled on a second or later attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TasksView</name>
    <message>
        <source>Settled lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the task queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task queue yet: tasks published with &quot;sagascope-cli tasks publish QUEUE&quot; appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s), %1 waiting, %2 in progress · read at %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 older results not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in the queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelBar</name>
    <message>
        <source>✓ Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to travel through the stream&apos;s history; the state follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are shown against this pinned event. Click to unpin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the stream once in the background, so that any state is quick to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous failure (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous reset point (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next failure (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reset point (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Compared with version %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream was replayed once in %1; any state is now at most a checkpoint away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelMeasurement</name>
    <message>
        <source>stream %1: %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints built in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 random selections, selection to state tree painted: p50 %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 ms, p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker: %1; folding %2; documents (toJson) %3; changes %4; saga items %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline of %1 rows: %2 ms per paint, %3 bars painted, %4 rows in view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelSession</name>
    <message>
        <source>Stream %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open at the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities, timers or child workflows at this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagascope::TimerListModel</name>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due at %1 and not fired yet. It fires when a process fires due timers (Fire due now, or sagascope-cli timers fire-due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the stream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sagascope::TimersView</name>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the timers of the selected stream, or the pending timers of every stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing due timers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1 was already scheduled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1 scheduled for %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer was due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due timer(s) fired.</source>
        <translation>
            <numerusform>%n due timer fired.</numerusform>
            <numerusform>%n due timers fired.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is open read-only. Turn on Store ▸ Write mode to schedule, cancel or fire timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a durable timer that appends TimerFired to its stream when it fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected timer: it never fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire every timer that is due now, once: each appends TimerFired to its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stream to see its timers, or list all streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading timers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending timers for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending timers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 pending timers by fire time; more exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending timer(s).</source>
        <translation>
            <numerusform>%n pending timer.</numerusform>
            <numerusform>%n pending timers.</numerusform>
        </translation>
    </message>
</context>
</TS>
