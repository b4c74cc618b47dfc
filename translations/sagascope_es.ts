<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SagaScopeCli</name>
    <message>
        <source>The --%1 value is not a valid JSON object (%2).</source>
        <translation>El valor de --%1 no es un objeto JSON válido (%2).</translation>
    </message>
    <message>
        <source>STREAM --type TYPE [options]</source>
        <translation>FLUJO --type TIPO [opciones]</translation>
    </message>
    <message>
        <source>Appends one event to a stream and prints the stream&apos;s new version.</source>
        <translation>Añade un evento a un flujo e imprime la nueva versión del flujo.</translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation>FLUJO</translation>
    </message>
    <message>
        <source>The stream id, taken literally.</source>
        <translation>El id del flujo, tomado literalmente.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>The event type (required).</source>
        <translation>El tipo de evento (obligatorio).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The payload, a JSON object (default {}).</source>
        <translation>La carga útil, un objeto JSON (por defecto {}).</translation>
    </message>
    <message>
        <source>The metadata, a JSON object (correlation_id, causation_id, actor, …).</source>
        <translation>Los metadatos, un objeto JSON (correlation_id, causation_id, actor, …).</translation>
    </message>
    <message>
        <source>The stream&apos;s type when this append creates it (default: the id&apos;s first word).</source>
        <translation>El tipo del flujo cuando este añadido lo crea (por defecto: la primera palabra del id).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>any (default), no-stream, exists or the stream&apos;s current version number.</source>
        <translation>any (por defecto), no-stream, exists o el número de versión actual del flujo.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The event id; appending the same id and content again stores nothing (default: a new id).</source>
        <translation>El id del evento; añadir otra vez el mismo id con el mismo contenido no guarda nada (por defecto: un id nuevo).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The schema version of the payload (default 1).</source>
        <translation>La versión de esquema de la carga útil (por defecto 1).</translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli append order-42 --type OrderPlaced --data &apos;{&quot;total_cents&quot;:1999}&apos; --expected-version no-stream</source>
        <translation>Ejemplo:
  sagascope-cli append order-42 --type OrderPlaced --data &apos;{&quot;total_cents&quot;:1999}&apos; --expected-version no-stream</translation>
    </message>
    <message>
        <source>The append command needs --type TYPE, the event type.</source>
        <translation>La orden append necesita --type TIPO, el tipo de evento.</translation>
    </message>
    <message>
        <source>--event-id needs a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, not &quot;%1&quot;.</source>
        <translation>--event-id necesita un UUID como 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, no «%1».</translation>
    </message>
    <message>
        <source>Already stored: this event is version %1 of &quot;%2&quot; (position %3); nothing was written.</source>
        <translation>Ya guardado: este evento es la versión %1 de «%2» (posición %3); no se escribió nada.</translation>
    </message>
    <message>
        <source>Appended %1 to &quot;%2&quot;: version %3, position %4.</source>
        <translation>Se añadió %1 a «%2»: versión %3, posición %4.</translation>
    </message>
    <message>
        <source>There is no store yet at %1; run &quot;sagascope-cli init&quot; or &quot;sagascope-cli demo&quot; to create it.</source>
        <translation>Todavía no hay ningún almacén en %1; ejecuta «sagascope-cli init» o «sagascope-cli demo» para crearlo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The store: postgresql://…, sqlite:PATH (or a path) or memory:.</source>
        <translation>El almacén: postgresql://…, sqlite:RUTA (o una ruta) o memory:.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>table (aligned columns, the default) or ndjson (one JSON object per line, payloads exactly as stored).</source>
        <translation>table (columnas alineadas, por defecto) o ndjson (un objeto JSON por línea, cargas útiles exactamente como se guardaron).</translation>
    </message>
    <message>
        <source>%1; run &quot;sagascope-cli %2 --help&quot; for the options.</source>
        <translation>%1; ejecuta «sagascope-cli %2 --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>The %1 command needs %2; usage: sagascope-cli %1 %3.</source>
        <translation>La orden %1 necesita %2; uso: sagascope-cli %1 %3.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; usage: sagascope-cli %2 %3.</source>
        <translation>Argumento inesperado «%1»; uso: sagascope-cli %2 %3.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 necesita un número entero de al menos %2, no «%3».</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-03-02T08:00:00Z, not &quot;%2&quot;.</source>
        <translation>--%1 necesita una fecha u hora ISO 8601 como 2026-03-02T08:00:00Z, no «%2».</translation>
    </message>
    <message>
        <source>--format must be table or ndjson, not &quot;%1&quot;.</source>
        <translation>--format debe ser table o ndjson, no «%1».</translation>
    </message>
    <message>
        <source>Usage: sagascope-cli %1 %2</source>
        <translation>Uso: sagascope-cli %1 %2</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Writes the demo data set: orders, checkout sagas and fulfilment flows linked by correlation ids, plus one long saga. Running it again writes nothing new.</source>
        <translation>Escribe el conjunto de datos de demostración: pedidos, sagas de compra y flujos de preparación enlazados por ids de correlación, más una saga larga. Ejecutarlo de nuevo no escribe nada nuevo.</translation>
    </message>
    <message>
        <source>Ordinary streams, spread over orders, sagas and flows (default %1).</source>
        <translation>Flujos ordinarios, repartidos entre pedidos, sagas y flujos de trabajo (por defecto %1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Events of the long saga saga-long-0001; 0 for none (default %1).</source>
        <translation>Eventos de la saga larga saga-long-0001; 0 para ninguna (por defecto %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Another seed gives another, equally deterministic data set (default %1).</source>
        <translation>Otra semilla da otro conjunto de datos, igual de determinista (por defecto %1).</translation>
    </message>
    <message>
        <source>Events per transaction (default %1).</source>
        <translation>Eventos por transacción (por defecto %1).</translation>
    </message>
    <message>
        <source>--streams and --batch-events go up to 1000000 and --seed up to 4294967295.</source>
        <translation>--streams y --batch-events llegan hasta 1000000 y --seed hasta 4294967295.</translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 events</source>
        <translation>Escribiendo datos de demostración: %1 de %2 eventos</translation>
    </message>
    <message>
        <source>%1 now holds the demo data set: %2 streams, %3 events (%4 new, %5 already stored) after %6 s.</source>
        <translation>%1 contiene ahora el conjunto de datos de demostración: %2 flujos, %3 eventos (%4 nuevos, %5 ya guardados) tras %6 s.</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSICIÓN</translation>
    </message>
    <message>
        <source>RECORDED AT</source>
        <translation>REGISTRADO EL</translation>
    </message>
    <message>
        <source>PAYLOAD</source>
        <translation>CARGA ÚTIL</translation>
    </message>
    <message>
        <source>[corrupt] %1</source>
        <translation>[dañado] %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be decoded; they are marked corrupt and shown with their raw text.</source>
        <translation>
            <numerusform>%n evento no se pudo decodificar; está marcado como dañado y se muestra con su texto original.</numerusform>
            <numerusform>%n eventos no se pudieron decodificar; están marcados como dañados y se muestran con su texto original.</numerusform>
        </translation>
    </message>
    <message>
        <source>LAST POSITION</source>
        <translation>ÚLTIMA POSICIÓN</translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation>CREADO EL</translation>
    </message>
    <message>
        <source>UPDATED AT</source>
        <translation>ACTUALIZADO EL</translation>
    </message>
    <message>
        <source>STREAM [options]</source>
        <translation>FLUJO [opciones]</translation>
    </message>
    <message>
        <source>Prints the events of one stream in version order (or backwards).</source>
        <translation>Imprime los eventos de un flujo en orden de versión (o al revés).</translation>
    </message>
    <message>
        <source>Start at version N (default 1).</source>
        <translation>Empieza en la versión N (por defecto 1).</translation>
    </message>
    <message>
        <source>Stop at version N (default: the last).</source>
        <translation>Termina en la versión N (por defecto: la última).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>Only events recorded at or after TIME (ISO 8601, e.g. 2026-03-02T08:00:00Z).</source>
        <translation>Solo eventos registrados en HORA o después (ISO 8601, p. ej. 2026-03-02T08:00:00Z).</translation>
    </message>
    <message>
        <source>Only events recorded at or before TIME.</source>
        <translation>Solo eventos registrados en HORA o antes.</translation>
    </message>
    <message>
        <source>Only events of this type; repeat the option for several types.</source>
        <translation>Solo eventos de este tipo; repite la opción para varios tipos.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Los más recientes primero.</translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation>Imprime como mucho N eventos.</translation>
    </message>
    <message>
        <source>Creates the store, or brings its schema up to date, and prints the schema version.</source>
        <translation>Crea el almacén, o pone al día su esquema, e imprime la versión del esquema.</translation>
    </message>
    <message>
        <source>Store %1 is ready at schema version %2.</source>
        <translation>El almacén %1 está listo con la versión de esquema %2.</translation>
    </message>
    <message>
        <source>Prints the global log of every stream in position (commit) order.</source>
        <translation>Imprime el registro global de todos los flujos en orden de posición (de confirmación).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Start at position P (default 1); to continue a previous read, pass its last position + 1.</source>
        <translation>Empieza en la posición P (por defecto 1); para continuar una lectura anterior, pasa su última posición + 1.</translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation>ID [opciones]</translation>
    </message>
    <message>
        <source>Prints every event whose metadata carries correlation id ID, across streams, in position order.</source>
        <translation>Imprime todos los eventos cuyos metadatos llevan el id de correlación ID, en todos los flujos, en orden de posición.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The correlation id (metadata correlation_id).</source>
        <translation>El id de correlación (correlation_id de los metadatos).</translation>
    </message>
    <message>
        <source>No event carries correlation id &quot;%1&quot;.</source>
        <translation>Ningún evento lleva el id de correlación «%1».</translation>
    </message>
    <message>
        <source>Usage: sagascope-cli [--store URL] COMMAND [options]
Inspects and writes SagaScope event stores from the terminal.

Commands:
  init          Create the store or bring its schema up to date; prints the schema version.
  append        Append one event to a stream; prints the stream&apos;s new version.
  streams       List streams, by type or by id text.
  history       Print the events of one stream, with version, time and type filters.
  read-all      Print the global log of all streams in position order.
  correlation   Print every event carrying a correlation id, across streams.
  demo          Write the demo data set (orders, sagas, flows and one long saga).

Options:
  --store URL   postgresql://USER@HOST:PORT/DB, sqlite:PATH (or a path) or memory:.
                Default: $SAGASCOPE_STORE, else %1.
  -h, --help    Show this help; &quot;sagascope-cli COMMAND --help&quot; shows a command&apos;s options.
  --version     Show the version.

Read commands open the store read-only. Exit codes: 0 ok, 1 usage or other error, 2 not found,
3 concurrency conflict, 4 corrupt events (printed anyway), 5 cannot connect or authenticate.</source>
        <translation>Uso: sagascope-cli [--store URL] ORDEN [opciones]
Inspecciona y escribe almacenes de eventos de SagaScope desde la terminal.

Órdenes:
  init          Crea el almacén o pone al día su esquema; imprime la versión del esquema.
  append        Añade un evento a un flujo; imprime la nueva versión del flujo.
  streams       Lista los flujos, por tipo o por texto del id.
  history       Imprime los eventos de un flujo, con filtros de versión, hora y tipo.
  read-all      Imprime el registro global de todos los flujos en orden de posición.
  correlation   Imprime todos los eventos que llevan un id de correlación, en todos los flujos.
  demo          Escribe el conjunto de datos de demostración (pedidos, sagas, flujos de trabajo y una saga larga).

Opciones:
  --store URL   postgresql://USUARIO@HOST:PUERTO/BD, sqlite:RUTA (o una ruta) o memory:.
                Por defecto: $SAGASCOPE_STORE, si no %1.
  -h, --help    Muestra esta ayuda; «sagascope-cli ORDEN --help» muestra las opciones de una orden.
  --version     Muestra la versión.

Las órdenes de lectura abren el almacén en solo lectura. Códigos de salida: 0 correcto, 1 uso u otro error, 2 no encontrado,
3 conflicto de concurrencia, 4 eventos dañados (se imprimen igualmente), 5 no se puede conectar o autenticar.</translation>
    </message>
    <message>
        <source>--store needs a URL, e.g. sqlite:/path/to/file or postgresql://host/db.</source>
        <translation>--store necesita una URL, p. ej. sqlite:/ruta/al/archivo o postgresql://host/bd.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; run &quot;sagascope-cli --help&quot; for the options.</source>
        <translation>Opción desconocida «%1»; ejecuta «sagascope-cli --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>A command is missing; run &quot;sagascope-cli --help&quot; for the list of commands.</source>
        <translation>Falta una orden; ejecuta «sagascope-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run &quot;sagascope-cli --help&quot; for the list of commands.</source>
        <translation>Orden desconocida «%1»; ejecuta «sagascope-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>Lists streams in stream-id order with their type, version and times.</source>
        <translation>Lista los flujos en orden de id con su tipo, versión y horas.</translation>
    </message>
    <message>
        <source>Only streams of this type (order, saga, flow, …).</source>
        <translation>Solo flujos de este tipo (order, saga, flow, …).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only stream ids containing TEXT, matched literally (ASCII letters ignore case).</source>
        <translation>Solo ids de flujo que contienen TEXTO, comparado literalmente (las letras ASCII sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Match --search at the start of the id only.</source>
        <translation>Compara --search solo con el principio del id.</translation>
    </message>
    <message>
        <source>Print at most N streams.</source>
        <translation>Imprime como mucho N flujos.</translation>
    </message>
    <message>
        <source>No streams match.</source>
        <translation>Ningún flujo coincide.</translation>
    </message>
</context>
<context>
    <name>SagaScopeDemo</name>
    <message>
        <source>The number of demo streams must not be negative (got %1).</source>
        <translation>El número de flujos de demostración no puede ser negativo (se recibió %1).</translation>
    </message>
    <message>
        <source>The number of events of the long saga must not be negative (got %1).</source>
        <translation>El número de eventos de la saga larga no puede ser negativo (se recibió %1).</translation>
    </message>
    <message>
        <source>The demo batch size must be at least one event (got %1).</source>
        <translation>El tamaño de lote de la demostración debe ser de al menos un evento (se recibió %1).</translation>
    </message>
    <message>
        <source>The store already holds the demo&apos;s long saga &quot;%1&quot; with %2 events, not %3: ask for %2 events or use another store.</source>
        <translation>El almacén ya contiene la saga larga de la demostración «%1» con %2 eventos, no %3: pide %2 eventos o usa otro almacén.</translation>
    </message>
</context>
<context>
    <name>SagaScopeEngine</name>
    <message>
        <source>The stream id is empty.</source>
        <translation>El id del flujo está vacío.</translation>
    </message>
    <message>
        <source>The stream id is longer than 512 characters.</source>
        <translation>El id del flujo tiene más de 512 caracteres.</translation>
    </message>
    <message>
        <source>The stream id contains a control character.</source>
        <translation>El id del flujo contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The event type is empty.</source>
        <translation>El tipo de evento está vacío.</translation>
    </message>
    <message>
        <source>The event type is longer than 200 characters.</source>
        <translation>El tipo de evento tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The event type contains a control character.</source>
        <translation>El tipo de evento contiene un carácter de control.</translation>
    </message>
    <message>
        <source>There are no events to append.</source>
        <translation>No hay eventos que añadir.</translation>
    </message>
    <message>
        <source>The stream type is not a valid name.</source>
        <translation>El tipo de flujo no es un nombre válido.</translation>
    </message>
    <message>
        <source>Schema versions start at 1.</source>
        <translation>Las versiones de esquema empiezan en 1.</translation>
    </message>
    <message>
        <source>Event id %1 appears twice in one append.</source>
        <translation>El id de evento %1 aparece dos veces en un mismo añadido.</translation>
    </message>
    <message>
        <source>The payload of a %1 event is not a JSON object. %2</source>
        <translation>La carga útil de un evento %1 no es un objeto JSON. %2</translation>
    </message>
    <message>
        <source>The metadata of a %1 event is not a JSON object. %2</source>
        <translation>Los metadatos de un evento %1 no son un objeto JSON. %2</translation>
    </message>
    <message>
        <source>Some events of this append are already stored and others are not (event %1 is new); retry with exactly the events of the original append.</source>
        <translation>Algunos eventos de este añadido ya están guardados y otros no (el evento %1 es nuevo); reinténtalo con exactamente los eventos del añadido original.</translation>
    </message>
    <message>
        <source>Event id %1 is already stored with different content (stream &quot;%2&quot;, version %3).</source>
        <translation>El id de evento %1 ya está guardado con otro contenido (flujo «%2», versión %3).</translation>
    </message>
    <message>
        <source>Event id %1 is already stored, but not next to the other events of this append.</source>
        <translation>El id de evento %1 ya está guardado, pero no junto a los demás eventos de este añadido.</translation>
    </message>
    <message>
        <source>The JSON event lacks an event id, a type or a stream id.</source>
        <translation>Al evento JSON le falta el id de evento, el tipo o el id del flujo.</translation>
    </message>
    <message>
        <source>The JSON document cannot be decoded: %1 at byte %2.</source>
        <translation>No se puede decodificar el documento JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>A CBOR event&apos;s payload or metadata is not a map.</source>
        <translation>La carga útil o los metadatos de un evento CBOR no son un mapa.</translation>
    </message>
    <message>
        <source>The CBOR event cannot be decoded: %1 at byte %2.</source>
        <translation>No se puede decodificar el evento CBOR: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation>no es un mapa</translation>
    </message>
    <message>
        <source>The CBOR event lacks an event id, a type or a stream id.</source>
        <translation>Al evento CBOR le falta el id de evento, el tipo o el id del flujo.</translation>
    </message>
    <message>
        <source>The CBOR document cannot be decoded: %1 at byte %2.</source>
        <translation>No se puede decodificar el documento CBOR: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Unknown codec &quot;%1&quot;: use json or cbor.</source>
        <translation>Códec desconocido «%1»: usa json o cbor.</translation>
    </message>
    <message>
        <source>The store %1 does not keep snapshots.</source>
        <translation>El almacén %1 no guarda instantáneas.</translation>
    </message>
    <message>
        <source>Expected version &quot;%1&quot; is not one of any, no-stream, exists or a version number.</source>
        <translation>La versión esperada «%1» no es ninguna de any, no-stream, exists ni un número de versión.</translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; not to exist, but it is at version %2.</source>
        <translation>Se esperaba que el flujo «%1» no existiera, pero está en la versión %2.</translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; to exist, but it has no events (version 0).</source>
        <translation>Se esperaba que el flujo «%1» existiera, pero no tiene eventos (versión 0).</translation>
    </message>
    <message>
        <source>Expected stream &quot;%1&quot; at version %2, but it is at version %3.</source>
        <translation>Se esperaba el flujo «%1» en la versión %2, pero está en la versión %3.</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has type %2, not %3.</source>
        <translation>El flujo «%1» es de tipo %2, no %3.</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; does not exist.</source>
        <translation>El flujo «%1» no existe.</translation>
    </message>
    <message>
        <source>This build of SagaScope has no schema migrations for %1.</source>
        <translation>Esta compilación de SagaScope no tiene migraciones de esquema para %1.</translation>
    </message>
    <message>
        <source>The store %1 has schema migration %2, which this version of SagaScope does not know: it was written by a newer SagaScope.</source>
        <translation>El almacén %1 tiene la migración de esquema %2, que esta versión de SagaScope no conoce: la escribió un SagaScope más reciente.</translation>
    </message>
    <message>
        <source>The schema of the store %1 differs from what SagaScope expects: migration %2 (%3) was applied with a different checksum.</source>
        <translation>El esquema del almacén %1 difiere de lo que espera SagaScope: la migración %2 (%3) se aplicó con otra suma de comprobación.</translation>
    </message>
    <message>
        <source>the order was already %1</source>
        <translation>el pedido ya estaba %1</translation>
    </message>
    <message>
        <source>only a placed order can be cancelled; this one was %1</source>
        <translation>solo se puede cancelar un pedido realizado; este estaba %1</translation>
    </message>
    <message>
        <source>only a placed order can be shipped; this one was %1</source>
        <translation>solo se puede enviar un pedido realizado; este estaba %1</translation>
    </message>
    <message>
        <source>Order %1 is already %2; it cannot be placed again.</source>
        <translation>El pedido %1 ya está %2; no se puede realizar de nuevo.</translation>
    </message>
    <message>
        <source>A PlaceOrder command needs a customer_id.</source>
        <translation>Una orden PlaceOrder necesita un customer_id.</translation>
    </message>
    <message>
        <source>A PlaceOrder command needs at least one item.</source>
        <translation>Una orden PlaceOrder necesita al menos un artículo.</translation>
    </message>
    <message>
        <source>Only a placed order can be cancelled; order %1 is %2.</source>
        <translation>Solo se puede cancelar un pedido realizado; el pedido %1 está %2.</translation>
    </message>
    <message>
        <source>Only a placed order can be shipped; order %1 is %2.</source>
        <translation>Solo se puede enviar un pedido realizado; el pedido %1 está %2.</translation>
    </message>
    <message>
        <source>A ShipOrder command needs a tracking number.</source>
        <translation>Una orden ShipOrder necesita un número de seguimiento.</translation>
    </message>
    <message>
        <source>Unknown order command &quot;%1&quot;: use PlaceOrder, CancelOrder or ShipOrder.</source>
        <translation>Orden de pedido desconocida «%1»: usa PlaceOrder, CancelOrder o ShipOrder.</translation>
    </message>
    <message>
        <source>The stored payload of event %1 of stream &quot;%2&quot; (version %3) is not a JSON object: %4.</source>
        <translation>La carga útil guardada del evento %1 del flujo «%2» (versión %3) no es un objeto JSON: %4.</translation>
    </message>
    <message>
        <source>The stored metadata of event %1 of stream &quot;%2&quot; (version %3) is not a JSON object.</source>
        <translation>Los metadatos guardados del evento %1 del flujo «%2» (versión %3) no son un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is not a SagaScope reducer plugin (%2).</source>
        <translation>%1 no es un complemento reductor de SagaScope (%2).</translation>
    </message>
    <message>
        <source>another interface</source>
        <translation>otra interfaz</translation>
    </message>
    <message>
        <source>refers to an activity that was never scheduled</source>
        <translation>se refiere a una actividad que nunca se programó</translation>
    </message>
    <message>
        <source>refers to a timer that was never created</source>
        <translation>se refiere a un temporizador que nunca se creó</translation>
    </message>
    <message>
        <source>refers to a child workflow that was never initiated</source>
        <translation>se refiere a un flujo de trabajo hijo que nunca se inició</translation>
    </message>
    <message>
        <source>refers to an update that was never accepted</source>
        <translation>se refiere a una actualización que nunca se aceptó</translation>
    </message>
    <message>
        <source>refers to a Nexus operation that was never initiated</source>
        <translation>se refiere a una operación Nexus que nunca se inició</translation>
    </message>
    <message>
        <source>refers to a command that was never issued</source>
        <translation>se refiere a una orden que nunca se emitió</translation>
    </message>
    <message>
        <source>The saved state is not a saga state.</source>
        <translation>El estado guardado no es un estado de saga.</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no version %2: it ends at version %3.</source>
        <translation>El flujo «%1» no tiene versión %2: termina en la versión %3.</translation>
    </message>
    <message>
        <source>the snapshot at version %1 was written by reducer %2 version %3, not %4 version %5</source>
        <translation>la instantánea de la versión %1 la escribió el reductor %2 versión %3, no %4 versión %5</translation>
    </message>
    <message>
        <source>the snapshot at version %1 names an unknown codec &quot;%2&quot;</source>
        <translation>la instantánea de la versión %1 indica un códec desconocido «%2»</translation>
    </message>
    <message>
        <source>the snapshot at version %1 cannot be decoded (%2)</source>
        <translation>no se puede decodificar la instantánea de la versión %1 (%2)</translation>
    </message>
    <message>
        <source>the snapshot at version %1 does not match its hash</source>
        <translation>la instantánea de la versión %1 no coincide con su hash</translation>
    </message>
    <message>
        <source>the snapshot at version %1 is not a state of reducer %2 (%3)</source>
        <translation>la instantánea de la versión %1 no es un estado del reductor %2 (%3)</translation>
    </message>
    <message>
        <source>Skipped a snapshot of &quot;%1&quot;: %2; rebuilt by replay instead.</source>
        <translation>Se omitió una instantánea de «%1»: %2; se reconstruyó por reproducción.</translation>
    </message>
    <message>
        <source>Snapshots of &quot;%1&quot; could not be read (%2); rebuilt by replay instead.</source>
        <translation>No se pudieron leer las instantáneas de «%1» (%2); se reconstruyó por reproducción.</translation>
    </message>
    <message>
        <source>written by reducer %1, not %2</source>
        <translation>escrita por el reductor %1, no %2</translation>
    </message>
    <message>
        <source>the snapshot at version %1 differs from the replayed state</source>
        <translation>la instantánea de la versión %1 difiere del estado reproducido</translation>
    </message>
    <message>
        <source>The store URL is empty.</source>
        <translation>La URL del almacén está vacía.</translation>
    </message>
    <message>
        <source>Unknown store URL &quot;%1&quot;: use postgresql://…, sqlite:PATH or memory:.</source>
        <translation>URL de almacén desconocida «%1»: usa postgresql://…, sqlite:RUTA o memory:.</translation>
    </message>
    <message>
        <source>The SQLite store URL has no file path.</source>
        <translation>La URL del almacén SQLite no tiene ruta de archivo.</translation>
    </message>
    <message>
        <source>Versions start at 0 (the state before the first event).</source>
        <translation>Las versiones empiezan en 0 (el estado antes del primer evento).</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has a gap: version %2 follows %3.</source>
        <translation>El flujo «%1» tiene un hueco: la versión %2 sigue a la %3.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation>La línea %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>Line %1 has no valid &quot;%2&quot; field.</source>
        <translation>La línea %1 no tiene un campo «%2» válido.</translation>
    </message>
    <message>
        <source>Line %1 holds event %2 of stream &quot;%3&quot;, which was exported as corrupt; repair it before importing.</source>
        <translation>La línea %1 contiene el evento %2 del flujo «%3», que se exportó como dañado; repáralo antes de importarlo.</translation>
    </message>
    <message>
        <source>%1 refers to event id %2, which is not in the history.</source>
        <translation>%1 se refiere al id de evento %2, que no está en el historial.</translation>
    </message>
    <message>
        <source>The Temporal history is not valid JSON: %1 at byte %2.</source>
        <translation>El historial de Temporal no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The Temporal history has no &quot;events&quot; array at its top level.</source>
        <translation>El historial de Temporal no tiene una lista «events» en su nivel superior.</translation>
    </message>
    <message>
        <source>The Temporal history has no events.</source>
        <translation>El historial de Temporal no tiene eventos.</translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history is not an object.</source>
        <translation>El evento %1 del historial de Temporal no es un objeto.</translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history has no eventType.</source>
        <translation>El evento %1 del historial de Temporal no tiene eventType.</translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history has no eventId.</source>
        <translation>El evento %1 del historial de Temporal no tiene eventId.</translation>
    </message>
    <message>
        <source>Event %1 of the Temporal history repeats eventId %2.</source>
        <translation>El evento %1 del historial de Temporal repite el eventId %2.</translation>
    </message>
    <message>
        <source>Event %1 (%2)</source>
        <translation>Evento %1 (%2)</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Memoria agotada al conectar con PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer in time; check that it is running and reachable.</source>
        <translation>El servidor PostgreSQL en %1 no respondió a tiempo; comprueba que está en marcha y es accesible.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the login of user &quot;%2&quot;: %3; check the user name and password.</source>
        <translation>El servidor PostgreSQL en %1 rechazó el inicio de sesión del usuario «%2»: %3; comprueba el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the PostgreSQL server at %2.</source>
        <translation>La base de datos «%1» no existe en el servidor PostgreSQL en %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1: %2.</source>
        <translation>No se puede conectar con el servidor PostgreSQL en %1: %2.</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>preparando la sesión</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost while %2 (%3); the next request connects again.</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL en %1 mientras %2 (%3); la próxima petición vuelve a conectar.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not allow %2: %3.</source>
        <translation>El servidor PostgreSQL en %1 no permitió %2: %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL store at %1 is read-only here, so %2 is not possible: %3.</source>
        <translation>El almacén PostgreSQL en %1 es de solo lectura aquí, así que %2 no es posible: %3.</translation>
    </message>
    <message>
        <source>The database at %1 does not have the SagaScope schema SagaScope expects (%2); run sagascope-cli init on it.</source>
        <translation>La base de datos en %1 no tiene el esquema que SagaScope espera (%2); ejecuta sagascope-cli init sobre ella.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 failed while %2: %3.</source>
        <translation>PostgreSQL en %1 falló mientras %2: %3.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>preparando una sentencia</translation>
    </message>
    <message>
        <source>PostgreSQL gave no answer to an append to stream &quot;%1&quot;.</source>
        <translation>PostgreSQL no respondió a un añadido al flujo «%1».</translation>
    </message>
    <message>
        <source>PostgreSQL gave an unexpected answer (%1) to an append to stream &quot;%2&quot;.</source>
        <translation>PostgreSQL dio una respuesta inesperada (%1) a un añadido al flujo «%2».</translation>
    </message>
    <message>
        <source>The store %1 is open read-only.</source>
        <translation>El almacén %1 está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leyendo la versión del esquema</translation>
    </message>
    <message>
        <source>The database %1 has no SagaScope store yet; create it once with sagascope-cli init, then open it read-only.</source>
        <translation>La base de datos %1 todavía no tiene un almacén de SagaScope; créalo una vez con sagascope-cli init y después ábrelo en solo lectura.</translation>
    </message>
    <message numerus="yes">
        <source>The store %1 needs %n schema migration(s) but was opened read-only; run sagascope-cli init on it once.</source>
        <translation>
            <numerusform>El almacén %1 necesita %n migración de esquema pero se abrió en solo lectura; ejecuta sagascope-cli init sobre él una vez.</numerusform>
            <numerusform>El almacén %1 necesita %n migraciones de esquema pero se abrió en solo lectura; ejecuta sagascope-cli init sobre él una vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation>migrando el esquema</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>aplicando la migración de esquema %1</translation>
    </message>
    <message>
        <source>appending a batch</source>
        <translation>añadiendo un lote</translation>
    </message>
    <message>
        <source>appending to stream &quot;%1&quot;</source>
        <translation>añadiendo al flujo «%1»</translation>
    </message>
    <message>
        <source>reading stream &quot;%1&quot;</source>
        <translation>leyendo el flujo «%1»</translation>
    </message>
    <message>
        <source>reading the global log</source>
        <translation>leyendo el registro global</translation>
    </message>
    <message>
        <source>reading events of correlation &quot;%1&quot;</source>
        <translation>leyendo los eventos de la correlación «%1»</translation>
    </message>
    <message>
        <source>listing streams</source>
        <translation>listando flujos</translation>
    </message>
    <message>
        <source>listing stream types</source>
        <translation>listando los tipos de flujo</translation>
    </message>
    <message>
        <source>reading the head position</source>
        <translation>leyendo la posición de cabeza</translation>
    </message>
    <message>
        <source>The live feed lost its connection to the PostgreSQL server at %1 (%2); reconnecting.</source>
        <translation>La fuente en vivo perdió la conexión con el servidor PostgreSQL en %1 (%2); reconectando.</translation>
    </message>
    <message>
        <source>The live feed of the PostgreSQL server at %1 failed: %2.</source>
        <translation>Falló la fuente en vivo del servidor PostgreSQL en %1: %2.</translation>
    </message>
    <message>
        <source>The SQLite file %1 is damaged (%2).</source>
        <translation>El archivo SQLite %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file %1 (%2).</source>
        <translation>No se puede abrir el archivo SQLite %1 (%2).</translation>
    </message>
    <message>
        <source>SQLite failed while %1: %2.</source>
        <translation>SQLite falló mientras %1: %2.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado; instala libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>abriendo</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparando una consulta</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>ejecutando una consulta</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>leyendo eventos</translation>
    </message>
    <message>
        <source>checking event ids</source>
        <translation>comprobando ids de evento</translation>
    </message>
    <message>
        <source>appending an event</source>
        <translation>añadiendo un evento</translation>
    </message>
    <message>
        <source>updating the stream</source>
        <translation>actualizando el flujo</translation>
    </message>
    <message>
        <source>creating the migrations table</source>
        <translation>creando la tabla de migraciones</translation>
    </message>
    <message>
        <source>The store %1 needs schema migrations but was opened read-only; open it for writing once (for example with sagascope-cli init).</source>
        <translation>El almacén %1 necesita migraciones de esquema pero se abrió en solo lectura; ábrelo una vez para escritura (por ejemplo con sagascope-cli init).</translation>
    </message>
    <message>
        <source>starting a migration</source>
        <translation>iniciando una migración</translation>
    </message>
    <message>
        <source>applying migration %1</source>
        <translation>aplicando la migración %1</translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation>registrando la migración %1</translation>
    </message>
    <message>
        <source>committing migrations</source>
        <translation>confirmando las migraciones</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>No hay ningún almacén en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>starting an append</source>
        <translation>iniciando un añadido</translation>
    </message>
    <message>
        <source>committing an append</source>
        <translation>confirmando un añadido</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texto inesperado después del valor JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1: %2.</source>
        <translation>JSON no válido en el byte %1: %2.</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>el anidamiento tiene más de %1 niveles</translation>
    </message>
    <message>
        <source>the document ends where a value was expected</source>
        <translation>el documento termina donde se esperaba un valor</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>carácter inesperado</translation>
    </message>
    <message>
        <source>a digit was expected after the decimal point</source>
        <translation>se esperaba un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>a digit was expected in the exponent</source>
        <translation>se esperaba un dígito en el exponente</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>escape \u incompleto</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>escape \u no válido</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation>carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation>escape sin terminar</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation>sustituto sin pareja en un escape \u</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid UTF-8 inside a string</source>
        <translation>UTF-8 no válido dentro de una cadena</translation>
    </message>
    <message>
        <source>an object key (a string) was expected</source>
        <translation>se esperaba una clave de objeto (una cadena)</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after an object key</source>
        <translation>se esperaba &apos;:&apos; después de una clave de objeto</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected in an object</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en un objeto</translation>
    </message>
    <message>
        <source>duplicate object key &quot;%1&quot;</source>
        <translation>clave de objeto duplicada «%1»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected in an array</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en una lista</translation>
    </message>
    <message>
        <source>version %1 is missing: the next stored event is version %2</source>
        <translation>falta la versión %1: el siguiente evento guardado es la versión %2</translation>
    </message>
    <message>
        <source>event %1 (version %2, %3) does not match its fingerprint: it was changed after it was stored</source>
        <translation>el evento %1 (versión %2, %3) no coincide con su huella: se modificó después de guardarse</translation>
    </message>
    <message>
        <source>the stream says it has %1 events but only %2 could be read</source>
        <translation>el flujo dice tener %1 eventos pero solo se pudieron leer %2</translation>
    </message>
    <message>
        <source>saving a snapshot of stream &quot;%1&quot;</source>
        <translation>guardando una instantánea del flujo «%1»</translation>
    </message>
    <message>
        <source>reading snapshots of stream &quot;%1&quot;</source>
        <translation>leyendo las instantáneas del flujo «%1»</translation>
    </message>
    <message>
        <source>saving a snapshot</source>
        <translation>guardando una instantánea</translation>
    </message>
    <message>
        <source>reading snapshots</source>
        <translation>leyendo instantáneas</translation>
    </message>
</context>
<context>
    <name>SagaScopeGui</name>
    <message>
        <source>Inspect the streams and event histories of an event store.</source>
        <translation>Inspecciona los flujos y los historiales de eventos de un almacén de eventos.</translation>
    </message>
    <message>
        <source>The store to open: postgresql://…, sqlite:PATH, a file path or memory: (default: %1).</source>
        <translation>El almacén que se abre: postgresql://…, sqlite:RUTA, una ruta de archivo o memory: (por defecto: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Select this stream instead of the first listed one.</source>
        <translation>Selecciona este flujo en lugar del primero de la lista.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wait until the window has loaded its data, save a picture of it to FILE (PNG) and exit.</source>
        <translation>Espera a que la ventana cargue sus datos, guarda una imagen de ella en ARCHIVO (PNG) y sale.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>No se puede escribir la captura en %1.</translation>
    </message>
    <message>
        <source>The window did not finish loading in time; the screenshot shows it as it was.</source>
        <translation>La ventana no terminó de cargar a tiempo; la captura la muestra tal como estaba.</translation>
    </message>
</context>
<context>
    <name>SagaScopeModels</name>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Child workflow</source>
        <translation>Flujo hijo</translation>
    </message>
    <message>
        <source>Local activity</source>
        <translation>Actividad local</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Search attribute</source>
        <translation>Atributo de búsqueda</translation>
    </message>
    <message>
        <source>Nexus</source>
        <translation>Nexus</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>el texto termina demasiado pronto</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>an invalid \u escape</source>
        <translation>un escape \u no válido</translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation>una secuencia de escape no válida</translation>
    </message>
    <message>
        <source>a string that is not closed</source>
        <translation>una cadena sin cerrar</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>un número no válido</translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation>texto después del final del valor</translation>
    </message>
    <message>
        <source>The JSON text is not valid at byte %1: %2.</source>
        <translation>El texto JSON no es válido en el byte %1: %2.</translation>
    </message>
</context>
<context>
    <name>sagascope::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sagascope::EventDetailView</name>
    <message>
        <source>Event id</source>
        <translation>Id del evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
    <message>
        <source>Select an event to see its payload and metadata.</source>
        <translation>Selecciona un evento para ver su carga útil y sus metadatos.</translation>
    </message>
    <message>
        <source>Loading version %1…</source>
        <translation>Cargando la versión %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1 (%2, esquema %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This event cannot be decoded</source>
        <translation>Este evento no se puede decodificar</translation>
    </message>
</context>
<context>
    <name>sagascope::HistoryModel</name>
    <message>
        <source>Could not load</source>
        <translation>No se pudo cargar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
<context>
    <name>sagascope::HistoryView</name>
    <message>
        <source>No stream selected</source>
        <translation>Ningún flujo seleccionado</translation>
    </message>
    <message>
        <source>Cannot open stream %1</source>
        <translation>No se puede abrir el flujo %1</translation>
    </message>
    <message>
        <source>Cannot read versions %1 to %2 of %3</source>
        <translation>No se pueden leer las versiones %1 a %2 de %3</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · 1 event</source>
        <translation>%1 · %2 · 1 evento</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 events</source>
        <translation>%1 · %2 · %3 eventos</translation>
    </message>
</context>
<context>
    <name>sagascope::JsonTreeModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>carga útil</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadatos</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>sagascope::MainWindow</name>
    <message>
        <source>SagaScope</source>
        <translation>SagaScope</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reload streams</source>
        <translation>&amp;Recargar flujos</translation>
    </message>
    <message>
        <source>&amp;Find stream</source>
        <translation>&amp;Buscar flujo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>The demo data set could not be written</source>
        <translation>No se pudo escribir el conjunto de datos de demostración</translation>
    </message>
    <message>
        <source>Loading streams…</source>
        <translation>Cargando flujos…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>SagaScope — %1</source>
        <translation>SagaScope — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1</source>
        <translation>No se puede abrir el almacén %1</translation>
    </message>
    <message>
        <source>Writing the demo data set: %1 of %2 events</source>
        <translation>Escribiendo el conjunto de datos de demostración: %1 de %2 eventos</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Preparando %1…</translation>
    </message>
    <message>
        <source>%1+ streams</source>
        <translation>%1+ flujos</translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation>%1 flujos</translation>
    </message>
    <message>
        <source>%1 events in %2</source>
        <translation>%1 eventos en %2</translation>
    </message>
</context>
<context>
    <name>sagascope::StoreSession</name>
    <message>
        <source>The store was closed.</source>
        <translation>Se cerró el almacén.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
</context>
<context>
    <name>sagascope::StreamBrowser</name>
    <message>
        <source>Show only streams of this type</source>
        <translation>Muestra solo los flujos de este tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search stream ids</source>
        <translation>Buscar ids de flujo</translation>
    </message>
    <message>
        <source>Cannot list the streams</source>
        <translation>No se pueden listar los flujos</translation>
    </message>
    <message>
        <source>Cannot read the stream types</source>
        <translation>No se pueden leer los tipos de flujo</translation>
    </message>
</context>
<context>
    <name>sagascope::StreamListModel</name>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
</context>
</TS>
