// SPDX-License-Identifier: MIT
// Owns the open store for the GUI and runs every store call on a worker thread.
// The GUI thread never waits on I/O: requests return an id at once, the store call runs on the
// session's thread pool, and the answer comes back on the GUI thread as a signal carrying that
// id and plain values. Models remember the ids they asked for and drop answers they no longer
// want (a stream the user left); answers for a store that was closed or replaced are never
// delivered. The store object is shared with the workers, each call runs on one pool thread.
#pragma once

#include "demodata.h"
#include "eventstore.h"
#include "storelocation.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace sagascope {

struct SessionOpenRequest
{
    QString url;
    OpenOptions options;
    // Fill the store with the demo data set when it is an SQLite file that does not exist yet
    // or holds no event (the embedded default store on first run).
    bool writeDemoWhenEmpty = false;
    DemoOptions demo;
};

class StoreSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Opening,
        WritingDemo,
        Open,
        Failed,
    };
    Q_ENUM(State)

    explicit StoreSession(QObject* parent = nullptr);
    ~StoreSession() override;

    // Opens the store on a worker; `opened` or `openFailed` follows. Requests made meanwhile
    // wait and run once the store is open.
    void open(const SessionOpenRequest& request);
    void open(const QString& url, const OpenOptions& options = {});
    // Uses a store that is already open (tests, tools embedding the inspector models).
    void adopt(std::shared_ptr<EventStore> store, bool readOnly = false);
    // Opens the store of the last open() again, read-only or for writing (the write-mode switch).
    // A store that was adopted keeps its object; only the flag changes.
    void reopen(bool readOnly);
    // Forgets the store; answers still on their way are dropped.
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The store's URL without any password (of the store being opened while it opens).
    QString displayUrl() const { return m_displayUrl; }
    // The URL of the last open(), password included: for opening again, never for display.
    QString url() const { return m_request.url; }
    // Why the last open failed.
    Error openError() const { return m_openError; }
    // Answers that arrived after the store they were asked of was closed or replaced.
    quint64 droppedAnswers() const { return m_droppedAnswers; }
    // Whether the store was opened read-only: nothing may be appended and no snapshot taken.
    bool isReadOnly() const { return m_readOnly; }
    // The open store (null while none is), for objects that keep long-running work of their own
    // on it, such as the time travel of the open stream. They must hold the pointer only while
    // they work and drop their work when `closed` is emitted.
    std::shared_ptr<EventStore> store() const { return m_store; }

    // Each returns a request id; exactly one of the matching *Ready signals or requestFailed
    // follows with that id, later, on the GUI thread (unless the store is closed first).
    quint64 requestStreamTypes();
    quint64 requestStreams(const StreamFilter& filter);
    quint64 requestStreamInfo(const QString& streamId);
    quint64 requestEvents(const StreamQuery& query);

    // Runs `job` with the store on a worker and hands its result to `done` on the GUI thread,
    // unless the store was closed or replaced meanwhile or `context` was destroyed. For calls
    // that have no signal of their own (snapshots, verification). Returns the request id.
    template<typename T>
    quint64 run(QObject* context, std::function<Result<T>(EventStore&)> job, std::function<void(Result<T>)> done);

Q_SIGNALS:
    void stateChanged(sagascope::StoreSession::State state);
    void opened(const QString& displayUrl);
    void openFailed(const sagascope::Error& error);
    // Progress of writing the demo data set (first run of the default store).
    void demoProgress(qint64 eventsDone, qint64 eventsTotal);
    // A problem that does not stop the session (the demo data set could not be written).
    void sessionWarning(const sagascope::Error& error);
    void closed();

    void streamTypesReady(quint64 requestId, const QStringList& types);
    void streamsReady(quint64 requestId, const sagascope::StreamPage& page);
    void streamInfoReady(quint64 requestId, const sagascope::StreamInfo& info);
    void eventsReady(quint64 requestId, const QList<sagascope::RecordedEvent>& events);
    void requestFailed(quint64 requestId, const sagascope::Error& error);

private:
    template<typename T, typename Signal>
    quint64 submit(std::function<Result<T>(EventStore&)> call, Signal ready);
    void setState(State state);
    void finishOpen(std::shared_ptr<EventStore> store, const QString& displayUrl);
    void failWaiting(const Error& error);
    void postFailure(quint64 requestId, const Error& error);

    void launchOrWait(quint64 requestId, std::function<void()> launch, std::function<void(const Error&)> failed);

    State m_state = State::Closed;
    SessionOpenRequest m_request;
    bool m_readOnly = false;
    QString m_displayUrl;
    Error m_openError;
    std::shared_ptr<EventStore> m_store;
    // Bumped on every open/close: answers carry the epoch they were asked in.
    quint64 m_epoch = 0;
    quint64 m_lastRequestId = 0;
    quint64 m_droppedAnswers = 0;
    struct Waiting
    {
        quint64 requestId;
        std::function<void()> launch;
        std::function<void(const Error&)> failed;
    };
    QList<Waiting> m_waiting;
    // Declared last: destroyed first, so running workers finish before `this` goes away.
    QThreadPool m_pool;
};

template<typename T>
quint64 StoreSession::run(
    QObject* context, std::function<Result<T>(EventStore&)> job, std::function<void(Result<T>)> done)
{
    const quint64 requestId = ++m_lastRequestId;
    QPointer<QObject> guard(context);
    auto deliver = [this, guard, done](quint64 epoch, Result<T> result) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, done, epoch, result = std::move(result)] {
                if (epoch != m_epoch || !guard) {
                    ++m_droppedAnswers;
                    return;
                }
                done(result);
            },
            Qt::QueuedConnection);
    };
    auto launch = [this, job = std::move(job), deliver] {
        const quint64 epoch = m_epoch;
        if (!m_store) {
            deliver(epoch, Result<T>(std::unexpected(Error { ErrorCode::Connection, tr("No store is open.") })));
            return;
        }
        m_pool.start([epoch, store = m_store, job, deliver] { deliver(epoch, job(*store)); });
    };
    // A job still waiting for the store when the open fails hears why, like every request.
    auto failed = [this, deliver](const Error& error) { deliver(m_epoch, Result<T>(std::unexpected(error))); };
    launchOrWait(requestId, std::move(launch), std::move(failed));
    return requestId;
}

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::StreamPage)
