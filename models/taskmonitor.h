// SPDX-License-Identifier: MIT
// Feeds the Tasks tab: while it is active and the NATS session has a bus, reads the task board
// every second on a worker thread (each look is a few JetStream requests) and puts what it read
// into the four models on the GUI thread. Never more than one look in flight; a look that
// returns after the bus went away is dropped.
#pragma once

#include "error.h"
#include "taskboard.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace sagascope::nats {
class SignalBus;
}

namespace sagascope {

class NatsSession;
class TaskLiveModel;
class TaskQueueModel;
class TaskResultModel;
class TaskWorkerModel;

class TaskMonitor : public QObject
{
    Q_OBJECT
public:
    // Shows the queues of the session's settings (NatsSessionSettings::tasks).
    explicit TaskMonitor(NatsSession* session, QObject* parent = nullptr);
    ~TaskMonitor() override;

    // Looks at once and then every intervalMs while active.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    // Looks now (if connected and no look is in flight).
    void pollNow();

    TaskQueueModel* queues() const { return m_queues; }
    TaskLiveModel* liveTasks() const { return m_live; }
    TaskResultModel* results() const { return m_results; }
    TaskWorkerModel* workers() const { return m_workers; }
    // Result records the last look left out because more than it reads at once had arrived.
    quint64 skippedRecords() const { return m_skipped; }

Q_SIGNALS:
    void polled(); // the models show the newest look
    void pollFailed(const sagascope::Error& error);

private:
    void onBusReady();
    void onBusClosing();
    void onPolled(quint64 generation, const Result<nats::TaskBoardSnapshot>& result);

    NatsSession* m_session;
    TaskQueueModel* m_queues;
    TaskLiveModel* m_live;
    TaskResultModel* m_results;
    TaskWorkerModel* m_workers;
    QTimer m_timer;
    bool m_active = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    quint64 m_skipped = 0;
    std::shared_ptr<nats::SignalBus> m_bus; // shared with each look, whose reader uses its connection
    std::shared_ptr<nats::TaskBoardReader> m_reader;
    // Declared last: destroyed first, so a running look ends before the reader goes.
    QThreadPool m_pool;
};

} // namespace sagascope
