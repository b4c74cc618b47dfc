// SPDX-License-Identifier: MIT
#include "natsconnection.h"

#include "natstr.h"

#include <QMetaObject>
#include <QUrl>

#include <condition_variable>
#include <mutex>

#include <nats/nats.h>

namespace sagascope::nats {

namespace {

constexpr int defaultPort = 4222;

QString lastErrorText(natsStatus status)
{
    natsStatus lastStatus = NATS_OK;
    const char* text = nats_GetLastError(&lastStatus);
    // The thread's last error may be older than this failure: only its own text will do.
    if (!text || !*text || lastStatus != status)
        text = natsStatus_GetText(status);
    return withoutFinalStop(QString::fromUtf8(text));
}

} // namespace

NatsSettings natsSettingsFor(const QString& url, const QString& clientName)
{
    NatsSettings settings;
    const QString fromEnvironment = qEnvironmentVariable("SAGASCOPE_NATS");
    settings.url = !url.isEmpty() ? url : !fromEnvironment.isEmpty() ? fromEnvironment : QString(defaultNatsUrl);
    settings.credsFile = qEnvironmentVariable("SAGASCOPE_NATS_CREDS");
    settings.clientName = clientName;
    return settings;
}

Result<NatsEndpoint> parseNatsUrl(const QString& url)
{
    NatsEndpoint endpoint;
    QStringList shown;
    const QStringList parts = url.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(ErrorCode::InvalidInput, NatsTr::tr("The NATS URL is empty; give one like nats://127.0.0.1:4222."));
    for (const QString& part : parts) {
        QString text = part.trimmed();
        if (!text.contains(QLatin1String("://")))
            text.prepend(QLatin1String("nats://"));
        const QUrl u(text, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || u.host().isEmpty() || (scheme != QLatin1String("nats") && scheme != QLatin1String("tls")))
            return fail(ErrorCode::InvalidInput,
                NatsTr::tr("\"%1\" is not a NATS URL; use nats://HOST:PORT or tls://HOST:PORT, with "
                           "USER:PASSWORD@ or TOKEN@ before the host if the server needs them.")
                    .arg(u.toDisplayString(QUrl::RemovePassword | QUrl::RemoveUserInfo)));
        endpoint.tls = endpoint.tls || scheme == QLatin1String("tls");
        const QString server = QStringLiteral("%1://%2:%3").arg(scheme, u.host(), QString::number(u.port(defaultPort)));
        endpoint.servers.append(server);
        shown.append(server);
        if (!u.userName().isEmpty()) {
            if (u.password().isEmpty()) {
                endpoint.token = u.userName();
            } else {
                endpoint.user = u.userName();
                endpoint.password = u.password();
            }
        }
    }
    endpoint.displayUrl = shown.join(QLatin1Char(','));
    return endpoint;
}

// Shared with nats.c's callback threads; it outlives every callback because the owner waits for
// the closed callback (always the last one) before freeing it.
struct NatsConnection::Private
{
    natsOptions* options = nullptr;
    natsConnection* connection = nullptr;
    jsCtx* js = nullptr;
    QString displayUrl;

    mutable std::mutex mutex;
    std::condition_variable closedCondition;
    NatsConnection* owner = nullptr; // null once the owner is being destroyed
    ConnectionState state = ConnectionState::Reconnecting;
    QString lastError;
    bool closed = false;

    void report(ConnectionState newState, const QString& message)
    {
        std::lock_guard lock(mutex);
        state = newState;
        if (!message.isEmpty())
            lastError = message;
        if (newState == ConnectionState::Closed) {
            closed = true;
            closedCondition.notify_all();
        }
        if (owner) {
            NatsConnection* o = owner;
            QMetaObject::invokeMethod(
                o, [o, newState, message] { o->updateState(newState, message); }, Qt::QueuedConnection);
        }
    }

    static void onDisconnected(natsConnection* nc, void* closure)
    {
        auto* d = static_cast<Private*>(closure);
        const char* error = nullptr;
        natsConnection_GetLastError(nc, &error);
        QString message = NatsTr::tr("Lost the connection to NATS at %1; reconnecting.").arg(d->displayUrl);
        if (error && *error)
            message = NatsTr::tr("Lost the connection to NATS at %1 (%2); reconnecting.")
                          .arg(d->displayUrl, QString::fromUtf8(error));
        d->report(ConnectionState::Reconnecting, message);
    }
    static void onReconnected(natsConnection*, void* closure)
    {
        static_cast<Private*>(closure)->report(ConnectionState::Connected, {});
    }
    static void onClosed(natsConnection*, void* closure)
    {
        auto* d = static_cast<Private*>(closure);
        d->report(ConnectionState::Closed, NatsTr::tr("The connection to NATS at %1 is closed.").arg(d->displayUrl));
    }
    static void onError(natsConnection*, natsSubscription*, natsStatus status, void* closure)
    {
        auto* d = static_cast<Private*>(closure);
        std::lock_guard lock(d->mutex);
        d->lastError = QString::fromUtf8(natsStatus_GetText(status));
    }
};

NatsConnection::NatsConnection(std::unique_ptr<Private> p, QObject* parent)
    : QObject(parent)
    , d(std::move(p))
{
    qRegisterMetaType<ConnectionState>();
    std::lock_guard lock(d->mutex);
    d->owner = this;
}

NatsConnection::~NatsConnection()
{
    {
        std::unique_lock lock(d->mutex);
        d->owner = nullptr;
    }
    if (d->js)
        jsCtx_Destroy(d->js);
    if (d->connection) {
        natsConnection_Close(d->connection);
        std::unique_lock lock(d->mutex);
        // Bounded: a client that never calls back must not hang the owner's thread forever.
        d->closedCondition.wait_for(lock, std::chrono::seconds(5), [this] { return d->closed; });
        lock.unlock();
        natsConnection_Destroy(d->connection);
    }
    natsOptions_Destroy(d->options);
}

Result<std::unique_ptr<NatsConnection>> NatsConnection::connect(const NatsSettings& settings, QObject* parent)
{
    auto endpoint = parseNatsUrl(settings.url);
    if (!endpoint)
        return std::unexpected(endpoint.error());
    auto d = std::make_unique<Private>();
    d->displayUrl = endpoint->displayUrl;

    QList<QByteArray> servers;
    std::vector<const char*> serverPointers;
    for (const QString& s : std::as_const(endpoint->servers))
        servers.append(s.toUtf8());
    for (const QByteArray& s : std::as_const(servers))
        serverPointers.push_back(s.constData());
    const QByteArray user = endpoint->user.toUtf8();
    const QByteArray password = endpoint->password.toUtf8();
    const QByteArray token = endpoint->token.toUtf8();
    const QByteArray creds = settings.credsFile.toUtf8();
    const QByteArray name = settings.clientName.toUtf8();

    natsStatus s = natsOptions_Create(&d->options);
    if (s == NATS_OK)
        s = natsOptions_SetServers(d->options, serverPointers.data(), int(serverPointers.size()));
    if (s == NATS_OK && !user.isEmpty())
        s = natsOptions_SetUserInfo(d->options, user.constData(), password.constData());
    if (s == NATS_OK && !token.isEmpty())
        s = natsOptions_SetToken(d->options, token.constData());
    if (s == NATS_OK && !creds.isEmpty())
        s = natsOptions_SetUserCredentialsFromFiles(d->options, creds.constData(), nullptr);
    if (s == NATS_OK && endpoint->tls)
        s = natsOptions_SetSecure(d->options, true);
    if (s == NATS_OK)
        s = natsOptions_SetName(d->options, name.constData());
    if (s == NATS_OK)
        s = natsOptions_SetTimeout(d->options, settings.connectTimeoutMs);
    // Signals are small and latency matters more than batching writes (see TOOLCHAIN.md).
    if (s == NATS_OK)
        s = natsOptions_SetSendAsap(d->options, settings.sendAsap);
    if (s == NATS_OK)
        s = natsOptions_SetMaxReconnect(d->options, -1);
    if (s == NATS_OK)
        s = natsOptions_SetReconnectWait(d->options, settings.reconnectWaitMs);
    if (s == NATS_OK)
        s = natsOptions_SetDisconnectedCB(d->options, &Private::onDisconnected, d.get());
    if (s == NATS_OK)
        s = natsOptions_SetReconnectedCB(d->options, &Private::onReconnected, d.get());
    if (s == NATS_OK)
        s = natsOptions_SetClosedCB(d->options, &Private::onClosed, d.get());
    if (s == NATS_OK)
        s = natsOptions_SetErrorHandler(d->options, &Private::onError, d.get());
    if (s != NATS_OK) {
        natsOptions_Destroy(d->options);
        return fail(ErrorCode::InvalidInput,
            NatsTr::tr("The NATS options for %1 are not valid (%2).").arg(d->displayUrl, lastErrorText(s)));
    }

    s = natsConnection_Connect(&d->connection, d->options);
    if (s != NATS_OK) {
        const QString reason = lastErrorText(s);
        natsOptions_Destroy(d->options);
        d->options = nullptr;
        d->connection = nullptr;
        const bool auth = s == NATS_CONNECTION_AUTH_FAILED || s == NATS_NOT_PERMITTED
            || reason.contains(QLatin1String("authoriz"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("authentic"), Qt::CaseInsensitive);
        if (auth)
            return fail(ErrorCode::Auth,
                NatsTr::tr("NATS at %1 refused the credentials (%2); check the user, "
                           "password, token or creds file.")
                    .arg(d->displayUrl, reason));
        if (s == NATS_NO_SERVER)
            return fail(ErrorCode::Connection,
                NatsTr::tr("Cannot connect to NATS at %1: no server answers there.").arg(d->displayUrl));
        return fail(ErrorCode::Connection, NatsTr::tr("Cannot connect to NATS at %1 (%2).").arg(d->displayUrl, reason));
    }
    d->state = ConnectionState::Connected;
    s = natsConnection_JetStream(&d->js, d->connection, nullptr);
    if (s != NATS_OK) {
        const QString reason = lastErrorText(s);
        natsConnection_Close(d->connection);
        natsConnection_Destroy(d->connection);
        natsOptions_Destroy(d->options);
        return fail(
            ErrorCode::Connection, NatsTr::tr("NATS at %1 gave no JetStream context (%2).").arg(d->displayUrl, reason));
    }
    return std::unique_ptr<NatsConnection>(new NatsConnection(std::move(d), parent));
}

QString NatsConnection::displayUrl() const
{
    return d->displayUrl;
}

ConnectionState NatsConnection::state() const
{
    std::lock_guard lock(d->mutex);
    return d->state;
}

QString NatsConnection::lastError() const
{
    std::lock_guard lock(d->mutex);
    return d->lastError;
}

Error NatsConnection::errorFor(int status, int jsErrorCode, const QString& doing) const
{
    const auto s = static_cast<natsStatus>(status);
    QString reason = lastErrorText(s);
    if (jsErrorCode != 0)
        reason = NatsTr::tr("%1, JetStream error %2").arg(reason, QString::number(jsErrorCode));
    const bool lost = s == NATS_CONNECTION_CLOSED || s == NATS_CONNECTION_DISCONNECTED || s == NATS_NO_SERVER
        || s == NATS_TIMEOUT || s == NATS_NO_RESPONDERS;
    if (s == NATS_NO_RESPONDERS)
        reason = NatsTr::tr("no JetStream answers; start nats-server with -js");
    return Error { lost ? ErrorCode::Connection : ErrorCode::Internal,
        NatsTr::tr("NATS at %1 failed while %2 (%3).").arg(d->displayUrl, doing, reason) };
}

natsConnection* NatsConnection::handle() const
{
    return d->connection;
}

jsCtx* NatsConnection::jetStream() const
{
    return d->js;
}

void NatsConnection::updateState(ConnectionState state, const QString& message)
{
    Q_EMIT stateChanged(state, message);
}

} // namespace sagascope::nats
