// SPDX-License-Identifier: MIT
// What the NATS suites share: the test server's URL ($SAGASCOPE_TEST_NATS_URL, set by
// scripts/test.sh; suites fail without it), names no other suite uses, and a private
// nats-server (loopback, temporary folder, stopped by its pid) for tests that restart the server.
// Header-only so that each suite stays one tst_*.cpp.
#pragma once

#include "natsconnection.h"
#include "signalbus.h"
#include "taskqueue.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sagascope::test {

inline QString natsTestUrl()
{
    return qEnvironmentVariable("SAGASCOPE_TEST_NATS_URL");
}

#define REQUIRE_NATS_SERVER()                                                                                          \
    QVERIFY2(!sagascope::test::natsTestUrl().isEmpty(),                                                                \
        "SAGASCOPE_TEST_NATS_URL is not set: run the tests through scripts/test.sh, which starts nats-server")

// A short name no other test (or run) uses, for streams, consumers, subjects and queues.
inline QString uniqueName(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Task-queue streams and subjects of their own, so that suites running at once never share tasks.
inline nats::TaskQueueSettings uniqueTaskSettings(const QString& prefix)
{
    const QString name = uniqueName(prefix);
    nats::TaskQueueSettings settings;
    settings.streamName = name;
    settings.subjectPrefix = name.toLower() + QStringLiteral(".tasks");
    settings.deadLetterStream = name + QStringLiteral("_FAILED");
    settings.deadLetterPrefix = name.toLower() + QStringLiteral(".failed");
    settings.resultsStream = name + QStringLiteral("_RESULTS");
    settings.resultsPrefix = name.toLower() + QStringLiteral(".results");
    return settings;
}

inline std::unique_ptr<nats::NatsConnection> connectOrFail(const QString& url, QString* error)
{
    nats::NatsSettings settings;
    settings.url = url;
    auto c = nats::NatsConnection::connect(settings);
    if (!c) {
        *error = c.error().message;
        return nullptr;
    }
    return std::move(*c);
}

// A signal stream no other test uses: its settings for the bus, and the matching CLI options.
struct TestSignalStream
{
    QString name = uniqueName(QStringLiteral("T_CLI_"));
    QString subjectTemplate = name.toLower() + QStringLiteral(".sig.{saga_id}");
    QStringList options() const
    {
        return { QStringLiteral("--stream"), name, QStringLiteral("--subject-template"), subjectTemplate };
    }
    nats::SignalStreamSettings settings() const
    {
        nats::SignalStreamSettings s;
        s.streamName = name;
        s.subjectTemplate = subjectTemplate;
        return s;
    }
};

// What a background process printed so far; pump() collects what arrived since the last call.
struct ProcessOutput
{
    QProcess* process = nullptr;
    QByteArray out;
    QByteArray err;

    void pump()
    {
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
    }
    // Complete lines only: a line still being written is not counted.
    QList<QByteArray> lines()
    {
        pump();
        QList<QByteArray> all = out.left(out.lastIndexOf('\n') + 1).split('\n');
        all.removeLast();
        return all;
    }
    bool errContains(const QByteArray& text)
    {
        pump();
        return err.contains(text);
    }
};

// A nats-server of our own with JetStream in a temporary folder, for tests that stop and restart
// it; the folder survives restarts so the streams do too.
class NatsServerProcess
{
public:
    NatsServerProcess() = default;
    ~NatsServerProcess() { stop(); }
    NatsServerProcess(const NatsServerProcess&) = delete;
    NatsServerProcess& operator=(const NatsServerProcess&) = delete;

    bool start(QString* error)
    {
        if (m_port == 0)
            m_port = freePort();
        if (m_port == 0) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral("nats-server"),
            { QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-js"), QStringLiteral("-sd"), m_dir.path() });
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("nats-server did not start: ") + m_process->errorString();
            return false;
        }
        // Ready when it accepts connections (the port may still be held a moment after a restart).
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            QString ignored;
            if (connectOrFail(url(), &ignored))
                return true;
            if (m_process->state() != QProcess::Running) {
                *error = QStringLiteral("nats-server exited: ") + QString::fromUtf8(m_process->readAll());
                return false;
            }
            QTest::qWait(50);
        }
        *error = QStringLiteral("nats-server did not accept connections on port %1").arg(m_port);
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate(); // SIGTERM to its pid
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    bool restart(QString* error)
    {
        stop();
        return start(error);
    }

    QString url() const { return QStringLiteral("nats://127.0.0.1:%1").arg(m_port); }

private:
    static quint16 freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        quint16 port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace sagascope::test
