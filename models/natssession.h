// SPDX-License-Identifier: MIT
// The GUI's side of NATS: connects off the GUI thread (a connect may block for seconds), follows
// the connection's state, and owns what runs on it — the signal feed of the Signals tab, the
// in-app ingester, and signal publishes (each on a worker, answered by id on the GUI thread). A
// server that is not there leaves the session Unavailable with the reason; nothing else in the
// window depends on it. Closing never waits on the GUI thread: whoever still uses the bus (a
// publish, the ingester's append, the feed's unsubscribe) holds it, and the last one to let go
// has it closed on a worker.
#pragma once

#include "error.h"
#include "natsconnection.h"
#include "signalbus.h"
#include "signalingester.h"
#include "taskqueue.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace sagascope {

class SignalFeed;
class SignalRecorder;

struct NatsSessionSettings
{
    nats::NatsSettings connection;
    nats::SignalStreamSettings stream;
    nats::IngesterSettings ingester;
    nats::TaskQueueSettings tasks; // the queues the Tasks tab shows
    // While the server cannot be reached, try again this often (0: only when asked).
    int retryIntervalMs = 15000;
};

class NatsSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Off, // never asked to connect
        Connecting,
        Connected,
        Reconnecting, // was connected, lost it, the client reconnects by itself
        Unavailable, // could not connect (message() says why); retried every retryIntervalMs
    };
    Q_ENUM(State)

    explicit NatsSession(QObject* parent = nullptr);
    ~NatsSession() override;

    void connectTo(const NatsSessionSettings& settings);
    // Tries again now (after Unavailable).
    void retry();
    void disconnectFromServer();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The server's URL without credentials.
    QString displayUrl() const { return m_displayUrl; }
    const NatsSessionSettings& settings() const { return m_settings; }
    bool hasBus() const { return m_link != nullptr; }
    // Shares the bus (and its connection): it stays open for the holder after the session closed.
    std::shared_ptr<nats::SignalBus> bus() const;

    SignalFeed* feed() const { return m_feed; }
    SignalRecorder* recorder() const { return m_recorder; }

    // Publishes on a worker; exactly one of published/publishFailed follows with the returned id.
    quint64 publish(const nats::OutgoingSignal& signal);

Q_SIGNALS:
    void stateChanged(sagascope::NatsSession::State state, const QString& message);
    // The bus is there (after a successful connect): the feed and the ingester may start.
    void busReady();
    // The session lets go of the bus: what uses it should stop and drop its share.
    void busClosing();
    void published(quint64 requestId, const sagascope::nats::PublishedSignal& result);
    void publishFailed(quint64 requestId, const sagascope::Error& error);

private:
    struct Link;
    struct Opened;
    void onConnected(const std::shared_ptr<Opened>& opened);
    void onConnectFailed(const Error& error);
    void onConnectionState(nats::ConnectionState state, const QString& message);
    void setState(State state, const QString& message = {});
    void closeBus();

    NatsSessionSettings m_settings;
    State m_state = State::Off;
    QString m_message;
    QString m_displayUrl;
    quint64 m_epoch = 0;
    quint64 m_lastRequestId = 0;
    QTimer m_retry;
    SignalFeed* m_feed;
    SignalRecorder* m_recorder;
    std::shared_ptr<Link> m_link;
    // Declared last: destroyed first, so running connects and publishes end before the session.
    // Connects run on a pool of their own: a connecting thread lowers its priority for good (for
    // nats.c's threads to inherit it), which publishes must not.
    QThreadPool m_connectPool;
    QThreadPool m_pool;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::nats::PublishedSignal)
