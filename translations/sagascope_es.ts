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
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANTES</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>DESPUÉS</translation>
    </message>
    <message>
        <source>STREAM --from-version A --to-version B [options]</source>
        <translation>FLUJO --from-version A --to-version B [opciones]</translation>
    </message>
    <message>
        <source>Prints what changed in the state of a stream from version A to version B: each JSON path added, removed or changed, with its old and new value.</source>
        <translation>Imprime qué cambió en el estado de un flujo de la versión A a la B: cada ruta JSON añadida, eliminada o cambiada, con su valor anterior y el nuevo.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>The state after version A (0 = before the first event).</source>
        <translation>El estado después de la versión A (0 = antes del primer evento).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>The state after version B.</source>
        <translation>El estado después de la versión B.</translation>
    </message>
    <message>
        <source>table (the default) or ndjson: one {&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;} object per change.</source>
        <translation>table (por defecto) o ndjson: un objeto {&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;} por cambio.</translation>
    </message>
    <message>
        <source>The diff command needs --from-version A and --to-version B.</source>
        <translation>La orden diff necesita --from-version A y --to-version B.</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no version %2: it ends at version %3.</source>
        <translation>El flujo «%1» no tiene versión %2: termina en la versión %3.</translation>
    </message>
    <message>
        <source>The state of &quot;%1&quot; is the same at versions %2 and %3.</source>
        <translation>El estado de «%1» es el mismo en las versiones %2 y %3.</translation>
    </message>
    <message>
        <source>[schema %1 upcast to %2] %3</source>
        <translation>[esquema %1 actualizado a %2] %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>[STREAM] [options]</source>
        <translation>[FLUJO] [opciones]</translation>
    </message>
    <message>
        <source>Writes one stream, or every event of the store in global log order, as NDJSON: payloads, metadata, ids, versions, recorded times and fingerprints exactly as stored.</source>
        <translation>Escribe un flujo, o todos los eventos del almacén en el orden del registro global, como NDJSON: cargas útiles, metadatos, ids, versiones, horas de registro y huellas exactamente como se guardaron.</translation>
    </message>
    <message>
        <source>The stream to export (default: the whole store).</source>
        <translation>El flujo que se exporta (por defecto: todo el almacén).</translation>
    </message>
    <message>
        <source>ndjson (the only format, the default).</source>
        <translation>ndjson (el único formato, el predeterminado).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FICHERO en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli --store old.sagascope export --output all.ndjson
  sagascope-cli --store new.sagascope import all.ndjson</source>
        <translation>Ejemplo:
  sagascope-cli --store old.sagascope export --output all.ndjson
  sagascope-cli --store new.sagascope import all.ndjson</translation>
    </message>
    <message>
        <source>The export command writes ndjson only, not &quot;%1&quot;.</source>
        <translation>La orden export solo escribe ndjson, no «%1».</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>Exportados %1 eventos a %2.</translation>
    </message>
    <message>
        <source>%1 events could not be decoded; they are exported marked corrupt, and import refuses them until they are repaired.</source>
        <translation>No se pudieron decodificar %1 eventos; se exportan marcados como dañados, e import los rechaza hasta que se reparen.</translation>
    </message>
    <message>
        <source>Show payloads upcast to the newest schema of their event type (default: as stored); NDJSON lines of upcast events say &quot;upcast_from&quot;: the stored schema version.</source>
        <translation>Muestra las cargas útiles actualizadas al esquema más nuevo de su tipo de evento (por defecto: como se guardaron); las líneas NDJSON de eventos actualizados indican &quot;upcast_from&quot;: la versión de esquema guardada.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Imported the Temporal history of %1 (workflow %2) into saga &quot;%3&quot;: %4 events (%5 new, %6 already stored) in %7 s.</source>
        <translation>Importado el historial de Temporal de %1 (flujo de trabajo %2) en la saga «%3»: %4 eventos (%5 nuevos, %6 ya guardados) en %7 s.</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>de tipo desconocido</translation>
    </message>
    <message>
        <source>FILE [options]</source>
        <translation>FICHERO [opciones]</translation>
    </message>
    <message>
        <source>Imports events from an NDJSON export (streams, versions, event ids, payloads and recorded times kept) or a Temporal workflow history (one saga stream). Importing the same file again stores nothing new.</source>
        <translation>Importa eventos de una exportación NDJSON (se conservan flujos, versiones, ids de evento, cargas útiles y horas de registro) o de un historial de flujo de trabajo de Temporal (un flujo de saga). Importar de nuevo el mismo fichero no guarda nada nuevo.</translation>
    </message>
    <message>
        <source>The file to read, or - for standard input.</source>
        <translation>El fichero que se lee, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>ndjson or temporal (default: recognised from the content).</source>
        <translation>ndjson o temporal (por defecto: se reconoce por el contenido).</translation>
    </message>
    <message>
        <source>The stream a Temporal history goes to (default: temporal-&lt;file name without extension&gt;).</source>
        <translation>El flujo al que va un historial de Temporal (por defecto: temporal-&lt;nombre del fichero sin extensión&gt;).</translation>
    </message>
    <message>
        <source>Events per transaction for NDJSON (default %1).</source>
        <translation>Eventos por transacción para NDJSON (por defecto %1).</translation>
    </message>
    <message>
        <source>NDJSON events keep their stream, version and id: each stream continues where the store has it, and a version the store already holds with another event is a conflict (exit 3). Lines are checked before their transaction is written; when one is wrong, nothing of its transaction is stored, the transactions before it are, and running the same import again skips what is stored.</source>
        <translation>Los eventos NDJSON conservan su flujo, versión e id: cada flujo continúa donde lo tiene el almacén, y una versión que el almacén ya tiene con otro evento es un conflicto (salida 3). Las líneas se comprueban antes de escribir su transacción; si una es errónea, no se guarda nada de su transacción, sí las transacciones anteriores, y repetir la misma importación se salta lo ya guardado.</translation>
    </message>
    <message>
        <source>--format must be ndjson or temporal, not &quot;%1&quot;.</source>
        <translation>--format debe ser ndjson o temporal, no «%1».</translation>
    </message>
    <message>
        <source>--batch-events goes up to 1000000.</source>
        <translation>--batch-events llega hasta 1000000.</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>No se puede leer la entrada estándar: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>--stream is for Temporal histories; NDJSON lines name their own streams.</source>
        <translation>--stream es para historiales de Temporal; las líneas NDJSON indican su propio flujo.</translation>
    </message>
    <message>
        <source>A Temporal history read from standard input needs --stream ID.</source>
        <translation>Un historial de Temporal leído de la entrada estándar necesita --stream ID.</translation>
    </message>
    <message>
        <source>Imported %1 events (%2 new, %3 already stored) from lines 1 to %4 before the error; importing the file again skips them.</source>
        <translation>Importados %1 eventos (%2 nuevos, %3 ya guardados) de las líneas 1 a %4 antes del error; importar de nuevo el fichero se los salta.</translation>
    </message>
    <message>
        <source>Imported %1 events of %2 streams from %3 into %4: %5 new, %6 already stored, in %7 s.</source>
        <translation>Importados %1 eventos de %2 flujos de %3 en %4: %5 nuevos, %6 ya guardados, en %7 s.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Fold with this reducer (saga, order, flow, merge-patch or a plugin&apos;s) instead of the one for the stream&apos;s type.</source>
        <translation>Pliega con este reductor (saga, order, flow, merge-patch o el de un complemento) en lugar del que corresponde al tipo del flujo.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also load the reducer plugins in DIR (the default plugin folders are always searched).</source>
        <translation>Carga también los complementos de reductor de DIR (las carpetas de complementos predeterminadas se buscan siempre).</translation>
    </message>
    <message>
        <source>There is no plugin folder %1.</source>
        <translation>No existe la carpeta de complementos %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no reducer plugin.</source>
        <translation>La carpeta %1 no contiene ningún complemento de reductor.</translation>
    </message>
    <message>
        <source>The folder %1 holds no usable reducer plugin: %2</source>
        <translation>La carpeta %1 no contiene ningún complemento de reductor utilizable: %2</translation>
    </message>
    <message>
        <source>There is no reducer &quot;%1&quot;; the reducers are %2.</source>
        <translation>No existe el reductor «%1»; los reductores son %2.</translation>
    </message>
    <message>
        <source>Folds a stream up to a version and stores the state as a snapshot; prints its version, reducer, codec and hash.</source>
        <translation>Pliega un flujo hasta una versión y guarda el estado como instantánea; imprime su versión, reductor, códec y hash.</translation>
    </message>
    <message>
        <source>Snapshot the state after version N (default: the last version).</source>
        <translation>Toma la instantánea del estado después de la versión N (por defecto: la última versión).</translation>
    </message>
    <message>
        <source>CODEC</source>
        <translation>CÓDEC</translation>
    </message>
    <message>
        <source>cbor (compact, the default) or json (readable).</source>
        <translation>cbor (compacto, el predeterminado) o json (legible).</translation>
    </message>
    <message>
        <source>Taking a snapshot again at the same version with the same reducer replaces it.</source>
        <translation>Tomar de nuevo una instantánea en la misma versión con el mismo reductor la sustituye.</translation>
    </message>
    <message>
        <source>--codec must be cbor or json, not &quot;%1&quot;.</source>
        <translation>--codec debe ser cbor o json, no «%1».</translation>
    </message>
    <message>
        <source>Stored a snapshot of &quot;%1&quot; at version %2: reducer %3 version %4, codec %5, %6 bytes, hash %7.</source>
        <translation>Guardada una instantánea de «%1» en la versión %2: reductor %3 versión %4, códec %5, %6 bytes, hash %7.</translation>
    </message>
    <message>
        <source>REDUCER</source>
        <translation>REDUCTOR</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>USABLE</source>
        <translation>UTILIZABLE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>Lists the snapshots of a stream, newest first, and whether the reducer for the stream can use each (and if not, why).</source>
        <translation>Lista las instantáneas de un flujo, la más nueva primero, y si el reductor del flujo puede usar cada una (y si no, por qué).</translation>
    </message>
    <message>
        <source>Stream &quot;%1&quot; has no snapshots.</source>
        <translation>El flujo «%1» no tiene instantáneas.</translation>
    </message>
    <message>
        <source>Prints the state of a stream as JSON: its events folded by the reducer for its type, from the newest usable snapshot on.</source>
        <translation>Imprime el estado de un flujo como JSON: sus eventos plegados por el reductor de su tipo, a partir de la instantánea utilizable más nueva.</translation>
    </message>
    <message>
        <source>The state after version N (0 = before the first event; default: the last version).</source>
        <translation>El estado después de la versión N (0 = antes del primer evento; por defecto: la última versión).</translation>
    </message>
    <message>
        <source>The state after the last event recorded at or before TIME (ISO 8601, e.g. 2026-03-02T08:00:00Z).</source>
        <translation>El estado después del último evento registrado en HORA o antes (ISO 8601, p. ej. 2026-03-02T08:00:00Z).</translation>
    </message>
    <message>
        <source>Snapshots that cannot be used (damaged, or written by another reducer) are skipped with a warning on stderr; the state is then rebuilt from the events.</source>
        <translation>Las instantáneas que no se pueden usar (dañadas, o escritas por otro reductor) se omiten con un aviso en stderr; el estado se reconstruye entonces a partir de los eventos.</translation>
    </message>
    <message>
        <source>Give --at-version or --at-time, not both.</source>
        <translation>Indica --at-version o --at-time, no ambos.</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>versión %1: %2</translation>
    </message>
    <message>
        <source>snapshot at version %1 (%2): %3</source>
        <translation>instantánea de la versión %1 (%2): %3</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <source>SNAPSHOTS</source>
        <translation>INSTANTÁNEAS</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <source>MISMATCH: %1</source>
        <translation>NO COINCIDE: %1</translation>
    </message>
    <message>
        <source>%1 of %2 streams do not match their fingerprints or snapshots.</source>
        <translation>%1 de %2 flujos no coinciden con sus huellas o instantáneas.</translation>
    </message>
    <message>
        <source>The stream does not match its fingerprints or snapshots.</source>
        <translation>El flujo no coincide con sus huellas o instantáneas.</translation>
    </message>
    <message>
        <source>All %1 streams match: %2 events and %3 snapshots checked.</source>
        <translation>Los %1 flujos coinciden: %2 eventos y %3 instantáneas comprobados.</translation>
    </message>
    <message>
        <source>STREAM | --all [options]</source>
        <translation>FLUJO | --all [opciones]</translation>
    </message>
    <message>
        <source>Checks that stored histories can be trusted: recomputes each stream&apos;s fingerprint chain and compares every snapshot with a replay. Exits with 4 when anything does not match.</source>
        <translation>Comprueba que los historiales guardados son fiables: recalcula la cadena de huellas de cada flujo y compara cada instantánea con una reproducción. Sale con 4 si algo no coincide.</translation>
    </message>
    <message>
        <source>Verify every stream of the store, in stream-id order.</source>
        <translation>Verifica todos los flujos del almacén, en orden de id.</translation>
    </message>
    <message>
        <source>Each stream is reported OK, or with the first event that does not match its fingerprint (changed, missing or undecodable) and every snapshot that differs from the replayed state.</source>
        <translation>Cada flujo se indica como correcto, o con el primer evento que no coincide con su huella (cambiado, ausente o indecodificable) y cada instantánea que difiere del estado reproducido.</translation>
    </message>
    <message>
        <source>The verify command needs either a STREAM or --all.</source>
        <translation>La orden verify necesita un FLUJO o --all.</translation>
    </message>
    <message>
        <source>The JetStream stream that keeps the signals (default %1).</source>
        <translation>El stream de JetStream que guarda las señales (por defecto %1).</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>The subject of a saga&apos;s signals, with {saga_id} (default %1).</source>
        <translation>El asunto de las señales de una saga, con {saga_id} (por defecto %1).</translation>
    </message>
    <message>
        <source>Writes the demo data set: orders, checkout sagas and fulfilment flows linked by correlation ids, plus one long saga; open sagas get pending timers. Running it again writes nothing new.</source>
        <translation>Escribe el conjunto de datos de demostración: pedidos, sagas de compra y flujos de preparación enlazados por ids de correlación, más una saga larga; las sagas abiertas reciben temporizadores pendientes. Ejecutarlo de nuevo no escribe nada nuevo.</translation>
    </message>
    <message>
        <source>%1 now holds the demo data set: %2 streams, %3 events (%4 new, %5 already stored) and %6 pending timers after %7 s.</source>
        <translation>%1 contiene ahora el conjunto de datos de demostración: %2 flujos, %3 eventos (%4 nuevos, %5 ya guardados) y %6 temporizadores pendientes tras %7 s.</translation>
    </message>
    <message>
        <source>Records signals as SignalReceived events on their saga&apos;s stream, each exactly once, until interrupted (Ctrl+C).</source>
        <translation>Registra las señales como eventos SignalReceived en el flujo de su saga, cada una exactamente una vez, hasta que se interrumpe (Ctrl+C).</translation>
    </message>
    <message>
        <source>Record everything pending, then exit.</source>
        <translation>Registra todo lo pendiente y después termina.</translation>
    </message>
    <message>
        <source>The durable consumer; ingesters sharing it share the work (default %1).</source>
        <translation>El consumidor duradero; los ingestores que lo comparten se reparten el trabajo (por defecto %1).</translation>
    </message>
    <message>
        <source>Signals per fetch and per store transaction (default %1).</source>
        <translation>Señales por obtención y por transacción del almacén (por defecto %1).</translation>
    </message>
    <message>
        <source>When the consumer is created: seconds before signals taken by an ingester that died are handed out again (default %1).</source>
        <translation>Al crear el consumidor: segundos antes de que las señales tomadas por un ingestor que murió se vuelvan a repartir (por defecto %1).</translation>
    </message>
    <message>
        <source>Not recorded: the message at stream sequence %1 on %2: %3.</source>
        <translation>No registrado: el mensaje de la secuencia %1 del stream en %2: %3.</translation>
    </message>
    <message>
        <source>Recording signals of stream %1 into %2; Ctrl+C stops.</source>
        <translation>Registrando las señales del stream %1 en %2; Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>Recorded %1 signal(s); %2 already stored, %3 malformed, %4 refused by the store.</source>
        <translation>Señales registradas: %1; %2 ya guardadas, %3 mal formadas, %4 rechazadas por el almacén.</translation>
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
        <translation>Uso: sagascope-cli [--store URL] [--nats URL] ORDEN [opciones]
Inspecciona y escribe almacenes de eventos de SagaScope desde el terminal.

Órdenes:
  init          Crea el almacén o pone al día su esquema; imprime la versión del esquema.
  append        Añade un evento a un flujo; imprime la nueva versión del flujo.
  streams       Lista los flujos, por tipo o por texto del id.
  history       Imprime los eventos de un flujo, con filtros de versión, hora y tipo.
  read-all      Imprime el registro global de todos los flujos en orden de posición.
  correlation   Imprime todos los eventos que llevan un id de correlación, en todos los flujos.
  state         Imprime el estado de un flujo (plegado por su reductor) ahora, en una versión o en una hora.
  diff          Imprime qué cambió en el estado de un flujo entre dos versiones.
  snapshot      Guarda una instantánea del estado de un flujo.
  snapshots     Lista las instantáneas de un flujo y si se pueden usar.
  verify        Comprueba las huellas y las instantáneas de un flujo o de todos los flujos.
  export        Escribe un flujo o todo el almacén como NDJSON.
  import        Lee en el almacén una exportación NDJSON o un historial de flujo de trabajo de Temporal.
  timers        Lista, programa y cancela temporizadores duraderos; fire-due dispara los vencidos.
  demo          Escribe el conjunto de datos de demostración (pedidos, sagas, flujos de trabajo y una saga larga).
  signal        send: publica una señal para una saga; watch: imprime las señales como NDJSON según llegan.
  ingest        Registra las señales como eventos SignalReceived en el almacén, cada una exactamente una vez.
  tasks         publish: pone una tarea en una cola; work: toma tareas, cada una hecha por un solo trabajador.

Opciones:
  --store URL   postgresql://USUARIO@HOST:PUERTO/BD, sqlite:RUTA (o una ruta) o memory:.
                Por defecto: $SAGASCOPE_STORE; si no, %1.
  --nats URL    nats://[USUARIO:CONTRASEÑA@|TOKEN@]HOST:PUERTO o tls://…; un fichero de credenciales en
                $SAGASCOPE_NATS_CREDS. Por defecto: $SAGASCOPE_NATS; si no, %2.
  -h, --help    Muestra esta ayuda; «sagascope-cli ORDEN --help» muestra las opciones de una orden.
  --version     Muestra la versión.

Las órdenes de lectura abren el almacén en solo lectura. Códigos de salida: 0 correcto, 1 uso u otro error,
2 no encontrado, 3 conflicto de concurrencia, 4 eventos dañados (impresos de todos modos) o una huella
o instantánea que no coincide, 5 no se puede conectar o autenticar.</translation>
    </message>
    <message>
        <source>--nats needs a URL, e.g. nats://127.0.0.1:4222.</source>
        <translation>--nats necesita una URL, p. ej. nats://127.0.0.1:4222.</translation>
    </message>
    <message>
        <source>SAGA NAME [options]</source>
        <translation>SAGA NOMBRE [opciones]</translation>
    </message>
    <message>
        <source>Publishes a signal to a saga&apos;s subject and waits for JetStream to store it.</source>
        <translation>Publica una señal en el asunto de una saga y espera a que JetStream la guarde.</translation>
    </message>
    <message>
        <source>SAGA</source>
        <translation>SAGA</translation>
    </message>
    <message>
        <source>The saga id (the subject&apos;s last part and the stream id).</source>
        <translation>El id de la saga (la última parte del asunto y el id del flujo).</translation>
    </message>
    <message>
        <source>The signal name.</source>
        <translation>El nombre de la señal.</translation>
    </message>
    <message>
        <source>K=V</source>
        <translation>C=V</translation>
    </message>
    <message>
        <source>An extra header; repeat for more.</source>
        <translation>Una cabecera adicional; repite la opción para añadir más.</translation>
    </message>
    <message>
        <source>The event id; sending the same id again within two minutes stores nothing (default: a new id).</source>
        <translation>El id del evento; enviar otra vez el mismo id antes de dos minutos no guarda nada (por defecto: un id nuevo).</translation>
    </message>
    <message>
        <source>The correlation id.</source>
        <translation>El id de correlación.</translation>
    </message>
    <message>
        <source>Send the payload as CBOR instead of JSON.</source>
        <translation>Envía la carga útil como CBOR en lugar de JSON.</translation>
    </message>
    <message>
        <source>Example:
  sagascope-cli signal send saga-42 approve --data &apos;{&quot;by&quot;:&quot;ana&quot;}&apos;</source>
        <translation>Ejemplo:
  sagascope-cli signal send saga-42 approve --data &apos;{&quot;by&quot;:&quot;ana&quot;}&apos;</translation>
    </message>
    <message>
        <source>--header needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--header necesita CLAVE=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>Already sent: event %1 is in the stream at sequence %2; nothing new was stored.</source>
        <translation>Ya enviada: el evento %1 está en el stream en la secuencia %2; no se guardó nada nuevo.</translation>
    </message>
    <message>
        <source>Sent %1 to %2 as event %3 (stream sequence %4).</source>
        <translation>Se envió %1 a %2 como evento %3 (secuencia %4 del stream).</translation>
    </message>
    <message>
        <source>[SUBJECT] [options]</source>
        <translation>[ASUNTO] [opciones]</translation>
    </message>
    <message>
        <source>Prints signals as NDJSON, one line each (subject, saga, name, event id, headers, payload, time); malformed messages carry &quot;malformed&quot; with the reason.</source>
        <translation>Imprime las señales como NDJSON, una línea por señal (asunto, saga, nombre, id de evento, cabeceras, carga útil, hora); los mensajes mal formados llevan &quot;malformed&quot; con el motivo.</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>A subject or wildcard (default: every saga&apos;s signals).</source>
        <translation>Un asunto o comodín (por defecto: las señales de todas las sagas).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>now (the default: only new signals), begin (everything kept) or an ISO 8601 time.</source>
        <translation>now (por defecto: solo señales nuevas), begin (todo lo conservado) o una hora ISO 8601.</translation>
    </message>
    <message>
        <source>Stop after N signals.</source>
        <translation>Termina después de N señales.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Termina después de S segundos.</translation>
    </message>
    <message>
        <source>Reconnected to NATS.</source>
        <translation>Reconectado con NATS.</translation>
    </message>
    <message>
        <source>Watching %1 on stream %2.</source>
        <translation>Observando %1 en el stream %2.</translation>
    </message>
    <message>
        <source>Usage: sagascope-cli signal send SAGA NAME [options]
       sagascope-cli signal watch [SUBJECT] [options]
Run &quot;sagascope-cli signal send --help&quot; or &quot;… watch --help&quot; for the options.</source>
        <translation>Uso: sagascope-cli signal send SAGA NOMBRE [opciones]
     sagascope-cli signal watch [ASUNTO] [opciones]
Ejecuta «sagascope-cli signal send --help» o «… watch --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>The signal command needs send or watch; run &quot;sagascope-cli signal --help&quot;.</source>
        <translation>La orden signal necesita send o watch; ejecuta «sagascope-cli signal --help».</translation>
    </message>
    <message>
        <source>QUEUE --data JSON [options]</source>
        <translation>COLA --data JSON [opciones]</translation>
    </message>
    <message>
        <source>Puts a task on a queue; one worker of the queue will do it.</source>
        <translation>Pone una tarea en una cola; la hará un trabajador de la cola.</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>COLA</translation>
    </message>
    <message>
        <source>The queue name (letters, digits, - and _).</source>
        <translation>El nombre de la cola (letras, dígitos, - y _).</translation>
    </message>
    <message>
        <source>The task, a JSON object.</source>
        <translation>La tarea, un objeto JSON.</translation>
    </message>
    <message>
        <source>The task id; the same id again within two minutes is dropped (default: a new id).</source>
        <translation>El id de la tarea; el mismo id otra vez antes de dos minutos se descarta (por defecto: un id nuevo).</translation>
    </message>
    <message>
        <source>The tasks publish command needs --data JSON, the task.</source>
        <translation>La orden tasks publish necesita --data JSON, la tarea.</translation>
    </message>
    <message>
        <source>Published task %1 to queue %2.</source>
        <translation>Se publicó la tarea %1 en la cola %2.</translation>
    </message>
    <message>
        <source>QUEUE [options]</source>
        <translation>COLA [opciones]</translation>
    </message>
    <message>
        <source>The queue name.</source>
        <translation>El nombre de la cola.</translation>
    </message>
    <message>
        <source>Stop after N tasks.</source>
        <translation>Termina después de N tareas.</translation>
    </message>
    <message>
        <source>Stop after S seconds without a task.</source>
        <translation>Termina después de S segundos sin ninguna tarea.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Fail every task with this reason (to try retries and the dead-letter stream).</source>
        <translation>Hace fallar cada tarea con este motivo (para probar los reintentos y el stream de mensajes fallidos).</translation>
    </message>
    <message>
        <source>Attempts before a failing task goes to the dead-letter stream (default %1).</source>
        <translation>Intentos antes de que una tarea que falla pase al stream de mensajes fallidos (por defecto %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Delay after a first failure, doubled after each next one (default %1).</source>
        <translation>Retardo tras un primer fallo, que se duplica después de cada fallo siguiente (por defecto %1).</translation>
    </message>
    <message>
        <source>Tasks taken at a time (default 50).</source>
        <translation>Tareas tomadas de una vez (por defecto 50).</translation>
    </message>
    <message>
        <source>When the queue&apos;s consumer is created: seconds before tasks of a worker that died are handed out again (default %1).</source>
        <translation>Al crear el consumidor de la cola: segundos antes de que las tareas de un trabajador que murió se vuelvan a repartir (por defecto %1).</translation>
    </message>
    <message>
        <source>Working on queue %1.</source>
        <translation>Trabajando en la cola %1.</translation>
    </message>
    <message>
        <source>Usage: sagascope-cli tasks publish QUEUE --data JSON [options]
       sagascope-cli tasks work QUEUE [options]
Run &quot;sagascope-cli tasks publish --help&quot; or &quot;… work --help&quot; for the options.</source>
        <translation>Uso: sagascope-cli tasks publish COLA --data JSON [opciones]
     sagascope-cli tasks work COLA [opciones]
Ejecuta «sagascope-cli tasks publish --help» o «… work --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>The tasks command needs publish or work; run &quot;sagascope-cli tasks --help&quot;.</source>
        <translation>La orden tasks necesita publish o work; ejecuta «sagascope-cli tasks --help».</translation>
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
        <translation>Uso: sagascope-cli timers SUBORDEN [opciones]
Temporizadores duraderos: un temporizador se dispara en su flujo añadiendo un evento TimerFired.

Subórdenes:
  list [FLUJO]    Lista los temporizadores pendientes (de un flujo), el más próximo primero.
  schedule ID     Programa un temporizador: --stream FLUJO --at ISO [--data JSON] [--stream-type T].
  cancel ID       Cancela un temporizador pendiente.
  fire-due        Dispara una vez cada temporizador que vence ahora e imprime lo que se disparó.

«sagascope-cli timers SUBORDEN --help» muestra las opciones de una suborden.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>TIMER</source>
        <translation>TEMPORIZADOR</translation>
    </message>
    <message>
        <source>FIRE AT</source>
        <translation>SE DISPARA EL</translation>
    </message>
    <message>
        <source>DUE IN</source>
        <translation>VENCE EN</translation>
    </message>
    <message>
        <source>Lists pending timers, earliest fire time first, with the time left until each is due.</source>
        <translation>Lista los temporizadores pendientes, primero el de hora de disparo más próxima, con el tiempo que falta hasta que venza cada uno.</translation>
    </message>
    <message>
        <source>Only the timers of this stream, taken literally.</source>
        <translation>Solo los temporizadores de este flujo, tomado literalmente.</translation>
    </message>
    <message>
        <source>Print at most N timers.</source>
        <translation>Imprime como mucho N temporizadores.</translation>
    </message>
    <message>
        <source>No pending timers.</source>
        <translation>No hay temporizadores pendientes.</translation>
    </message>
    <message>
        <source>TIMER_ID --stream STREAM --at ISO [options]</source>
        <translation>ID_TEMPORIZADOR --stream FLUJO --at ISO [opciones]</translation>
    </message>
    <message>
        <source>Schedules a durable timer; when due, firing appends a TimerFired event to its stream.</source>
        <translation>Programa un temporizador duradero; cuando vence, al dispararse añade un evento TimerFired a su flujo.</translation>
    </message>
    <message>
        <source>TIMER_ID</source>
        <translation>ID_TEMPORIZADOR</translation>
    </message>
    <message>
        <source>The timer id, unique in the store (the saga&apos;s timer_id).</source>
        <translation>El id del temporizador, único en el almacén (el timer_id de la saga).</translation>
    </message>
    <message>
        <source>The stream the timer fires into (required).</source>
        <translation>El flujo en el que se dispara el temporizador (obligatorio).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>When the timer is due, ISO 8601 (required), e.g. 2026-03-02T08:00:00Z.</source>
        <translation>Cuándo vence el temporizador, en ISO 8601 (obligatorio), p. ej. 2026-03-02T08:00:00Z.</translation>
    </message>
    <message>
        <source>A JSON object carried in the TimerFired event&apos;s payload (default {}).</source>
        <translation>Un objeto JSON que va en la carga útil del evento TimerFired (por defecto {}).</translation>
    </message>
    <message>
        <source>The stream&apos;s type if firing creates it (default: the id&apos;s first word).</source>
        <translation>El tipo del flujo si el disparo lo crea (por defecto: la primera palabra del id).</translation>
    </message>
    <message>
        <source>Scheduling the same timer again changes nothing; the same id with other content is a conflict (exit code 3).
Example:
  sagascope-cli timers schedule payment-timeout --stream saga-42 --at 2026-03-02T08:00:00Z --data &apos;{&quot;attempt&quot;:1}&apos;</source>
        <translation>Programar de nuevo el mismo temporizador no cambia nada; el mismo id con otro contenido es un conflicto (código de salida 3).
Ejemplo:
  sagascope-cli timers schedule payment-timeout --stream saga-42 --at 2026-03-02T08:00:00Z --data &apos;{&quot;attempt&quot;:1}&apos;</translation>
    </message>
    <message>
        <source>The timers schedule command needs --stream STREAM, the stream it fires into.</source>
        <translation>La orden timers schedule necesita --stream FLUJO, el flujo en el que se dispara.</translation>
    </message>
    <message>
        <source>The timers schedule command needs --at ISO, the time it is due.</source>
        <translation>La orden timers schedule necesita --at ISO, la hora a la que vence.</translation>
    </message>
    <message>
        <source>Already scheduled: timer &quot;%1&quot; fires into &quot;%2&quot; at %3; nothing was written.</source>
        <translation>Ya programado: el temporizador «%1» se dispara en «%2» el %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>Scheduled timer &quot;%1&quot; to fire into &quot;%2&quot; at %3.</source>
        <translation>Programado el temporizador «%1» para dispararse en «%2» el %3.</translation>
    </message>
    <message>
        <source>TIMER_ID [options]</source>
        <translation>ID_TEMPORIZADOR [opciones]</translation>
    </message>
    <message>
        <source>Cancels a pending timer; it will not fire. Exit code 2 when there is no such timer.</source>
        <translation>Cancela un temporizador pendiente; no se disparará. Código de salida 2 si no existe ese temporizador.</translation>
    </message>
    <message>
        <source>The timer id, taken literally.</source>
        <translation>El id del temporizador, tomado literalmente.</translation>
    </message>
    <message>
        <source>Canceled timer &quot;%1&quot;.</source>
        <translation>Temporizador «%1» cancelado.</translation>
    </message>
    <message>
        <source>Fires every timer due now, once, and exits: each appends a TimerFired event to its stream and is removed in the same transaction. Several processes may run this at the same time; each timer fires exactly once.</source>
        <translation>Dispara una vez cada temporizador vencido y termina: cada uno añade un evento TimerFired a su flujo y se elimina en la misma transacción. Varios procesos pueden ejecutar esto a la vez; cada temporizador se dispara exactamente una vez.</translation>
    </message>
    <message>
        <source>Fire at most N timers.</source>
        <translation>Dispara como mucho N temporizadores.</translation>
    </message>
    <message>
        <source>Fired &quot;%1&quot; into &quot;%2&quot;: version %3, position %4%5.</source>
        <translation>Disparado «%1» en «%2»: versión %3, posición %4%5.</translation>
    </message>
    <message>
        <source> (already stored)</source>
        <translation> (ya guardado)</translation>
    </message>
    <message numerus="yes">
        <source>Fired %n timer(s).</source>
        <translation>
            <numerusform>Se disparó %n temporizador.</numerusform>
            <numerusform>Se dispararon %n temporizadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The timers command needs a subcommand: list, schedule, cancel or fire-due.</source>
        <translation>La orden timers necesita una suborden: list, schedule, cancel o fire-due.</translation>
    </message>
    <message>
        <source>Unknown timers subcommand &quot;%1&quot;; use list, schedule, cancel or fire-due.</source>
        <translation>Suborden de timers desconocida «%1»; usa list, schedule, cancel o fire-due.</translation>
    </message>
    <message>
        <source>Works on a queue&apos;s tasks: prints each done task as an NDJSON line (task_id, queue, status, attempt, worker, payload) once its result is recorded; a task another worker settled first is not reported again.</source>
        <translation>Trabaja en las tareas de una cola: imprime cada tarea hecha como una línea NDJSON (task_id, queue, status, attempt, worker, payload) una vez registrado su resultado; una tarea que otro trabajador resolvió antes no se vuelve a indicar.</translation>
    </message>
    <message>
        <source>--%1 needs a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un UUID como 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13, no «%2».</translation>
    </message>
    <message>
        <source>Only events of this type, from every stream; repeat the option for several types.</source>
        <translation>Solo los eventos de este tipo, de todos los flujos; repite la opción para varios tipos.</translation>
    </message>
    <message>
        <source>No snapshot was due: &quot;%1&quot; has one at version %2 and every %3 versions asks for the next at %4.</source>
        <translation>No tocaba ninguna instantánea: &quot;%1&quot; tiene una en la versión %2 y una cada %3 versiones pide la siguiente en la %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n snapshot(s) of &quot;%1&quot;, every %2 versions from %3 to %4: reducer %5 version %6.</source>
        <translation>
            <numerusform>Se guardó %n instantánea de &quot;%1&quot;, cada %2 versiones de la %3 a la %4: reductor %5 versión %6.</numerusform>
            <numerusform>Se guardaron %n instantáneas de &quot;%1&quot;, cada %2 versiones de la %3 a la %4: reductor %5 versión %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instead of one snapshot, one at every N-th version (N, 2N, …) up to that version, after the newest snapshot this reducer already has.</source>
        <translation>En lugar de una instantánea, una en cada N-ésima versión (N, 2N, …) hasta esa versión, después de la instantánea más reciente que ya tiene este reductor.</translation>
    </message>
    <message>
        <source>--from-version %1 is after --to-version %2.</source>
        <translation>--from-version %1 es posterior a --to-version %2.</translation>
    </message>
    <message>
        <source>--since is later than --until.</source>
        <translation>--since es posterior a --until.</translation>
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
    <message>
        <source>Line %1 shows event %2 of stream &quot;%3&quot; upcast to a newer schema, not as it was stored; export it without --upcast to import it.</source>
        <translation>La línea %1 muestra el evento %2 del flujo «%3» convertido a un esquema más nuevo, no como se guardó; expórtalo sin --upcast para importarlo.</translation>
    </message>
    <message>
        <source>The timer id is empty.</source>
        <translation>El id del temporizador está vacío.</translation>
    </message>
    <message>
        <source>The timer id is longer than 200 characters.</source>
        <translation>El id del temporizador tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The timer id contains a control character.</source>
        <translation>El id del temporizador contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The store %1 does not keep timers.</source>
        <translation>El almacén %1 no guarda temporizadores.</translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; has no fire time after 1970-01-01.</source>
        <translation>El temporizador «%1» no tiene una hora de disparo posterior a 1970-01-01.</translation>
    </message>
    <message>
        <source>The payload of timer &quot;%1&quot; is not a JSON object. %2</source>
        <translation>La carga útil del temporizador «%1» no es un objeto JSON. %2</translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; is already scheduled for stream &quot;%2&quot; at %3 with other content; cancel it first or use another timer id.</source>
        <translation>El temporizador «%1» ya está programado para el flujo «%2» el %3 con otro contenido; cancélalo antes o usa otro id de temporizador.</translation>
    </message>
    <message>
        <source>There is no pending timer &quot;%1&quot;.</source>
        <translation>No hay ningún temporizador pendiente «%1».</translation>
    </message>
    <message>
        <source>scheduling timer &quot;%1&quot;</source>
        <translation>programando el temporizador «%1»</translation>
    </message>
    <message>
        <source>Timer &quot;%1&quot; is being scheduled and canceled by others at the same time; try again.</source>
        <translation>Otros están programando y cancelando el temporizador «%1» al mismo tiempo; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>canceling timer &quot;%1&quot;</source>
        <translation>cancelando el temporizador «%1»</translation>
    </message>
    <message>
        <source>listing timers</source>
        <translation>listando temporizadores</translation>
    </message>
    <message>
        <source>firing timers</source>
        <translation>disparando temporizadores</translation>
    </message>
    <message>
        <source>appending</source>
        <translation>añadiendo</translation>
    </message>
    <message>
        <source>scheduling a timer</source>
        <translation>programando un temporizador</translation>
    </message>
    <message>
        <source>canceling a timer</source>
        <translation>cancelando un temporizador</translation>
    </message>
    <message>
        <source>looking for new events</source>
        <translation>buscando eventos nuevos</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small for a double</source>
        <translation>el número %1 es demasiado grande o demasiado pequeño para un double</translation>
    </message>
    <message>
        <source>PostgreSQL answered %1 of %2 appends of a batch.</source>
        <translation>PostgreSQL respondió a %1 de %2 añadidos de un lote.</translation>
    </message>
    <message>
        <source>PostgreSQL answered %1 of %2 timer appends.</source>
        <translation>PostgreSQL respondió a %1 de %2 añadidos de temporizadores.</translation>
    </message>
    <message>
        <source>not a flow event; it changes nothing</source>
        <translation>no es un evento de flujo; no cambia nada</translation>
    </message>
    <message>
        <source>Line %1 gives stream &quot;%2&quot; the type %3, but the store has it with type %4.</source>
        <translation>La línea %1 da al flujo «%2» el tipo %3, pero el almacén lo tiene con el tipo %4.</translation>
    </message>
    <message>
        <source>Line %1 starts stream &quot;%2&quot; at version %3, but the store does not have that stream; import its earlier events first.</source>
        <translation>La línea %1 empieza el flujo «%2» en la versión %3, pero el almacén no tiene ese flujo; importa antes sus eventos anteriores.</translation>
    </message>
    <message>
        <source>Line %1 starts stream &quot;%2&quot; at version %3, but the store has it only up to version %4.</source>
        <translation>La línea %1 empieza el flujo «%2» en la versión %3, pero el almacén solo lo tiene hasta la versión %4.</translation>
    </message>
    <message>
        <source>Line %1 has event %2 as version %3 of stream &quot;%4&quot;, but the store has another event (%5) there.</source>
        <translation>La línea %1 tiene el evento %2 como versión %3 del flujo «%4», pero el almacén tiene otro evento (%5) ahí.</translation>
    </message>
    <message>
        <source>Line %1 has version %2 of stream &quot;%3&quot;, but the previous line of that stream (line %4) has version %5; a stream&apos;s versions must follow each other.</source>
        <translation>La línea %1 tiene la versión %2 del flujo «%3», pero la línea anterior de ese flujo (línea %4) tiene la versión %5; las versiones de un flujo deben ser consecutivas.</translation>
    </message>
    <message>
        <source>Line %1 (event %2, version %3 of stream &quot;%4&quot;) does not match the fingerprint it was exported with: it was changed after the export.</source>
        <translation>La línea %1 (evento %2, versión %3 del flujo «%4») no coincide con la huella con la que se exportó: se modificó después de exportarla.</translation>
    </message>
    <message>
        <source>Line %1 was not imported: %2</source>
        <translation>La línea %1 no se importó: %2</translation>
    </message>
    <message>
        <source>Lines %1 to %2 were not imported: %3</source>
        <translation>Las líneas %1 a %2 no se importaron: %3</translation>
    </message>
    <message>
        <source>A Temporal history needs the stream to import it into.</source>
        <translation>Un historial de Temporal necesita el flujo al que importarlo.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2.</source>
        <translation>No se pudo leer el archivo después de la línea %1: %2.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 cannot start a transaction of its own while %2: one is open already.</source>
        <translation>PostgreSQL en %1 no puede empezar una transacción propia mientras %2: ya hay una abierta.</translation>
    </message>
    <message>
        <source>The store %1 does not have the schema SagaScope expects (%2): another version of SagaScope or something else changed it.</source>
        <translation>El almacén %1 no tiene el esquema que SagaScope espera (%2): otra versión de SagaScope u otra cosa lo ha cambiado.</translation>
    </message>
    <message>
        <source>checking the schema</source>
        <translation>comprobando el esquema</translation>
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
    <message>
        <source>Select this version of the stream (with --stream) and show the state after it.</source>
        <translation>Selecciona esta versión del flujo (con --stream) y muestra el estado después de ella.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Compare the state with this version instead of the one before the selected event.</source>
        <translation>Compara el estado con esta versión en lugar de con la anterior al evento seleccionado.</translation>
    </message>
    <message>
        <source>The right-hand panel to show: event or state.</source>
        <translation>El panel de la derecha que se muestra: event (evento) o state (estado).</translation>
    </message>
    <message>
        <source>PANEL</source>
        <translation>PANEL</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>PESTAÑA</translation>
    </message>
    <message>
        <source>With --stream: once its checkpoints are built, select N random events one after another, print how long each took to show its state, and exit.</source>
        <translation>Con --stream: cuando sus puntos de control estén construidos, selecciona N eventos al azar uno tras otro, imprime cuánto tardó cada uno en mostrar su estado y termina.</translation>
    </message>
    <message>
        <source>--%1 takes a version number (1 or more), not &quot;%2&quot;.</source>
        <translation>--%1 espera un número de versión (1 o más), no «%2».</translation>
    </message>
    <message>
        <source>The NATS server whose signals the Signals tab shows (default: $SAGASCOPE_NATS, else %1).</source>
        <translation>El servidor NATS cuyas señales muestra la pestaña Señales (predeterminado: $SAGASCOPE_NATS; si no, %1).</translation>
    </message>
    <message>
        <source>Publish signals at --monitor-rate for --monitor-seconds on a second connection while the Signals tab watches them, print the longest stall of the window&apos;s event loop as JSON, and exit.</source>
        <translation>Publica señales a --monitor-rate durante --monitor-seconds por una segunda conexión mientras la pestaña Señales las observa, imprime en JSON el bloqueo más largo del bucle de eventos de la ventana y termina.</translation>
    </message>
    <message>
        <source>Signals per second for --measure-monitor-stall (default 50000).</source>
        <translation>Señales por segundo para --measure-monitor-stall (predeterminado: 50000).</translation>
    </message>
    <message>
        <source>Seconds of load for --measure-monitor-stall (default 10).</source>
        <translation>Segundos de carga para --measure-monitor-stall (predeterminado: 10).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>sagascope: nothing to measure: %1</source>
        <translation>sagascope: no hay nada que medir: %1</translation>
    </message>
    <message>
        <source>The bottom tab to show: saga, snapshots, timers, signals or tasks.</source>
        <translation>La pestaña inferior que se muestra: saga, snapshots, timers, signals o tasks.</translation>
    </message>
    <message>
        <source>--panel takes event or state, --tab takes saga, snapshots, timers, signals or tasks.</source>
        <translation>--panel admite event o state, --tab admite saga, snapshots, timers, signals o tasks.</translation>
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
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object ({ … }), not an array or a single value.</source>
        <translation>El contenido debe ser un objeto JSON ({ … }), no una matriz ni un valor suelto.</translation>
    </message>
    <message>
        <source>Not connected to NATS at %1; the signal was not sent.</source>
        <translation>Sin conexión con NATS en %1; la señal no se envió.</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s), not shown)</source>
        <translation>
            <numerusform>(%n byte, no se muestra)</numerusform>
            <numerusform>(%n bytes, no se muestran)</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed: %1. Not recorded in the store.</source>
        <translation>Mal formado: %1. No se registra en el almacén.</translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation>Mal formado: %1</translation>
    </message>
    <message>
        <source>Stream sequence %1</source>
        <translation>Secuencia en el stream %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>Saga</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Mal formado</translation>
    </message>
    <message>
        <source>The store was closed before the import finished.</source>
        <translation>El almacén se cerró antes de que terminara la importación.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>Un perfil de conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>El llavero del sistema no está disponible (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain holds no password under %1.</source>
        <translation>El llavero del sistema no guarda ninguna contraseña con el nombre %1.</translation>
    </message>
</context>
<context>
    <name>SagaScopeNats</name>
    <message>
        <source>The NATS URL is empty; give one like nats://127.0.0.1:4222.</source>
        <translation>La URL de NATS está vacía; indica una como nats://127.0.0.1:4222.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NATS URL; use nats://HOST:PORT or tls://HOST:PORT, with USER:PASSWORD@ or TOKEN@ before the host if the server needs them.</source>
        <translation>«%1» no es una URL de NATS; usa nats://HOST:PUERTO o tls://HOST:PUERTO, con USUARIO:CONTRASEÑA@ o TOKEN@ delante del host si el servidor los necesita.</translation>
    </message>
    <message>
        <source>Lost the connection to NATS at %1; reconnecting.</source>
        <translation>Se perdió la conexión con NATS en %1; reconectando.</translation>
    </message>
    <message>
        <source>Lost the connection to NATS at %1 (%2); reconnecting.</source>
        <translation>Se perdió la conexión con NATS en %1 (%2); reconectando.</translation>
    </message>
    <message>
        <source>The connection to NATS at %1 is closed.</source>
        <translation>La conexión con NATS en %1 está cerrada.</translation>
    </message>
    <message>
        <source>The NATS options for %1 are not valid (%2).</source>
        <translation>Las opciones de NATS para %1 no son válidas (%2).</translation>
    </message>
    <message>
        <source>NATS at %1 refused the credentials (%2); check the user, password, token or creds file.</source>
        <translation>NATS en %1 rechazó las credenciales (%2); comprueba el usuario, la contraseña, el token o el fichero de credenciales.</translation>
    </message>
    <message>
        <source>Cannot connect to NATS at %1: no server answers there.</source>
        <translation>No se puede conectar con NATS en %1: ningún servidor responde ahí.</translation>
    </message>
    <message>
        <source>Cannot connect to NATS at %1 (%2).</source>
        <translation>No se puede conectar con NATS en %1 (%2).</translation>
    </message>
    <message>
        <source>NATS at %1 gave no JetStream context (%2).</source>
        <translation>NATS en %1 no dio ningún contexto JetStream (%2).</translation>
    </message>
    <message>
        <source>%1, JetStream error %2</source>
        <translation>%1, error de JetStream %2</translation>
    </message>
    <message>
        <source>no JetStream answers; start nats-server with -js</source>
        <translation>JetStream no responde; inicia nats-server con -js</translation>
    </message>
    <message>
        <source>NATS at %1 failed while %2 (%3).</source>
        <translation>NATS en %1 falló mientras %2 (%3).</translation>
    </message>
    <message>
        <source>A message for %1 cannot be built (%2).</source>
        <translation>No se puede construir un mensaje para %1 (%2).</translation>
    </message>
    <message>
        <source>adding subject %1 to stream %2</source>
        <translation>añadiendo el asunto %1 al stream %2</translation>
    </message>
    <message>
        <source>looking up stream %1</source>
        <translation>buscando el stream %1</translation>
    </message>
    <message>
        <source>creating stream %1</source>
        <translation>creando el stream %1</translation>
    </message>
    <message>
        <source>A signal needs a name.</source>
        <translation>Una señal necesita un nombre.</translation>
    </message>
    <message>
        <source>publishing signal %1 to %2</source>
        <translation>publicando la señal %1 en %2</translation>
    </message>
    <message>
        <source>opening the ingester&apos;s consumer %1 on stream %2</source>
        <translation>abriendo el consumidor %1 del ingestor en el stream %2</translation>
    </message>
    <message>
        <source>fetching signals</source>
        <translation>obteniendo señales</translation>
    </message>
    <message>
        <source>reading the ingester&apos;s consumer</source>
        <translation>leyendo el consumidor del ingestor</translation>
    </message>
    <message>
        <source>The subject template &quot;%1&quot; needs {saga_id} once, as a whole subject token, and no wildcards, e.g. saga.signals.{saga_id}.</source>
        <translation>La plantilla de asunto «%1» necesita {saga_id} una vez, como token completo del asunto, y ningún comodín, p. ej. saga.signals.{saga_id}.</translation>
    </message>
    <message>
        <source>The saga id &quot;%1&quot; cannot be part of a NATS subject: it must not be empty or contain spaces, * or &gt;, or empty dot-separated parts.</source>
        <translation>El id de saga «%1» no puede formar parte de un asunto NATS: no debe estar vacío ni contener espacios, * o &gt;, ni partes vacías separadas por puntos.</translation>
    </message>
    <message>
        <source>the payload of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>la carga útil de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>the header(s) %1 are missing</source>
        <translation>faltan cabeceras: %1</translation>
    </message>
    <message>
        <source>the event id &quot;%1&quot; is not a UUID</source>
        <translation>el id de evento «%1» no es un UUID</translation>
    </message>
    <message>
        <source>the saga id is neither in a %1 header nor in the subject</source>
        <translation>el id de la saga no está ni en una cabecera %1 ni en el asunto</translation>
    </message>
    <message>
        <source>the content type &quot;%1&quot; is neither %2 nor %3</source>
        <translation>el tipo de contenido «%1» no es ni %2 ni %3</translation>
    </message>
    <message>
        <source>the payload is not a %1 object (%2)</source>
        <translation>la carga útil no es un objeto %1 (%2)</translation>
    </message>
    <message>
        <source>subscribing to %1 on stream %2</source>
        <translation>suscribiéndose a %1 en el stream %2</translation>
    </message>
    <message>
        <source>The queue name &quot;%1&quot; may only use letters, digits, - and _ (at most 100).</source>
        <translation>El nombre de cola «%1» solo puede usar letras, dígitos, - y _ (como mucho 100).</translation>
    </message>
    <message>
        <source>publishing a task to queue %1</source>
        <translation>publicando una tarea en la cola %1</translation>
    </message>
    <message>
        <source>Task %1 is not held by this worker.</source>
        <translation>La tarea %1 no la tiene este trabajador.</translation>
    </message>
    <message>
        <source>opening the workers&apos; consumer of queue %1</source>
        <translation>abriendo el consumidor de los trabajadores de la cola %1</translation>
    </message>
    <message>
        <source>fetching tasks of queue %1</source>
        <translation>obteniendo tareas de la cola %1</translation>
    </message>
    <message>
        <source>the %1 header is missing or not a UUID</source>
        <translation>la cabecera %1 falta o no es un UUID</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>la carga útil no es un objeto JSON</translation>
    </message>
    <message>
        <source>handing back a failed task</source>
        <translation>devolviendo una tarea fallida</translation>
    </message>
    <message>
        <source>recording failed task %1</source>
        <translation>registrando la tarea fallida %1</translation>
    </message>
    <message>
        <source>terminating failed task %1</source>
        <translation>terminando la tarea fallida %1</translation>
    </message>
    <message>
        <source>publishing the load signals</source>
        <translation>publicando las señales de carga</translation>
    </message>
    <message>
        <source>flushing the load signals</source>
        <translation>volcando las señales de carga</translation>
    </message>
    <message>
        <source>looking up the result of task %1</source>
        <translation>buscando el resultado de la tarea %1</translation>
    </message>
    <message>
        <source>recording the result of task %1</source>
        <translation>registrando el resultado de la tarea %1</translation>
    </message>
    <message>
        <source>reading the state of stream %1</source>
        <translation>leyendo el estado del stream %1</translation>
    </message>
    <message>
        <source>listing the workers of stream %1</source>
        <translation>listando los trabajadores del stream %1</translation>
    </message>
    <message>
        <source>reading the state of consumer %1</source>
        <translation>leyendo el estado del consumidor %1</translation>
    </message>
    <message>
        <source>reading task result %1</source>
        <translation>leyendo el resultado de tarea %1</translation>
    </message>
    <message>
        <source>emptying stream %1</source>
        <translation>vaciando el stream %1</translation>
    </message>
    <message>
        <source>The look at the task queues was cancelled.</source>
        <translation>Se canceló la consulta de las colas de tareas.</translation>
    </message>
    <message>
        <source>reading queued task %1</source>
        <translation>leyendo la tarea en cola %1</translation>
    </message>
</context>
<context>
    <name>sagascope::CategoryFilter</name>
    <message>
        <source>Show only the events of some categories. The store filters, so this works on any length.</source>
        <translation>Muestra solo los eventos de algunas categorías. Filtra el almacén, así que funciona con cualquier longitud.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Mostrar todos los eventos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
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
    <message>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The payload exactly as stored, at the schema it was written with.</source>
        <translation>La carga útil exactamente como se guardó, con el esquema con que se escribió.</translation>
    </message>
    <message>
        <source>Upcast</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>The payload brought to the newest schema by the upcasters, as readers see it.</source>
        <translation>La carga útil llevada al esquema más nuevo por los actualizadores, como la ven los lectores.</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3 → %4, upcast)</source>
        <translation>%1 (%2, esquema %3 → %4, actualizado)</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3 as stored; newest is %4)</source>
        <translation>%1 (%2, esquema %3 tal como se guardó; el más nuevo es %4)</translation>
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
    <message>
        <source>Cannot read the filtered history of %1</source>
        <translation>No se puede leer el historial filtrado de %1</translation>
    </message>
    <message>
        <source>Compare the state with version %1</source>
        <translation>Comparar el estado con la versión %1</translation>
    </message>
    <message>
        <source>Compare with the previous event again</source>
        <translation>Volver a comparar con el evento anterior</translation>
    </message>
</context>
<context>
    <name>sagascope::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>an NDJSON export or a Temporal workflow history (.json)</source>
        <translation>una exportación NDJSON o un historial de flujo de trabajo de Temporal (.json)</translation>
    </message>
    <message>
        <source>The saga stream a Temporal history is imported into. NDJSON lines name their own streams.</source>
        <translation>El flujo de saga al que se importa un historial de Temporal. Las líneas NDJSON nombran sus propios flujos.</translation>
    </message>
    <message>
        <source>Stop after the batch being written; what is stored stays, and importing the file again skips it.</source>
        <translation>Detener tras el lote que se está escribiendo; lo almacenado se queda, y al importar el archivo de nuevo se omite.</translation>
    </message>
    <message>
        <source>Events are appended to %1 in batches, one transaction each. Importing the same file again stores nothing new.</source>
        <translation>Los eventos se añaden a %1 por lotes, una transacción cada uno. Importar el mismo archivo de nuevo no almacena nada nuevo.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Temporal history into:</source>
        <translation>Historial de Temporal en:</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>de tipo desconocido</translation>
    </message>
    <message>
        <source>Stopped: %1
%2 events (%3 new) were stored before; importing the file again skips them.</source>
        <translation>Detenido: %1
Antes se almacenaron %2 eventos (%3 nuevos); al importar el archivo de nuevo se omiten.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 events (%2 new) were stored; importing the file again skips them and goes on.</source>
        <translation>Detenido: se almacenaron %1 eventos (%2 nuevos); al importar el archivo de nuevo se omiten y se continúa.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Event files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Archivos de eventos (*.ndjson *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 events stored (%2 new) from %3 streams…</source>
        <translation>%1 eventos almacenados (%2 nuevos) de %3 flujos…</translation>
    </message>
    <message>
        <source>Imported the Temporal history (workflow %1) into saga &quot;%2&quot;: %3 events, %4 new, %5 already stored, in %6.</source>
        <translation>Historial de Temporal (flujo de trabajo %1) importado en la saga «%2»: %3 eventos, %4 nuevos, %5 ya almacenados, en %6.</translation>
    </message>
    <message>
        <source>Imported %1 events of %2 streams: %3 new, %4 already stored, in %5.</source>
        <translation>Importados %1 eventos de %2 flujos: %3 nuevos, %4 ya almacenados, en %5.</translation>
    </message>
</context>
<context>
    <name>sagascope::InjectSignalDialog</name>
    <message>
        <source>Send signal</source>
        <translation>Enviar señal</translation>
    </message>
    <message>
        <source>Sending a signal writes to the signal stream on NATS, and sagas (and the ingester) act on it. SagaScope writes nothing while it is read-only: turn on Store ▸ Write mode first, then open this dialog again.</source>
        <translation>Enviar una señal escribe en el stream de señales de NATS, y las sagas (y el ingestor) actúan en consecuencia. SagaScope no escribe nada mientras está en solo lectura: active primero Almacén ▸ Modo de escritura y vuelva a abrir este diálogo.</translation>
    </message>
    <message>
        <source>e.g. approve</source>
        <translation>p. ej. approve</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <source>empty: a new one; the same id twice is sent once</source>
        <translation>vacío: uno nuevo; el mismo id dos veces se envía una sola vez</translation>
    </message>
    <message>
        <source>&amp;Saga id:</source>
        <translation>Id de la &amp;saga:</translation>
    </message>
    <message>
        <source>Signal &amp;name:</source>
        <translation>&amp;Nombre de la señal:</translation>
    </message>
    <message>
        <source>&amp;Payload (JSON object):</source>
        <translation>&amp;Contenido (objeto JSON):</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Ca&amp;beceras:</translation>
    </message>
    <message>
        <source>&amp;Event id:</source>
        <translation>Id del &amp;evento:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Valid JSON object.</source>
        <translation>Objeto JSON válido.</translation>
    </message>
    <message>
        <source>An event id is a UUID, like 3f2b8c1e-0d4a-4c5e-9a7b-2c1d0e9f8a76.</source>
        <translation>Un id de evento es un UUID, como 3f2b8c1e-0d4a-4c5e-9a7b-2c1d0e9f8a76.</translation>
    </message>
    <message>
        <source>Not connected to NATS: nothing can be sent now.</source>
        <translation>Sin conexión con NATS: ahora no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Already sent: JetStream had this event id (stream sequence %1 on %2); nothing new was stored.</source>
        <translation>Ya enviada: JetStream ya tenía este id de evento (secuencia %1 en %2); no se guardó nada nuevo.</translation>
    </message>
    <message>
        <source>Sent to %1, stream sequence %2.</source>
        <translation>Enviada a %1, secuencia %2 del stream.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
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
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>Saga</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Cannot search the history</source>
        <translation>No se puede buscar en el historial</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Almacén</translation>
    </message>
    <message>
        <source>&amp;Write mode</source>
        <translation>Modo de &amp;escritura</translation>
    </message>
    <message>
        <source>&amp;Time travel</source>
        <translation>Viaje en el &amp;tiempo</translation>
    </message>
    <message>
        <source>&amp;First event</source>
        <translation>&amp;Primer evento</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Evento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>Evento &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Last event</source>
        <translation>Ú&amp;ltimo evento</translation>
    </message>
    <message>
        <source>Previous fai&amp;lure</source>
        <translation>Fa&amp;llo anterior</translation>
    </message>
    <message>
        <source>Next f&amp;ailure</source>
        <translation>Fallo si&amp;guiente</translation>
    </message>
    <message>
        <source>Previous &amp;reset point</source>
        <translation>Punto de &amp;reinicio anterior</translation>
    </message>
    <message>
        <source>Next reset p&amp;oint</source>
        <translation>Punto de reinicio siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Compare with the selected event</source>
        <translation>&amp;Comparar con el evento seleccionado</translation>
    </message>
    <message>
        <source>Compare with the previous event &amp;again</source>
        <translation>Volver a comparar con el evento a&amp;nterior</translation>
    </message>
    <message>
        <source>Show the &amp;state</source>
        <translation>Mostrar el &amp;estado</translation>
    </message>
    <message>
        <source>Show the &amp;event</source>
        <translation>Mostrar el e&amp;vento</translation>
    </message>
    <message>
        <source>Looking for the next failure…</source>
        <translation>Buscando el siguiente fallo…</translation>
    </message>
    <message>
        <source>Looking for the previous failure…</source>
        <translation>Buscando el fallo anterior…</translation>
    </message>
    <message>
        <source>Looking for the next reset point…</source>
        <translation>Buscando el siguiente punto de reinicio…</translation>
    </message>
    <message>
        <source>Looking for the previous reset point…</source>
        <translation>Buscando el punto de reinicio anterior…</translation>
    </message>
    <message>
        <source>No failure after this event.</source>
        <translation>No hay ningún fallo después de este evento.</translation>
    </message>
    <message>
        <source>No failure before this event.</source>
        <translation>No hay ningún fallo antes de este evento.</translation>
    </message>
    <message>
        <source>No reset point after this event.</source>
        <translation>No hay ningún punto de reinicio después de este evento.</translation>
    </message>
    <message>
        <source>No reset point before this event.</source>
        <translation>No hay ningún punto de reinicio antes de este evento.</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>Modo de escritura</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>SagaScope may write to this store (Store ▸ Write mode).</source>
        <translation>SagaScope puede escribir en este almacén (Almacén ▸ Modo de escritura).</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Crear instantánea</translation>
    </message>
    <message>
        <source>Write a snapshot of %1 at version %2 to %3?</source>
        <translation>¿Escribir una instantánea de %1 en la versión %2 en %3?</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Temporizadores</translation>
    </message>
    <message>
        <source>Live: connecting…</source>
        <translation>En vivo: conectando…</translation>
    </message>
    <message>
        <source>Connecting to the store&apos;s feed of new events.</source>
        <translation>Conectando con la fuente de eventos nuevos del almacén.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>Events appended by anyone appear as they are committed.</source>
        <translation>Los eventos que añade cualquiera aparecen en cuanto se confirman.</translation>
    </message>
    <message>
        <source>○ Live updates lost</source>
        <translation>○ Actualizaciones en vivo perdidas</translation>
    </message>
    <message>
        <source>Live updates stopped; reconnecting, and catching up once connected</source>
        <translation>Actualizaciones en vivo detenidas; reconectando, y poniéndose al día una vez conectado</translation>
    </message>
    <message>
        <source>Cancel timer</source>
        <translation>Cancelar temporizador</translation>
    </message>
    <message>
        <source>Cancel timer %1 of %2, due at %3, in %4? It will never fire.</source>
        <translation>¿Cancelar el temporizador %1 de %2, que vence el %3, en %4? Nunca se disparará.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>S&amp;ignals</source>
        <translation>Se&amp;ñales</translation>
    </message>
    <message>
        <source>&amp;Send signal…</source>
        <translation>&amp;Enviar señal…</translation>
    </message>
    <message>
        <source>Publish a test signal to a saga (needs a NATS connection and write mode).</source>
        <translation>Publica una señal de prueba para una saga (requiere conexión con NATS y el modo escritura).</translation>
    </message>
    <message>
        <source>&amp;Record signals in the store</source>
        <translation>&amp;Registrar las señales en el almacén</translation>
    </message>
    <message>
        <source>Record every signal on NATS as a SignalReceived event on its saga&apos;s stream (needs a NATS connection and write mode).</source>
        <translation>Registra cada señal de NATS como un evento SignalReceived en el stream de su saga (requiere conexión con NATS y el modo escritura).</translation>
    </message>
    <message>
        <source>&amp;Connect to NATS again</source>
        <translation>&amp;Volver a conectar con NATS</translation>
    </message>
    <message>
        <source>Show the si&amp;gnals</source>
        <translation>Mostrar las se&amp;ñales</translation>
    </message>
    <message>
        <source>NATS: off</source>
        <translation>NATS: desactivado</translation>
    </message>
    <message>
        <source>Not connected to NATS; start SagaScope with --nats URL to watch signals.</source>
        <translation>Sin conexión con NATS; inicie SagaScope con --nats URL para observar las señales.</translation>
    </message>
    <message>
        <source>NATS: connecting…</source>
        <translation>NATS: conectando…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Conectando con %1.</translation>
    </message>
    <message>
        <source>NATS: connected</source>
        <translation>NATS: conectado</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <source>NATS: reconnecting…</source>
        <translation>NATS: reconectando…</translation>
    </message>
    <message>
        <source>NATS: unavailable</source>
        <translation>NATS: no disponible</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Show the tas&amp;k queues</source>
        <translation>Mostrar las colas de &amp;tareas</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>&amp;Importar eventos…</translation>
    </message>
    <message>
        <source>Import an NDJSON export or a Temporal workflow history into this store.</source>
        <translation>Importar una exportación NDJSON o un historial de flujo de trabajo de Temporal en este almacén.</translation>
    </message>
    <message>
        <source>Importing writes to the store: switch on Store ▸ Write mode first.</source>
        <translation>Importar escribe en el almacén: active primero Almacén ▸ Modo de escritura.</translation>
    </message>
    <message>
        <source>Importing: %1 events stored</source>
        <translation>Importando: %1 eventos almacenados</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <source>Allow SagaScope to write to this store (import events; create snapshots; schedule, cancel and fire timers). Off: nothing is ever written.</source>
        <translation>Permite que SagaScope escriba en este almacén (importar eventos; crear instantáneas; programar, cancelar y disparar temporizadores). Desactivado: nunca se escribe nada.</translation>
    </message>
    <message>
        <source>Allow SagaScope to write to %1?

In write mode you can import events, create snapshots and schedule, cancel and fire timers. The store is opened again for writing, which may also apply pending schema migrations.</source>
        <translation>¿Permitir que SagaScope escriba en %1?

En modo de escritura puedes importar eventos, crear instantáneas y programar, cancelar y disparar temporizadores. El almacén se vuelve a abrir para escribir, lo que también puede aplicar migraciones de esquema pendientes.</translation>
    </message>
    <message>
        <source>Nothing is written to this store. Store ▸ Write mode allows imports, snapshots and timers.</source>
        <translation>No se escribe nada en este almacén. Almacén ▸ Modo de escritura permite importar, crear instantáneas y temporizadores.</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>Open another store, or a saved connection profile.</source>
        <translation>Abre otro almacén o un perfil de conexión guardado.</translation>
    </message>
</context>
<context>
    <name>sagascope::NatsStateLabel</name>
    <message>
        <source>NATS: not connected</source>
        <translation>NATS: sin conexión</translation>
    </message>
    <message>
        <source>NATS: connecting to %1…</source>
        <translation>NATS: conectando con %1…</translation>
    </message>
    <message>
        <source>NATS: connected to %1</source>
        <translation>NATS: conectado a %1</translation>
    </message>
    <message>
        <source>NATS: connection lost, reconnecting to %1…</source>
        <translation>NATS: conexión perdida, reconectando con %1…</translation>
    </message>
    <message>
        <source>NATS unavailable: %1</source>
        <translation>NATS no disponible: %1</translation>
    </message>
</context>
<context>
    <name>sagascope::OpenStoreDialog</name>
    <message>
        <source>Open store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation>p. ej. staging</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, sqlite:/path/file.db or memory:</source>
        <translation>postgresql://usuario@host:5432/basededatos, sqlite:/ruta/archivo.db o memory:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Open for &amp;writing (import, snapshots, timers, recorded signals)</source>
        <translation>Abrir para &amp;escribir (importar, instantáneas, temporizadores, señales registradas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation>&amp;URL del almacén:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Borrar perfil</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation>Perfiles guardados:</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Leyendo la contraseña del llavero del sistema…</translation>
    </message>
    <message>
        <source>The password comes from the system keychain.</source>
        <translation>La contraseña viene del llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 Type the password.</source>
        <translation>%1 Escriba la contraseña.</translation>
    </message>
    <message>
        <source>SQLite store file</source>
        <translation>Archivo de almacén SQLite</translation>
    </message>
    <message>
        <source>SagaScope stores (*.sagascope *.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de SagaScope (*.sagascope *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the password is asked for each time.</source>
        <translation>Perfil «%1» guardado; la contraseña se pide cada vez.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, its password in the system keychain.</source>
        <translation>Perfil «%1» guardado, con su contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved, but not its password: %2 The password is asked for each time.</source>
        <translation>Perfil «%1» guardado, pero no su contraseña: %2 La contraseña se pide cada vez.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Perfil «%1» borrado.</translation>
    </message>
    <message>
        <source>The system keychain holds no password for this profile yet: type it, and Save profile keeps it there.</source>
        <translation>El llavero del sistema aún no guarda ninguna contraseña para este perfil: escríbala y Guardar perfil la guardará allí.</translation>
    </message>
</context>
<context>
    <name>sagascope::SagaItemsModel</name>
    <message>
        <source>fires after %1</source>
        <translation>vence tras %1</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Activity id</source>
        <translation>Id. de actividad</translation>
    </message>
    <message>
        <source>Timer id</source>
        <translation>Id. de temporizador</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>Id. de flujo de trabajo</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Workflow type</source>
        <translation>Tipo de flujo de trabajo</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Fired or cancelled</source>
        <translation>Vencimiento o cancelación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result or failure</source>
        <translation>Resultado o fallo</translation>
    </message>
</context>
<context>
    <name>sagascope::SagaView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Local activity</source>
        <translation>Actividad local</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Child workflow</source>
        <translation>Flujo de trabajo hijo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Zoom out (−, or Ctrl+wheel)</source>
        <translation>Alejar (−, o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>Acercar (+, o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit rows</source>
        <translation>Ajustar filas</translation>
    </message>
    <message>
        <source>Fit the time axis to the rows in view, and keep doing so while scrolling (F)</source>
        <translation>Ajusta el eje de tiempo a las filas visibles y lo sigue haciendo al desplazarse (F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show the whole saga (0)</source>
        <translation>Muestra la saga entera (0)</translation>
    </message>
    <message>
        <source>Select an event of a saga to see its activities, timers, child workflows and signals.</source>
        <translation>Selecciona un evento de una saga para ver sus actividades, temporizadores, flujos de trabajo hijos y señales.</translation>
    </message>
    <message>
        <source>This stream is folded by the %1 reducer; the saga view shows saga streams.</source>
        <translation>Este flujo se pliega con el reductor %1; la vista de saga muestra flujos de tipo saga.</translation>
    </message>
    <message>
        <source>Workflow %1 at version %2: %3 activities (%4 open), %5 timers (%6 pending), %7 child workflows, %8 signals.</source>
        <translation>Flujo de trabajo %1 en la versión %2: %3 actividades (%4 abiertas), %5 temporizadores (%6 pendientes), %7 flujos de trabajo hijos, %8 señales.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Actividades (%1)</translation>
    </message>
    <message>
        <source>Timers (%1)</source>
        <translation>Temporizadores (%1)</translation>
    </message>
    <message>
        <source>Child workflows (%1)</source>
        <translation>Flujos hijos (%1)</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>Señales (%1)</translation>
    </message>
</context>
<context>
    <name>sagascope::ScheduleTimerDialog</name>
    <message>
        <source>Schedule timer</source>
        <translation>Programar temporizador</translation>
    </message>
    <message>
        <source>unique in the store, e.g. %1/reminder</source>
        <translation>único en el almacén, p. ej. %1/recordatorio</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>flujo</translation>
    </message>
    <message>
        <source>The stream the TimerFired event is appended to when the timer fires.</source>
        <translation>El flujo al que se añade el evento TimerFired cuando el temporizador se dispara.</translation>
    </message>
    <message>
        <source>Local time. A time in the past makes the timer due at once.</source>
        <translation>Hora local. Una hora pasada hace que el temporizador venza de inmediato.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Timer id:</source>
        <translation>Id del temporizador:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Flujo:</translation>
    </message>
    <message>
        <source>Fires at:</source>
        <translation>Se dispara el:</translation>
    </message>
    <message>
        <source>Payload (JSON object):</source>
        <translation>Carga útil (objeto JSON):</translation>
    </message>
    <message>
        <source>Choose a fire time after 1970-01-01.</source>
        <translation>Elige una hora de disparo posterior a 1970-01-01.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, like {&quot;reason&quot;: &quot;reminder&quot;}.</source>
        <translation>La carga útil debe ser un objeto JSON, como {&quot;reason&quot;: &quot;reminder&quot;}.</translation>
    </message>
</context>
<context>
    <name>sagascope::SignalRateChart</name>
    <message>
        <source>Messages per second, last minute</source>
        <translation>Mensajes por segundo, último minuto</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>sagascope::SignalsView</name>
    <message>
        <source>Connect again</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Desde ahora</translation>
    </message>
    <message>
        <source>From the beginning</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Where the table starts in the signal stream; changing it starts over.</source>
        <translation>Dónde empieza la tabla en el stream de señales; al cambiarlo se empieza de nuevo.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hold new signals without showing them (up to the table&apos;s window); resume shows them.</source>
        <translation>Retiene las señales nuevas sin mostrarlas (hasta el tamaño de la ventana de la tabla); al reanudar se muestran.</translation>
    </message>
    <message>
        <source>Filter by subject</source>
        <translation>Filtrar por asunto</translation>
    </message>
    <message>
        <source>Filter by text (saga, signal, headers, payload)</source>
        <translation>Filtrar por texto (saga, señal, cabeceras, contenido)</translation>
    </message>
    <message>
        <source>Cannot watch the signal stream</source>
        <translation>No se puede observar el stream de señales</translation>
    </message>
    <message>
        <source>Signals are not recorded in the store</source>
        <translation>Las señales no se registran en el almacén</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 de %2 filas coinciden</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidas</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 malformed</source>
        <translation>%1 mal formadas</translation>
    </message>
    <message>
        <source>%1 older ones left the window of %2</source>
        <translation>%1 más antiguas salieron de la ventana de %2</translation>
    </message>
    <message>
        <source>paused: %1 held</source>
        <translation>en pausa: %1 retenidas</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Recording in the store: %1 recorded, %2 malformed skipped</source>
        <translation>Registrando en el almacén: %1 registradas, %2 mal formadas omitidas</translation>
    </message>
</context>
<context>
    <name>sagascope::SnapshotListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>matches replay</source>
        <translation>coincide con la reproducción</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>difiere: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Reducer</source>
        <translation>Reductor</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
</context>
<context>
    <name>sagascope::SnapshotsView</name>
    <message>
        <source>Verify stream</source>
        <translation>Verificar flujo</translation>
    </message>
    <message>
        <source>Recompute the stream&apos;s fingerprint chain and check every snapshot against a replay.</source>
        <translation>Recalcula la cadena de huellas del flujo y compara cada instantánea con una reproducción.</translation>
    </message>
    <message>
        <source>Verifying %1: reading every event and replaying it…</source>
        <translation>Verificando %1: leyendo cada evento y reproduciéndolo…</translation>
    </message>
    <message>
        <source>No snapshots of this stream.</source>
        <translation>Este flujo no tiene instantáneas.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n instantánea.</numerusform>
            <numerusform>%n instantáneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the snapshots</source>
        <translation>No se pueden leer las instantáneas</translation>
    </message>
    <message>
        <source>Snapshot taken at version %1.</source>
        <translation>Instantánea tomada en la versión %1.</translation>
    </message>
    <message>
        <source>Create snapshot at version %1…</source>
        <translation>Crear instantánea en la versión %1…</translation>
    </message>
    <message>
        <source>Create snapshot…</source>
        <translation>Crear instantánea…</translation>
    </message>
    <message>
        <source>Store the state after the selected event as a snapshot.</source>
        <translation>Guarda como instantánea el estado después del evento seleccionado.</translation>
    </message>
    <message>
        <source>The store is open read-only. Turn on Store ▸ Write mode to create snapshots.</source>
        <translation>El almacén está abierto en solo lectura. Activa Almacén ▸ Modo de escritura para crear instantáneas.</translation>
    </message>
    <message>
        <source>OK: the fingerprints of all %1 events match, and %2 of %3 snapshots match replay.</source>
        <translation>Correcto: las huellas de los %1 eventos coinciden, y %2 de %3 instantáneas coinciden con la reproducción.</translation>
    </message>
    <message>
        <source>The first bad event is version %1: %2</source>
        <translation>El primer evento erróneo es la versión %1: %2</translation>
    </message>
    <message>
        <source>The events are intact, but the snapshot at version %1 does not match replay: %2</source>
        <translation>Los eventos están intactos, pero la instantánea de la versión %1 no coincide con la reproducción: %2</translation>
    </message>
    <message>
        <source>The snapshot at version %1 could not be read (%2). The replayed state:</source>
        <translation>No se pudo leer la instantánea de la versión %1 (%2). El estado reproducido:</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot at version %1 against replay: %n difference(s). Highlighted values are the replay&apos;s; the tool tips show the snapshot&apos;s.</source>
        <translation>
            <numerusform>La instantánea de la versión %1 frente a la reproducción: %n diferencia. Los valores resaltados son los de la reproducción; las descripciones emergentes muestran los de la instantánea.</numerusform>
            <numerusform>La instantánea de la versión %1 frente a la reproducción: %n diferencias. Los valores resaltados son los de la reproducción; las descripciones emergentes muestran los de la instantánea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagascope::StateTreeModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) inside</source>
        <translation>
            <numerusform>%n cambio dentro</numerusform>
            <numerusform>%n cambios dentro</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>Removed; it was: %1</source>
        <translation>Eliminado; era: %1</translation>
    </message>
    <message>
        <source>Changed; it was: %1</source>
        <translation>Cambiado; era: %1</translation>
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
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>sagascope::StateView</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Select an event to see the stream&apos;s state after it.</source>
        <translation>Selecciona un evento para ver el estado del flujo después de él.</translation>
    </message>
    <message>
        <source>Computing the state after version %1…</source>
        <translation>Calculando el estado después de la versión %1…</translation>
    </message>
    <message>
        <source>Cannot compute the state after version %1</source>
        <translation>No se puede calcular el estado después de la versión %1</translation>
    </message>
    <message>
        <source>State before the first event · reducer %1</source>
        <translation>Estado antes del primer evento · reductor %1</translation>
    </message>
    <message>
        <source>State after version %1 · reducer %2</source>
        <translation>Estado después de la versión %1 · reductor %2</translation>
    </message>
    <message>
        <source>The initial state.</source>
        <translation>El estado inicial.</translation>
    </message>
    <message>
        <source>Nothing changed since the pinned version %1.</source>
        <translation>Nada ha cambiado desde la versión fijada %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pinned version %1.</source>
        <translation>
            <numerusform>%n cambio desde la versión fijada %1.</numerusform>
            <numerusform>%n cambios desde la versión fijada %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This event changed nothing in the state.</source>
        <translation>Este evento no cambió nada en el estado.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by this event.</source>
        <translation>
            <numerusform>%n cambio hecho por este evento.</numerusform>
            <numerusform>%n cambios hechos por este evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed in %1: folding %2, the reducer&apos;s JSON documents %3, comparing them %4, the saga&apos;s items %5.</source>
        <translation>Calculado en %1: plegado %2, documentos JSON del reductor %3, su comparación %4, elementos de la saga %5.</translation>
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
<context>
    <name>sagascope::TaskLiveModel</name>
    <message>
        <source>with a worker</source>
        <translation>con un trabajador</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>With a worker: handed out and not settled (being worked on, or failed and waiting for its retry). Waiting: no worker has had it yet.</source>
        <translation>Con un trabajador: entregada y sin resolver (en proceso, o fallida y esperando su reintento). En espera: ningún trabajador la ha tenido aún.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>sagascope::TaskQueueModel</name>
    <message>
        <source>No worker has taken a task from this queue yet.</source>
        <translation>Ningún trabajador ha tomado todavía una tarea de esta cola.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>Tasks in the queue: held by a worker or not handed out yet</source>
        <translation>Tareas en la cola: en manos de un trabajador o aún no entregadas</translation>
    </message>
    <message>
        <source>Tasks handed to a worker and not settled yet, failed ones waiting for their retry included</source>
        <translation>Tareas entregadas a un trabajador y aún no resueltas, incluidas las fallidas que esperan su reintento</translation>
    </message>
    <message>
        <source>Tasks no worker has been given yet</source>
        <translation>Tareas que aún no se han entregado a ningún trabajador</translation>
    </message>
    <message>
        <source>Held tasks that were handed out before: after a failure or a worker that went away</source>
        <translation>Tareas en curso que ya se entregaron antes: tras un fallo o un trabajador que desapareció</translation>
    </message>
    <message>
        <source>Workers waiting for a task right now</source>
        <translation>Trabajadores esperando una tarea en este momento</translation>
    </message>
    <message>
        <source>Tasks that failed on every attempt, kept in the dead-letter stream</source>
        <translation>Tareas que fallaron en todos los intentos, guardadas en el stream de mensajes fallidos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>Sin entregar</translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation>Reentregadas</translation>
    </message>
    <message>
        <source>Idle workers</source>
        <translation>Trabajadores libres</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>Fallidas definitivamente</translation>
    </message>
</context>
<context>
    <name>sagascope::TaskResultModel</name>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>sagascope::TaskWorkerModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Tasks this worker settled on a second or later attempt</source>
        <translation>Tareas que este trabajador resolvió en un segundo intento o posterior</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>After a retry</source>
        <translation>Tras un reintento</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
</context>
<context>
    <name>sagascope::TasksView</name>
    <message>
        <source>Settled lately</source>
        <translation>Resueltas recientemente</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Cannot read the task queues</source>
        <translation>No se pueden leer las colas de tareas</translation>
    </message>
    <message>
        <source>No task queue yet: tasks published with &quot;sagascope-cli tasks publish QUEUE&quot; appear here.</source>
        <translation>Aún no hay colas de tareas: las tareas publicadas con «sagascope-cli tasks publish COLA» aparecen aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s), %1 waiting, %2 in progress · read at %3</source>
        <translation>
            <numerusform>%n cola, %1 en espera, %2 en curso · leído a las %3</numerusform>
            <numerusform>%n colas, %1 en espera, %2 en curso · leído a las %3</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 older results not shown</source>
        <translation> · %1 resultados más antiguos no se muestran</translation>
    </message>
    <message>
        <source>Still in the queues</source>
        <translation>Aún en las colas</translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelBar</name>
    <message>
        <source>✓ Checkpoints</source>
        <translation>✓ Puntos de control</translation>
    </message>
    <message>
        <source>Drag to travel through the stream&apos;s history; the state follows.</source>
        <translation>Arrastra para viajar por el historial del flujo; el estado lo sigue.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Changes are shown against this pinned event. Click to unpin.</source>
        <translation>Los cambios se muestran respecto a este evento fijado. Pulsa para soltarlo.</translation>
    </message>
    <message>
        <source>Checkpoints %p%</source>
        <translation>Puntos de control %p%</translation>
    </message>
    <message>
        <source>Replaying the stream once in the background, so that any state is quick to show.</source>
        <translation>Reproduciendo el flujo una vez en segundo plano, para que cualquier estado se muestre rápido.</translation>
    </message>
    <message>
        <source>First event (Ctrl+Home)</source>
        <translation>Primer evento (Ctrl+Inicio)</translation>
    </message>
    <message>
        <source>Previous failure (Shift+F8)</source>
        <translation>Fallo anterior (Mayús+F8)</translation>
    </message>
    <message>
        <source>Previous reset point (Shift+F9)</source>
        <translation>Punto de reinicio anterior (Mayús+F9)</translation>
    </message>
    <message>
        <source>Previous event (Alt+Left)</source>
        <translation>Evento anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next event (Alt+Right)</source>
        <translation>Evento siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next failure (F8)</source>
        <translation>Fallo siguiente (F8)</translation>
    </message>
    <message>
        <source>Next reset point (F9)</source>
        <translation>Punto de reinicio siguiente (F9)</translation>
    </message>
    <message>
        <source>Last event (Ctrl+End)</source>
        <translation>Último evento (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>⚑ Compared with version %1 ✕</source>
        <translation>⚑ Comparado con la versión %1 ✕</translation>
    </message>
    <message>
        <source>The stream was replayed once in %1; any state is now at most a checkpoint away.</source>
        <translation>El flujo se reprodujo una vez en %1; cualquier estado está ahora como mucho a un punto de control.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Ningún evento seleccionado</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>Ningún flujo</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versión %1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelMeasurement</name>
    <message>
        <source>stream %1: %2 events</source>
        <translation>flujo %1: %2 eventos</translation>
    </message>
    <message>
        <source>checkpoints built in %1 ms</source>
        <translation>puntos de control construidos en %1 ms</translation>
    </message>
    <message>
        <source>%1 random selections, selection to state tree painted: p50 %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms</source>
        <translation>%1 selecciones al azar, de la selección al árbol de estado pintado: p50 %2 ms, p90 %3 ms, p99 %4 ms, máx. %5 ms</translation>
    </message>
    <message>
        <source>p50 %1 ms, p99 %2 ms</source>
        <translation>p50 %1 ms, p99 %2 ms</translation>
    </message>
    <message>
        <source>worker: %1; folding %2; documents (toJson) %3; changes %4; saga items %5</source>
        <translation>hilo de trabajo: %1; plegado %2; documentos (toJson) %3; cambios %4; elementos de la saga %5</translation>
    </message>
    <message>
        <source>timeline of %1 rows: %2 ms per paint, %3 bars painted, %4 rows in view</source>
        <translation>cronología de %1 filas: %2 ms por pintado, %3 barras pintadas, %4 filas visibles</translation>
    </message>
</context>
<context>
    <name>sagascope::TimeTravelSession</name>
    <message>
        <source>Stream %1 has no version %2.</source>
        <translation>El flujo %1 no tiene la versión %2.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>No stream is open.</source>
        <translation>No hay ningún flujo abierto.</translation>
    </message>
</context>
<context>
    <name>sagascope::TimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Timer %1</source>
        <translation>Temporizador %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>Created %1 (event %2)</source>
        <translation>Creado %1 (evento %2)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado %1</translation>
    </message>
    <message>
        <source>Closed %1, after %2</source>
        <translation>Cerrado %1, tras %2</translation>
    </message>
    <message>
        <source>Still open at the selected event</source>
        <translation>Aún abierto en el evento seleccionado</translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation>Fallo: %1</translation>
    </message>
</context>
<context>
    <name>sagascope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>No activities, timers or child workflows at this point.</source>
        <translation>No hay actividades, temporizadores ni flujos de trabajo hijos en este punto.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sagascope::TimerListModel</name>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Overdue: due at %1 and not fired yet. It fires when a process fires due timers (Fire due now, or sagascope-cli timers fire-due).</source>
        <translation>Vencido: vencía el %1 y aún no se ha disparado. Se dispara cuando un proceso dispara los temporizadores vencidos (Disparar vencidos ahora, o sagascope-cli timers fire-due).</translation>
    </message>
    <message>
        <source>Due at %1.</source>
        <translation>Vence el %1.</translation>
    </message>
    <message>
        <source>Double-click to open the stream %1.</source>
        <translation>Doble clic para abrir el flujo %1.</translation>
    </message>
    <message>
        <source>Scheduled at %1.</source>
        <translation>Programado el %1.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation>Se dispara el</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>sagascope::TimersView</name>
    <message>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <source>Cancel timer</source>
        <translation>Cancelar temporizador</translation>
    </message>
    <message>
        <source>Fire due now</source>
        <translation>Disparar vencidos ahora</translation>
    </message>
    <message>
        <source>This stream</source>
        <translation>Este flujo</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Todos los flujos</translation>
    </message>
    <message>
        <source>List the timers of the selected stream, or the pending timers of every stream.</source>
        <translation>Lista los temporizadores del flujo seleccionado, o los temporizadores pendientes de todos los flujos.</translation>
    </message>
    <message>
        <source>Firing due timers…</source>
        <translation>Disparando los temporizadores vencidos…</translation>
    </message>
    <message>
        <source>Cannot read the timers</source>
        <translation>No se pueden leer los temporizadores</translation>
    </message>
    <message>
        <source>Timer %1 was already scheduled; nothing changed.</source>
        <translation>El temporizador %1 ya estaba programado; no cambió nada.</translation>
    </message>
    <message>
        <source>Timer %1 scheduled for %2 at %3.</source>
        <translation>Temporizador %1 programado para %2 el %3.</translation>
    </message>
    <message>
        <source>Timer %1 cancelled.</source>
        <translation>Temporizador %1 cancelado.</translation>
    </message>
    <message>
        <source>No timer was due.</source>
        <translation>Ningún temporizador había vencido.</translation>
    </message>
    <message numerus="yes">
        <source>%n due timer(s) fired.</source>
        <translation>
            <numerusform>%n temporizador vencido disparado.</numerusform>
            <numerusform>%n temporizadores vencidos disparados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is open read-only. Turn on Store ▸ Write mode to schedule, cancel or fire timers.</source>
        <translation>El almacén está abierto en solo lectura. Activa Almacén ▸ Modo de escritura para programar, cancelar o disparar temporizadores.</translation>
    </message>
    <message>
        <source>Schedule a durable timer that appends TimerFired to its stream when it fires.</source>
        <translation>Programa un temporizador duradero que añade TimerFired a su flujo cuando se dispara.</translation>
    </message>
    <message>
        <source>Cancel the selected timer: it never fires.</source>
        <translation>Cancela el temporizador seleccionado: nunca se disparará.</translation>
    </message>
    <message>
        <source>Fire every timer that is due now, once: each appends TimerFired to its stream.</source>
        <translation>Dispara una vez cada temporizador vencido: cada uno añade TimerFired a su flujo.</translation>
    </message>
    <message>
        <source>Select a stream to see its timers, or list all streams.</source>
        <translation>Selecciona un flujo para ver sus temporizadores, o lista todos los flujos.</translation>
    </message>
    <message>
        <source>Loading timers…</source>
        <translation>Cargando temporizadores…</translation>
    </message>
    <message>
        <source>No pending timers for %1.</source>
        <translation>No hay temporizadores pendientes para %1.</translation>
    </message>
    <message>
        <source>No pending timers.</source>
        <translation>No hay temporizadores pendientes.</translation>
    </message>
    <message>
        <source>Showing the first %1 pending timers by fire time; more exist.</source>
        <translation>Se muestran los primeros %1 temporizadores pendientes por hora de disparo; hay más.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending timer(s).</source>
        <translation>
            <numerusform>%n temporizador pendiente.</numerusform>
            <numerusform>%n temporizadores pendientes.</numerusform>
        </translation>
    </message>
</context>
</TS>
