// SPDX-License-Identifier: MIT
#include "taskboard.h"

#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"

#include <QHash>
#include <QMap>

#include <nats/nats.h>

#include <algorithm>

namespace sagascope::nats {

namespace {

jsOptions requestOptions()
{
    jsOptions options;
    jsOptions_Init(&options);
    options.Wait = TaskBoardReader::requestTimeoutMs;
    return options;
}

bool isMissing(natsStatus s, jsErrCode jerr)
{
    return s == NATS_NOT_FOUND || jerr == JSStreamNotFoundErr || jerr == JSConsumerNotFoundErr;
}

struct StreamInfoDeleter
{
    void operator()(jsStreamInfo* i) const { jsStreamInfo_Destroy(i); }
};
using StreamInfoPtr = std::unique_ptr<jsStreamInfo, StreamInfoDeleter>;

// The stream's info with its subjects under `filter` counted; null when the stream is missing.
Result<StreamInfoPtr> streamInfo(NatsConnection& connection, const QString& stream, const QString& filter)
{
    const QByteArray name = stream.toUtf8();
    const QByteArray subjects = filter.toUtf8();
    jsOptions options = requestOptions();
    if (!filter.isEmpty())
        options.Stream.Info.SubjectsFilter = subjects.constData();
    jsStreamInfo* info = nullptr;
    jsErrCode jerr = jsErrCode(0);
    const natsStatus s = js_GetStreamInfo(&info, connection.jetStream(), name.constData(), &options, &jerr);
    if (s == NATS_OK)
        return StreamInfoPtr(info);
    if (isMissing(s, jerr))
        return StreamInfoPtr();
    return std::unexpected(connection.errorFor(s, jerr, NatsTr::tr("reading the state of stream %1").arg(stream)));
}

// Message counts per queue: the subjects PREFIX.QUEUE of `info`.
QMap<QString, quint64> countsByQueue(const jsStreamInfo* info, const QString& prefix)
{
    QMap<QString, quint64> out;
    if (!info || !info->State.Subjects)
        return out;
    const QString head = prefix + QLatin1Char('.');
    for (int i = 0; i < info->State.Subjects->Count; ++i) {
        const QString subject = QString::fromUtf8(info->State.Subjects->List[i].Subject);
        if (subject.startsWith(head))
            out[subject.mid(head.size())] += info->State.Subjects->List[i].Msgs;
    }
    return out;
}

// The queue a task message belongs to: its header, else the subject PREFIX.QUEUE[.…].
QString queueOf(const RawMessage& raw, const QString& prefix)
{
    const QString queue = QString::fromUtf8(headerValue(raw, taskheader::queue));
    if (!queue.isEmpty() || !raw.subject.startsWith(prefix + QLatin1Char('.')))
        return queue;
    return raw.subject.mid(prefix.size() + 1).section(QLatin1Char('.'), 0, 0);
}

} // namespace

TaskBoardReader::TaskBoardReader(NatsConnection& connection, const TaskQueueSettings& settings)
    : m_connection(connection)
    , m_settings(settings)
{ }

Result<std::optional<RawMessage>> TaskBoardReader::message(
    const QString& stream, quint64 sequence, const std::function<QString()>& doing) const
{
    if (auto stop = cancelled())
        return std::unexpected(*stop);
    const QByteArray name = stream.toUtf8();
    jsOptions options = requestOptions();
    natsMsg* msg = nullptr;
    jsErrCode jerr = jsErrCode(0);
    const natsStatus s = js_GetMsg(&msg, m_connection.jetStream(), name.constData(), sequence, &options, &jerr);
    if (s != NATS_OK) {
        if (isMissing(s, jerr) || jerr == JSNoMessageFoundErr)
            return std::optional<RawMessage> {};
        return std::unexpected(m_connection.errorFor(s, jerr, doing()));
    }
    RawMessage raw = copyMessage(msg);
    // A message got by sequence carries no delivery metadata; the get answers these two.
    raw.streamSequence = natsMsg_GetSequence(msg);
    raw.publishedAtUs = natsMsg_GetTime(msg) / 1000;
    natsMsg_Destroy(msg);
    return std::optional<RawMessage>(std::move(raw));
}

std::optional<Error> TaskBoardReader::cancelled() const
{
    if (!m_cancelled.load())
        return std::nullopt;
    return Error { ErrorCode::Connection, NatsTr::tr("The look at the task queues was cancelled.") };
}

Result<TaskBoardSnapshot> TaskBoardReader::poll(int maxRecords, int maxLiveTasks)
{
    if (auto stop = cancelled())
        return std::unexpected(*stop);
    TaskBoardSnapshot snapshot;
    WorkRange work;
    auto queues = readQueues(work);
    if (!queues)
        return std::unexpected(queues.error());
    snapshot.queues = std::move(*queues);
    if (auto stop = cancelled())
        return std::unexpected(*stop);
    auto records = readRecords(std::max(1, maxRecords), &snapshot.skippedRecords);
    if (!records)
        return std::unexpected(records.error());
    snapshot.newRecords = std::move(*records);
    auto live = readLiveTasks(snapshot.queues, work, std::max(0, maxLiveTasks));
    if (!live)
        return std::unexpected(live.error());
    snapshot.liveTasks = std::move(*live);
    return snapshot;
}

Result<QList<QueueStatus>> TaskBoardReader::readQueues(WorkRange& range)
{
    auto work = streamInfo(m_connection, m_settings.streamName, m_settings.subjectPrefix + QStringLiteral(".>"));
    if (!work)
        return std::unexpected(work.error());
    if (*work)
        range = WorkRange { (*work)->State.FirstSeq, (*work)->State.LastSeq, (*work)->State.Msgs };
    QMap<QString, QueueStatus> byName;
    for (const auto& [queue, count] : countsByQueue(work->get(), m_settings.subjectPrefix).asKeyValueRange())
        byName[queue].waiting = count;

    auto dead
        = streamInfo(m_connection, m_settings.deadLetterStream, m_settings.deadLetterPrefix + QStringLiteral(".>"));
    if (!dead)
        return std::unexpected(dead.error());
    for (const auto& [queue, count] : countsByQueue(dead->get(), m_settings.deadLetterPrefix).asKeyValueRange())
        byName[queue].deadLettered = count;

    if (*work) {
        // Workers of a queue share the durable consumer "tasks-QUEUE" (TaskWorker).
        const QByteArray stream = m_settings.streamName.toUtf8();
        jsOptions options = requestOptions();
        jsConsumerNamesList* names = nullptr;
        jsErrCode jerr = jsErrCode(0);
        natsStatus s = js_ConsumerNames(&names, m_connection.jetStream(), stream.constData(), &options, &jerr);
        if (s != NATS_OK && s != NATS_NOT_FOUND)
            return std::unexpected(m_connection.errorFor(
                s, jerr, NatsTr::tr("listing the workers of stream %1").arg(m_settings.streamName)));
        for (int i = 0; names && i < names->Count; ++i) {
            const QString consumer = QString::fromUtf8(names->List[i]);
            if (!consumer.startsWith(QLatin1String("tasks-")))
                continue;
            if (auto stop = cancelled()) {
                jsConsumerNamesList_Destroy(names);
                return std::unexpected(*stop);
            }
            jsConsumerInfo* info = nullptr;
            s = js_GetConsumerInfo(
                &info, m_connection.jetStream(), stream.constData(), names->List[i], &options, &jerr);
            if (s != NATS_OK) {
                if (isMissing(s, jerr))
                    continue; // deleted between the two requests
                jsConsumerNamesList_Destroy(names);
                return std::unexpected(
                    m_connection.errorFor(s, jerr, NatsTr::tr("reading the state of consumer %1").arg(consumer)));
            }
            QueueStatus& q = byName[consumer.mid(6)];
            q.hasConsumer = true;
            q.inProgress = info->NumAckPending;
            q.redelivered = info->NumRedelivered;
            q.idleWorkers = info->NumWaiting;
            q.undelivered = info->NumPending;
            q.deliveredUpTo = info->Delivered.Stream;
            jsConsumerInfo_Destroy(info);
        }
        jsConsumerNamesList_Destroy(names);
    }
    QList<QueueStatus> out;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        it->queue = it.key();
        out.append(*it);
    }
    return out;
}

Result<QList<LiveTask>> TaskBoardReader::readLiveTasks(
    const QList<QueueStatus>& queues, const WorkRange& work, int maxTasks)
{
    QList<LiveTask> out;
    if (maxTasks == 0 || queues.isEmpty() || work.messages == 0)
        return out;
    QHash<QString, quint64> deliveredUpTo;
    for (const QueueStatus& q : queues)
        deliveredUpTo.insert(q.queue, q.deliveredUpTo);
    // Settled tasks leave holes in the sequence; a bounded number of gets keeps a look short
    // even when many early tasks are settled and a few old ones are not.
    int budget = maxTasks * 3;
    for (quint64 seq = work.first; seq <= work.last && out.size() < maxTasks && budget > 0; ++seq, --budget) {
        auto raw = message(m_settings.streamName, seq,
            [seq] { return NatsTr::tr("reading queued task %1").arg(QString::number(seq)); });
        if (!raw)
            return std::unexpected(raw.error());
        if (!*raw)
            continue; // settled meanwhile
        LiveTask t;
        t.sequence = (*raw)->streamSequence;
        t.publishedAtUs = (*raw)->publishedAtUs;
        t.queue = queueOf(**raw, m_settings.subjectPrefix);
        t.taskId = QUuid::fromString(QString::fromLatin1(headerValue(**raw, taskheader::taskId)));
        t.handedOut = t.sequence <= deliveredUpTo.value(t.queue, 0);
        t.payload = (*raw)->data;
        out.append(std::move(t));
    }
    return out;
}

Result<QList<TaskRecord>> TaskBoardReader::readRecords(int maxRecords, quint64* skipped)
{
    auto results = streamInfo(m_connection, m_settings.resultsStream, {});
    if (!results)
        return std::unexpected(results.error());
    QList<TaskRecord> out;
    if (!*results)
        return out;
    const quint64 first = (*results)->State.FirstSeq;
    const quint64 last = (*results)->State.LastSeq;
    if (last <= m_lastSequence) {
        if (last < m_lastSequence)
            m_lastSequence = last; // the stream was recreated
        return out;
    }
    quint64 from = std::max(first, m_lastSequence + 1);
    if (last - from + 1 > quint64(maxRecords)) {
        *skipped = last - quint64(maxRecords) + 1 - from;
        from = last - quint64(maxRecords) + 1;
    }
    for (quint64 seq = from; seq <= last; ++seq) {
        auto raw = message(m_settings.resultsStream, seq,
            [seq] { return NatsTr::tr("reading task result %1").arg(QString::number(seq)); });
        if (!raw)
            return std::unexpected(raw.error());
        if (!*raw)
            continue; // aged out or removed
        TaskRecord r;
        r.sequence = (*raw)->streamSequence;
        r.timeUs = (*raw)->publishedAtUs;
        r.queue = queueOf(**raw, m_settings.resultsPrefix);
        r.taskId = QUuid::fromString(QString::fromLatin1(headerValue(**raw, taskheader::taskId)));
        r.status = QString::fromUtf8(headerValue(**raw, taskheader::status));
        r.attempts = headerValue(**raw, taskheader::attempts).toInt();
        r.worker = QString::fromUtf8(headerValue(**raw, taskheader::worker));
        r.error = QString::fromUtf8(headerValue(**raw, taskheader::error));
        out.append(std::move(r));
    }
    m_lastSequence = last;
    return out;
}

} // namespace sagascope::nats
