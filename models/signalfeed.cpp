// SPDX-License-Identifier: MIT
#include "signalfeed.h"

#include "threadpriority.h"

#include "signalbus.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace sagascope {

SignalFeedWorker::SignalFeedWorker(std::shared_ptr<std::atomic<bool>> inFlight, int intervalMs)
    : m_inFlight(std::move(inFlight))
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SignalFeedWorker::flush);
    m_sinceFlush.start();
}

SignalFeedWorker::~SignalFeedWorker()
{
    m_monitor.reset();
}

void SignalFeedWorker::begin(
    std::shared_ptr<nats::SignalBus> bus, const nats::MonitorOptions& options, quint64 generation)
{
    end();
    m_generation = generation;
    m_bus = std::move(bus);
    m_monitor = std::make_unique<nats::SignalMonitor>(*m_bus);
    connect(m_monitor.get(), &nats::SignalMonitor::signalsReceived, this, &SignalFeedWorker::onSignals);
    auto result = m_monitor->start(options);
    if (!result) {
        m_monitor.reset();
        m_bus.reset();
    }
    Q_EMIT started(generation, result ? Error {} : result.error());
}

void SignalFeedWorker::end()
{
    m_monitor.reset();
    m_bus.reset();
    m_pending.clear();
    m_timer->stop();
}

void SignalFeedWorker::onSignals(const QList<nats::ReceivedSignal>& batch)
{
    m_pending.reserve(m_pending.size() + batch.size());
    for (const nats::ReceivedSignal& signal : batch)
        m_pending.append(SignalLogEntry::from(signal));
    if (m_timer->isActive())
        return;
    // After a quiet spell at once; within the interval, merged with what follows.
    const qint64 wait = m_intervalMs - m_sinceFlush.elapsed();
    if (wait <= 0)
        flush();
    else
        m_timer->start(static_cast<int>(wait));
}

void SignalFeedWorker::flush()
{
    if (m_pending.isEmpty())
        return;
    // The GUI has not taken the last batch yet: let this one grow instead of queueing another.
    if (m_inFlight->exchange(true)) {
        m_timer->start(std::max(1, m_intervalMs / 5));
        return;
    }
    m_sinceFlush.restart();
    Q_EMIT batchReady(m_generation, std::exchange(m_pending, {}));
}

SignalFeed::SignalFeed(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SignalLogEntry>();
    qRegisterMetaType<QList<SignalLogEntry>>();
    qRegisterMetaType<sagascope::Error>();
}

SignalFeed::~SignalFeed()
{
    stop(true);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void SignalFeed::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("signal-feed"));
    m_worker = new SignalFeedWorker(m_inFlight, intervalMs);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SignalFeedWorker::batchReady, this, &SignalFeed::onBatch);
    connect(m_worker, &SignalFeedWorker::started, this, &SignalFeed::onStarted);
    // Runs in the new thread, before the monitor subscribes there (nats.c's delivery thread for
    // the subscription is created from it and inherits the priority).
    connect(m_thread, &QThread::started, m_thread, &lowerCurrentThreadPriority, Qt::DirectConnection);
    m_thread->start();
}

void SignalFeed::start(std::shared_ptr<nats::SignalBus> bus, const nats::MonitorOptions& options)
{
    ensureThread();
    const quint64 generation = ++m_generation;
    m_inFlight->store(false);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, bus = std::move(bus), options, generation]() mutable {
            worker->begin(std::move(bus), options, generation);
        },
        Qt::QueuedConnection);
}

void SignalFeed::stop(bool wait)
{
    ++m_generation;
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, &SignalFeedWorker::end, wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

void SignalFeed::onBatch(quint64 generation, const QList<SignalLogEntry>& batch)
{
    m_inFlight->store(false);
    if (generation != m_generation)
        return;
    Q_EMIT signalsArrived(batch);
}

void SignalFeed::onStarted(quint64 generation, const Error& error)
{
    if (generation != m_generation)
        return;
    if (error.message.isEmpty()) {
        Q_EMIT started();
    } else {
        Q_EMIT startFailed(error);
    }
}

} // namespace sagascope
