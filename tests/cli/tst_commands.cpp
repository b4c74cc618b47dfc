// SPDX-License-Identifier: MIT
// sagascope-cli as a user runs it: the real binary against a fresh SQLite file and a fresh
// PostgreSQL database, checking what it prints and how it exits.
#include "clirunner.h"
#include "ndjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 versionFrom(const CliRun& r)
{
    const auto m = QRegularExpression(u"version (\\d+)"_s).match(r.outText());
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QList<qint64> field(const QList<QJsonObject>& objects, const QString& name)
{
    QList<qint64> values;
    for (const QJsonObject& o : objects)
        values.append(o.value(name).toInteger());
    return values;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initPrintsSchemaVersion_data() { addStoreKinds(); }
    void initPrintsSchemaVersion()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const CliRun first = env.run({ u"--store"_s, store.url, u"init"_s });
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        const qint64 version = versionFrom(first);
        QVERIFY2(version >= 1, first.describe().constData());
        // A second init finds the schema current and says the same.
        const CliRun second = env.run({ u"init"_s, u"--store"_s, store.url });
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(versionFrom(second), version);
        QVERIFY(second.err.isEmpty());
    }

    void appendPrintsVersions_data() { addStoreKinds(); }
    void appendPrintsVersions()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (qint64 expected = 1; expected <= 3; ++expected) {
            const CliRun r = env.run({ u"--store"_s, store.url, u"append"_s, u"order-1"_s, u"--type"_s, u"OrderNoted"_s,
                u"--data"_s, u"{\"n\":%1}"_s.arg(expected) });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(versionFrom(r), expected);
        }
        const CliRun noStream = env.run({ u"--store"_s, store.url, u"append"_s, u"order-2"_s, u"--type"_s,
            u"OrderPlaced"_s, u"--expected-version"_s, u"no-stream"_s, u"--stream-type"_s, u"order"_s });
        QVERIFY2(noStream.exitCode == 0, noStream.describe().constData());
        QCOMPARE(versionFrom(noStream), 1);
        const CliRun exact = env.run({ u"--store"_s, store.url, u"append"_s, u"order-2"_s, u"--type"_s,
            u"OrderShipped"_s, u"--expected-version"_s, u"1"_s, u"--data"_s, u"{\"tracking\":\"T1\"}"_s });
        QCOMPARE(versionFrom(exact), 2);
    }

    void appendWithEventIdIsIdempotent_data() { addStoreKinds(); }
    void appendWithEventIdIsIdempotent()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QStringList args { u"--store"_s, store.url, u"append"_s, u"s-1"_s, u"--type"_s, u"T"_s, u"--event-id"_s,
            u"3f2b8c1e-9d4a-4f6b-8e2a-1c5d7b9e0f13"_s, u"--data"_s, u"{\"a\":1}"_s };
        QCOMPARE(env.run(args).exitCode, 0);
        const CliRun again = env.run(args);
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.outText().contains(u"nothing was written"_s), again.describe().constData());
        QStringList changed = args;
        changed.last() = u"{\"a\":2}"_s;
        const CliRun conflict = env.run(changed);
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.oneSentenceError(), conflict.describe().constData());
        const CliRun badId = env.run(
            { u"--store"_s, store.url, u"append"_s, u"s-1"_s, u"--type"_s, u"T"_s, u"--event-id"_s, u"not-a-uuid"_s });
        QCOMPARE(badId.exitCode, 1);
        QVERIFY(badId.oneSentenceError());
    }

    void expectedVersionConflict_data() { addStoreKinds(); }
    void expectedVersionConflict()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (int i = 0; i < 2; ++i)
            QCOMPARE(
                env.run({ u"--store"_s, store.url, u"append"_s, u"acct-7"_s, u"--type"_s, u"Deposited"_s }).exitCode,
                0);
        const CliRun r = env.run({ u"--store"_s, store.url, u"append"_s, u"acct-7"_s, u"--type"_s, u"Deposited"_s,
            u"--expected-version"_s, u"1"_s });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY2(r.errText().contains(u"acct-7"_s), r.describe().constData());
        QVERIFY2(
            r.errText().contains(u"version 1"_s) && r.errText().contains(u"version 2"_s), r.describe().constData());
        QVERIFY(r.out.isEmpty());

        const CliRun noStream = env.run({ u"--store"_s, store.url, u"append"_s, u"acct-7"_s, u"--type"_s,
            u"Deposited"_s, u"--expected-version"_s, u"no-stream"_s });
        QCOMPARE(noStream.exitCode, 3);
        QVERIFY(noStream.oneSentenceError());
        const CliRun exists = env.run({ u"--store"_s, store.url, u"append"_s, u"acct-8"_s, u"--type"_s, u"Deposited"_s,
            u"--expected-version"_s, u"exists"_s });
        QCOMPARE(exists.exitCode, 3);
        QVERIFY(exists.oneSentenceError());
        const CliRun bad = env.run({ u"--store"_s, store.url, u"append"_s, u"acct-7"_s, u"--type"_s, u"Deposited"_s,
            u"--expected-version"_s, u"soon"_s });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.oneSentenceError());
        // Nothing of the refused appends was written.
        const CliRun history
            = env.run({ u"--store"_s, store.url, u"history"_s, u"acct-7"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(history.ndjson().size(), 2);
    }

    void missingStreamIsNotFound_data() { addStoreKinds(); }
    void missingStreamIsNotFound()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        QCOMPARE(env.run({ u"--store"_s, store.url, u"init"_s }).exitCode, 0);
        const CliRun r = env.run({ u"--store"_s, store.url, u"history"_s, u"no-such-stream"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY(r.errText().contains(u"no-such-stream"_s));
        const CliRun c = env.run({ u"--store"_s, store.url, u"correlation"_s, u"no-such-correlation"_s });
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.oneSentenceError(), c.describe().constData());
    }

    void unreachableServerExitsFive()
    {
        CliEnvironment env;
        for (const QString& command : { u"init"_s, u"streams"_s, u"history"_s }) {
            QStringList args { u"--store"_s, u"postgresql://sagascope@127.0.0.1:1/x"_s, command };
            if (command == u"history"_s)
                args << u"s-1"_s;
            const CliRun r = env.run(args);
            QCOMPARE(r.exitCode, 5);
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void wrongPasswordExitsFive()
    {
        const QString admin = pgAdminUrl();
        QVERIFY2(!admin.isEmpty(), "SAGASCOPE_TEST_PG_URL is not set: run the tests through scripts/test.sh");
        QUrl url(admin);
        url.setPassword(u"certainly-not-the-password"_s);
        CliEnvironment env;
        const CliRun r = env.run({ u"--store"_s, url.toString(), u"streams"_s });
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY2(!r.errText().contains(u"certainly-not-the-password"_s), r.describe().constData());
    }

    void malformedJsonIsAUsageError()
    {
        CliStore store = makeCliStore(u"sqlite"_s);
        CliEnvironment env;
        const CliRun r = env.run(
            { u"--store"_s, store.url, u"append"_s, u"s-1"_s, u"--type"_s, u"T"_s, u"--data"_s, u"{\"a\":"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        QVERIFY2(r.errText().contains(u"--data"_s) && r.errText().contains(u"JSON"_s), r.describe().constData());
        QVERIFY2(r.errText().contains(u"byte"_s), r.describe().constData()); // says where
        const CliRun notObject = env.run(
            { u"--store"_s, store.url, u"append"_s, u"s-1"_s, u"--type"_s, u"T"_s, u"--metadata"_s, u"[1,2]"_s });
        QCOMPARE(notObject.exitCode, 1);
        QVERIFY2(notObject.errText().contains(u"--metadata"_s), notObject.describe().constData());
        const CliRun noType = env.run({ u"--store"_s, store.url, u"append"_s, u"s-1"_s });
        QCOMPARE(noType.exitCode, 1);
        QVERIFY2(noType.errText().contains(u"--type"_s), noType.describe().constData());
        QCOMPARE(env.run({ u"--store"_s, store.url, u"history"_s, u"s-1"_s }).exitCode, 2);
    }

    void literalStreamIdsAndUnicode_data() { addStoreKinds(); }
    void literalStreamIdsAndUnicode()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QString injection = u"x'; DROP TABLE events; --"_s;
        const QString unicode = u"заказ-ünï-日本-🚀"_s;
        const QString payload = u"{\"note\":\"Ω ≠ 'quoted' \\\"double\\\" \\\\ tab\\t\",\"who\":\"Zoë\"}"_s;
        for (const QString& id : { injection, unicode }) {
            const CliRun r = env.run({ u"--store"_s, store.url, u"append"_s, id, u"--type"_s, u"Ereignis-ü"_s,
                u"--data"_s, payload, u"--stream-type"_s, u"tëst"_s });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        for (const QString& id : { injection, unicode }) {
            const CliRun r = env.run({ u"--store"_s, store.url, u"history"_s, id, u"--format"_s, u"ndjson"_s });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            const QList<QJsonObject> events = r.ndjson();
            QCOMPARE(events.size(), 1);
            QCOMPARE(events[0].value(u"stream_id"_s).toString(), id);
            QCOMPARE(events[0].value(u"type"_s).toString(), u"Ereignis-ü"_s);
            QCOMPARE(events[0].value(u"stream_type"_s).toString(), u"tëst"_s);
            QCOMPARE(events[0].value(u"payload"_s).toObject().value(u"who"_s).toString(), u"Zoë"_s);
            QCOMPARE(events[0].value(u"payload"_s).toObject().value(u"note"_s).toString(),
                u"Ω ≠ 'quoted' \"double\" \\ tab\t"_s);
            // Table output shows the id literally too.
            const CliRun table = env.run({ u"--store"_s, store.url, u"history"_s, id });
            QCOMPARE(table.exitCode, 0);
            QVERIFY(table.outText().contains(u"Ereignis-ü"_s));
        }
        const CliRun search = env.run(
            { u"--store"_s, store.url, u"streams"_s, u"--search"_s, u"DROP TABLE"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(search.ndjson().size(), 1);
        QCOMPARE(search.ndjson().first().value(u"stream_id"_s).toString(), injection);
        const CliRun all = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(all.ndjson().size(), 2); // the events table is still there
    }

    void ndjsonFieldsAndExactNumbers_data() { addStoreKinds(); }
    void ndjsonFieldsAndExactNumbers()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const CliRun a = env.run({ u"--store"_s, store.url, u"append"_s, u"order-9"_s, u"--type"_s, u"OrderPlaced"_s,
            u"--data"_s, u"{\"id\":12345678901234567890, \"ratio\":1.0, \"neg\":-0.5e-3}"_s, u"--metadata"_s,
            u"{\"correlation_id\":\"corr-9\",\"actor\":\"me\"}"_s, u"--schema-version"_s, u"2"_s });
        QVERIFY2(a.exitCode == 0, a.describe().constData());
        for (const QString& command : { u"history"_s, u"read-all"_s, u"correlation"_s }) {
            QStringList args { u"--store"_s, store.url, command, u"--format"_s, u"ndjson"_s };
            if (command == u"history"_s)
                args << u"order-9"_s;
            if (command == u"correlation"_s)
                args << u"corr-9"_s;
            const CliRun r = env.run(args);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(r.outLines().size(), 1);
            const QByteArray line = r.outLines().first();
            QVERIFY2(line.contains("\"id\":12345678901234567890"), line.constData());
            QVERIFY2(line.contains("\"ratio\":1.0"), line.constData());
            QVERIFY2(line.contains("\"neg\":-0.5e-3"), line.constData());
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char* key : { "stream_id", "version", "position", "event_id", "type", "stream_type",
                     "schema_version", "recorded_at", "payload", "metadata" })
                QVERIFY2(o.contains(QString::fromLatin1(key)), key);
            QCOMPARE(o.value(u"stream_id"_s).toString(), u"order-9"_s);
            QCOMPARE(o.value(u"version"_s).toInteger(), 1);
            QCOMPARE(o.value(u"position"_s).toInteger(), 1);
            QCOMPARE(o.value(u"type"_s).toString(), u"OrderPlaced"_s);
            QCOMPARE(o.value(u"stream_type"_s).toString(), u"order"_s);
            QCOMPARE(o.value(u"schema_version"_s).toInteger(), 2);
            QVERIFY(!QUuid::fromString(o.value(u"event_id"_s).toString()).isNull());
            QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s)
                         .match(o.value(u"recorded_at"_s).toString())
                         .hasMatch(),
                line.constData());
            QCOMPARE(o.value(u"metadata"_s).toObject().value(u"correlation_id"_s).toString(), u"corr-9"_s);
            QVERIFY(!o.contains(u"corrupt"_s));
            // The import side of the engine reads the line back exactly.
            auto back = sagascope::eventFromNdjson(line, 1);
            QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().message));
            QCOMPARE(back->streamId, u"order-9"_s);
            QCOMPARE(back->event.schemaVersion, 2);
            QVERIFY(back->event.payload.contains("12345678901234567890"));
        }
    }

    void historyFilters_data() { addStoreKinds(); }
    void historyFilters()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (int i = 1; i <= 10; ++i) {
            const CliRun r = env.run({ u"--store"_s, store.url, u"append"_s, u"saga-f"_s, u"--type"_s,
                i % 2 ? u"TimerFired"_s : u"SignalReceived"_s, u"--data"_s, u"{\"i\":%1}"_s.arg(i) });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const auto versions = [&](QStringList extra) {
            const CliRun r = env.run(
                QStringList { u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--format"_s, u"ndjson"_s } + extra);
            return r.exitCode == 0 ? field(r.ndjson(), u"version"_s) : QList<qint64> { -r.exitCode };
        };
        QCOMPARE(versions({}), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
        QCOMPARE(versions({ u"--from-version"_s, u"3"_s, u"--to-version"_s, u"6"_s }), (QList<qint64> { 3, 4, 5, 6 }));
        QCOMPARE(versions({ u"--event-type"_s, u"SignalReceived"_s }), (QList<qint64> { 2, 4, 6, 8, 10 }));
        QCOMPARE(versions({ u"--event-type"_s, u"SignalReceived"_s, u"--event-type"_s, u"TimerFired"_s, u"--limit"_s,
                     u"3"_s }),
            (QList<qint64> { 1, 2, 3 }));
        QCOMPARE(versions({ u"--backward"_s, u"--limit"_s, u"2"_s }), (QList<qint64> { 10, 9 }));
        QCOMPARE(versions({ u"--backward"_s, u"--to-version"_s, u"4"_s, u"--event-type"_s, u"TimerFired"_s }),
            (QList<qint64> { 3, 1 }));
        QCOMPARE(versions({ u"--from-version"_s, u"11"_s }), (QList<qint64> {}));

        // since/until use the recorded times the store gave the events.
        const CliRun all = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--format"_s, u"ndjson"_s });
        const QList<QJsonObject> events = all.ndjson();
        const QString t3 = events[2].value(u"recorded_at"_s).toString();
        const QString t5 = events[4].value(u"recorded_at"_s).toString();
        QVERIFY(t3 < t5);
        QCOMPARE(versions({ u"--since"_s, t3, u"--until"_s, t5 }), (QList<qint64> { 3, 4, 5 }));
        QCOMPARE(versions({ u"--since"_s, t5, u"--event-type"_s, u"TimerFired"_s }), (QList<qint64> { 5, 7, 9 }));
        QCOMPARE(versions({ u"--until"_s, t3, u"--backward"_s }), (QList<qint64> { 3, 2, 1 }));

        const CliRun badTime
            = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--since"_s, u"tuesday"_s });
        QCOMPARE(badTime.exitCode, 1);
        QVERIFY2(badTime.oneSentenceError(), badTime.describe().constData());
        QVERIFY(badTime.errText().contains(u"--since"_s));
        const CliRun badFormat
            = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--format"_s, u"xml"_s });
        QCOMPARE(badFormat.exitCode, 1);
        // Ranges that are empty by mistake are usage errors, not empty histories.
        const CliRun reversed = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--from-version"_s,
            u"6"_s, u"--to-version"_s, u"3"_s });
        QCOMPARE(reversed.exitCode, 1);
        QVERIFY2(reversed.oneSentenceError(), reversed.describe().constData());
        QVERIFY(reversed.errText().contains(u"--from-version 6"_s));
        const CliRun backwards
            = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--since"_s, t5, u"--until"_s, t3 });
        QCOMPARE(backwards.exitCode, 1);
        QVERIFY2(backwards.oneSentenceError(), backwards.describe().constData());
        QCOMPARE(versions({ u"--from-version"_s, u"4"_s, u"--to-version"_s, u"4"_s }), (QList<qint64> { 4 }));

        // The table lists the same events with a header.
        const CliRun table = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-f"_s, u"--limit"_s, u"4"_s });
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.outLines();
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].contains("VERSION") && lines[0].contains("TYPE") && lines[0].contains("PAYLOAD"));
        // Aligned: every row starts its type column where the header does.
        const qsizetype typeColumn = lines[0].indexOf("TYPE");
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].mid(typeColumn).startsWith("TimerFired")
                    || lines[i].mid(typeColumn).startsWith("SignalReceived"),
                lines[i].constData());
    }

    void streamsFilters_data() { addStoreKinds(); }
    void streamsFilters()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QList<QStringList> appends { { u"order-1"_s, u"order"_s }, { u"order-2"_s, u"order"_s },
            { u"saga-checkout-1"_s, u"saga"_s }, { u"flow-1"_s, u"flow"_s }, { u"100%_sure"_s, u"misc"_s } };
        for (const QStringList& a : appends)
            QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, a[0], u"--type"_s, u"Created"_s,
                                 u"--stream-type"_s, a[1] })
                         .exitCode,
                0);
        const auto ids = [&](QStringList extra) {
            const CliRun r
                = env.run(QStringList { u"--store"_s, store.url, u"streams"_s, u"--format"_s, u"ndjson"_s } + extra);
            QStringList out;
            for (const QJsonObject& o : r.ndjson())
                out.append(o.value(u"stream_id"_s).toString());
            return out;
        };
        QCOMPARE(
            ids({}), (QStringList { u"100%_sure"_s, u"flow-1"_s, u"order-1"_s, u"order-2"_s, u"saga-checkout-1"_s }));
        QCOMPARE(ids({ u"--type"_s, u"order"_s }), (QStringList { u"order-1"_s, u"order-2"_s }));
        QCOMPARE(ids({ u"--search"_s, u"ORDER"_s }), (QStringList { u"order-1"_s, u"order-2"_s }));
        QCOMPARE(ids({ u"--search"_s, u"-1"_s }), (QStringList { u"flow-1"_s, u"order-1"_s, u"saga-checkout-1"_s }));
        QCOMPARE(ids({ u"--search"_s, u"check"_s, u"--prefix"_s }), QStringList {});
        QCOMPARE(ids({ u"--search"_s, u"saga"_s, u"--prefix"_s }), (QStringList { u"saga-checkout-1"_s }));
        QCOMPARE(ids({ u"--search"_s, u"%"_s }), (QStringList { u"100%_sure"_s }));
        QCOMPARE(ids({ u"--search"_s, u"_"_s }), (QStringList { u"100%_sure"_s }));
        QCOMPARE(ids({ u"--type"_s, u"saga"_s, u"--search"_s, u"order"_s }), QStringList {});
        QCOMPARE(ids({ u"--limit"_s, u"2"_s }), (QStringList { u"100%_sure"_s, u"flow-1"_s }));

        const CliRun json
            = env.run({ u"--store"_s, store.url, u"streams"_s, u"--type"_s, u"flow"_s, u"--format"_s, u"ndjson"_s });
        const QJsonObject flow = json.ndjson().first();
        for (const char* key : { "stream_id", "stream_type", "version", "last_position", "created_at", "updated_at" })
            QVERIFY2(flow.contains(QString::fromLatin1(key)), key);
        QCOMPARE(flow.value(u"version"_s).toInteger(), 1);
        QCOMPARE(flow.value(u"last_position"_s).toInteger(), 4);

        const CliRun table = env.run({ u"--store"_s, store.url, u"streams"_s, u"--type"_s, u"order"_s });
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.outLines().size(), 3);
        QVERIFY(table.outLines().first().startsWith("STREAM"));
    }

    void readAllPaging_data() { addStoreKinds(); }
    void readAllPaging()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, u"s-%1"_s.arg(i % 3), u"--type"_s, u"E"_s,
                                 u"--data"_s, u"{\"i\":%1}"_s.arg(i) })
                         .exitCode,
                0);
        QList<qint64> seen;
        qint64 from = 1;
        for (int page = 0; page < 5; ++page) {
            const CliRun r = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--from-position"_s,
                QString::number(from), u"--limit"_s, u"3"_s, u"--format"_s, u"ndjson"_s });
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            const QList<qint64> positions = field(r.ndjson(), u"position"_s);
            QVERIFY(positions.size() <= 3);
            if (positions.isEmpty())
                break;
            seen += positions;
            from = positions.last() + 1;
        }
        QCOMPARE(seen, (QList<qint64> { 1, 2, 3, 4, 5, 6, 7 }));
        const CliRun payloads = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(payloads.ndjson().size(), 7);
        QCOMPARE(payloads.ndjson().last().value(u"payload"_s).toObject().value(u"i"_s).toInt(), 7);
        const CliRun table = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--from-position"_s, u"6"_s });
        QCOMPARE(table.outLines().size(), 3);
        QVERIFY(table.outLines().first().contains("STREAM"));
    }

    void readAllOfTypes_data() { addStoreKinds(); }
    void readAllOfTypes()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (int i = 1; i <= 6; ++i)
            QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, u"s-%1"_s.arg(i % 4), u"--type"_s,
                                 i % 2 ? u"Placed"_s : u"Paid"_s, u"--data"_s, u"{\"i\":%1}"_s.arg(i) })
                         .exitCode,
                0);
        const CliRun paid = env.run(
            { u"--store"_s, store.url, u"read-all"_s, u"--event-type"_s, u"Paid"_s, u"--format"_s, u"ndjson"_s });
        QVERIFY2(paid.exitCode == 0, paid.describe().constData());
        QCOMPARE(field(paid.ndjson(), u"position"_s), (QList<qint64> { 2, 4, 6 }));
        for (const QJsonObject& e : paid.ndjson())
            QCOMPARE(e.value(u"type"_s).toString(), u"Paid"_s);
        const CliRun both
            = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--event-type"_s, u"Paid"_s, u"--event-type"_s,
                u"Placed"_s, u"--from-position"_s, u"2"_s, u"--limit"_s, u"3"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(field(both.ndjson(), u"position"_s), (QList<qint64> { 2, 3, 4 }));
        const CliRun none = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--event-type"_s, u"Refunded"_s });
        QCOMPARE(none.exitCode, 0);
    }

    // A stored payload that cannot be decoded is printed (raw, as a string) and flagged, the other
    // events still print, and the command exits 4 at the end.
    void corruptEventExitsFour_data() { addStoreKinds(); }
    void corruptEventExitsFour()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(env.run({ u"--store"_s, store.url, u"append"_s, u"c-1"_s, u"--type"_s, u"E"_s, u"--data"_s,
                                 u"{\"i\":%1}"_s.arg(i) })
                         .exitCode,
                0);
        const QString broken = u"{\"i\": 2, oops"_s;
        if (store.kind == u"sqlite"_s) {
            const QString path = store.url.mid(7);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"corrupt"_s);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.prepare(u"UPDATE events SET payload = ? WHERE stream_id = 'c-1' AND version = 2"_s));
                q.addBindValue(broken);
                QVERIFY(q.exec());
                db.close();
            }
            QSqlDatabase::removeDatabase(u"corrupt"_s);
        } else {
            QString error;
            QVERIFY2(store.database->exec(u"UPDATE sagascope.events SET payload = '{\"i\": 2, oops' "
                                          "WHERE stream_id = 'c-1' AND version = 2"_s,
                         &error),
                qPrintable(error));
        }
        const CliRun r = env.run({ u"--store"_s, store.url, u"history"_s, u"c-1"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.oneSentenceError(), r.describe().constData());
        const QList<QJsonObject> events = r.ndjson();
        QCOMPARE(events.size(), 3);
        QVERIFY(!events[0].contains(u"corrupt"_s));
        QVERIFY(!events[1].value(u"corrupt"_s).toString().isEmpty());
        QCOMPARE(events[1].value(u"payload"_s).toString(), broken);
        QCOMPARE(events[2].value(u"payload"_s).toObject().value(u"i"_s).toInt(), 3);
        const CliRun table = env.run({ u"--store"_s, store.url, u"read-all"_s });
        QCOMPARE(table.exitCode, 4);
        QCOMPARE(table.outLines().size(), 4);
        QVERIFY(table.outText().contains(u"corrupt"_s));
    }

    // The embedded default store is created by init, append or demo only; reading a store that
    // does not exist says so and creates nothing.
    void defaultStoreMustBeCreatedFirst()
    {
        CliEnvironment env;
        for (const QStringList& args :
            { QStringList { u"streams"_s }, QStringList { u"history"_s, u"s"_s }, QStringList { u"read-all"_s },
                QStringList { u"correlation"_s, u"c"_s }, QStringList { u"state"_s, u"s"_s },
                QStringList { u"snapshots"_s, u"s"_s }, QStringList { u"verify"_s, u"--all"_s },
                QStringList { u"export"_s }, QStringList { u"snapshot"_s, u"s"_s } }) {
            const CliRun r = env.run(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
            QVERIFY2(r.errText().contains(u"no store yet"_s), r.describe().constData());
            QVERIFY2(r.errText().contains(u"init"_s) && r.errText().contains(u"demo"_s), r.describe().constData());
        }
        QVERIFY(!QFile::exists(env.defaultStorePath()));
        const CliRun init = env.run({ u"init"_s });
        QVERIFY2(init.exitCode == 0, init.describe().constData());
        QVERIFY(QFile::exists(env.defaultStorePath()));
        QVERIFY2(init.outText().contains(env.defaultStorePath()), init.describe().constData());
        const CliRun streams = env.run({ u"streams"_s });
        QCOMPARE(streams.exitCode, 0);
        QVERIFY(streams.out.isEmpty());
        QCOMPARE(env.run({ u"append"_s, u"s-1"_s, u"--type"_s, u"E"_s }).exitCode, 0);
        QCOMPARE(env.run({ u"streams"_s, u"--format"_s, u"ndjson"_s }).outLines().size(), 1);
    }

    void helpForTheToolAndEveryCommand()
    {
        CliEnvironment env;
        const CliRun help = env.run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().startsWith(u"Usage: sagascope-cli"_s));
        const QStringList commands { u"init"_s, u"append"_s, u"streams"_s, u"history"_s, u"read-all"_s,
            u"correlation"_s, u"state"_s, u"diff"_s, u"snapshot"_s, u"snapshots"_s, u"verify"_s, u"export"_s,
            u"import"_s, u"demo"_s };
        for (const QString& command : commands) {
            QVERIFY2(help.outText().contains(u"  "_s + command + u" "_s), qPrintable(command));
            for (const QStringList& args : { QStringList { command, u"--help"_s }, QStringList { u"help"_s, command },
                     QStringList { command, u"-h"_s } }) {
                const CliRun r = env.run(args);
                QVERIFY2(r.exitCode == 0, r.describe().constData());
                QVERIFY2(r.outText().startsWith(u"Usage: sagascope-cli "_s + command), r.describe().constData());
                QVERIFY(r.outText().contains(u"--store"_s));
                QVERIFY(r.err.isEmpty());
            }
        }
        QCOMPARE(env.run({ u"--version"_s }).exitCode, 0);
        const CliRun none = env.run({});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.oneSentenceError(), none.describe().constData());
        const CliRun unknown = env.run({ u"frobnicate"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.oneSentenceError(), unknown.describe().constData());
        const CliRun badOption = env.run({ u"streams"_s, u"--colour"_s });
        QCOMPARE(badOption.exitCode, 1);
        QVERIFY2(badOption.oneSentenceError(), badOption.describe().constData());
        const CliRun badStore = env.run({ u"--store"_s, u"ftp://example.com/x"_s, u"streams"_s });
        QCOMPARE(badStore.exitCode, 1);
        QVERIFY2(badStore.oneSentenceError(), badStore.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_commands.moc"
