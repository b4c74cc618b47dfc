// SPDX-License-Identifier: MIT
// Watches signals as they fly: an ordered consumer on the signal stream (from now, from a time or
// from the beginning) whose messages are decoded on nats.c's thread and handed to the owner's
// thread in batches, so that 50 000 messages per second cost a few queued calls, not 50 000.
// Malformed messages arrive too, marked with the reason. Lives in the thread that created it.
#pragma once

#include "signalmessage.h"

#include <QObject>

#include <memory>

namespace sagascope::nats {

class SignalBus;

enum class MonitorStart
{
    Now,
    Beginning,
    Time,
};

struct MonitorOptions
{
    MonitorStart start = MonitorStart::Now;
    qint64 sinceUs = 0; // for MonitorStart::Time
    QString subject; // a subject or wildcard within the signal stream; empty = every signal
    qsizetype maxPayloadBytes = defaultMaxSignalBytes;
};

class SignalMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SignalMonitor(SignalBus& bus, QObject* parent = nullptr);
    ~SignalMonitor() override;

    Result<void> start(const MonitorOptions& options);
    // No batch is delivered after this returns.
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void signalsReceived(const QList<sagascope::nats::ReceivedSignal>& batch);

private:
    struct Private;
    void deliverPending();
    SignalBus& m_bus;
    std::shared_ptr<Private> d;
};

} // namespace sagascope::nats
