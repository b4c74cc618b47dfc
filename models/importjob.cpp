// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "modelstr.h"
#include "storesession.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include <atomic>
#include <mutex>
#include <utility>

namespace sagascope {

// What the worker and the GUI thread share; the worker may outlive the job.
struct ImportJob::Shared
{
    std::atomic<bool> stop { false };
    std::mutex mutex;
    ImportProgress latest;
    bool posted = false; // a delivery of `latest` is queued to the GUI thread
};

ImportJob::ImportJob(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<sagascope::ImportProgress>();
    qRegisterMetaType<sagascope::ImportReport>();
    // A store that closes or opens again (another store, the write-mode switch) ends the import:
    // its answer would be dropped, and it must not go on writing into a store left behind.
    connect(m_session, &StoreSession::stateChanged, this, [this](StoreSession::State state) {
        if (!m_running || state == StoreSession::State::Open)
            return;
        m_shared->stop = true;
        ImportReport report;
        {
            const std::lock_guard lock(m_shared->mutex);
            report.progress = m_shared->latest;
        }
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
    Q_EMIT runningChanged(true);
    const std::shared_ptr<Shared> shared = m_shared;
    // The session outlives its workers, so the worker may post to it; the guard is looked at on
    // the GUI thread only.
    const QPointer<ImportJob> guard(this);
    StoreSession* session = m_session;
    m_session->run<ImportReport>(
        this,
        [shared, path, options, guard, session](EventStore& store) -> Result<ImportReport> {
            QFile input(path);
            if (!input.open(QIODevice::ReadOnly))
                return fail(QFileInfo::exists(path) ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                    ModelsTr::tr("Cannot read %1: %2.").arg(path, input.errorString()));
            EventImport import(input);
            return import.run(store, options, [&shared, &guard, session](const ImportProgress& progress) {
                bool post = false;
                {
                    const std::lock_guard lock(shared->mutex);
                    shared->latest = progress;
                    post = !std::exchange(shared->posted, true);
                }
                if (post)
                    QMetaObject::invokeMethod(
                        session,
                        [guard, shared] {
                            if (guard)
                                guard->takeProgress(*shared);
                        },
                        Qt::QueuedConnection);
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
    m_running = false;
    m_progress = report.progress;
    Q_EMIT progressChanged(m_progress);
    Q_EMIT runningChanged(false);
    Q_EMIT finished(report);
}

void ImportJob::cancel()
{
    if (m_running && m_shared)
        m_shared->stop = true;
}

void ImportJob::takeProgress(Shared& shared)
{
    {
        const std::lock_guard lock(shared.mutex);
        shared.posted = false;
        if (&shared != m_shared.get() || !m_running)
            return; // an earlier import's, or one that has finished
        m_progress = shared.latest;
    }
    Q_EMIT progressChanged(m_progress);
}

} // namespace sagascope
