// SPDX-License-Identifier: MIT
// For every stream of the demo data set and every version: the state through snapshot + tail,
// through a full replay and through time-travel checkpoints is the same.
#include "demodata.h"
#include "memoryeventstore.h"
#include "reducerregistry.h"
#include "snapshots.h"
#include "timetravel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace sagascope;

class TestDemoReplay : public QObject
{
    Q_OBJECT

    MemoryEventStore m_store;
    ReducerRegistry m_reducers;

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions options;
        options.streams = 12;
        options.longStreamEvents = 1000; // every version is compared: the cost grows with the square
        options.seed = 7;
        auto written = writeDemoData(m_store, options);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        QVERIFY(written->streams >= 13);
    }

    void everyStreamEveryVersion()
    {
        StreamFilter filter;
        filter.limit = 1000;
        const auto page = m_store.listStreams(filter);
        QVERIFY(page.has_value());
        QVERIFY(page->streams.size() >= 13);
        SnapshotManager snapshots(m_store, QStringLiteral("cbor"));
        SnapshotPolicy policy;
        policy.defaultEvery = 25; // several snapshots per ordinary stream too
        qint64 compared = 0;
        QSet<QString> reducersUsed;
        for (const StreamInfo& info : page->streams) {
            const auto reducer = m_reducers.forStreamType(info.streamType);
            reducersUsed.insert(reducer->name());
            QVERIFY(snapshots.applyPolicy(info.streamId, info.streamType, *reducer, 0, info.lastVersion, policy)
                        .has_value());
            TimeTravel travel(m_store, info.streamId, reducer, 40);
            QVERIFY(travel.buildCheckpoints().has_value());
            const auto events = m_store.readStream({ .streamId = info.streamId });
            QVERIFY(events.has_value());
            QCOMPARE(events->size(), info.lastVersion);
            auto replay = reducer->initialState();
            for (const RecordedEvent& e : *events) {
                Reducer::fold(*replay, e);
                const QJsonObject expected = replay->toJson();
                auto viaCheckpoint = travel.stateAt(e.version);
                QVERIFY(viaCheckpoint.has_value());
                if ((*viaCheckpoint)->toJson() != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 v%2: checkpoint state differs").arg(info.streamId).arg(e.version)));
                auto viaSnapshot = snapshots.stateAt(info.streamId, *reducer, e.version);
                QVERIFY(viaSnapshot.has_value());
                QVERIFY(viaSnapshot->warnings.isEmpty());
                if (viaSnapshot->state->toJson() != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 v%2: snapshot + tail state differs").arg(info.streamId).arg(e.version)));
                ++compared;
            }
        }
        QVERIFY(compared > 1100);
        QCOMPARE(
            reducersUsed, QSet<QString>({ QStringLiteral("saga"), QStringLiteral("order"), QStringLiteral("flow") }));
        qInfo("compared %lld states", compared);
    }

    // The demo histories fold without anomalies: the generator and the reducers agree.
    void demoHistoriesAreClean()
    {
        StreamFilter filter;
        filter.limit = 1000;
        const auto page = m_store.listStreams(filter);
        for (const StreamInfo& info : page->streams) {
            const auto reducer = m_reducers.forStreamType(info.streamType);
            SnapshotManager snapshots(m_store);
            const auto loaded = snapshots.stateAt(info.streamId, *reducer);
            QVERIFY(loaded.has_value());
            const QJsonObject state = loaded->state->toJson();
            QVERIFY2(!state.contains(QStringLiteral("anomalies")),
                qPrintable(info.streamId + QLatin1Char(' ')
                    + QString::fromUtf8(QJsonDocument(state.value(QStringLiteral("anomalies")).toArray()).toJson())));
            if (info.streamType == QLatin1String("flow") && state.value(QStringLiteral("completed")).toBool())
                QVERIFY2(state.value(QStringLiteral("flow_fingerprint_matches")).toBool(), qPrintable(info.streamId));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoReplay)
#include "tst_demoreplay.moc"
