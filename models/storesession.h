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
#include <QObject>
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
    void adopt(std::shared_ptr<EventStore> store);
    // Forgets the store; answers still on their way are dropped.
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The store's URL without any password (of the store being opened while it opens).
    QString displayUrl() const { return m_displayUrl; }
    // Why the last open failed.
    Error openError() const { return m_openError; }
    // Answers that arrived after the store they were asked of was closed or replaced.
    quint64 droppedAnswers() const { return m_droppedAnswers; }

    // Each returns a request id; exactly one of the matching *Ready signals or requestFailed
    // follows with that id, later, on the GUI thread (unless the store is closed first).
    quint64 requestStreamTypes();
    quint64 requestStreams(const StreamFilter& filter);
    quint64 requestStreamInfo(const QString& streamId);
    quint64 requestEvents(const StreamQuery& query);

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

    State m_state = State::Closed;
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
    };
    QList<Waiting> m_waiting;
    // Declared last: destroyed first, so running workers finish before `this` goes away.
    QThreadPool m_pool;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::StreamPage)
