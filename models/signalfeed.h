// SPDX-License-Identifier: MIT
// Feeds the Signals tab from the signal monitor without loading the GUI thread: the monitor lives
// on a thread of its own (starting and stopping it talks to the server), turns its batches into
// display rows there, and hands them to the GUI thread at most every `intervalMs` and only when
// the previous hand-over was taken, so a busy GUI gets fewer, larger batches instead of a queue.
// Every start gets a generation; batches of an earlier start are dropped.
#pragma once

#include "error.h"
#include "signallogentry.h"
#include "signalmonitor.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace sagascope::nats {
class SignalBus;
}

namespace sagascope {

class SignalFeedWorker;

class SignalFeed : public QObject
{
    Q_OBJECT
public:
    explicit SignalFeed(QObject* parent = nullptr);
    ~SignalFeed() override;

    // Watches the signal stream of `bus`, which the feed shares until the monitor has stopped.
    void start(std::shared_ptr<nats::SignalBus> bus, const nats::MonitorOptions& options);
    // No batch arrives after this returns; the monitor is stopped on its thread, which then lets
    // go of the bus. Blocks only with `wait`.
    void stop(bool wait = false);

Q_SIGNALS:
    void started();
    void startFailed(const sagascope::Error& error);
    void signalsArrived(const QList<sagascope::SignalLogEntry>& batch);

private:
    void onBatch(quint64 generation, const QList<SignalLogEntry>& batch);
    void onStarted(quint64 generation, const Error& error);
    void ensureThread();

    QThread* m_thread = nullptr;
    SignalFeedWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_inFlight = std::make_shared<std::atomic<bool>>(false);
    quint64 m_generation = 0;
    // The shortest time between two hand-overs: each costs the table a relayout of all its rows,
    // whatever the batch's size.
    static constexpr int intervalMs = 100;
};

// Lives on the feed's thread; internal to SignalFeed (declared here for moc).
class SignalFeedWorker : public QObject
{
    Q_OBJECT
public:
    SignalFeedWorker(std::shared_ptr<std::atomic<bool>> inFlight, int intervalMs);
    ~SignalFeedWorker() override;

    void begin(std::shared_ptr<nats::SignalBus> bus, const nats::MonitorOptions& options, quint64 generation);
    void end();

Q_SIGNALS:
    void started(quint64 generation, const sagascope::Error& error);
    void batchReady(quint64 generation, const QList<sagascope::SignalLogEntry>& batch);

private:
    void onSignals(const QList<nats::ReceivedSignal>& batch);
    void flush();

    std::shared_ptr<nats::SignalBus> m_bus; // outlives m_monitor, which uses it
    std::unique_ptr<nats::SignalMonitor> m_monitor;
    std::shared_ptr<std::atomic<bool>> m_inFlight;
    QList<SignalLogEntry> m_pending;
    QTimer* m_timer;
    QElapsedTimer m_sinceFlush;
    quint64 m_generation = 0;
    int m_intervalMs;
};

} // namespace sagascope
