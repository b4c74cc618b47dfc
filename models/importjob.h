// SPDX-License-Identifier: MIT
// One import of a file into the session's store, run on a session worker so the window never
// waits on it: the worker posts its progress to the GUI thread (one delivery queued at a time,
// carrying the latest count, so a fast import does not flood the event loop), the import stops
// between two batches when asked (each batch is one transaction, so nothing is left
// half-written), and the report arrives as a signal. Destroying the job stops its import too,
// so a closing window waits for one batch at most.
#pragma once

#include "eventimport.h"

#include <QObject>

#include <memory>

namespace sagascope {

class StoreSession;

class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(StoreSession* session, QObject* parent = nullptr);
    ~ImportJob() override;

    // Starts importing `path`; `options.temporalStreamId` is used only when the file turns out to
    // be a Temporal history. Does nothing while an import runs.
    void start(const QString& path, const ImportOptions& options);
    // Asks the running import to stop after the batch in flight; `finished` follows.
    void cancel();

    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }
    ImportProgress progress() const { return m_progress; }

Q_SIGNALS:
    // An import started (true) or ended (false).
    void runningChanged(bool running);
    void progressChanged(const sagascope::ImportProgress& progress);
    // The file could not be read or the store refused a batch: `report.error` says why, and
    // what `report.progress` counts is stored all the same.
    void finished(const sagascope::ImportReport& report);

private:
    struct Shared;
    // Takes the progress `shared` posted, if it is still this job's running import.
    void takeProgress(Shared& shared);
    void finish(const ImportReport& report);

    StoreSession* m_session;
    std::shared_ptr<Shared> m_shared;
    QString m_path;
    ImportProgress m_progress;
    bool m_running = false;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::ImportProgress)
Q_DECLARE_METATYPE(sagascope::ImportReport)
