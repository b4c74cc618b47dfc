// SPDX-License-Identifier: MIT
// The in-app ingester: records the signals of the signal stream as SignalReceived events in the
// open store, on a thread of its own (SignalIngester::run is a blocking loop), until stopped. A
// stop is a request: the loop notices it within one fetch (about half a second) and its thread
// ends on its own, letting go of the bus and the store it shared; only destruction waits.
#pragma once

#include "error.h"
#include "signalingester.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace sagascope {

class EventStore;

class SignalRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SignalRecorder(QObject* parent = nullptr);
    ~SignalRecorder() override;

    // The recording shares `bus` and `store` until its thread ends.
    void start(std::shared_ptr<nats::SignalBus> bus, std::shared_ptr<EventStore> store,
        const nats::IngesterSettings& settings = {});
    void stop();
    // Blocks until every recording thread has ended.
    void wait();
    bool isRunning() const { return m_current != nullptr; }
    // What the current recording did so far.
    nats::IngestReport report() const { return m_report; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(const sagascope::nats::IngestReport& report);
    // The recording ended on an error (it cannot open its consumer, or the store refuses).
    void failed(const sagascope::Error& error);

private:
    struct Run;
    void onFinished(quint64 id);

    Run* m_current = nullptr;
    QList<Run*> m_runs; // the current one and those still stopping
    nats::IngestReport m_report;
    quint64 m_lastRunId = 0;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::nats::IngestReport)
