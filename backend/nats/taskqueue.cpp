// SPDX-License-Identifier: MIT
#include "taskqueue.h"

#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"
#include "signalbus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

namespace sagascope::nats {

namespace {

constexpr qint64 nsPerMs = 1'000'000;

bool isQueueName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return pattern.match(name).hasMatch();
}

Error queueNameError(const QString& name)
{
    return Error { ErrorCode::InvalidInput,
        NatsTr::tr("The queue name \"%1\" may only use letters, digits, - and _ (at most 100).").arg(name) };
}

} // namespace

TaskQueue::TaskQueue(NatsConnection& connection, const TaskQueueSettings& settings)
    : m_connection(connection)
    , m_settings(settings)
{ }

TaskQueue::~TaskQueue() = default;

Result<std::unique_ptr<TaskQueue>> TaskQueue::open(NatsConnection& connection, const TaskQueueSettings& settings)
{
    StreamSpec work;
    work.name = settings.streamName;
    work.subject = settings.subjectPrefix + QLatin1String(".*");
    work.workQueue = true;
    if (auto ok = ensureJetStream(connection, work); !ok)
        return std::unexpected(ok.error());
    StreamSpec dead;
    dead.name = settings.deadLetterStream;
    dead.subject = settings.deadLetterPrefix + QLatin1String(".*");
    dead.maxAgeSeconds = 30 * 24 * 3600;
    if (auto ok = ensureJetStream(connection, dead); !ok)
        return std::unexpected(ok.error());
    StreamSpec results;
    results.name = settings.resultsStream;
    results.subject = settings.resultsPrefix + QLatin1String(".>");
    results.maxAgeSeconds = settings.resultsMaxAgeSeconds;
    if (auto ok = ensureJetStream(connection, results); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<TaskQueue>(new TaskQueue(connection, settings));
}

Result<QString> TaskQueue::subjectFor(const QString& queue) const
{
    if (!isQueueName(queue))
        return std::unexpected(queueNameError(queue));
    return m_settings.subjectPrefix + QLatin1Char('.') + queue;
}

QString TaskQueue::resultSubjectFor(const QString& queue, const QUuid& taskId) const
{
    return m_settings.resultsPrefix + QLatin1Char('.') + queue + QLatin1Char('.')
        + taskId.toString(QUuid::WithoutBraces);
}

int TaskQueue::backoffMs(int attempt) const
{
    qint64 delay = m_settings.backoffBaseMs;
    for (int i = 1; i < attempt && delay < m_settings.backoffMaxMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_settings.backoffMaxMs));
}

Result<QUuid> TaskQueue::publish(const QString& queue, const QJsonObject& payload, const QUuid& taskId)
{
    auto subject = subjectFor(queue);
    if (!subject)
        return std::unexpected(subject.error());
    const QUuid id = taskId.isNull() ? QUuid::createUuid() : taskId;
    const QByteArray idText = id.toString(QUuid::WithoutBraces).toLatin1();
    auto stored
        = publishToStream(m_connection, subject->toUtf8(), QJsonDocument(payload).toJson(QJsonDocument::Compact),
            { { taskheader::taskId, idText }, { taskheader::queue, queue.toUtf8() },
                { header::contentType, jsonContentType } },
            idText, 5000, [&] { return NatsTr::tr("publishing a task to queue %1").arg(queue); });
    if (!stored)
        return std::unexpected(stored.error());
    return id;
}

struct TaskWorker::Private
{
    TaskQueue* queue = nullptr;
    QString queueName;
    natsSubscription* subscription = nullptr;
    QHash<quint64, natsMsg*> leases; // by stream sequence: fetched, not yet settled
    QString workerName;
    // Tells this worker's own retried record publishes (dropped by JetStream as duplicates) from
    // another worker's record.
    QByteArray instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    qint64 skippedSettled = 0;

    ~Private()
    {
        // Handed back at once rather than after the ack wait: another worker can take them.
        for (natsMsg* msg : std::as_const(leases)) {
            natsMsg_Nak(msg, nullptr);
            natsMsg_Destroy(msg);
        }
        natsSubscription_Destroy(subscription);
    }

    // Whether the task has a record in the results stream.
    Result<bool> isSettled(const Task& task) const
    {
        const QByteArray stream = queue->settings().resultsStream.toUtf8();
        const QByteArray subject = queue->resultSubjectFor(queueName, task.taskId).toUtf8();
        natsMsg* found = nullptr;
        jsErrCode jerr = jsErrCode(0);
        const natsStatus s = js_GetLastMsg(
            &found, queue->connection().jetStream(), stream.constData(), subject.constData(), nullptr, &jerr);
        natsMsg_Destroy(found);
        if (s == NATS_OK)
            return true;
        if (s == NATS_NOT_FOUND || jerr == JSNoMessageFoundErr)
            return false;
        return std::unexpected(queue->connection().errorFor(
            s, jerr, NatsTr::tr("looking up the result of task %1").arg(task.taskId.toString(QUuid::WithoutBraces))));
    }

    // Writes the task's one result record; false when another worker's record is there already.
    Result<bool> recordResult(const Task& task, const char* status, const QByteArray& data,
        QList<QPair<QByteArray, QByteArray>> headers) const
    {
        const QByteArray idText = task.taskId.toString(QUuid::WithoutBraces).toLatin1();
        headers.append(
            { { taskheader::taskId, idText }, { taskheader::queue, queueName.toUtf8() }, { taskheader::status, status },
                { taskheader::attempts, QByteArray::number(task.attempt) }, { taskheader::worker, workerName.toUtf8() },
                { header::contentType, jsonContentType }, { "Nats-Expected-Last-Subject-Sequence", "0" } });
        const QByteArray msgId = "result-" + instanceId + '-' + QByteArray::number(task.streamSequence) + '-'
            + QByteArray::number(task.attempt);
        auto stored = publishToStream(queue->connection(), queue->resultSubjectFor(queueName, task.taskId).toUtf8(),
            data, headers, msgId, 5000,
            [&] { return NatsTr::tr("recording the result of task %1").arg(QString::fromLatin1(idText)); });
        if (!stored && stored.error().code == ErrorCode::Conflict)
            return false;
        if (!stored)
            return std::unexpected(stored.error());
        return true;
    }

    Result<natsMsg*> take(const Task& task)
    {
        natsMsg* msg = leases.take(task.streamSequence);
        if (!msg)
            return sagascope::fail(ErrorCode::InvalidInput,
                NatsTr::tr("Task %1 is not held by this worker.").arg(task.taskId.toString(QUuid::WithoutBraces)));
        return msg;
    }
};

TaskWorker::TaskWorker(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

TaskWorker::~TaskWorker() = default;

Result<std::unique_ptr<TaskWorker>> TaskWorker::open(
    TaskQueue& queue, const QString& queueName, const QString& workerName)
{
    auto subject = queue.subjectFor(queueName);
    if (!subject)
        return std::unexpected(subject.error());
    auto d = std::make_unique<Private>();
    d->queue = &queue;
    d->queueName = queueName;
    d->workerName = workerName.isEmpty()
        ? QStringLiteral("%1-%2").arg(QSysInfo::machineHostName(), QString::number(QCoreApplication::applicationPid()))
        : workerName;
    const QByteArray stream = queue.settings().streamName.toUtf8();
    const QByteArray filter = subject->toUtf8();
    const QByteArray durable = (QStringLiteral("tasks-") + queueName).toUtf8();
    jsSubOptions subOptions;
    jsSubOptions_Init(&subOptions);
    subOptions.Stream = stream.constData();
    subOptions.Config.AckPolicy = js_AckExplicit;
    subOptions.Config.AckWait = qint64(queue.settings().ackWaitSeconds) * 1000 * nsPerMs;
    // Attempts are counted by the worker, which dead-letters the last one with its reason; the
    // server must never drop a task silently.
    subOptions.Config.MaxDeliver = -1;
    subOptions.Config.MaxAckPending = 20000;
    jsErrCode jerr = jsErrCode(0);
    natsStatus s = js_PullSubscribe(&d->subscription, queue.connection().jetStream(), filter.constData(),
        durable.constData(), nullptr, &subOptions, &jerr);
    if (s != NATS_OK)
        return std::unexpected(queue.connection().errorFor(
            s, jerr, NatsTr::tr("opening the workers' consumer of queue %1").arg(queueName)));
    return std::unique_ptr<TaskWorker>(new TaskWorker(std::move(d)));
}

Result<QList<Task>> TaskWorker::fetch(int max, int timeoutMs)
{
    FetchedMessages fetched;
    jsErrCode jerr = jsErrCode(0);
    const natsStatus s = natsSubscription_Fetch(fetched.list(), d->subscription, max, timeoutMs, &jerr);
    QList<Task> tasks;
    if (s == NATS_TIMEOUT && fetched.size() == 0)
        return tasks;
    if (s != NATS_OK && fetched.size() == 0)
        return std::unexpected(
            d->queue->connection().errorFor(s, jerr, NatsTr::tr("fetching tasks of queue %1").arg(d->queueName)));
    for (int i = 0; i < fetched.size(); ++i) {
        natsMsg* msg = fetched.at(i);
        const RawMessage raw = copyMessage(msg);
        Task task;
        task.queue = d->queueName;
        task.streamSequence = raw.streamSequence;
        task.publishedAtUs = raw.publishedAtUs;
        task.attempt = int(std::max<quint64>(1, raw.deliveries));
        task.taskId = QUuid::fromString(QString::fromLatin1(headerValue(raw, taskheader::taskId)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw.data, &error);
        if (task.taskId.isNull())
            task.malformedReason
                = NatsTr::tr("the %1 header is missing or not a UUID").arg(QLatin1String(taskheader::taskId));
        else if (!document.isObject())
            task.malformedReason = NatsTr::tr("the payload is not a JSON object");
        task.payload = document.object();
        if (task.malformedReason.isEmpty()) {
            auto settled = d->isSettled(task);
            if (settled && *settled) {
                // Settled by another worker: acknowledged so that it leaves the queue for good.
                natsMsg_Ack(msg, nullptr);
                ++d->skippedSettled;
                continue;
            }
            // Unknown (a connection problem): the task goes ahead; its result record decides.
        }
        // The list keeps ownership of the rest; this one is ours until it is settled.
        fetched.list()->Msgs[i] = nullptr;
        d->leases.insert(task.streamSequence, msg);
        tasks.append(std::move(task));
    }
    return tasks;
}

QString TaskWorker::workerName() const
{
    return d->workerName;
}

qint64 TaskWorker::skippedSettled() const
{
    return d->skippedSettled;
}

Result<TaskOutcome> TaskWorker::complete(const Task& task, const QJsonObject& result)
{
    auto msg = d->take(task);
    if (!msg)
        return std::unexpected(msg.error());
    MsgPtr owned(*msg);
    auto won = d->recordResult(task, "done", QJsonDocument(result).toJson(QJsonDocument::Compact), {});
    if (!won) {
        // Not recorded: handed back, so that a worker records it later.
        natsMsg_Nak(owned.get(), nullptr);
        return std::unexpected(won.error());
    }
    // The record is what counts; a lost acknowledgement only brings the task back to be skipped.
    jsErrCode jerr = jsErrCode(0);
    natsMsg_AckSync(owned.get(), nullptr, &jerr);
    return *won ? TaskOutcome::Done : TaskOutcome::SettledElsewhere;
}

Result<TaskOutcome> TaskWorker::fail(const Task& task, const QString& reason)
{
    auto msg = d->take(task);
    if (!msg)
        return std::unexpected(msg.error());
    MsgPtr owned(*msg);
    NatsConnection& connection = d->queue->connection();
    const TaskQueueSettings& settings = d->queue->settings();
    if (task.malformedReason.isEmpty() && task.attempt < settings.maxAttempts) {
        const natsStatus s = natsMsg_NakWithDelay(owned.get(), d->queue->backoffMs(task.attempt), nullptr);
        if (s != NATS_OK)
            return std::unexpected(connection.errorFor(s, 0, NatsTr::tr("handing back a failed task")));
        return TaskOutcome::Retried;
    }
    // The result record comes first: it decides whether this worker settles the task. The dead
    // letter is then stored before the task is terminated (a repeat is dropped as a duplicate).
    if (task.malformedReason.isEmpty()) {
        auto won = d->recordResult(task, "failed", {}, { { taskheader::error, reason.simplified().toUtf8() } });
        if (!won) {
            natsMsg_NakWithDelay(owned.get(), d->queue->backoffMs(task.attempt), nullptr);
            return std::unexpected(won.error());
        }
        if (!*won) {
            natsMsg_AckSync(owned.get(), nullptr, nullptr);
            return TaskOutcome::SettledElsewhere;
        }
    }
    const QString idText = task.taskId.isNull() ? QStringLiteral("seq-%1").arg(task.streamSequence)
                                                : task.taskId.toString(QUuid::WithoutBraces);
    const QByteArray deadSubject = (settings.deadLetterPrefix + QLatin1Char('.') + d->queueName).toUtf8();
    const QByteArray msgId = QByteArrayLiteral("dead-") + idText.toLatin1();
    auto stored = publishToStream(connection, deadSubject,
        QByteArray(natsMsg_GetData(owned.get()), natsMsg_GetDataLength(owned.get())),
        { { taskheader::taskId, idText.toLatin1() }, { taskheader::queue, d->queueName.toUtf8() },
            { taskheader::attempts, QByteArray::number(task.attempt) },
            { taskheader::error,
                (task.malformedReason.isEmpty() ? reason : task.malformedReason).simplified().toUtf8() } },
        msgId, 5000, [&] { return NatsTr::tr("recording failed task %1").arg(idText); });
    if (!stored) {
        natsMsg_NakWithDelay(owned.get(), d->queue->backoffMs(task.attempt), nullptr);
        return std::unexpected(stored.error());
    }
    const natsStatus s = natsMsg_Term(owned.get(), nullptr);
    if (s != NATS_OK)
        return std::unexpected(connection.errorFor(s, 0, NatsTr::tr("terminating failed task %1").arg(idText)));
    return TaskOutcome::DeadLettered;
}

} // namespace sagascope::nats
