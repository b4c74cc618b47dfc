// SPDX-License-Identifier: MIT
#include "signalingester.h"

#include "eventstore.h"
#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"
#include "signalbus.h"

#include <QDeadlineTimer>
#include <QThread>

namespace sagascope::nats {

namespace {

constexpr qint64 nsPerMs = 1'000'000;
// A pause before retrying after NATS or the store failed, and the redelivery delay of a nak.
constexpr int retryPauseMs = 250;

} // namespace

NewEvent signalReceivedEvent(const ReceivedSignal& signal)
{
    QJsonObject payload {
        { QStringLiteral("signal_name"), signal.name },
        { QStringLiteral("payload"), signal.payload },
        { QStringLiteral("headers"), headersToJson(signal.headers) },
        { QStringLiteral("subject"), signal.subject },
    };
    QJsonObject metadata { { QStringLiteral("source"), QStringLiteral("nats") } };
    if (!signal.correlationId.isEmpty())
        metadata.insert(meta::correlationId, signal.correlationId);
    NewEvent event = NewEvent::fromJson(QString(signalReceivedType), payload, metadata);
    event.eventId = signal.eventId;
    return event;
}

struct SignalIngester::Private
{
    SignalBus* bus = nullptr;
    EventStore* store = nullptr;
    IngesterSettings settings;
    natsSubscription* subscription = nullptr;
    QByteArray stream;
    QByteArray durable;

    ~Private() { natsSubscription_Destroy(subscription); }

    Error error(natsStatus s, jsErrCode jerr, const QString& doing) const
    {
        return bus->connection().errorFor(s, jerr, doing);
    }
};

SignalIngester::SignalIngester(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

SignalIngester::~SignalIngester() = default;

Result<std::unique_ptr<SignalIngester>> SignalIngester::open(
    SignalBus& bus, EventStore& store, const IngesterSettings& settings)
{
    auto d = std::make_unique<Private>();
    d->bus = &bus;
    d->store = &store;
    d->settings = settings;
    d->stream = bus.settings().streamName.toUtf8();
    d->durable = settings.consumerName.toUtf8();
    const QByteArray& stream = d->stream;
    const QByteArray& durable = d->durable;
    const QByteArray subject = bus.subjects().wildcard().toUtf8();
    jsSubOptions subOptions;
    jsSubOptions_Init(&subOptions);
    subOptions.Stream = stream.constData();
    subOptions.Config.DeliverPolicy = js_DeliverAll;
    subOptions.Config.AckPolicy = js_AckExplicit;
    subOptions.Config.AckWait = qint64(settings.ackWaitSeconds) * 1000 * nsPerMs;
    subOptions.Config.MaxDeliver = -1; // a signal the store cannot take yet is retried, never dropped
    subOptions.Config.MaxAckPending = std::max(20000, settings.batchSize * 4);
    jsErrCode jerr = jsErrCode(0);
    natsStatus s = js_PullSubscribe(&d->subscription, bus.connection().jetStream(), subject.constData(),
        durable.constData(), nullptr, &subOptions, &jerr);
    if (s != NATS_OK)
        return std::unexpected(d->error(s, jerr,
            NatsTr::tr("opening the ingester's consumer %1 on stream %2")
                .arg(settings.consumerName, bus.settings().streamName)));
    return std::unique_ptr<SignalIngester>(new SignalIngester(std::move(d)));
}

Result<int> SignalIngester::step(IngestReport& report)
{
    FetchedMessages fetched;
    jsErrCode jerr = jsErrCode(0);
    const natsStatus s = natsSubscription_Fetch(
        fetched.list(), d->subscription, d->settings.batchSize, d->settings.fetchTimeoutMs, &jerr);
    if (s == NATS_TIMEOUT && fetched.size() == 0)
        return 0;
    if (s != NATS_OK && fetched.size() == 0)
        return std::unexpected(d->error(s, jerr, NatsTr::tr("fetching signals")));

    struct Pending
    {
        natsMsg* msg;
        ReceivedSignal signal;
    };
    QList<Pending> wellFormed;
    QList<AppendRequest> requests;
    for (int i = 0; i < fetched.size(); ++i) {
        natsMsg* msg = fetched.at(i);
        ReceivedSignal signal = decodeSignal(copyMessage(msg), d->bus->subjects(), d->settings.maxPayloadBytes);
        if (signal.isMalformed()) {
            // Terminated: redelivering it would never make it well-formed.
            natsMsg_Term(msg, nullptr);
            ++report.malformed;
            if (m_problem)
                m_problem(signal, signal.malformedReason);
            continue;
        }
        AppendRequest request;
        request.streamId = signal.sagaId;
        request.events = { signalReceivedEvent(signal) };
        requests.append(std::move(request));
        wellFormed.append({ msg, std::move(signal) });
    }
    if (requests.isEmpty())
        return fetched.size();

    // One request per signal, so that each is idempotent on its own: a redelivered batch may mix
    // signals stored before a crash with new ones.
    auto appended = d->store->appendBatch(requests);
    if (appended) {
        for (qsizetype i = 0; i < wellFormed.size(); ++i) {
            natsMsg_Ack(wellFormed[i].msg, nullptr);
            if ((*appended)[i].alreadyStored)
                ++report.alreadyStored;
            else
                ++report.recorded;
        }
        return fetched.size();
    }
    if (appended.error().code != ErrorCode::InvalidInput && appended.error().code != ErrorCode::Conflict) {
        // The store is away: have the signals redelivered shortly and let the caller wait.
        for (const Pending& p : std::as_const(wellFormed))
            natsMsg_NakWithDelay(p.msg, retryPauseMs, nullptr);
        return std::unexpected(appended.error());
    }
    // Some signal is refused (its event id stored with other content, or a stream of another
    // kind): record the others one by one and terminate the refused ones.
    for (qsizetype i = 0; i < wellFormed.size(); ++i) {
        auto one = d->store->append(requests[i]);
        if (one) {
            natsMsg_Ack(wellFormed[i].msg, nullptr);
            ++(one->alreadyStored ? report.alreadyStored : report.recorded);
        } else if (one.error().code == ErrorCode::InvalidInput || one.error().code == ErrorCode::Conflict) {
            natsMsg_Term(wellFormed[i].msg, nullptr);
            ++report.rejected;
            if (m_problem)
                m_problem(wellFormed[i].signal, one.error().message);
        } else {
            for (qsizetype j = i; j < wellFormed.size(); ++j)
                natsMsg_NakWithDelay(wellFormed[j].msg, retryPauseMs, nullptr);
            return std::unexpected(one.error());
        }
    }
    return fetched.size();
}

Result<IngestReport> SignalIngester::runOnce()
{
    IngestReport report;
    // Signals held unacked by a dead ingester come back after the ack wait; past twice that with
    // nothing arriving, whatever is still pending belongs to a live ingester.
    const int idleLimitMs = 2 * d->settings.ackWaitSeconds * 1000 + d->settings.fetchTimeoutMs;
    QDeadlineTimer idle(idleLimitMs);
    int failures = 0;
    for (;;) {
        auto handled = step(report);
        if (!handled) {
            // A few failures in a row end the run: --once must not wait forever for a server.
            if (++failures > 20)
                return std::unexpected(handled.error());
            QThread::msleep(retryPauseMs);
            continue;
        }
        failures = 0;
        if (*handled > 0) {
            idle.setRemainingTime(idleLimitMs);
            continue;
        }
        jsConsumerInfo* info = nullptr;
        jsErrCode jerr = jsErrCode(0);
        // Asked by name: nats.c 3.4 refuses natsSubscription_GetConsumerInfo on a pull
        // subscription bound to an existing durable.
        const natsStatus s = js_GetConsumerInfo(
            &info, d->bus->connection().jetStream(), d->stream.constData(), d->durable.constData(), nullptr, &jerr);
        if (s != NATS_OK)
            return std::unexpected(d->error(s, jerr, NatsTr::tr("reading the ingester's consumer")));
        const bool drained = info->NumPending == 0 && info->NumAckPending == 0;
        jsConsumerInfo_Destroy(info);
        if (drained || idle.hasExpired())
            return report;
    }
}

Result<IngestReport> SignalIngester::run(
    const std::atomic<bool>& stop, const std::function<void(const IngestReport&)>& progress)
{
    IngestReport report;
    while (!stop.load()) {
        auto handled = step(report);
        if (!handled) {
            // NATS reconnects by itself and the store's pool reopens connections: wait and retry.
            QThread::msleep(retryPauseMs);
            continue;
        }
        if (*handled > 0 && progress)
            progress(report);
    }
    return report;
}

} // namespace sagascope::nats
