// SPDX-License-Identifier: MIT
// export, import and history --upcast as a user runs them: an export imported into a fresh store
// exports the same bytes, the real Temporal histories in tests/fixtures import as completed
// sagas, and malformed input is refused with the line or event named and nothing of it stored.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace sagascope;
using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList temporalFixtures()
{
    return QDir(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES)).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
}

QString plainTemporalType(const QString& t)
{
    if (!t.startsWith(u"EVENT_TYPE_"_s))
        return t;
    QString out;
    for (const QString& w : t.mid(11).split(u'_'))
        out += w.left(1) + w.mid(1).toLower();
    return out;
}

QList<QByteArray> linesOfStream(const QList<QByteArray>& lines, const QString& streamId)
{
    QList<QByteArray> out;
    const QByteArray prefix = "{\"stream_id\":\"" + streamId.toUtf8() + "\",";
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix))
            out.append(line);
    }
    return out;
}

// Three events of one stream as an export writes them, with times long past.
QByteArray handWrittenExport()
{
    return "{\"stream_id\":\"acct-1\",\"version\":1,\"position\":7,\"event_id\":\"11111111-2222-4333-8444-"
           "000000000001\","
           "\"type\":\"Opened\",\"stream_type\":\"account\",\"schema_version\":1,"
           "\"recorded_at\":\"2019-05-01T10:00:00.123456Z\",\"payload\":{\"id\":12345678901234567890,\"rate\":1.0},"
           "\"metadata\":{\"correlation_id\":\"c-1\"}}\n"
           "\n" // blank lines are skipped
           "{\"stream_id\":\"acct-1\",\"version\":2,\"position\":8,\"event_id\":\"11111111-2222-4333-8444-"
           "000000000002\","
           "\"type\":\"Deposited\",\"stream_type\":\"account\",\"schema_version\":3,"
           "\"recorded_at\":\"2019-05-02T10:00:00.000001Z\",\"payload\":{\"cents\":100},\"metadata\":{}}\n"
           "{\"stream_id\":\"acct-1\",\"version\":3,\"position\":9,\"event_id\":\"11111111-2222-4333-8444-"
           "000000000003\","
           "\"type\":\"Deposited\",\"stream_type\":\"account\",\"schema_version\":3,"
           "\"recorded_at\":\"2019-05-03T10:00:00Z\",\"payload\":{\"cents\":250},\"metadata\":{}}\n";
}

} // namespace

class TestCliImportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // An export imported into a fresh store exports the very same bytes: ids, versions, positions,
    // recorded times, payloads and fingerprints. Importing it again stores nothing.
    void exportImportRoundTrip_data() { addStoreKinds(); }
    void exportImportRoundTrip()
    {
        FRESH_CLI_STORE(source);
        const CliStore target = makeCliStore(source.kind);
        QVERIFY2(target.error.isEmpty(), qPrintable(target.error));
        CliEnvironment env;
        QTemporaryDir files;
        const CliRun demo = env.run({ u"--store"_s, source.url, u"demo"_s, u"--streams"_s, u"12"_s,
            u"--long-stream-events"_s, u"1500"_s, u"--batch-events"_s, u"700"_s });
        QVERIFY2(demo.exitCode == 0, demo.describe().constData());
        // Some events written by hand too, recorded by the store's clock.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(env.run({ u"--store"_s, source.url, u"append"_s, u"order-0001"_s, u"--type"_s, u"OrderNoted"_s,
                                 u"--data"_s, u"{\"n\":%1,\"big\":18446744073709551615}"_s.arg(i) })
                         .exitCode,
                0);

        const QString exported = files.filePath(u"all.ndjson"_s);
        const CliRun out = env.run({ u"--store"_s, source.url, u"export"_s, u"--output"_s, exported });
        QVERIFY2(out.exitCode == 0, out.describe().constData());
        const QByteArray first = readFile(exported);
        QCOMPARE(first.count('\n'), first.split('\n').size() - 1);
        QVERIFY2(out.outText().contains(u"Exported %1 events"_s.arg(first.count('\n'))), out.describe().constData());
        QVERIFY(first.count('\n') > 1500);
        QVERIFY(first.contains("\"fingerprint\":\""));
        // To stdout: the same bytes.
        const CliRun toStdout = env.run({ u"--store"_s, source.url, u"export"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, first);

        const CliRun in = env.run({ u"--store"_s, target.url, u"import"_s, exported });
        QVERIFY2(in.exitCode == 0, in.describe().constData());
        QVERIFY2(in.outText().contains(u"Imported %1 events of 13 streams"_s.arg(first.count('\n'))),
            in.describe().constData());
        QVERIFY2(
            in.outText().contains(u"%1 new, 0 already stored"_s.arg(first.count('\n'))), in.describe().constData());
        const CliRun again = env.run({ u"--store"_s, target.url, u"export"_s });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out == first, "the export of the imported store differs from the original export");

        // Histories, fingerprints included, are the same line for line, and they verify.
        for (const QString& stream : { u"order-0001"_s, u"saga-checkout-0003"_s, u"saga-long-0001"_s }) {
            const QStringList args { u"history"_s, stream, u"--format"_s, u"ndjson"_s };
            const CliRun a = env.run(QStringList { u"--store"_s, source.url } + args);
            const CliRun b = env.run(QStringList { u"--store"_s, target.url } + args);
            QCOMPARE(a.exitCode, 0);
            QCOMPARE(b.out, a.out);
            QCOMPARE(a.outLines(), linesOfStream(toStdout.outLines(), stream));
            // A one-stream export is that stream's history.
            const CliRun single = env.run({ u"--store"_s, source.url, u"export"_s, stream });
            QCOMPARE(single.out, a.out);
        }
        const CliRun verify = env.run({ u"--store"_s, target.url, u"verify"_s, u"--all"_s });
        QVERIFY2(verify.exitCode == 0, verify.describe().constData());

        // A second import, here through stdin and in other batch sizes, recognises everything.
        const CliRun twice
            = env.runWithInput({ u"--store"_s, target.url, u"import"_s, u"-"_s, u"--batch-events"_s, u"333"_s }, first);
        QVERIFY2(twice.exitCode == 0, twice.describe().constData());
        QVERIFY2(twice.outText().contains(u"0 new, %1 already stored"_s.arg(first.count('\n'))),
            twice.describe().constData());
        QCOMPARE(env.run({ u"--store"_s, target.url, u"export"_s }).out, first);
    }

    // Hand-written lines keep their versions, ids, exact numbers and recorded times; a stream
    // continues where the store has it; conflicts and gaps are refused with the line named.
    void importKeepsWhatTheLinesSay_data() { addStoreKinds(); }
    void importKeepsWhatTheLinesSay()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        QTemporaryDir files;
        const QList<QByteArray> lines = handWrittenExport().split('\n');
        const QString firstTwo = writeFile(files, u"first.ndjson"_s, lines.mid(0, 3).join('\n') + '\n');
        const QString all = writeFile(files, u"all.ndjson"_s, handWrittenExport());
        const CliRun in = env.run({ u"--store"_s, store.url, u"import"_s, firstTwo });
        QVERIFY2(in.exitCode == 0, in.describe().constData());
        // The whole file continues the stream at version 3.
        const CliRun rest = env.run({ u"--store"_s, store.url, u"import"_s, all, u"--format"_s, u"ndjson"_s });
        QVERIFY2(rest.exitCode == 0, rest.describe().constData());
        QVERIFY2(rest.outText().contains(u"1 new, 2 already stored"_s), rest.describe().constData());

        const CliRun history
            = env.run({ u"--store"_s, store.url, u"history"_s, u"acct-1"_s, u"--format"_s, u"ndjson"_s });
        const QList<QJsonObject> events = history.ndjson();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].value(u"recorded_at"_s).toString(), u"2019-05-01T10:00:00.123456Z"_s);
        QCOMPARE(events[1].value(u"recorded_at"_s).toString(), u"2019-05-02T10:00:00.000001Z"_s);
        QCOMPARE(events[2].value(u"recorded_at"_s).toString(), u"2019-05-03T10:00:00.000000Z"_s);
        QCOMPARE(events[0].value(u"event_id"_s).toString(), u"11111111-2222-4333-8444-000000000001"_s);
        QCOMPARE(events[1].value(u"schema_version"_s).toInt(), 3);
        QCOMPARE(events[2].value(u"stream_type"_s).toString(), u"account"_s);
        QVERIFY(history.outLines().first().contains("\"payload\":{\"id\":12345678901234567890,\"rate\":1.0}"));
        const CliRun streams = env.run({ u"--store"_s, store.url, u"streams"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(streams.ndjson().first().value(u"created_at"_s).toString(), u"2019-05-01T10:00:00.123456Z"_s);
        QCOMPARE(streams.ndjson().first().value(u"updated_at"_s).toString(), u"2019-05-03T10:00:00.000000Z"_s);

        // Another event at a version the store already holds: a conflict naming the line.
        QByteArray other = lines.at(3);
        other.replace("000000000003", "0000000000ff");
        const QString conflicting = writeFile(files, u"conflict.ndjson"_s, lines.at(2) + '\n' + other + '\n');
        const CliRun conflict = env.run({ u"--store"_s, store.url, u"import"_s, conflicting });
        QCOMPARE(conflict.exitCode, 3);
        QVERIFY2(conflict.oneSentenceError(), conflict.describe().constData());
        QVERIFY2(conflict.errText().contains(u"Line 2"_s) && conflict.errText().contains(u"acct-1"_s),
            conflict.describe().constData());
        // A stream starting past the store's end: a conflict too.
        QByteArray later = lines.at(3);
        later.replace("acct-1", "acct-2");
        const CliRun gap
            = env.run({ u"--store"_s, store.url, u"import"_s, writeFile(files, u"gap.ndjson"_s, later + '\n') });
        QCOMPARE(gap.exitCode, 3);
        QVERIFY2(
            gap.errText().contains(u"Line 1"_s) && gap.errText().contains(u"version 3"_s), gap.describe().constData());
        // Versions of a stream that skip one inside the file.
        QByteArray v1 = lines.at(0);
        QByteArray v3 = lines.at(3);
        v1.replace("acct-1", "acct-3");
        v3.replace("acct-1", "acct-3").replace("000000000003", "000000000033");
        const CliRun skip = env.run(
            { u"--store"_s, store.url, u"import"_s, writeFile(files, u"skip.ndjson"_s, v1 + '\n' + v3 + '\n') });
        QCOMPARE(skip.exitCode, 1);
        QVERIFY2(skip.oneSentenceError(), skip.describe().constData());
        QVERIFY2(
            skip.errText().contains(u"Line 2"_s) && skip.errText().contains(u"line 1"_s), skip.describe().constData());
        // None of the refused files stored anything.
        QCOMPARE(env.run({ u"--store"_s, store.url, u"read-all"_s, u"--format"_s, u"ndjson"_s }).outLines().size(), 3);
        QCOMPARE(env.run({ u"--store"_s, store.url, u"streams"_s, u"--format"_s, u"ndjson"_s }).outLines().size(), 1);
    }

    // Malformed lines stop the import with the line named, and nothing of their batch is stored;
    // a line changed after export is caught by its fingerprint.
    void malformedNdjsonIsRefused_data() { addStoreKinds(); }
    void malformedNdjsonIsRefused()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        QTemporaryDir files;
        const QList<QByteArray> lines = handWrittenExport().split('\n');
        const auto refuse = [&](const QByteArray& content, int exitCode, const QStringList& fragments) {
            const QString path = writeFile(files, u"bad.ndjson"_s, content);
            const CliRun r = env.run({ u"--store"_s, store.url, u"import"_s, path });
            QVERIFY2(r.exitCode == exitCode, r.describe().constData());
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
            for (const QString& fragment : fragments)
                QVERIFY2(r.errText().contains(fragment), r.describe().constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
        };
        // Line 4 of the file (the third event): not JSON.
        refuse(lines.mid(0, 3).join('\n') + "\n{\"stream_id\": oops\n", 1, { u"Line 4"_s, u"JSON"_s });
        QByteArray noVersion = lines.at(3);
        noVersion.replace("\"version\":3,", "");
        refuse(lines.mid(0, 3).join('\n') + '\n' + noVersion + '\n', 1, { u"Line 4"_s, u"\"version\""_s });
        refuse("not json at all\n", 1, { u"Line 1"_s });
        refuse(
            "{\"stream_id\":\"s\",\"version\":1,\"type\":\"T\",\"event_id\":\"11111111-2222-4333-8444-000000000009\","
            "\"payload\":\"(broken\",\"metadata\":{},\"corrupt\":\"The stored payload is not JSON\"}\n",
            4, { u"Line 1"_s, u"corrupt"_s });
        QCOMPARE(env.run({ u"--store"_s, store.url, u"streams"_s, u"--format"_s, u"ndjson"_s }).out, QByteArray());

        // An exported line whose payload was edited no longer matches its fingerprint.
        const CliRun appended = env.run({ u"--store"_s, store.url, u"append"_s, u"note-1"_s, u"--type"_s, u"Noted"_s,
            u"--data"_s, u"{\"text\":\"original\"}"_s });
        QCOMPARE(appended.exitCode, 0);
        QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, u"note-1"_s, u"--type"_s, u"Noted"_s }).exitCode, 0);
        QByteArray exported = env.run({ u"--store"_s, store.url, u"export"_s }).out;
        QVERIFY(exported.contains("\"fingerprint\":"));
        exported.replace("original", "edited!!");
        const CliStore fresh = makeCliStore(u"sqlite"_s);
        const CliRun tampered
            = env.runWithInput({ u"--store"_s, fresh.url, u"import"_s, u"-"_s, u"--format"_s, u"ndjson"_s }, exported);
        QCOMPARE(tampered.exitCode, 4);
        QVERIFY2(tampered.oneSentenceError(), tampered.describe().constData());
        QVERIFY2(tampered.errText().contains(u"Line 1"_s) && tampered.errText().contains(u"fingerprint"_s),
            tampered.describe().constData());
        const CliRun nothing = env.run({ u"--store"_s, fresh.url, u"streams"_s, u"--format"_s, u"ndjson"_s });
        QVERIFY2(nothing.out.isEmpty(), nothing.describe().constData());

        // With small batches the batches before the bad line stay stored, and the output says so.
        const QByteArray three = lines.mid(0, 4).join('\n') + "\n{oops\n";
        const CliRun partly = env.run({ u"--store"_s, fresh.url, u"import"_s,
            writeFile(files, u"partly.ndjson"_s, three), u"--batch-events"_s, u"2"_s });
        QCOMPARE(partly.exitCode, 1);
        QVERIFY2(partly.errText().contains(u"Line 5"_s), partly.describe().constData());
        QVERIFY2(partly.outText().contains(u"Imported 2 events"_s), partly.describe().constData());
        QCOMPARE(env.run({ u"--store"_s, fresh.url, u"read-all"_s, u"--format"_s, u"ndjson"_s }).outLines().size(), 2);
    }

    // Every real Temporal history imports into a saga stream whose state says what the history's
    // last WorkflowExecution* event says, at the history's own times; importing again adds nothing.
    void temporalImportOfEveryFixture_data() { addStoreKinds(); }
    void temporalImportOfEveryFixture()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QStringList fixtures = temporalFixtures();
        QCOMPARE(fixtures.size(), 8);
        for (const QString& name : fixtures) {
            const QString path = QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES) + u'/' + name;
            const QJsonArray history = QJsonDocument::fromJson(readFile(path)).object().value(u"events"_s).toArray();
            QVERIFY(!history.isEmpty());
            QString closing;
            for (const QJsonValue& e : history) {
                const QString type = plainTemporalType(e.toObject().value(u"eventType"_s).toString());
                if (type.startsWith(u"WorkflowExecution"_s) && type != u"WorkflowExecutionStarted"_s
                    && type != u"WorkflowExecutionSignaled"_s && !type.startsWith(u"WorkflowExecutionUpdate"_s))
                    closing = type;
            }
            QCOMPARE(closing, u"WorkflowExecutionCompleted"_s);

            const QString streamId = u"temporal-"_s + QFileInfo(name).completeBaseName();
            const CliRun in = env.run({ u"--store"_s, store.url, u"import"_s, path });
            QVERIFY2(in.exitCode == 0, in.describe().constData());
            QVERIFY2(in.outText().contains(streamId) && in.outText().contains(u"%1 new"_s.arg(history.size())),
                in.describe().constData());
            const CliRun state = env.run({ u"--store"_s, store.url, u"state"_s, streamId });
            QVERIFY2(state.exitCode == 0, state.describe().constData());
            QCOMPARE(QJsonDocument::fromJson(state.out).object().value(u"status"_s).toString(), u"completed"_s);

            const CliRun events
                = env.run({ u"--store"_s, store.url, u"history"_s, streamId, u"--format"_s, u"ndjson"_s });
            QCOMPARE(events.ndjson().size(), history.size());
            QCOMPARE(events.ndjson().first().value(u"stream_type"_s).toString(), u"saga"_s);
            QCOMPARE(events.ndjson().last().value(u"type"_s).toString(), u"WorkflowExecutionCompleted"_s);
            for (const qsizetype i : { qsizetype(0), history.size() - 1 }) {
                const QString eventTime = history.at(i).toObject().value(u"eventTime"_s).toString();
                QCOMPARE(usFromIso(events.ndjson().at(i).value(u"recorded_at"_s).toString()), usFromIso(eventTime));
            }
            const CliRun again = env.run({ u"--store"_s, store.url, u"import"_s, path, u"--format"_s, u"temporal"_s });
            QVERIFY2(again.exitCode == 0, again.describe().constData());
            QVERIFY2(again.outText().contains(u"0 new"_s), again.describe().constData());
        }
        const CliRun sagas
            = env.run({ u"--store"_s, store.url, u"streams"_s, u"--type"_s, u"saga"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(sagas.ndjson().size(), 8);
        QCOMPARE(env.run({ u"--store"_s, store.url, u"verify"_s, u"--all"_s }).exitCode, 0);

        // Another stream id, read from standard input.
        const QByteArray loop = readFile(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES) + u"/workflow_loop_task.json"_s);
        const CliRun named = env.runWithInput(
            { u"--store"_s, store.url, u"import"_s, u"-"_s, u"--stream"_s, u"loop-under-another-name"_s }, loop);
        QVERIFY2(named.exitCode == 0, named.describe().constData());
        QCOMPARE(env.run({ u"--store"_s, store.url, u"streams"_s, u"--search"_s, u"another-name"_s, u"--format"_s,
                             u"ndjson"_s })
                     .ndjson()
                     .first()
                     .value(u"stream_type"_s)
                     .toString(),
            u"saga"_s);
        const CliRun noName = env.runWithInput({ u"--store"_s, store.url, u"import"_s, u"-"_s }, loop);
        QCOMPARE(noName.exitCode, 1);
        QVERIFY2(noName.errText().contains(u"--stream"_s), noName.describe().constData());
    }

    void malformedTemporalIsRefused()
    {
        CliStore store = makeCliStore(u"sqlite"_s);
        CliEnvironment env;
        QTemporaryDir files;
        const QByteArray goodEvent
            = R"({"eventId":"1","eventTime":"2024-01-01T00:00:00Z","eventType":"WorkflowExecutionStarted",)"
              R"("workflowExecutionStartedEventAttributes":{"workflowType":{"name":"W"}}})";
        const auto refuse = [&](const QByteArray& content, const QString& fragment) {
            const QString path = writeFile(files, u"bad-history.json"_s, content);
            const CliRun r = env.run({ u"--store"_s, store.url, u"import"_s, path, u"--format"_s, u"temporal"_s });
            QVERIFY2(r.exitCode == 1, r.describe().constData());
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
            QVERIFY2(r.errText().contains(fragment), r.describe().constData());
        };
        refuse("{\n  \"events\": [\n" + goodEvent + ",\n  {\"eventId\": \"2\", \"eventType\": }\n]}\n", u"byte"_s);
        refuse("{\n  \"events\": [\n" + goodEvent + R"(, {"eventId":"2","eventTime":"2024-01-01T00:00:01Z"}]})",
            u"Event 2"_s);
        refuse("{\n  \"history\": []\n}\n", u"\"events\""_s);
        // Recognised as a Temporal history without --format, from its content.
        const QString guessed
            = writeFile(files, u"guess.json"_s, "{\n  \"events\": [\n" + goodEvent + R"(, {"eventId":"2"}]})");
        const CliRun r = env.run({ u"--store"_s, store.url, u"import"_s, guessed });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"Event 2"_s), r.describe().constData());
        QVERIFY(!QFile::exists(store.url.mid(7)) || env.run({ u"--store"_s, store.url, u"streams"_s }).out.isEmpty());
        const CliRun missing = env.run({ u"--store"_s, store.url, u"import"_s, files.filePath(u"nope.json"_s) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.oneSentenceError(), missing.describe().constData());
    }

    // The demo places order-0002 with OrderPlaced schema 1; --upcast shows it as schema 2 says.
    void historyUpcastShowsTheNewestSchema_data() { addStoreKinds(); }
    void historyUpcastShowsTheNewestSchema()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        QCOMPARE(
            env.run({ u"--store"_s, store.url, u"demo"_s, u"--streams"_s, u"6"_s, u"--long-stream-events"_s, u"0"_s })
                .exitCode,
            0);
        const QStringList history { u"--store"_s, store.url, u"history"_s, u"order-0002"_s, u"--format"_s, u"ndjson"_s,
            u"--limit"_s, u"1"_s };
        const CliRun raw = env.run(history);
        QVERIFY2(raw.exitCode == 0, raw.describe().constData());
        const QJsonObject stored = raw.ndjson().first();
        QCOMPARE(stored.value(u"type"_s).toString(), u"OrderPlaced"_s);
        QCOMPARE(stored.value(u"schema_version"_s).toInt(), 1);
        QVERIFY(!stored.contains(u"upcast_from"_s));
        const QJsonObject v1 = stored.value(u"payload"_s).toObject();
        QVERIFY(v1.contains(u"total"_s) && !v1.contains(u"total_cents"_s));
        QVERIFY(v1.value(u"items"_s).toArray().first().toObject().contains(u"qty"_s));

        const CliRun upcast = env.run(history + QStringList { u"--upcast"_s });
        QVERIFY2(upcast.exitCode == 0, upcast.describe().constData());
        const QJsonObject shown = upcast.ndjson().first();
        QCOMPARE(shown.value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(shown.value(u"upcast_from"_s).toInt(), 1);
        QCOMPARE(shown.value(u"event_id"_s), stored.value(u"event_id"_s));
        const QJsonObject v2 = shown.value(u"payload"_s).toObject();
        QCOMPARE(v2.value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(v2.value(u"total_cents"_s).toInteger(), qRound64(v1.value(u"total"_s).toDouble() * 100));
        QVERIFY(!v2.contains(u"total"_s));
        const QJsonObject item = v2.value(u"items"_s).toArray().first().toObject();
        for (const char* key : { "sku", "name", "quantity", "unit_price_cents", "line_total_cents" })
            QVERIFY2(item.contains(QString::fromLatin1(key)), key);
        QVERIFY(!item.contains(u"qty"_s) && !item.contains(u"price"_s));
        // The 64-bit payment reference keeps every digit through the upcast.
        const auto ref = QRegularExpression(u"\"payment_ref\":(\\d{20})[,}]"_s);
        const auto rawRef = ref.match(QString::fromUtf8(raw.outLines().first()));
        QVERIFY(rawRef.hasMatch());
        QCOMPARE(ref.match(QString::fromUtf8(upcast.outLines().first())).captured(1), rawRef.captured(1));

        // Schema 2 orders are the same with and without --upcast; the table marks upcast rows.
        const QStringList other { u"--store"_s, store.url, u"history"_s, u"order-0001"_s, u"--format"_s, u"ndjson"_s };
        QCOMPARE(env.run(other + QStringList { u"--upcast"_s }).out, env.run(other).out);
        const CliRun table
            = env.run({ u"--store"_s, store.url, u"history"_s, u"order-0002"_s, u"--upcast"_s, u"--limit"_s, u"1"_s });
        QVERIFY2(table.outText().contains(u"[schema 1 upcast to 2]"_s), table.describe().constData());

        // An upcast view is not an export: import refuses it.
        const CliStore fresh = makeCliStore(u"sqlite"_s);
        const CliRun refused
            = env.runWithInput({ u"--store"_s, fresh.url, u"import"_s, u"-"_s }, upcast.outLines().first() + '\n');
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"--upcast"_s), refused.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "tst_importexport.moc"
