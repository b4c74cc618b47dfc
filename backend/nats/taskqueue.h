// SPDX-License-Identifier: MIT
// The task queue: activity tasks published to a named queue on a JetStream work-queue stream,
// taken by workers that share one durable pull consumer per queue, so that each task goes to one
// worker at a time and leaves the stream once acknowledged. A failed task comes back after a
// growing delay (NAK with delay) until its attempts are used up; then it is copied to the
// dead-letter stream with the reason and terminated. A task whose worker dies comes back after the
// ack wait. Blocking; a worker is used by one thread at a time.
//
// Acknowledgements alone cannot make "each task done once": a delivery can outlive its ack wait
// (a slow worker, or messages that waited in a client's buffer) while the server hands the task to
// another worker, and the server confirms both acks. So every settled task also gets one record in
// the results stream, on a subject of its own, written with "no message on this subject yet" as a
// condition: the first worker to settle a task wins, a later one learns it lost and reports nothing.
// Workers also skip tasks whose record exists before they start on them.
#pragma once

#include "error.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <memory>

namespace sagascope::nats {

class NatsConnection;

namespace taskheader {
inline constexpr char taskId[] = "Task-Id";
inline constexpr char queue[] = "Task-Queue";
inline constexpr char attempts[] = "Task-Attempts";
inline constexpr char error[] = "Task-Error";
inline constexpr char status[] = "Task-Status";
inline constexpr char worker[] = "Task-Worker";
} // namespace taskheader

struct TaskQueueSettings
{
    QString streamName = QStringLiteral("SAGA_TASKS");
    QString subjectPrefix = QStringLiteral("saga.tasks"); // a queue's subject is PREFIX.QUEUE
    QString deadLetterStream = QStringLiteral("SAGA_TASKS_FAILED");
    QString deadLetterPrefix = QStringLiteral("saga.tasks-failed"); // PREFIX.QUEUE
    // One record per settled task (done or failed), on subject PREFIX.QUEUE.TASK_ID.
    QString resultsStream = QStringLiteral("SAGA_TASK_RESULTS");
    QString resultsPrefix = QStringLiteral("saga.task-results");
    qint64 resultsMaxAgeSeconds = 7 * 24 * 3600; // a redelivery older than this could run twice
    int maxAttempts = 5;
    int backoffBaseMs = 1000; // the delay after the first failure; doubled after each next one
    int backoffMaxMs = 60000;
    int ackWaitSeconds = 30; // a task whose worker died comes back after this long
};

struct Task
{
    QUuid taskId;
    QString queue;
    QJsonObject payload;
    int attempt = 1; // 1 on first delivery
    quint64 streamSequence = 0;
    qint64 publishedAtUs = 0;
    QString malformedReason; // a message on the queue that is not a task (not a JSON object, no id)
};

enum class TaskOutcome
{
    Done, // recorded as done by this worker and acknowledged
    Retried, // will come back after the backoff delay
    DeadLettered, // attempts used up: copied to the dead-letter stream, recorded as failed, terminated
    SettledElsewhere, // another worker settled it first; this worker's result is dropped
};

class TaskQueue
{
public:
    // Makes sure the work-queue and dead-letter streams exist.
    static Result<std::unique_ptr<TaskQueue>> open(NatsConnection& connection, const TaskQueueSettings& settings = {});
    ~TaskQueue();

    // Publishes a task (a null id gets a fresh one); a repeated id within two minutes is dropped.
    Result<QUuid> publish(const QString& queue, const QJsonObject& payload, const QUuid& taskId = {});
    // The delay before attempt `attempt + 1` after attempt `attempt` failed.
    int backoffMs(int attempt) const;

    const TaskQueueSettings& settings() const { return m_settings; }
    NatsConnection& connection() const { return m_connection; }
    Result<QString> subjectFor(const QString& queue) const;
    // Where the record of a settled task goes.
    QString resultSubjectFor(const QString& queue, const QUuid& taskId) const;

private:
    TaskQueue(NatsConnection& connection, const TaskQueueSettings& settings);
    NatsConnection& m_connection;
    TaskQueueSettings m_settings;
};

class TaskWorker
{
public:
    // `workerName` goes into the results records (default: host name and process id).
    static Result<std::unique_ptr<TaskWorker>> open(
        TaskQueue& queue, const QString& queueName, const QString& workerName = {});
    ~TaskWorker();

    // Up to `max` tasks, waiting at most `timeoutMs` for the first; each must be completed or
    // failed. Tasks that already have a result (settled by another worker) are acknowledged and
    // left out.
    Result<QList<Task>> fetch(int max, int timeoutMs);
    // Done or SettledElsewhere; either way the task will not come back.
    Result<TaskOutcome> complete(const Task& task, const QJsonObject& result = {});
    Result<TaskOutcome> fail(const Task& task, const QString& reason);

    QString workerName() const;
    // Tasks fetched that another worker had settled already (e.g. redeliveries of a slow worker's tasks).
    qint64 skippedSettled() const;

private:
    struct Private;
    explicit TaskWorker(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sagascope::nats
