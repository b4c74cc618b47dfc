// SPDX-License-Identifier: MIT
// Measures how responsive the window stays while the Signals tab watches a flood, for
// docs/performance.md: once the tab's feed is running, a second connection on its own thread
// publishes signals at a fixed rate (default 50 000 a second for 10 s) while a 5 ms timer on the
// GUI thread notes the longest gap between its ticks beyond its interval — the longest stall a
// user would feel. Driven by `sagascope --measure-monitor-stall`.
#pragma once

#include "natssession.h"
#include "signalload.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace sagascope {

class MainWindow;

class MonitorStallMeasurement : public QObject
{
    Q_OBJECT
public:
    MonitorStallMeasurement(MainWindow* window, const NatsSessionSettings& publisher,
        const nats::SignalLoadOptions& load, QObject* parent = nullptr);
    ~MonitorStallMeasurement() override;

    // Starts once the Signals tab's feed is running.
    void start();

Q_SIGNALS:
    // One JSON line; `ok` is false when the measurement could not run (the line says why).
    void finished(const QString& report, bool ok);

private:
    void begin();
    void onTick();
    void onLoadDone(const Result<nats::SignalLoadReport>& report);
    void finish();

    static constexpr int probeIntervalMs = 5;
    static constexpr int drainMs = 2000; // what was published is shown before the probe stops

    MainWindow* m_window;
    NatsSessionSettings m_publisher;
    nats::SignalLoadOptions m_load;
    QTimer m_probe;
    QElapsedTimer m_sinceTick;
    qint64 m_maxStallNs = 0;
    qint64 m_ticks = 0;
    qint64 m_stallsOver50 = 0;
    qint64 m_receivedAtStart = 0;
    bool m_started = false;
    std::atomic<bool> m_stop { false };
    std::thread m_publisherThread;
    nats::SignalLoadReport m_report;
    QString m_error;
};

} // namespace sagascope
