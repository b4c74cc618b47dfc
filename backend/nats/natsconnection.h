// SPDX-License-Identifier: MIT
// The one owner of a nats.c connection and its JetStream context. Internal to backend/nats: the
// signal bus, monitor, ingester and task queue borrow the C handles; nothing outside this folder
// sees them. The connection reconnects forever once it has been established; callers see its
// state through state() (any thread) and stateChanged() (delivered on the owner's thread).
#pragma once

#include "error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct __natsConnection natsConnection;
typedef struct __jsCtx jsCtx;

namespace sagascope::nats {

struct NatsSettings
{
    // nats://[USER:PASSWORD@|TOKEN@]HOST[:PORT] or tls://…; several servers separated by commas.
    QString url;
    QString credsFile; // a NATS .creds file (user JWT and seed), or empty
    int connectTimeoutMs = 3000;
    int reconnectWaitMs = 250;
    QString clientName = QStringLiteral("sagascope");
    // Send each message at once instead of letting the client batch writes: lower latency for
    // signals and requests, but one write per message (off for a bulk sender).
    bool sendAsap = true;
};

// Where the apps look for NATS when not told: $SAGASCOPE_NATS, else this local server.
inline constexpr QLatin1StringView defaultNatsUrl { "nats://127.0.0.1:4222" };

// The settings for `url` (an empty one means $SAGASCOPE_NATS, else defaultNatsUrl), with the
// creds file of $SAGASCOPE_NATS_CREDS: one rule for the inspector and the command line.
NatsSettings natsSettingsFor(const QString& url, const QString& clientName);

// What a NATS URL says, split for nats.c; the password and token never go into displayUrl.
struct NatsEndpoint
{
    QStringList servers; // scheme://host:port, without credentials
    QString user;
    QString password;
    QString token;
    bool tls = false;
    QString displayUrl;
};

Result<NatsEndpoint> parseNatsUrl(const QString& url);

enum class ConnectionState
{
    Connected,
    Reconnecting,
    Closed,
};

class NatsConnection : public QObject
{
    Q_OBJECT
public:
    // Connects once, failing with a Connection or Auth error (one sentence) when the server is not
    // there or refuses the credentials. After that, losses are repaired by reconnecting forever.
    static Result<std::unique_ptr<NatsConnection>> connect(const NatsSettings& settings, QObject* parent = nullptr);
    ~NatsConnection() override;

    QString displayUrl() const;
    ConnectionState state() const;
    // The last disconnection or error the client reported, empty while all went well.
    QString lastError() const;
    // Turns a failed nats.c call into an Error naming what was being done and nats.c's reason.
    Error errorFor(int status, int jsErrorCode, const QString& doing) const;

    natsConnection* handle() const;
    jsCtx* jetStream() const;

Q_SIGNALS:
    void stateChanged(sagascope::nats::ConnectionState state, const QString& message);

private:
    struct Private;
    explicit NatsConnection(std::unique_ptr<Private> d, QObject* parent);
    void updateState(ConnectionState state, const QString& message);
    std::unique_ptr<Private> d;
};

} // namespace sagascope::nats

Q_DECLARE_METATYPE(sagascope::nats::ConnectionState)
