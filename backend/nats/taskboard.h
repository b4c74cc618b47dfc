// SPDX-License-Identifier: MIT
// What the task queues are doing, read from JetStream without taking part: per queue the tasks
// waiting, the ones a worker holds, redeliveries and idle workers (from the work-queue stream and
// each queue's consumer), the tasks dead-lettered, and the result records written since the last
// look (which worker settled which task, after how many attempts). Nothing is consumed or
// acknowledged. Blocking; one reader per thread.
#pragma once

#include "error.h"
#include "signalmessage.h"
#include "taskqueue.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>

namespace sagascope::nats {

class NatsConnection;

struct QueueStatus
{
    QString queue;
    quint64 waiting = 0; // in the work-queue stream: not settled yet (held by a worker or not)
    qint64 inProgress = 0; // delivered to a worker and not acknowledged yet
    quint64 undelivered = 0; // not yet handed to any worker
    qint64 redelivered = 0; // held again after a failure or a worker that went away
    qint64 idleWorkers = 0; // workers waiting for a task right now
    bool hasConsumer = false; // some worker has ever taken from this queue
    quint64 deadLettered = 0; // in the dead-letter stream
    quint64 deliveredUpTo = 0; // the last stream sequence handed to a worker
};

// A task still in a queue (not settled): what the work-queue stream holds for it.
struct LiveTask
{
    quint64 sequence = 0; // in the work-queue stream
    qint64 publishedAtUs = 0;
    QString queue;
    QUuid taskId;
    bool handedOut = false; // a worker has (or had, before a retry or its end) taken it
    QByteArray payload; // as published
};

struct TaskRecord
{
    quint64 sequence = 0; // in the results stream
    qint64 timeUs = 0;
    QString queue;
    QUuid taskId;
    QString status; // "done" or "failed"
    int attempts = 0;
    QString worker;
    QString error;
};

struct TaskBoardSnapshot
{
    QList<QueueStatus> queues; // by name
    QList<TaskRecord> newRecords; // oldest first
    QList<LiveTask> liveTasks; // the oldest unsettled tasks, at most `maxLiveTasks`
    quint64 skippedRecords = 0; // written since the last look but older than the newest `maxRecords`
};

class TaskBoardReader
{
public:
    TaskBoardReader(NatsConnection& connection, const TaskQueueSettings& settings = {});

    // One look. The first one reads the newest `maxRecords` result records, each next one those
    // written since (again at most the newest `maxRecords`). Streams that do not exist yet (no
    // task ever published) mean no queues, not an error. Each request waits at most
    // `requestTimeoutMs` for the server.
    Result<TaskBoardSnapshot> poll(int maxRecords = 500, int maxLiveTasks = 200);
    // From any thread: a look in progress stops after its current request (with an error), and
    // so does every later one. What the owner calls before the connection goes away.
    void cancel() { m_cancelled.store(true); }

    static constexpr int requestTimeoutMs = 2000;

private:
    // The sequences the work stream holds, as its info told them to readQueues.
    struct WorkRange
    {
        quint64 first = 0;
        quint64 last = 0;
        quint64 messages = 0;
    };

    // Also fills `work` from the same stream info request.
    Result<QList<QueueStatus>> readQueues(WorkRange& work);
    Result<QList<TaskRecord>> readRecords(int maxRecords, quint64* skipped);
    Result<QList<LiveTask>> readLiveTasks(const QList<QueueStatus>& queues, const WorkRange& work, int maxTasks);
    std::optional<Error> cancelled() const;
    // Message `sequence` of `stream`, or nothing when it is gone (settled, aged out).
    Result<std::optional<RawMessage>> message(
        const QString& stream, quint64 sequence, const std::function<QString()>& doing) const;

    NatsConnection& m_connection;
    TaskQueueSettings m_settings;
    quint64 m_lastSequence = 0;
    std::atomic<bool> m_cancelled { false };
};

} // namespace sagascope::nats

Q_DECLARE_METATYPE(sagascope::nats::TaskBoardSnapshot)
