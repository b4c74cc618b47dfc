// SPDX-License-Identifier: MIT
// state, diff, snapshot, snapshots and verify as a user runs them: the real binary against a fresh
// SQLite file and a fresh PostgreSQL database, its answers compared with a replay computed here
// through the engine, and stored rows damaged behind its back to see that it notices.
#include "clirunner.h"
#include "openstore.h"
#include "reducerregistry.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace sagascope;
using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject jsonObject(const CliRun& r)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject { { u"unparsable"_s, r.outText() } };
}

// The events of a stream as the store has them, read here without the CLI.
QList<RecordedEvent> storedEvents(const QString& url, const QString& streamId)
{
    auto store = openStore(url, OpenOptions { .readOnly = true });
    if (!store)
        return {};
    StreamQuery q;
    q.streamId = streamId;
    auto events = (*store)->readStream(q);
    return events ? *events : QList<RecordedEvent> {};
}

// The state after `version`, folding every event from the first: what the CLI must print
// whichever snapshots and checkpoints it uses.
QJsonObject replay(const QList<RecordedEvent>& events, const QString& streamType, qint64 version)
{
    const auto reducer = ReducerRegistry().forStreamType(streamType);
    auto state = reducer->initialState();
    for (const RecordedEvent& e : events) {
        if (e.version > version)
            break;
        Reducer::fold(*state, e);
    }
    return state->toJson();
}

QString typeOf(const QString& streamId)
{
    return streamId.section(u'-', 0, 0);
}

QString demoStore(const CliEnvironment& env, const QString& url, int longEvents = 600)
{
    const CliRun r = env.run({ u"--store"_s, url, u"demo"_s, u"--streams"_s, u"12"_s, u"--long-stream-events"_s,
        QString::number(longEvents) });
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.describe());
}

} // namespace

class TestCliStateCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The state at the last version, at versions and at instants equals a full replay, also when
    // a snapshot is there to start from.
    void stateEqualsReplay_data() { addStoreKinds(); }
    void stateEqualsReplay()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        const CliRun snapshot
            = env.run({ u"--store"_s, store.url, u"snapshot"_s, u"saga-long-0001"_s, u"--at-version"_s, u"300"_s });
        QVERIFY2(snapshot.exitCode == 0, snapshot.describe().constData());
        for (const QString& streamId :
            { u"order-0001"_s, u"order-0002"_s, u"saga-checkout-0001"_s, u"flow-0001"_s, u"saga-long-0001"_s }) {
            const QList<RecordedEvent> events = storedEvents(store.url, streamId);
            QVERIFY2(!events.isEmpty(), qPrintable(streamId));
            const qint64 last = events.size();
            const CliRun now = env.run({ u"--store"_s, store.url, u"state"_s, streamId });
            QVERIFY2(now.exitCode == 0, now.describe().constData());
            QVERIFY2(now.err.isEmpty(), now.describe().constData());
            QCOMPARE(jsonObject(now), replay(events, typeOf(streamId), last));
            // Pretty, two spaces per level.
            QVERIFY2(now.out.startsWith("{\n  \""), now.out.left(40).constData());

            for (const qint64 version : { qint64(0), qint64(1), last / 2, last - 1, last }) {
                const CliRun r = env.run(
                    { u"--store"_s, store.url, u"state"_s, streamId, u"--at-version"_s, QString::number(version) });
                QVERIFY2(r.exitCode == 0, r.describe().constData());
                QVERIFY2(jsonObject(r) == replay(events, typeOf(streamId), version),
                    qPrintable(streamId + u" at version "_s + QString::number(version)));
            }
            // At the time of an event: the state after the last event recorded at or before it.
            for (const qint64 index : { qint64(0), last / 3, last - 1 }) {
                const qint64 timeUs = events.at(index).recordedAtUs;
                qint64 expected = 0;
                for (const RecordedEvent& e : events) {
                    if (e.recordedAtUs <= timeUs)
                        expected = e.version;
                }
                const CliRun r
                    = env.run({ u"--store"_s, store.url, u"state"_s, streamId, u"--at-time"_s, isoFromUs(timeUs) });
                QVERIFY2(r.exitCode == 0, r.describe().constData());
                QVERIFY2(jsonObject(r) == replay(events, typeOf(streamId), expected),
                    qPrintable(streamId + u" at "_s + isoFromUs(timeUs)));
            }
            const CliRun before = env.run({ u"--store"_s, store.url, u"state"_s, streamId, u"--at-time"_s,
                isoFromUs(events.first().recordedAtUs - 1) });
            QCOMPARE(jsonObject(before), replay(events, typeOf(streamId), 0));
        }
    }

    // A policy of one snapshot every N versions, applied after the fact: it continues from the
    // newest snapshot the reducer has, takes nothing twice, and every snapshot verifies.
    void snapshotEveryNVersions_data() { addStoreKinds(); }
    void snapshotEveryNVersions()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        const auto snapshotVersions = [&] {
            QList<qint64> versions;
            const CliRun r
                = env.run({ u"--store"_s, store.url, u"snapshots"_s, u"saga-long-0001"_s, u"--format"_s, u"ndjson"_s });
            for (const QJsonObject& o : r.ndjson())
                versions.prepend(o.value(u"version"_s).toInteger());
            return versions;
        };
        const QStringList upTo450 { u"--store"_s, store.url, u"snapshot"_s, u"saga-long-0001"_s, u"--every"_s, u"100"_s,
            u"--at-version"_s, u"450"_s };
        const CliRun first = env.run(upTo450);
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        QVERIFY2(first.outText().contains(u"Stored 4 snapshot"_s), first.describe().constData());
        QCOMPARE(snapshotVersions(), (QList<qint64> { 100, 200, 300, 400 }));
        const CliRun again = env.run(upTo450);
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.outText().contains(u"No snapshot was due"_s), again.describe().constData());
        QCOMPARE(snapshotVersions(), (QList<qint64> { 100, 200, 300, 400 }));
        const CliRun rest
            = env.run({ u"--store"_s, store.url, u"snapshot"_s, u"saga-long-0001"_s, u"--every"_s, u"250"_s });
        QVERIFY2(rest.exitCode == 0, rest.describe().constData());
        QCOMPARE(snapshotVersions(), (QList<qint64> { 100, 200, 300, 400, 500 }));
        const CliRun verify = env.run({ u"--store"_s, store.url, u"verify"_s, u"saga-long-0001"_s });
        QVERIFY2(verify.exitCode == 0, verify.describe().constData());
        const CliRun zero
            = env.run({ u"--store"_s, store.url, u"snapshot"_s, u"saga-long-0001"_s, u"--every"_s, u"0"_s });
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(zero.oneSentenceError(), zero.describe().constData());
    }

    void stateErrors_data() { addStoreKinds(); }
    void stateErrors()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        QCOMPARE(
            env.run({ u"--store"_s, store.url, u"append"_s, u"order-1"_s, u"--type"_s, u"OrderPlaced"_s }).exitCode, 0);
        const auto expectError = [&](const QStringList& args, int exitCode, const QString& fragment) {
            const CliRun r = env.run(QStringList { u"--store"_s, store.url } + args);
            QVERIFY2(r.exitCode == exitCode, r.describe().constData());
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
            QVERIFY2(r.errText().contains(fragment), r.describe().constData());
            QVERIFY(r.out.isEmpty());
        };
        expectError({ u"state"_s, u"order-2"_s }, 2, u"order-2"_s);
        expectError({ u"state"_s, u"order-1"_s, u"--at-version"_s, u"2"_s }, 2, u"ends at version 1"_s);
        expectError({ u"state"_s, u"order-1"_s, u"--at-version"_s, u"-1"_s }, 1, u"--at-version"_s);
        expectError({ u"state"_s, u"order-1"_s, u"--at-time"_s, u"yesterday"_s }, 1, u"--at-time"_s);
        expectError(
            { u"state"_s, u"order-1"_s, u"--at-version"_s, u"1"_s, u"--at-time"_s, u"2026-01-01"_s }, 1, u"not both"_s);
        expectError({ u"state"_s, u"order-1"_s, u"--reducer"_s, u"abacus"_s }, 1, u"merge-patch"_s);
        expectError({ u"state"_s, u"order-1"_s, u"--plugins"_s, u"/no/such/folder"_s }, 2, u"/no/such/folder"_s);
        expectError({ u"diff"_s, u"order-1"_s, u"--from-version"_s, u"0"_s }, 1, u"--to-version"_s);
        expectError({ u"diff"_s, u"order-1"_s, u"--from-version"_s, u"0"_s, u"--to-version"_s, u"5"_s }, 2,
            u"ends at version 1"_s);
        expectError({ u"snapshot"_s, u"order-1"_s, u"--codec"_s, u"xml"_s }, 1, u"--codec"_s);
        expectError({ u"snapshot"_s, u"order-9"_s }, 2, u"order-9"_s);
        expectError({ u"snapshots"_s, u"order-9"_s }, 2, u"order-9"_s);
        expectError({ u"verify"_s }, 1, u"--all"_s);
        expectError({ u"verify"_s, u"order-1"_s, u"--all"_s }, 1, u"--all"_s);
        expectError({ u"verify"_s, u"order-9"_s }, 2, u"order-9"_s);
    }

    // --reducer picks another reducer; --plugins adds a plugin's, which then folds its stream type.
    void reducerAndPluginOptions()
    {
        CliStore store = makeCliStore(u"sqlite"_s);
        CliEnvironment env;
        for (const QString& type : { u"Ticked"_s, u"Ticked"_s, u"Tocked"_s })
            QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, u"counter-1"_s, u"--type"_s, type,
                                 u"--stream-type"_s, u"counter"_s, u"--data"_s, u"{\"last\":\"%1\"}"_s.arg(type) })
                         .exitCode,
                0);
        // Without the plugin nobody claims type "counter": the generic merge-patch reducer folds it.
        const CliRun generic = env.run({ u"--store"_s, store.url, u"state"_s, u"counter-1"_s });
        QVERIFY2(generic.exitCode == 0, generic.describe().constData());
        QCOMPARE(jsonObject(generic), (QJsonObject { { u"last"_s, u"Tocked"_s } }));
        const CliRun plugin = env.run({ u"--store"_s, store.url, u"state"_s, u"counter-1"_s, u"--plugins"_s,
            QStringLiteral(SAGASCOPE_TEST_PLUGIN_DIR) });
        QVERIFY2(plugin.exitCode == 0, plugin.describe().constData());
        QCOMPARE(jsonObject(plugin), (QJsonObject { { u"Ticked"_s, 2 }, { u"Tocked"_s, 1 } }));
        const CliRun byName = env.run({ u"--store"_s, store.url, u"state"_s, u"counter-1"_s, u"--plugins"_s,
            QStringLiteral(SAGASCOPE_TEST_PLUGIN_DIR), u"--reducer"_s, u"merge-patch"_s, u"--at-version"_s, u"2"_s });
        QCOMPARE(jsonObject(byName), (QJsonObject { { u"last"_s, u"Ticked"_s } }));
        // A snapshot written by the plugin's reducer is listed as unusable for the default one.
        QCOMPARE(env.run({ u"--store"_s, store.url, u"snapshot"_s, u"counter-1"_s, u"--plugins"_s,
                             QStringLiteral(SAGASCOPE_TEST_PLUGIN_DIR) })
                     .exitCode,
            0);
        const CliRun listed
            = env.run({ u"--store"_s, store.url, u"snapshots"_s, u"counter-1"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(listed.ndjson().size(), 1);
        QCOMPARE(listed.ndjson().first().value(u"reducer"_s).toString(), u"counter"_s);
        QCOMPARE(listed.ndjson().first().value(u"reducer_version"_s).toInt(), 3);
        QCOMPARE(listed.ndjson().first().value(u"usable"_s).toBool(), false);
    }

    void diffListsChanges_data() { addStoreKinds(); }
    void diffListsChanges()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (const QString& data : { u"{\"a\":1,\"b\":{\"c\":2},\"list\":[1]}"_s,
                 u"{\"b\":{\"c\":3},\"d\":true,\"list\":[1,2]}"_s, u"{\"a\":null}"_s }) {
            const CliRun r = env.run(
                { u"--store"_s, store.url, u"append"_s, u"misc-1"_s, u"--type"_s, u"Changed"_s, u"--data"_s, data });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const auto diff = [&](int from, int to) {
            return env.run({ u"--store"_s, store.url, u"diff"_s, u"misc-1"_s, u"--from-version"_s,
                QString::number(from), u"--to-version"_s, QString::number(to), u"--format"_s, u"ndjson"_s });
        };
        const CliRun oneToThree = diff(1, 3);
        QVERIFY2(oneToThree.exitCode == 0, oneToThree.describe().constData());
        QCOMPARE(oneToThree.outLines(),
            (QList<QByteArray> { R"({"path":"/a","kind":"removed","old":1})",
                R"({"path":"/b/c","kind":"changed","old":2,"new":3})", R"({"path":"/d","kind":"added","new":true})",
                R"({"path":"/list/1","kind":"added","new":2})" }));
        const CliRun fromStart = diff(0, 1);
        QCOMPARE(fromStart.ndjson().size(), 3);
        QCOMPARE(fromStart.ndjson().at(1).value(u"new"_s).toObject(), (QJsonObject { { u"c"_s, 2 } }));
        QVERIFY(!fromStart.ndjson().first().contains(u"old"_s));
        // Backwards is the mirror image.
        const CliRun back = diff(3, 1);
        QCOMPARE(back.ndjson().size(), 4);
        QCOMPARE(back.ndjson().first().value(u"kind"_s).toString(), u"added"_s);
        const CliRun same = diff(2, 2);
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.isEmpty());

        const CliRun table = env.run({ u"--store"_s, store.url, u"diff"_s, u"misc-1"_s, u"--from-version"_s, u"1"_s,
            u"--to-version"_s, u"3"_s });
        QVERIFY2(table.exitCode == 0, table.describe().constData());
        const QList<QByteArray> lines = table.outLines();
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith("PATH") && lines[0].contains("CHANGE") && lines[0].contains("OLD")
            && lines[0].contains("NEW"));
        const QRegularExpression row(u"^/b/c +changed +2 +3$"_s);
        QVERIFY2(row.match(QString::fromUtf8(lines[2])).hasMatch(), lines[2].constData());
        const CliRun tableSame = env.run({ u"--store"_s, store.url, u"diff"_s, u"misc-1"_s, u"--from-version"_s, u"3"_s,
            u"--to-version"_s, u"3"_s });
        QVERIFY(tableSame.out.isEmpty());
        QVERIFY2(tableSame.errText().contains(u"the same"_s), tableSame.describe().constData());
    }

    void snapshotThenSnapshotsListsIt_data() { addStoreKinds(); }
    void snapshotThenSnapshotsListsIt()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url, 0);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        const QString stream = u"saga-checkout-0001"_s;
        const CliRun empty = env.run({ u"--store"_s, store.url, u"snapshots"_s, stream });
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());
        QVERIFY2(empty.errText().contains(u"no snapshots"_s), empty.describe().constData());

        const CliRun at10 = env.run({ u"--store"_s, store.url, u"snapshot"_s, stream, u"--at-version"_s, u"10"_s });
        QVERIFY2(at10.exitCode == 0, at10.describe().constData());
        const auto said = QRegularExpression(u"at version (\\d+): reducer (\\S+) version (\\d+), codec (\\w+), (\\d+) "
                                             u"bytes, hash ([0-9a-f]{64})\\."_s)
                              .match(at10.outText());
        QVERIFY2(said.hasMatch(), at10.describe().constData());
        QCOMPARE(said.captured(1), u"10"_s);
        QCOMPARE(said.captured(2), u"saga"_s);
        QCOMPARE(said.captured(4), u"cbor"_s);
        const CliRun last = env.run({ u"--store"_s, store.url, u"snapshot"_s, stream, u"--codec"_s, u"json"_s });
        QVERIFY2(last.exitCode == 0, last.describe().constData());
        const qint64 lastVersion = storedEvents(store.url, stream).size();
        QVERIFY2(last.outText().contains(u"at version %1:"_s.arg(lastVersion)), last.describe().constData());

        const CliRun listed = env.run({ u"--store"_s, store.url, u"snapshots"_s, stream, u"--format"_s, u"ndjson"_s });
        QVERIFY2(listed.exitCode == 0, listed.describe().constData());
        const QList<QJsonObject> rows = listed.ndjson();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].value(u"version"_s).toInteger(), lastVersion); // newest first
        QCOMPARE(rows[0].value(u"codec"_s).toString(), u"json"_s);
        QCOMPARE(rows[1].value(u"version"_s).toInteger(), 10);
        QCOMPARE(rows[1].value(u"codec"_s).toString(), u"cbor"_s);
        QCOMPARE(rows[1].value(u"hash"_s).toString(), said.captured(6));
        QCOMPARE(rows[1].value(u"size"_s).toInteger(), said.captured(5).toLongLong());
        for (const QJsonObject& row : rows) {
            QCOMPARE(row.value(u"stream_id"_s).toString(), stream);
            QCOMPARE(row.value(u"reducer"_s).toString(), u"saga"_s);
            QCOMPARE(row.value(u"usable"_s).toBool(), true);
            QVERIFY(!row.contains(u"problem"_s));
            QVERIFY(usFromIso(row.value(u"created_at"_s).toString()).has_value());
        }
        const CliRun table = env.run({ u"--store"_s, store.url, u"snapshots"_s, stream });
        QCOMPARE(table.outLines().size(), 3);
        QVERIFY(table.outLines().first().contains("USABLE"));
        QVERIFY(table.outLines().at(2).trimmed().startsWith("10 "));
        QVERIFY(table.outLines().at(2).endsWith("yes"));
        // Another reducer cannot use them, and says why.
        const CliRun other = env.run({ u"--store"_s, store.url, u"snapshots"_s, stream, u"--reducer"_s,
            u"merge-patch"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(other.ndjson().size(), 2);
        QCOMPARE(other.ndjson().first().value(u"usable"_s).toBool(), false);
        QVERIFY(other.ndjson().first().value(u"problem"_s).toString().contains(u"merge-patch"_s));

        // Taking one again at the same version replaces it, and states still equal a replay.
        QCOMPARE(env.run({ u"--store"_s, store.url, u"snapshot"_s, stream, u"--at-version"_s, u"10"_s }).exitCode, 0);
        QCOMPARE(
            env.run({ u"--store"_s, store.url, u"snapshots"_s, stream, u"--format"_s, u"ndjson"_s }).ndjson().size(),
            2);
        const QList<RecordedEvent> events = storedEvents(store.url, stream);
        for (const qint64 version : { qint64(10), qint64(12), lastVersion }) {
            const CliRun state
                = env.run({ u"--store"_s, store.url, u"state"_s, stream, u"--at-version"_s, QString::number(version) });
            QVERIFY2(state.err.isEmpty(), state.describe().constData());
            QCOMPARE(jsonObject(state), replay(events, u"saga"_s, version));
        }
    }

    void verifyCleanStoreExitsZero_data() { addStoreKinds(); }
    void verifyCleanStoreExitsZero()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url, 500);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        QCOMPARE(env.run({ u"--store"_s, store.url, u"snapshot"_s, u"saga-long-0001"_s, u"--at-version"_s, u"250"_s })
                     .exitCode,
            0);
        QCOMPARE(env.run({ u"--store"_s, store.url, u"snapshot"_s, u"order-0001"_s }).exitCode, 0);
        const CliRun all = env.run({ u"--store"_s, store.url, u"verify"_s, u"--all"_s });
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        const QList<QByteArray> lines = all.outLines();
        QCOMPARE(lines.size(), 14); // header + 13 streams
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].endsWith("  OK"), lines[i].constData());
        QVERIFY2(all.errText().contains(u"All 13 streams match"_s), all.describe().constData());
        const CliRun json = env.run({ u"--store"_s, store.url, u"verify"_s, u"--all"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(json.exitCode, 0);
        qint64 events = 0;
        for (const QJsonObject& o : json.ndjson()) {
            QVERIFY(o.value(u"ok"_s).toBool());
            events += o.value(u"events_checked"_s).toInteger();
            if (o.value(u"stream_id"_s).toString() == u"saga-long-0001"_s) {
                QCOMPARE(o.value(u"snapshots"_s).toArray().size(), 1);
                QCOMPARE(o.value(u"snapshots"_s).toArray().first().toObject().value(u"matches"_s).toBool(), true);
            }
        }
        QCOMPARE(json.ndjson().size(), 13);
        QVERIFY(events > 500);
        const CliRun one = env.run({ u"--store"_s, store.url, u"verify"_s, u"order-0001"_s });
        QVERIFY2(one.exitCode == 0, one.describe().constData());
        QCOMPARE(one.outLines().size(), 2);
    }

    // One payload changed in the store: verify names the stream and the version and exits 4; the
    // other streams still verify.
    void verifyFindsAChangedPayload_data() { addStoreKinds(); }
    void verifyFindsAChangedPayload()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url, 0);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        const QString error = execStoreSql(store,
            u"UPDATE events SET payload = '{\"tampered\":true}' WHERE stream_id = 'saga-checkout-0002' AND version = 5"_s,
            u"UPDATE sagascope.events SET payload = '{\"tampered\":true}' "
            u"WHERE stream_id = 'saga-checkout-0002' AND version = 5"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const CliRun all = env.run({ u"--store"_s, store.url, u"verify"_s, u"--all"_s });
        QCOMPARE(all.exitCode, 4);
        QVERIFY2(all.oneSentenceError(), all.describe().constData());
        QVERIFY2(all.errText().contains(u"1 of 12"_s), all.describe().constData());
        int mismatches = 0;
        for (const QByteArray& line : all.outLines().mid(1)) {
            if (line.startsWith("saga-checkout-0002 ")) {
                ++mismatches;
                QVERIFY2(line.contains("MISMATCH") && line.contains("version 5"), line.constData());
                QVERIFY2(line.contains("fingerprint"), line.constData());
            } else {
                QVERIFY2(line.endsWith("  OK"), line.constData());
            }
        }
        QCOMPARE(mismatches, 1);

        const CliRun one
            = env.run({ u"--store"_s, store.url, u"verify"_s, u"saga-checkout-0002"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(one.exitCode, 4);
        QVERIFY2(one.oneSentenceError(), one.describe().constData());
        QCOMPARE(one.ndjson().size(), 1);
        const QJsonObject report = one.ndjson().first();
        QCOMPARE(report.value(u"ok"_s).toBool(), false);
        QCOMPARE(report.value(u"first_bad_version"_s).toInteger(), 5);
        QVERIFY(report.value(u"event_problem"_s).toString().contains(u"version 5"_s));
        QCOMPARE(env.run({ u"--store"_s, store.url, u"verify"_s, u"saga-checkout-0001"_s }).exitCode, 0);
    }

    // A snapshot changed in the store: verify names it and exits 4; state skips it with a warning
    // and still prints the right state.
    void verifyFindsACorruptSnapshot_data() { addStoreKinds(); }
    void verifyFindsACorruptSnapshot()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString demo = demoStore(env, store.url, 0);
        QVERIFY2(demo.isEmpty(), qPrintable(demo));
        const QString stream = u"saga-checkout-0001"_s;
        for (const QString& version : { u"6"_s, u"10"_s })
            QCOMPARE(env.run({ u"--store"_s, store.url, u"snapshot"_s, stream, u"--at-version"_s, version, u"--codec"_s,
                                 u"json"_s })
                         .exitCode,
                0);
        const QString error = execStoreSql(store,
            u"UPDATE snapshots SET state = CAST('{\"status\":\"tampered\"}' AS BLOB) WHERE stream_id = "
            u"'saga-checkout-0001' AND version = 10"_s,
            u"UPDATE sagascope.snapshots SET state = convert_to('{\"status\":\"tampered\"}', 'UTF8') "
            u"WHERE stream_id = 'saga-checkout-0001' AND version = 10"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const CliRun verify = env.run({ u"--store"_s, store.url, u"verify"_s, stream });
        QCOMPARE(verify.exitCode, 4);
        QVERIFY2(verify.oneSentenceError(), verify.describe().constData());
        QVERIFY2(verify.outText().contains(u"snapshot at version 10"_s), verify.describe().constData());
        QVERIFY2(!verify.outText().contains(u"snapshot at version 6"_s), verify.describe().constData());
        const CliRun json = env.run({ u"--store"_s, store.url, u"verify"_s, stream, u"--format"_s, u"ndjson"_s });
        QCOMPARE(json.exitCode, 4);
        const QJsonObject report = json.ndjson().first();
        QVERIFY(!report.contains(u"first_bad_version"_s)); // the events are fine
        const QJsonArray snapshots = report.value(u"snapshots"_s).toArray();
        QCOMPARE(snapshots.size(), 2);
        for (const QJsonValue& s : snapshots)
            QCOMPARE(s.toObject().value(u"matches"_s).toBool(), s.toObject().value(u"version"_s).toInteger() == 6);

        const QList<RecordedEvent> events = storedEvents(store.url, stream);
        for (const qint64 version : { qint64(10), qint64(events.size()) }) {
            const CliRun state
                = env.run({ u"--store"_s, store.url, u"state"_s, stream, u"--at-version"_s, QString::number(version) });
            QVERIFY2(state.exitCode == 0, state.describe().constData());
            QCOMPARE(jsonObject(state), replay(events, u"saga"_s, version));
            QVERIFY2(state.errText().startsWith(u"Warning: "_s) && state.errText().contains(u"version 10"_s),
                state.describe().constData());
        }
        const CliRun listed = env.run({ u"--store"_s, store.url, u"snapshots"_s, stream, u"--format"_s, u"ndjson"_s });
        QCOMPARE(listed.ndjson().first().value(u"usable"_s).toBool(), false);
        QVERIFY(listed.ndjson().first().value(u"problem"_s).toString().contains(u"hash"_s));
        QCOMPARE(listed.ndjson().last().value(u"usable"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliStateCommands)
#include "tst_statecommands.moc"
