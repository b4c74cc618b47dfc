// SPDX-License-Identifier: MIT
#include "signalmonitor.h"

#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"
#include "signalbus.h"

#include <QMetaObject>

#include <condition_variable>
#include <mutex>

namespace sagascope::nats {

// Shared with nats.c's delivery thread; kept alive until the subscription said it is complete.
struct SignalMonitor::Private
{
    natsSubscription* subscription = nullptr;
    SubjectTemplate subjects;
    qsizetype maxPayloadBytes = defaultMaxSignalBytes;
    qint64 sinceUs = 0; // messages stored before it are dropped here (see serverStartTimeNs)

    std::mutex mutex;
    std::condition_variable completeCondition;
    bool complete = false;
    SignalMonitor* owner = nullptr; // null once stopping: no more deliveries
    QList<ReceivedSignal> pending;
    bool deliveryQueued = false;

    static void onMessage(natsConnection*, natsSubscription*, natsMsg* msg, void* closure)
    {
        auto* d = static_cast<Private*>(closure);
        ReceivedSignal signal = decodeSignal(copyMessage(msg), d->subjects, d->maxPayloadBytes);
        natsMsg_Destroy(msg);
        if (signal.publishedAtUs < d->sinceUs)
            return;
        std::lock_guard lock(d->mutex);
        d->pending.append(std::move(signal));
        // One queued call per batch: later messages join the pending list until it is taken.
        if (!d->deliveryQueued && d->owner) {
            d->deliveryQueued = true;
            QMetaObject::invokeMethod(d->owner, &SignalMonitor::deliverPending, Qt::QueuedConnection);
        }
    }
    static void onComplete(void* closure)
    {
        auto* d = static_cast<Private*>(closure);
        std::lock_guard lock(d->mutex);
        d->complete = true;
        d->completeCondition.notify_all();
    }
};

namespace {

// nats.c 3.4 writes the fraction of a start time without its leading zeros (12 ms goes out as
// ".12", 120 ms), so a start early in its second would reach the server later than asked and
// skip signals. Such a start goes out as its whole second, which encodes exactly; the monitor
// drops what precedes the asked time itself.
qint64 serverStartTimeNs(qint64 sinceUs)
{
    constexpr qint64 usPerSecond = 1'000'000;
    constexpr qint64 firstFullFractionUs = 100'000; // nine digits of nanoseconds, nothing dropped
    const qint64 fractionUs = sinceUs % usPerSecond;
    const qint64 startUs = fractionUs >= firstFullFractionUs ? sinceUs : sinceUs - fractionUs;
    return startUs * 1000;
}

} // namespace

SignalMonitor::SignalMonitor(SignalBus& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    qRegisterMetaType<ReceivedSignal>();
    qRegisterMetaType<QList<ReceivedSignal>>();
}

SignalMonitor::~SignalMonitor()
{
    stop();
}

bool SignalMonitor::isRunning() const
{
    return d != nullptr;
}

Result<void> SignalMonitor::start(const MonitorOptions& options)
{
    stop();
    auto p = std::make_shared<Private>();
    p->subjects = m_bus.subjects();
    p->maxPayloadBytes = options.maxPayloadBytes;
    p->owner = this;

    const QByteArray stream = m_bus.settings().streamName.toUtf8();
    const QByteArray subject = (options.subject.isEmpty() ? m_bus.subjects().wildcard() : options.subject).toUtf8();
    jsSubOptions subOptions;
    jsSubOptions_Init(&subOptions);
    subOptions.Stream = stream.constData();
    // Ordered: the client recreates the consumer from the last sequence it saw after a gap or a
    // server restart, so the watcher loses nothing and sees nothing twice.
    subOptions.Ordered = true;
    switch (options.start) {
    case MonitorStart::Now:
        subOptions.Config.DeliverPolicy = js_DeliverNew;
        break;
    case MonitorStart::Beginning:
        subOptions.Config.DeliverPolicy = js_DeliverAll;
        break;
    case MonitorStart::Time:
        // Before the epoch's first second nothing is stored: everything the stream holds qualifies.
        if (options.sinceUs < 1'000'000) {
            subOptions.Config.DeliverPolicy = js_DeliverAll;
        } else {
            subOptions.Config.DeliverPolicy = js_DeliverByStartTime;
            subOptions.Config.OptStartTime = serverStartTimeNs(options.sinceUs);
        }
        p->sinceUs = options.sinceUs;
        break;
    }
    NatsConnection& connection = m_bus.connection();
    jsErrCode jerr = jsErrCode(0);
    natsStatus s = js_Subscribe(&p->subscription, connection.jetStream(), subject.constData(), &Private::onMessage,
        p.get(), nullptr, &subOptions, &jerr);
    if (s == NATS_OK)
        s = natsSubscription_SetOnCompleteCB(p->subscription, &Private::onComplete, p.get());
    // A burst must queue rather than be dropped as a slow consumer.
    if (s == NATS_OK)
        s = natsSubscription_SetPendingLimits(p->subscription, 1'000'000, 1 << 30);
    if (s != NATS_OK) {
        natsSubscription_Destroy(p->subscription);
        return std::unexpected(connection.errorFor(s, jerr,
            NatsTr::tr("subscribing to %1 on stream %2").arg(QString::fromUtf8(subject), m_bus.settings().streamName)));
    }
    d = std::move(p);
    return {};
}

void SignalMonitor::stop()
{
    if (!d)
        return;
    {
        std::lock_guard lock(d->mutex);
        d->owner = nullptr;
        d->pending.clear();
    }
    bool complete = false;
    if (natsSubscription_Unsubscribe(d->subscription) == NATS_OK) {
        std::unique_lock lock(d->mutex);
        // Bounded: the closure must outlive the last callback, but a stuck client must not hang us.
        complete = d->completeCondition.wait_for(lock, std::chrono::seconds(5), [this] { return d->complete; });
    }
    natsSubscription_Destroy(d->subscription);
    // Without the client's word that no callback runs any more, the closure is kept for good: a
    // few bytes lost beat a callback into freed memory.
    if (!complete)
        new std::shared_ptr<Private>(d);
    d.reset();
}

void SignalMonitor::deliverPending()
{
    if (!d)
        return;
    QList<ReceivedSignal> batch;
    {
        std::lock_guard lock(d->mutex);
        batch.swap(d->pending);
        d->deliveryQueued = false;
    }
    if (!batch.isEmpty())
        Q_EMIT signalsReceived(batch);
}

} // namespace sagascope::nats
