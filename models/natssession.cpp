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

// What a worker's connect hands to the GUI thread.
struct NatsSession::Opened
{
    std::unique_ptr<nats::NatsConnection> connection;
    std::unique_ptr<nats::SignalBus> bus;
};

NatsSession::NatsSession(QObject* parent)
    : QObject(parent)
    , m_feed(new SignalFeed(this))
    , m_recorder(new SignalRecorder(this))
{
    qRegisterMetaType<sagascope::Error>();
    qRegisterMetaType<sagascope::nats::PublishedSignal>();
    qRegisterMetaType<sagascope::nats::ConnectionState>();
    // Connects and publishes; one of each at a time is the usual load.
    m_pool.setMaxThreadCount(2);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NatsSession::retry);
}

NatsSession::~NatsSession()
{
    ++m_epoch;
    closeBus();
    m_pool.clear();
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
    if (m_state == State::Connecting || m_bus)
        return;
    m_retry.stop();
    const quint64 epoch = ++m_epoch;
    setState(State::Connecting);
    QThread* guiThread = thread();
    const NatsSessionSettings settings = m_settings;
    m_pool.start([this, epoch, guiThread, settings] {
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
        // Its state reaches the GUI thread's objects from there on.
        (*connection)->moveToThread(guiThread);
        auto bus = nats::SignalBus::open(**connection, settings.stream);
        if (!bus) {
            // The connection is closed on the GUI thread with the rest of the answer.
            auto opened = std::make_shared<Opened>();
            opened->connection = std::move(*connection);
            post([this, opened, error = bus.error()] { onConnectFailed(error); });
            return;
        }
        auto opened = std::make_shared<Opened>();
        opened->connection = std::move(*connection);
        opened->bus = std::move(*bus);
        post([this, opened] { onConnected(opened); });
    });
}

void NatsSession::onConnected(const std::shared_ptr<Opened>& opened)
{
    m_connection = std::move(opened->connection);
    m_bus = std::move(opened->bus);
    connect(m_connection.get(), &nats::NatsConnection::stateChanged, this, &NatsSession::onConnectionState);
    setState(m_connection->state() == nats::ConnectionState::Connected ? State::Connected : State::Reconnecting,
        m_connection->state() == nats::ConnectionState::Connected ? QString() : m_connection->lastError());
    Q_EMIT busReady();
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
    if (!m_bus && !m_connection)
        return;
    Q_EMIT busClosing();
    m_feed->stop(true);
    m_recorder->stop();
    m_recorder->wait();
    // Publishes still running use the bus.
    m_pool.waitForDone();
    m_bus.reset();
    if (m_connection)
        m_connection->disconnect(this);
    m_connection.reset();
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
    if (!m_bus) {
        const Error error { ErrorCode::Connection,
            ModelsTr::tr("Not connected to NATS at %1; the signal was not sent.").arg(m_displayUrl) };
        QMetaObject::invokeMethod(
            this, [this, requestId, error] { Q_EMIT publishFailed(requestId, error); }, Qt::QueuedConnection);
        return requestId;
    }
    const quint64 epoch = m_epoch;
    nats::SignalBus* bus = m_bus.get();
    m_pool.start([this, epoch, bus, signal, requestId] {
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
