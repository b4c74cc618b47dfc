// SPDX-License-Identifier: MIT
// `sagascope-cli demo` against a fresh SQLite file and a fresh PostgreSQL database: it writes the
// data set, a second run writes nothing, and the data links orders, sagas and flows.
#include "clirunner.h"

#include <QRegularExpression>
#include <QSet>

using namespace sagascope::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct DemoCounts
{
    qint64 events = -1;
    qint64 written = -1;
    qint64 alreadyStored = -1;
};

DemoCounts countsFrom(const CliRun& r)
{
    const auto m = QRegularExpression(u"(\\d+) events \\((\\d+) new, (\\d+) already stored\\)"_s).match(r.outText());
    if (!m.hasMatch())
        return {};
    return { m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong() };
}

QStringList streamIds(const CliEnvironment& env, const QString& url, const QString& type)
{
    const CliRun r = env.run({ u"--store"_s, url, u"streams"_s, u"--type"_s, type, u"--format"_s, u"ndjson"_s });
    QStringList ids;
    for (const QJsonObject& o : r.ndjson())
        ids.append(o.value(u"stream_id"_s).toString());
    return ids;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoWritesTheDataSetOnce_data() { addStoreKinds(); }
    void demoWritesTheDataSetOnce()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const QStringList demo { u"--store"_s, store.url, u"demo"_s, u"--streams"_s, u"12"_s, u"--long-stream-events"_s,
            u"2000"_s };
        const CliRun first = env.run(demo);
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        const DemoCounts c1 = countsFrom(first);
        QVERIFY2(c1.events > 2000, first.describe().constData());
        QCOMPARE(c1.written, c1.events);
        QCOMPARE(c1.alreadyStored, 0);
        QVERIFY2(first.err.isEmpty(), first.describe().constData()); // no progress noise when not on a terminal

        const CliRun all = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.outLines().size(), c1.events);

        const CliRun second = env.run(demo);
        QVERIFY2(second.exitCode == 0, second.describe().constData());
        const DemoCounts c2 = countsFrom(second);
        QCOMPARE(c2.events, c1.events);
        QCOMPARE(c2.written, 0);
        QCOMPARE(c2.alreadyStored, c1.events);
        const CliRun after = env.run({ u"--store"_s, store.url, u"read-all"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(after.outLines().size(), c1.events);
        QCOMPARE(after.out, all.out); // not one byte changed

        QCOMPARE(streamIds(env, store.url, u"order"_s),
            (QStringList { u"order-0001"_s, u"order-0002"_s, u"order-0003"_s, u"order-0004"_s }));
        QCOMPARE(streamIds(env, store.url, u"flow"_s).size(), 4);
        QCOMPARE(streamIds(env, store.url, u"saga"_s),
            (QStringList { u"saga-checkout-0001"_s, u"saga-checkout-0002"_s, u"saga-checkout-0003"_s,
                u"saga-checkout-0004"_s, u"saga-long-0001"_s }));

        // The long saga has exactly the requested length and is read in pages.
        const CliRun longSaga
            = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-long-0001"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(longSaga.exitCode, 0);
        const QList<QJsonObject> events = longSaga.ndjson();
        QCOMPARE(events.size(), 2000);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].value(u"version"_s).toInteger(), i + 1);
        QCOMPARE(events.first().value(u"type"_s).toString(), u"WorkflowExecutionStarted"_s);
        const CliRun backward = env.run({ u"--store"_s, store.url, u"history"_s, u"saga-long-0001"_s, u"--backward"_s,
            u"--from-version"_s, u"1990"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(backward.ndjson().size(), 11);
        QCOMPARE(backward.ndjson().first().value(u"version"_s).toInteger(), 2000);
    }

    // One correlation id links an order, its checkout saga and its fulfilment flow; causation ids
    // point at the causing event in another stream.
    void demoLinksOrdersSagasAndFlows_data() { addStoreKinds(); }
    void demoLinksOrdersSagasAndFlows()
    {
        FRESH_CLI_STORE(store);
        CliEnvironment env;
        const CliRun demo = env.run(
            { u"--store"_s, store.url, u"demo"_s, u"--streams"_s, u"12"_s, u"--long-stream-events"_s, u"500"_s });
        QVERIFY2(demo.exitCode == 0, demo.describe().constData());

        const CliRun order
            = env.run({ u"--store"_s, store.url, u"history"_s, u"order-0001"_s, u"--format"_s, u"ndjson"_s });
        QCOMPARE(order.exitCode, 0);
        const QJsonObject placed = order.ndjson().first();
        QCOMPARE(placed.value(u"type"_s).toString(), u"OrderPlaced"_s);
        QVERIFY(QRegularExpression(u"\"payment_ref\":1\\d{19}[,}]"_s)
                    .match(QString::fromUtf8(order.outLines().first()))
                    .hasMatch());
        const QString correlation = placed.value(u"metadata"_s).toObject().value(u"correlation_id"_s).toString();
        QVERIFY(!correlation.isEmpty());

        const CliRun linked
            = env.run({ u"--store"_s, store.url, u"correlation"_s, correlation, u"--format"_s, u"ndjson"_s });
        QVERIFY2(linked.exitCode == 0, linked.describe().constData());
        QSet<QString> streams;
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject& e : linked.ndjson()) {
            streams.insert(e.value(u"stream_id"_s).toString());
            byId.insert(e.value(u"event_id"_s).toString(), e);
        }
        QCOMPARE(streams, (QSet<QString> { u"order-0001"_s, u"saga-checkout-0001"_s, u"flow-0001"_s }));
        // The saga was started by the order being placed.
        const QJsonObject sagaStart = linked.ndjson().at(1);
        QCOMPARE(sagaStart.value(u"stream_id"_s).toString(), u"saga-checkout-0001"_s);
        QCOMPARE(sagaStart.value(u"type"_s).toString(), u"WorkflowExecutionStarted"_s);
        QCOMPARE(sagaStart.value(u"metadata"_s).toObject().value(u"causation_id"_s).toString(),
            placed.value(u"event_id"_s).toString());
        // Every causation id in the case names an earlier event of the case.
        int crossStream = 0;
        for (const QJsonObject& e : linked.ndjson()) {
            const QString cause = e.value(u"metadata"_s).toObject().value(u"causation_id"_s).toString();
            if (cause.isEmpty())
                continue;
            QVERIFY2(byId.contains(cause), qPrintable(e.value(u"type"_s).toString()));
            QVERIFY(byId.value(cause).value(u"position"_s).toInteger() < e.value(u"position"_s).toInteger());
            if (byId.value(cause).value(u"stream_id"_s) != e.value(u"stream_id"_s))
                ++crossStream;
        }
        QVERIFY(crossStream >= 3);

        const CliRun table = env.run({ u"--store"_s, store.url, u"correlation"_s, correlation });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.outText().contains(u"FlowCompleted"_s) || table.outText().contains(u"StepStarted"_s));
    }

    void demoRejectsBadOptions()
    {
        CliEnvironment env;
        CliStore store = makeCliStore(u"sqlite"_s);
        for (const QStringList& extra :
            { QStringList { u"--streams"_s, u"-3"_s }, QStringList { u"--streams"_s, u"many"_s },
                QStringList { u"--long-stream-events"_s, u"x"_s }, QStringList { u"--batch-events"_s, u"0"_s } }) {
            const CliRun r = env.run(QStringList { u"--store"_s, store.url, u"demo"_s } + extra);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.oneSentenceError(), r.describe().constData());
        }
        // Another length of the long saga than the one stored is refused before anything is written.
        QCOMPARE(
            env.run({ u"--store"_s, store.url, u"demo"_s, u"--streams"_s, u"3"_s, u"--long-stream-events"_s, u"100"_s })
                .exitCode,
            0);
        const CliRun other = env.run(
            { u"--store"_s, store.url, u"demo"_s, u"--streams"_s, u"6"_s, u"--long-stream-events"_s, u"200"_s });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.oneSentenceError(), other.describe().constData());
        QVERIFY(other.errText().contains(u"100"_s) && other.errText().contains(u"200"_s));
        QCOMPARE(env.run({ u"--store"_s, store.url, u"streams"_s, u"--format"_s, u"ndjson"_s }).outLines().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_democommand.moc"
