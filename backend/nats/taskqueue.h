// SPDX-License-Identifier: MIT
// The task queue: activity tasks published to a named queue on a JetStream work-queue stream,
// taken by workers that share one durable pull consumer per queue, so that each task goes to one
// worker at a time and leaves the stream once acknowledged. A failed task comes back after a
// growing delay (NAK with delay) until its attempts are used up; then it is copied to the
// dead-letter stream with the reason and terminated. A task whose worker dies comes back after the
// ack wait. Blocking; a worker is used by one thread at a time.
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
} // namespace taskheader

struct TaskQueueSettings
{
    QString streamName = QStringLiteral("SAGA_TASKS");
    QString subjectPrefix = QStringLiteral("saga.tasks"); // a queue's subject is PREFIX.QUEUE
    QString deadLetterStream = QStringLiteral("SAGA_TASKS_FAILED");
    QString deadLetterPrefix = QStringLiteral("saga.tasks-failed"); // PREFIX.QUEUE
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
    Retried, // will come back after the backoff delay
    DeadLettered, // attempts used up: copied to the dead-letter stream and terminated
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

private:
    TaskQueue(NatsConnection& connection, const TaskQueueSettings& settings);
    NatsConnection& m_connection;
    TaskQueueSettings m_settings;
};

class TaskWorker
{
public:
    static Result<std::unique_ptr<TaskWorker>> open(TaskQueue& queue, const QString& queueName);
    ~TaskWorker();

    // Up to `max` tasks, waiting at most `timeoutMs` for the first; each must be completed or failed.
    Result<QList<Task>> fetch(int max, int timeoutMs);
    // Acknowledged and confirmed by the server: the task will not come back.
    Result<void> complete(const Task& task);
    Result<TaskOutcome> fail(const Task& task, const QString& reason);

private:
    struct Private;
    explicit TaskWorker(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sagascope::nats
