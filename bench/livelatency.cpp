// SPDX-License-Identifier: MIT
#include "livelatency.h"

#include "benchstats.h"

#include "historymodel.h"
#include "liveupdates.h"
#include "storesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace sagascope;

namespace {

// The promise of the live history: a commit is on screen within 200 ms.
constexpr double yardstickMs = 200.0;
// Appends a second: steady traffic, not a burst that would only measure batching.
constexpr int appendsPerSecond = 200;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

AppendRequest oneEvent(int i)
{
    AppendRequest r;
    r.streamId = QStringLiteral("live-latency-1");
    r.streamType = QStringLiteral("bench");
    r.events.append(NewEvent::fromJson(QStringLiteral("Tick"), { { QStringLiteral("i"), i } }));
    return r;
}

} // namespace

bool benchLiveLatency(EventStore& writer, const QString& url, int appends, QTextStream& out, QTextStream& log)
{
    if (!writer.append(oneEvent(0))) {
        log << "live_latency: cannot write the first event" << Qt::endl;
        return false;
    }
    StoreSession session;
    OpenOptions options;
    options.readOnly = true;
    session.open(url, options);
    LiveUpdates live(&session);
    HistoryModel history(&session);
    QObject::connect(&live, &LiveUpdates::streamsGrew, &history, &HistoryModel::applyGrowth);
    QElapsedTimer wait;
    wait.start();
    while (!session.isOpen() && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    history.openStream(QStringLiteral("live-latency-1"));
    while ((history.rowCount() == 0 || live.state() != LiveUpdates::State::Live) && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (history.rowCount() != 1 || live.state() != LiveUpdates::State::Live) {
        log << "live_latency: the session did not open the stream live" << Qt::endl;
        return false;
    }

    // committedNs[v]: when the append of version v returned to the writer (its commit ack).
    std::vector<std::atomic<qint64>> committedNs(static_cast<size_t>(appends) + 2);
    std::vector<double> latencyMs;
    latencyMs.reserve(static_cast<size_t>(appends));
    QObject::connect(
        &history, &QAbstractItemModel::rowsInserted, &history, [&](const QModelIndex&, int first, int last) {
            const qint64 now = nowNs();
            for (int row = first; row <= last; ++row) {
                const qint64 committed = committedNs[static_cast<size_t>(row + 1)].load();
                if (committed > 0)
                    latencyMs.push_back(static_cast<double>(now - committed) / 1e6);
            }
        });
    std::atomic<bool> failed { false };
    std::thread writing([&] {
        const auto period = std::chrono::microseconds(1000000 / appendsPerSecond);
        auto next = std::chrono::steady_clock::now();
        for (int i = 1; i <= appends; ++i) {
            std::this_thread::sleep_until(next);
            next += period;
            auto result = writer.append(oneEvent(i));
            if (!result) {
                failed = true;
                return;
            }
            committedNs[static_cast<size_t>(result->lastVersion)].store(nowNs());
        }
    });
    while (history.rowCount() < appends + 1 && !failed && wait.elapsed() < 30000 + appends * 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    writing.join();
    if (failed || history.rowCount() != appends + 1) {
        log << "live_latency: " << history.rowCount() - 1 << " of " << appends << " appends reached the model"
            << Qt::endl;
        return false;
    }
    // A row can be inserted before the writer stored its ack time (the notification raced the
    // reply): those count as zero, the fastest possible.
    while (static_cast<int>(latencyMs.size()) < appends)
        latencyMs.push_back(0.0);
    log << "  live_latency: p50 " << percentile(latencyMs, 0.5) << " ms, p99 " << percentile(latencyMs, 0.99)
        << " ms, max " << percentile(latencyMs, 1.0) << " ms over " << appends << " appends at " << appendsPerSecond
        << "/s" << Qt::endl;
    printTimeRow(out, QStringLiteral("live_latency"), percentile(latencyMs, 0.99), yardstickMs);
    printTimeRow(out, QStringLiteral("live_latency_p50"), percentile(latencyMs, 0.5), yardstickMs);
    return true;
}
