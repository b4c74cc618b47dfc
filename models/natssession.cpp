// SPDX-License-Identifier: MIT
#include "natssession.h"

#include "modelstr.h"
#include "signalfeed.h"
#include "signalrecorder.h"
#include "threadpriority.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>

namespace sagascope {

// The connection and the bus on it, shared by the session and whoever uses the bus.
struct NatsSession::Link
{
    std::unique_ptr<nats::NatsConnection> connection;
    std::unique_ptr<nats::SignalBus> bus; // after its connection: destroyed before it

    // Closing drains the connection and waits for nats.c to confirm (seconds when the server is
    // gone), so the last share may be dropped on any thread, the GUI's included, and the close
    // itself always runs on a worker.
    static std::shared_ptr<Link> share(
        std::unique_ptr<nats::NatsConnection> connection, std::unique_ptr<nats::SignalBus> bus)
    {
        return std::shared_ptr<Link>(new Link { std::move(connection), std::move(bus) },
            [](Link* link) { QThreadPool::globalInstance()->start([link] { delete link; }); });
    }
    // A QObject may be destroyed on another thread once it belongs to none.
    static void release(std::shared_ptr<Link>& link)
    {
        if (link->connection->thread() == QThread::currentThread())
            link->connection->moveToThread(nullptr);
        link.reset();
    }
};

// What a worker's connect hands to the GUI thread. Not taken (the session moved on meanwhile),
// it is closed like a link.
struct NatsSession::Opened
{
    std::unique_ptr<nats::NatsConnection> connection;
    std::unique_ptr<nats::SignalBus> bus;

    ~Opened()
    {
        if (!connection)
            return;
        auto link = Link::share(std::move(connection), std::move(bus));
        Link::release(link);
    }
};

NatsSession::NatsSession(QObject* parent)
    : QObject(parent)
    , m_feed(new SignalFeed(this))
    , m_recorder(new SignalRecorder(this))
{
    qRegisterMetaType<sagascope::Error>();
    qRegisterMetaType<sagascope::nats::PublishedSignal>();
    qRegisterMetaType<sagascope::nats::ConnectionState>();
    // One connect at a time; publishes a couple at a time is the usual load.
    m_connectPool.setMaxThreadCount(1);
    m_pool.setMaxThreadCount(2);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NatsSession::retry);
}

NatsSession::~NatsSession()
{
    ++m_epoch;
    closeBus();
    m_connectPool.clear();
    m_pool.clear();
    m_connectPool.waitForDone();
    m_pool.waitForDone();
}

void NatsSession::connectTo(const NatsSessionSettings& settings)
{
    disconnectFromServer();
    m_settings = settings;
    const auto endpoint = nats::parseNatsUrl(settings.connection.url);
    m_displayUrl = endpoint ? endpoint->displayUrl : settings.connection.url;
    retry();
}

void NatsSession::retry()
{
    if (m_state == State::Connecting || m_link)
        return;
    m_retry.stop();
    const quint64 epoch = ++m_epoch;
    setState(State::Connecting);
    QThread* guiThread = thread();
    const NatsSessionSettings settings = m_settings;
    m_connectPool.start([this, epoch, guiThread, settings] {
        auto post = [this, epoch](auto&& onGuiThread) {
            QMetaObject::invokeMethod(
                this,
                [this, epoch, f = std::forward<decltype(onGuiThread)>(onGuiThread)] {
                    if (epoch == m_epoch)
                        f();
                },
                Qt::QueuedConnection);
        };
        // nats.c's read and flush threads are created by this connect and inherit the priority:
        // under a flood of signals they must not crowd out the GUI thread.
        lowerCurrentThreadPriority();
        auto connection = nats::NatsConnection::connect(settings.connection);
        if (!connection) {
            post([this, error = connection.error()] { onConnectFailed(error); });
            return;
        }
        auto bus = nats::SignalBus::open(**connection, settings.stream);
        if (!bus) {
            // The connection closes here, on the worker, as it goes out of scope.
            post([this, error = bus.error()] { onConnectFailed(error); });
            return;
        }
        // Its state reaches the GUI thread's objects from there on (onConnected reads the state
        // it had meanwhile).
        (*connection)->moveToThread(guiThread);
        auto opened = std::make_shared<Opened>();
        opened->connection = std::move(*connection);
        opened->bus = std::move(*bus);
        post([this, opened] { onConnected(opened); });
    });
}

void NatsSession::onConnected(const std::shared_ptr<Opened>& opened)
{
    m_link = Link::share(std::move(opened->connection), std::move(opened->bus));
    nats::NatsConnection* connection = m_link->connection.get();
    connect(connection, &nats::NatsConnection::stateChanged, this, &NatsSession::onConnectionState);
    setState(connection->state() == nats::ConnectionState::Connected ? State::Connected : State::Reconnecting,
        connection->state() == nats::ConnectionState::Connected ? QString() : connection->lastError());
    Q_EMIT busReady();
}

std::shared_ptr<nats::SignalBus> NatsSession::bus() const
{
    if (!m_link)
        return nullptr;
    return std::shared_ptr<nats::SignalBus>(m_link, m_link->bus.get());
}

void NatsSession::onConnectFailed(const Error& error)
{
    setState(State::Unavailable, error.message);
    if (m_settings.retryIntervalMs > 0)
        m_retry.start(m_settings.retryIntervalMs);
}

void NatsSession::onConnectionState(nats::ConnectionState state, const QString& message)
{
    switch (state) {
    case nats::ConnectionState::Connected:
        setState(State::Connected);
        break;
    case nats::ConnectionState::Reconnecting:
        setState(State::Reconnecting, message);
        break;
    case nats::ConnectionState::Closed:
        // The client gave up (it only does when told to): start over, once the connection has
        // finished emitting this signal.
        QMetaObject::invokeMethod(
            this,
            [this, message] {
                closeBus();
                setState(State::Unavailable, message);
                if (m_settings.retryIntervalMs > 0)
                    m_retry.start(m_settings.retryIntervalMs);
            },
            Qt::QueuedConnection);
        break;
    }
}

void NatsSession::disconnectFromServer()
{
    ++m_epoch;
    m_retry.stop();
    closeBus();
    setState(State::Off);
}

void NatsSession::closeBus()
{
    if (!m_link)
        return;
    Q_EMIT busClosing();
    m_feed->stop();
    m_recorder->stop();
    m_link->connection->disconnect(this);
    Link::release(m_link);
}

void NatsSession::setState(State state, const QString& message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

quint64 NatsSession::publish(const nats::OutgoingSignal& signal)
{
    const quint64 requestId = ++m_lastRequestId;
    std::shared_ptr<nats::SignalBus> bus = this->bus();
    if (!bus) {
        const Error error { ErrorCode::Connection,
            ModelsTr::tr("Not connected to NATS at %1; the signal was not sent.").arg(m_displayUrl) };
        QMetaObject::invokeMethod(
            this, [this, requestId, error] { Q_EMIT publishFailed(requestId, error); }, Qt::QueuedConnection);
        return requestId;
    }
    const quint64 epoch = m_epoch;
    m_pool.start([this, epoch, bus = std::move(bus), signal, requestId] {
        auto result = bus->publish(signal);
        QMetaObject::invokeMethod(
            this,
            [this, epoch, requestId, result] {
                if (epoch != m_epoch)
                    return;
                if (result)
                    Q_EMIT published(requestId, *result);
                else
                    Q_EMIT publishFailed(requestId, result.error());
            },
            Qt::QueuedConnection);
    });
    return requestId;
}

} // namespace sagascope
