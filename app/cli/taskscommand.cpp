// SPDX-License-Identifier: MIT
// `tasks publish` puts a task on a queue; `tasks work` is a worker: it takes tasks, does them
// (printing each as an NDJSON line once its result is recorded in the results stream) and stops
// after --count tasks, after --idle seconds without work, or when interrupted.
#include "clinats.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "taskqueue.h"
#include "terminal.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace sagascope::cli {

namespace {

void printTaskLine(const nats::Task& task, const QString& status, const QJsonObject& extra = {})
{
    QJsonObject line {
        { QStringLiteral("task_id"), task.taskId.isNull() ? QString() : task.taskId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("queue"), task.queue },
        { QStringLiteral("status"), status },
        { QStringLiteral("attempt"), task.attempt },
        { QStringLiteral("payload"), task.payload },
        { QStringLiteral("stream_sequence"), double(task.streamSequence) },
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    writeOut(QByteArray(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n'));
    // Each line is a promise that the task is settled: it must not wait in a buffer.
    flushOut();
}

int runTasksPublish(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("tasks publish"), CliTr::tr("QUEUE --data JSON [options]"),
        CliTr::tr("Puts a task on a queue; one worker of the queue will do it."));
    cl.addPositional(CliTr::tr("QUEUE"), CliTr::tr("The queue name (letters, digits, - and _)."));
    cl.addValueOption(QStringLiteral("data"), CliTr::tr("JSON"), CliTr::tr("The task, a JSON object."));
    cl.addValueOption(QStringLiteral("task-id"), CliTr::tr("UUID"),
        CliTr::tr("The task id; the same id again within two minutes is dropped (default: a new id)."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    if (!cl.isSet(QStringLiteral("data")))
        return usageError(CliTr::tr("The tasks publish command needs --data JSON, the task."));
    auto payload = cl.jsonObjectValue(QStringLiteral("data"));
    if (!payload)
        return reportError(payload.error());
    auto taskId = cl.uuid(QStringLiteral("task-id"));
    if (!taskId)
        return reportError(taskId.error());
    auto connection = connectCliNats(context);
    if (!connection)
        return reportError(connection.error());
    auto queue = nats::TaskQueue::open(**connection);
    if (!queue)
        return reportError(queue.error());
    auto id = (*queue)->publish(cl.positional(0), *payload, *taskId);
    if (!id)
        return reportError(id.error());
    printLine(CliTr::tr("Published task %1 to queue %2.").arg(id->toString(QUuid::WithoutBraces), cl.positional(0)));
    return 0;
}

int runTasksWork(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("tasks work"), CliTr::tr("QUEUE [options]"),
        CliTr::tr("Works on a queue's tasks: prints each done task as an NDJSON line (task_id, queue, status, "
                  "attempt, worker, payload) once its result is recorded; a task another worker settled first is not "
                  "reported again."));
    cl.addPositional(CliTr::tr("QUEUE"), CliTr::tr("The queue name."));
    cl.addValueOption(QStringLiteral("count"), CliTr::tr("N"), CliTr::tr("Stop after N tasks."));
    cl.addValueOption(QStringLiteral("idle"), CliTr::tr("S"), CliTr::tr("Stop after S seconds without a task."));
    cl.addValueOption(QStringLiteral("fail"), CliTr::tr("REASON"),
        CliTr::tr("Fail every task with this reason (to try retries and the dead-letter stream)."));
    const nats::TaskQueueSettings defaults;
    cl.addValueOption(QStringLiteral("max-attempts"), CliTr::tr("N"),
        CliTr::tr("Attempts before a failing task goes to the dead-letter stream (default %1).")
            .arg(defaults.maxAttempts));
    cl.addValueOption(QStringLiteral("backoff-ms"), CliTr::tr("MS"),
        CliTr::tr("Delay after a first failure, doubled after each next one (default %1).")
            .arg(defaults.backoffBaseMs));
    cl.addValueOption(QStringLiteral("batch"), CliTr::tr("N"), CliTr::tr("Tasks taken at a time (default 50)."));
    cl.addValueOption(QStringLiteral("ack-wait"), CliTr::tr("S"),
        CliTr::tr("When the queue's consumer is created: seconds before tasks of a worker that died are handed out "
                  "again (default %1).")
            .arg(defaults.ackWaitSeconds));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto count = cl.integer(QStringLiteral("count"), 1);
    auto idle = cl.integer(QStringLiteral("idle"), 0);
    auto maxAttempts = cl.integer(QStringLiteral("max-attempts"), 1);
    auto backoff = cl.integer(QStringLiteral("backoff-ms"), 0);
    auto batch = cl.integer(QStringLiteral("batch"), 1);
    auto ackWait = cl.integer(QStringLiteral("ack-wait"), 1);
    for (const auto* option : { &count, &idle, &maxAttempts, &backoff, &batch, &ackWait }) {
        if (!*option)
            return reportError(option->error());
    }
    nats::TaskQueueSettings settings;
    settings.maxAttempts = int(maxAttempts->value_or(defaults.maxAttempts));
    settings.backoffBaseMs = int(backoff->value_or(defaults.backoffBaseMs));
    settings.ackWaitSeconds = int(std::min<qint64>(ackWait->value_or(defaults.ackWaitSeconds), 3600));
    const bool failing = cl.isSet(QStringLiteral("fail"));
    const QString failReason = cl.value(QStringLiteral("fail"));

    auto connection = connectCliNats(context);
    if (!connection)
        return reportError(connection.error());
    auto queue = nats::TaskQueue::open(**connection, settings);
    if (!queue)
        return reportError(queue.error());
    auto worker = nats::TaskWorker::open(**queue, cl.positional(0));
    if (!worker)
        return reportError(worker.error());
    const std::atomic<bool>& stopWorking = stopOnInterrupt();
    printNote(CliTr::tr("Working on queue %1.").arg(cl.positional(0)));

    const qint64 limit = count->value_or(0);
    const int takeAtOnce = int(std::min<qint64>(batch->value_or(50), 1000));
    qint64 done = 0;
    QDeadlineTimer idleDeadline
        = idle->has_value() ? QDeadlineTimer(std::chrono::seconds(**idle)) : QDeadlineTimer(QDeadlineTimer::Forever);
    while (!stopWorking.load() && (limit == 0 || done < limit) && !idleDeadline.hasExpired()) {
        const int want = int(limit == 0 ? takeAtOnce : std::min<qint64>(takeAtOnce, limit - done));
        auto tasks = (*worker)->fetch(want, 500);
        if (!tasks) {
            if (tasks.error().code != ErrorCode::Connection)
                return reportError(tasks.error());
            continue; // reconnecting
        }
        if (!tasks->isEmpty() && idle->has_value())
            idleDeadline.setRemainingTime(std::chrono::seconds(**idle));
        for (const nats::Task& task : std::as_const(*tasks)) {
            if (failing || !task.malformedReason.isEmpty()) {
                const QString reason = task.malformedReason.isEmpty() ? failReason : task.malformedReason;
                auto outcome = (*worker)->fail(task, reason);
                if (!outcome)
                    return reportError(outcome.error());
                if (*outcome == nats::TaskOutcome::SettledElsewhere)
                    continue; // another worker reported it
                if (*outcome == nats::TaskOutcome::Retried)
                    printTaskLine(task, QStringLiteral("retry"),
                        { { QStringLiteral("error"), reason },
                            { QStringLiteral("retry_in_ms"), (*queue)->backoffMs(task.attempt) } });
                else
                    printTaskLine(task, QStringLiteral("failed"), { { QStringLiteral("error"), reason } });
                continue;
            }
            auto completed = (*worker)->complete(task);
            if (!completed) {
                // Not recorded: the task comes back to some worker, which will report it.
                printNote(completed.error().message);
                continue;
            }
            if (*completed == nats::TaskOutcome::SettledElsewhere)
                continue; // a slower copy of a task another worker reported
            printTaskLine(task, QStringLiteral("done"), { { QStringLiteral("worker"), (*worker)->workerName() } });
            ++done;
        }
    }
    return 0;
}

} // namespace

int runTasks(const CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("publish"))
        return runTasksPublish(context, arguments.mid(1));
    if (sub == QLatin1String("work"))
        return runTasksWork(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printLine(CliTr::tr("Usage: sagascope-cli tasks publish QUEUE --data JSON [options]\n"
                            "       sagascope-cli tasks work QUEUE [options]\n"
                            "Run \"sagascope-cli tasks publish --help\" or \"… work --help\" for the options."));
        return 0;
    }
    return usageError(CliTr::tr("The tasks command needs publish or work; run \"sagascope-cli tasks --help\"."));
}

} // namespace sagascope::cli
