// SPDX-License-Identifier: MIT
#include "timetravelbench.h"

#include "benchstats.h"

#include "demodata.h"
#include "demolongsaga.h"
#include "sagareducer.h"
#include "snapshots.h"
#include "timetravel.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

using namespace sagascope;

namespace {

Result<QList<RecordedEvent>> readAllOf(EventStore& store, const QString& stream, qint64 last)
{
    QList<RecordedEvent> all;
    all.reserve(last);
    for (qint64 at = 0; at < last;) {
        StreamQuery q;
        q.streamId = stream;
        q.minVersion = at + 1;
        q.maxVersion = std::min(last, at + 10000);
        auto page = store.readStream(q);
        if (!page)
            return std::unexpected(page.error());
        if (page->isEmpty())
            break;
        at = page->last().version;
        all.append(std::move(*page));
    }
    return all;
}

// A full replay from the store: every event read in pages and folded.
Result<double> fullReplayMs(EventStore& store, const QString& stream, qint64 last, const Reducer& reducer)
{
    QElapsedTimer t;
    t.start();
    auto state = reducer.initialState();
    for (qint64 at = 0; at < last;) {
        StreamQuery q;
        q.streamId = stream;
        q.minVersion = at + 1;
        q.maxVersion = std::min(last, at + 10000);
        auto page = store.readStream(q);
        if (!page)
            return std::unexpected(page.error());
        if (page->isEmpty())
            break;
        for (const RecordedEvent& e : std::as_const(*page))
            Reducer::fold(*state, e);
        at = page->last().version;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

bool benchTimeTravel(EventStore& store, qint64 events, QTextStream& out, QTextStream& log)
{
    const QString stream = demo::demoLongSagaStreamId();
    auto info = store.streamInfo(stream);
    if (!info) {
        log << "writing a saga of " << events << " events (the demo's long saga)…" << Qt::endl;
        DemoOptions options;
        options.streams = 0;
        options.longStreamEvents = events;
        if (auto written = writeDemoData(store, options); !written) {
            log << "  " << written.error().message << Qt::endl;
            return false;
        }
        info = store.streamInfo(stream);
        if (!info)
            return false;
    }
    const qint64 last = info->lastVersion;
    SagaReducer reducer;

    // fold: decoded events folded by the saga reducer vs parsing the same payloads.
    log << "reading " << last << " events…" << Qt::endl;
    auto all = readAllOf(store, stream, last);
    if (!all)
        return false;
    std::vector<double> foldRates;
    std::vector<double> parseRates;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        qint64 parsed = 0;
        for (const RecordedEvent& e : std::as_const(*all))
            parsed += QJsonDocument::fromJson(e.payload).object().size();
        parseRates.push_back(double(all->size()) * 1e9 / double(std::max<qint64>(1, t.nsecsElapsed())));
        t.restart();
        auto state = reducer.initialState();
        for (const RecordedEvent& e : std::as_const(*all))
            Reducer::fold(*state, e);
        foldRates.push_back(double(all->size()) * 1e9 / double(std::max<qint64>(1, t.nsecsElapsed())));
        log << "  fold round " << round << ": " << qRound(foldRates.back()) << "/s, parse " << qRound(parseRates.back())
            << "/s (" << parsed << " members)" << Qt::endl;
    }
    const double fold = percentile(foldRates, 0.5);
    const double parse = percentile(parseRates, 0.5);
    printRatioRow(out, QStringLiteral("fold"), fold, parse, QStringLiteral("events/s"), fold / parse);
    all = {}; // give the memory back before the next measurements

    // state_at_random: checkpoints every K events, then states at random versions.
    constexpr int every = 250; // the tail a state costs: at most 250 events read and folded
    TimeTravel travel(store, stream, std::make_shared<SagaReducer>(), every);
    QElapsedTimer t;
    t.start();
    if (!travel.buildCheckpoints())
        return false;
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> ms;
    QRandomGenerator rng(2026);
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = 1 + qint64(rng.bounded(quint64(last)));
        t.restart();
        auto state = travel.stateAt(v);
        if (!state)
            return false;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double p50 = percentile(ms, 0.5);
    const double p99 = percentile(ms, 0.99);
    log << "  state_at_random: p50 " << p50 << " ms, p99 " << p99 << " ms, checkpoints built in " << buildMs << " ms"
        << Qt::endl;
    printRatioRow(out, QStringLiteral("state_at_random"), p99, 20, QStringLiteral("ms p99"), 20 / std::max(p99, 1e-3));
    // Building checkpoints is one replay plus a copy every K events: the yardstick is a plain replay.
    auto replayMs = fullReplayMs(store, stream, last, reducer);
    if (!replayMs)
        return false;
    printRatioRow(out, QStringLiteral("checkpoint_build"), buildMs, *replayMs, QStringLiteral("ms"),
        *replayMs / std::max(buildMs, 1e-3));

    // snapshot_load: head state from the newest snapshot + tail vs a full replay.
    SnapshotManager snapshots(store, QStringLiteral("cbor"));
    if (!snapshots.take(stream, reducer, std::max<qint64>(1, last - 50)))
        return false;
    std::vector<double> viaSnapshot;
    std::vector<double> viaReplay;
    for (int round = 0; round < 3; ++round) {
        t.restart();
        auto loaded = snapshots.stateAt(stream, reducer, last);
        if (!loaded || !loaded->fromSnapshot)
            return false;
        viaSnapshot.push_back(double(t.nsecsElapsed()) / 1e6);
        auto replayMs = fullReplayMs(store, stream, last, reducer);
        if (!replayMs)
            return false;
        viaReplay.push_back(*replayMs);
    }
    const double snap = percentile(viaSnapshot, 0.5);
    const double replay = percentile(viaReplay, 0.5);
    printRatioRow(
        out, QStringLiteral("snapshot_load"), snap, replay, QStringLiteral("ms"), replay / std::max(snap, 1e-3));
    return true;
}
