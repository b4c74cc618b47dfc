// SPDX-License-Identifier: MIT
#include "taskmonitor.h"

#include "natssession.h"
#include "signalbus.h"
#include "tasklivemodel.h"
#include "taskqueuemodel.h"
#include "taskresultmodel.h"
#include "taskworkermodel.h"

namespace sagascope {

TaskMonitor::TaskMonitor(NatsSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_queues(new TaskQueueModel(this))
    , m_live(new TaskLiveModel(this))
    , m_results(new TaskResultModel(this))
    , m_workers(new TaskWorkerModel(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TaskMonitor::pollNow);
    connect(m_session, &NatsSession::busReady, this, &TaskMonitor::onBusReady);
    connect(m_session, &NatsSession::busClosing, this, &TaskMonitor::onBusClosing);
    if (m_session->hasBus())
        onBusReady();
}

TaskMonitor::~TaskMonitor()
{
    if (m_reader)
        m_reader->cancel();
    m_pool.waitForDone();
}

void TaskMonitor::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    pollNow();
}

void TaskMonitor::onBusReady()
{
    // A new connection starts a new picture: its reader reads the newest records again.
    ++m_generation;
    m_inFlight = false;
    m_bus = m_session->bus();
    m_reader = std::make_shared<nats::TaskBoardReader>(m_bus->connection(), m_session->settings().tasks);
    m_queues->setQueues({});
    m_live->setTasks({});
    m_results->clear();
    m_workers->clear();
    if (m_active)
        pollNow();
}

void TaskMonitor::onBusClosing()
{
    ++m_generation;
    // A look in flight keeps the connection open until it ends; cancelled, it stops after its
    // current request (which waits two seconds at most). Its answer is of an old generation.
    if (m_reader)
        m_reader->cancel();
    m_reader.reset();
    m_bus.reset();
    m_inFlight = false;
}

void TaskMonitor::pollNow()
{
    if (!m_reader || m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_pool.start([this, bus = m_bus, reader = m_reader, generation]() mutable {
        Result<nats::TaskBoardSnapshot> result = reader->poll();
        // The reader refers to the bus's connection: it goes first.
        reader.reset();
        bus.reset();
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onPolled(generation, result); }, Qt::QueuedConnection);
    });
}

void TaskMonitor::onPolled(quint64 generation, const Result<nats::TaskBoardSnapshot>& result)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (!result) {
        Q_EMIT pollFailed(result.error());
        return;
    }
    m_skipped = result->skippedRecords;
    m_queues->setQueues(result->queues);
    m_live->setTasks(result->liveTasks);
    m_results->addRecords(result->newRecords);
    m_workers->addRecords(result->newRecords);
    Q_EMIT polled();
}

} // namespace sagascope
