// SPDX-License-Identifier: MIT
#include "monitorstallmeasurement.h"

#include "mainwindow.h"
#include "signalfeed.h"
#include "signallogmodel.h"
#include "signalsview.h"
#include "threadpriority.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>

#include <cmath>

namespace sagascope {

MonitorStallMeasurement::MonitorStallMeasurement(
    MainWindow* window, const NatsSessionSettings& publisher, const nats::SignalLoadOptions& load, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_publisher(publisher)
    , m_load(load)
{
    m_probe.setInterval(probeIntervalMs);
    m_probe.setTimerType(Qt::PreciseTimer);
    connect(&m_probe, &QTimer::timeout, this, &MonitorStallMeasurement::onTick);
}

MonitorStallMeasurement::~MonitorStallMeasurement()
{
    m_stop.store(true);
    if (m_publisherThread.joinable())
        m_publisherThread.join();
}

void MonitorStallMeasurement::start()
{
    NatsSession* nats = m_window->natsSession();
    connect(nats->feed(), &SignalFeed::started, this, &MonitorStallMeasurement::begin);
    connect(nats->feed(), &SignalFeed::startFailed, this, [this](const Error& error) {
        m_error = error.message;
        finish();
    });
    connect(nats, &NatsSession::stateChanged, this, [this](NatsSession::State state, const QString& message) {
        if (state == NatsSession::State::Unavailable && !m_started) {
            m_error = message;
            finish();
        }
    });
}

void MonitorStallMeasurement::begin()
{
    if (m_started)
        return;
    m_started = true;
    m_receivedAtStart = m_window->signalsView()->model()->receivedCount();
    QPointer<MonitorStallMeasurement> self(this);
    const NatsSessionSettings settings = m_publisher;
    const nats::SignalLoadOptions load = m_load;
    // Its own connection and thread: the sender must not share anything with the window it loads.
    m_publisherThread = std::thread([self, settings, load, stop = &m_stop] {
        // The load stands for services elsewhere: on this machine's two cores it must not take the
        // window's turn at a core (nats.c's threads of its connection inherit the priority).
        lowerCurrentThreadPriority();
        Result<nats::SignalLoadReport> report = [&]() -> Result<nats::SignalLoadReport> {
            nats::NatsSettings connectionSettings = settings.connection;
            connectionSettings.sendAsap = false;
            auto connection = nats::NatsConnection::connect(connectionSettings);
            if (!connection)
                return std::unexpected(connection.error());
            auto bus = nats::SignalBus::open(**connection, settings.stream);
            if (!bus)
                return std::unexpected(bus.error());
            return nats::publishSignalLoad(**bus, load, *stop);
        }();
        QMetaObject::invokeMethod(
            self.data(),
            [self, report] {
                if (self)
                    self->onLoadDone(report);
            },
            Qt::QueuedConnection);
    });
    m_sinceTick.start();
    m_probe.start();
}

void MonitorStallMeasurement::onTick()
{
    const qint64 gapNs = m_sinceTick.nsecsElapsed();
    m_sinceTick.restart();
    ++m_ticks;
    const qint64 stallNs = gapNs - qint64(probeIntervalMs) * 1'000'000;
    m_maxStallNs = std::max(m_maxStallNs, stallNs);
    if (stallNs > 50'000'000)
        ++m_stallsOver50;
}

void MonitorStallMeasurement::onLoadDone(const Result<nats::SignalLoadReport>& report)
{
    if (m_publisherThread.joinable())
        m_publisherThread.join();
    if (!report) {
        m_error = report.error().message;
        finish();
        return;
    }
    m_report = *report;
    QTimer::singleShot(drainMs, this, &MonitorStallMeasurement::finish);
}

void MonitorStallMeasurement::finish()
{
    m_probe.stop();
    const SignalLogModel* model = m_window->signalsView()->model();
    QJsonObject o;
    o.insert(QStringLiteral("name"), QStringLiteral("monitor_stall"));
    const double stallMs = double(m_maxStallNs) / 1e6;
    const bool ok = m_error.isEmpty();
    if (ok) {
        o.insert(QStringLiteral("ours"), std::round(stallMs * 10) / 10);
        o.insert(QStringLiteral("yardstick"), 50);
        o.insert(QStringLiteral("unit"), QStringLiteral("ms"));
        o.insert(QStringLiteral("ratio"), std::round(stallMs / 50.0 * 100) / 100);
        o.insert(QStringLiteral("target_rate"), m_load.messagesPerSecond);
        o.insert(QStringLiteral("published"), m_report.published);
        o.insert(QStringLiteral("achieved_rate"), std::round(m_report.achievedPerSecond()));
        o.insert(QStringLiteral("received"), model->receivedCount() - m_receivedAtStart);
        o.insert(QStringLiteral("rows_shown"), model->rowCount());
        o.insert(QStringLiteral("probe_ticks"), m_ticks);
        o.insert(QStringLiteral("stalls_over_50ms"), m_stallsOver50);
    } else {
        o.insert(QStringLiteral("error"), m_error);
    }
    Q_EMIT finished(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), ok);
}

} // namespace sagascope
