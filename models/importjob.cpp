// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "modelstr.h"
#include "storesession.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <mutex>

namespace sagascope {

namespace {

constexpr int pollIntervalMs = 100;

} // namespace

// What the worker and the GUI thread share; the worker may outlive the job.
struct ImportJob::Shared
{
    std::atomic<bool> stop { false };
    std::mutex mutex;
    ImportProgress latest;
    bool fresh = false;
};

ImportJob::ImportJob(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<sagascope::ImportProgress>();
    qRegisterMetaType<sagascope::ImportReport>();
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ImportJob::poll);
    // A store that closes or opens again (another store, the write-mode switch) ends the import:
    // its answer would be dropped, and it must not go on writing into a store left behind.
    connect(m_session, &StoreSession::stateChanged, this, [this](StoreSession::State state) {
        if (!m_running || state == StoreSession::State::Open)
            return;
        m_shared->stop = true;
        poll();
        ImportReport report;
        report.progress = m_progress;
        report.cancelled = true;
        report.error
            = Error { ErrorCode::Connection, ModelsTr::tr("The store was closed before the import finished.") };
        finish(report);
    });
}

ImportJob::~ImportJob()
{
    if (m_shared)
        m_shared->stop = true;
}

void ImportJob::start(const QString& path, const ImportOptions& options)
{
    if (m_running)
        return;
    if (m_shared)
        m_shared->stop = true; // an earlier import's worker, if any, has nothing left to say
    m_shared = std::make_shared<Shared>();
    m_path = path;
    m_progress = ImportProgress {};
    m_running = true;
    m_poll.start();
    const std::shared_ptr<Shared> shared = m_shared;
    m_session->run<ImportReport>(
        this,
        [shared, path, options](EventStore& store) -> Result<ImportReport> {
            QFile input(path);
            if (!input.open(QIODevice::ReadOnly))
                return fail(QFileInfo::exists(path) ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                    ModelsTr::tr("Cannot read %1: %2.").arg(path, input.errorString()));
            EventImport import(input);
            return import.run(store, options, [&shared](const ImportProgress& progress) {
                {
                    const std::lock_guard lock(shared->mutex);
                    shared->latest = progress;
                    shared->fresh = true;
                }
                return !shared->stop.load();
            });
        },
        [this, shared](Result<ImportReport> result) {
            if (shared != m_shared || !m_running)
                return; // a later start() took over, or the store went away first
            ImportReport report;
            if (result)
                report = *result;
            else
                report.error = result.error();
            finish(report);
        });
}

void ImportJob::finish(const ImportReport& report)
{
    m_poll.stop();
    m_running = false;
    m_progress = report.progress;
    Q_EMIT progressChanged(m_progress);
    Q_EMIT finished(report);
}

void ImportJob::cancel()
{
    if (m_running && m_shared)
        m_shared->stop = true;
}

void ImportJob::poll()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        if (!m_shared->fresh)
            return;
        m_progress = m_shared->latest;
        m_shared->fresh = false;
    }
    Q_EMIT progressChanged(m_progress);
}

} // namespace sagascope
