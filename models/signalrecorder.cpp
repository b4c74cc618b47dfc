// SPDX-License-Identifier: MIT
#include "signalrecorder.h"

#include "eventstore.h"
#include "signalbus.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

namespace sagascope {

struct SignalRecorder::Run
{
    quint64 id = 0;
    QThread* thread = nullptr;
    std::atomic<bool> stop { false };
};

SignalRecorder::SignalRecorder(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<sagascope::nats::IngestReport>();
    qRegisterMetaType<sagascope::Error>();
}

SignalRecorder::~SignalRecorder()
{
    stop();
    wait();
}

void SignalRecorder::start(
    std::shared_ptr<nats::SignalBus> bus, std::shared_ptr<EventStore> store, const nats::IngesterSettings& settings)
{
    stop();
    auto* run = new Run;
    run->id = ++m_lastRunId;
    const quint64 id = run->id;
    QPointer<SignalRecorder> self(this);
    // The thread reads only its own stop flag; everything else it reports by the run's id, which
    // is never reused, so a late report of a stopped run finds nothing to change.
    run->thread = QThread::create(
        [stop = &run->stop, id, self, sharedBus = std::move(bus), store = std::move(store), settings]() mutable {
            // The bus is let go of when the thread ends, not when the QThread object is deleted.
            const std::shared_ptr<nats::SignalBus> bus = std::move(sharedBus);
            auto post = [self, id](auto&& onGuiThread) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, id, f = std::forward<decltype(onGuiThread)>(onGuiThread)] {
                        if (self && self->m_current && self->m_current->id == id)
                            f(self.data());
                    },
                    Qt::QueuedConnection);
            };
            auto ingester = nats::SignalIngester::open(*bus, *store, settings);
            if (!ingester) {
                post([error = ingester.error()](SignalRecorder* r) { Q_EMIT r->failed(error); });
                return;
            }
            auto report = (*ingester)->run(*stop, [&post](const nats::IngestReport& progress) {
                post([progress](SignalRecorder* r) {
                    r->m_report = progress;
                    Q_EMIT r->progress(progress);
                });
            });
            if (!report)
                post([error = report.error()](SignalRecorder* r) { Q_EMIT r->failed(error); });
        });
    run->thread->setObjectName(QStringLiteral("signal-recorder"));
    connect(run->thread, &QThread::finished, this, [this, id] { onFinished(id); });
    m_runs.append(run);
    m_current = run;
    m_report = {};
    run->thread->start();
    Q_EMIT runningChanged(true);
}

void SignalRecorder::stop()
{
    if (!m_current)
        return;
    m_current->stop.store(true);
    m_current = nullptr;
    Q_EMIT runningChanged(false);
}

void SignalRecorder::wait()
{
    for (Run* run : std::as_const(m_runs)) {
        run->stop.store(true);
        run->thread->wait();
        delete run->thread;
        delete run;
    }
    m_runs.clear();
    m_current = nullptr;
}

void SignalRecorder::onFinished(quint64 id)
{
    const auto it = std::find_if(m_runs.cbegin(), m_runs.cend(), [id](const Run* r) { return r->id == id; });
    if (it == m_runs.cend())
        return;
    Run* run = *it;
    m_runs.erase(it);
    const bool wasCurrent = m_current == run;
    run->thread->deleteLater();
    delete run;
    if (wasCurrent) {
        m_current = nullptr;
        Q_EMIT runningChanged(false);
    }
}

} // namespace sagascope
