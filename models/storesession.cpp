// SPDX-License-Identifier: MIT
#include "storesession.h"

#include "openstore.h"

#include <QFileInfo>
#include <QMetaObject>

namespace sagascope {

namespace {

// Four workers: enough for a page load, a stream-list page and a count to overlap; SQLite gives
// each worker its own connection, PostgreSQL its own session.
constexpr int maxWorkers = 4;

} // namespace

StoreSession::StoreSession(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<sagascope::Error>();
    qRegisterMetaType<sagascope::StreamInfo>();
    qRegisterMetaType<sagascope::StreamPage>();
    qRegisterMetaType<sagascope::RecordedEvent>();
    qRegisterMetaType<QList<sagascope::RecordedEvent>>();
    m_pool.setMaxThreadCount(maxWorkers);
    // Workers stay alive so their store connections are reused instead of reopened.
    m_pool.setExpiryTimeout(-1);
}

StoreSession::~StoreSession()
{
    ++m_epoch;
    m_pool.clear();
    // Only calls already running are waited for; each is one bounded store call (or the first
    // run's demo writer, which cannot be interrupted half-way without leaving a partial data set).
    m_pool.waitForDone();
}

void StoreSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StoreSession::open(const QString& url, const OpenOptions& options)
{
    SessionOpenRequest request;
    request.url = url;
    request.options = options;
    open(request);
}

void StoreSession::open(const SessionOpenRequest& request)
{
    close();
    m_request = request;
    m_readOnly = request.options.readOnly;
    const quint64 epoch = ++m_epoch;
    const auto location = StoreLocation::parse(request.url);
    m_displayUrl = location ? location->displayUrl() : request.url;
    m_openError = {};
    setState(State::Opening);

    m_pool.start([this, epoch, request] {
        auto post = [this, epoch](std::function<void()> onGuiThread) {
            QMetaObject::invokeMethod(
                this,
                [this, epoch, onGuiThread = std::move(onGuiThread)] {
                    if (epoch == m_epoch)
                        onGuiThread();
                },
                Qt::QueuedConnection);
        };
        auto location = StoreLocation::parse(request.url);
        const bool newFile
            = location && location->kind == StoreLocation::Kind::Sqlite && !QFileInfo::exists(location->path);
        auto opened = location ? openStore(*location, request.options)
                               : Result<std::unique_ptr<EventStore>>(std::unexpected(location.error()));
        if (!opened) {
            post([this, error = opened.error()] {
                m_openError = error;
                failWaiting(error);
                setState(State::Failed);
                Q_EMIT openFailed(error);
            });
            return;
        }
        std::shared_ptr<EventStore> store(std::move(*opened));
        bool writeDemo = false;
        if (request.writeDemoWhenEmpty && location->kind == StoreLocation::Kind::Sqlite) {
            const auto head = store->headPosition();
            writeDemo = newFile || (head && *head == 0);
        }
        if (writeDemo) {
            const qint64 total = demoEventCount(request.demo);
            post([this, total] {
                setState(State::WritingDemo);
                Q_EMIT demoProgress(0, total);
            });
            auto summary = writeDemoData(*store, request.demo,
                [&post, this, total](qint64 done) { post([this, done, total] { Q_EMIT demoProgress(done, total); }); });
            if (!summary) {
                post([this, error = summary.error()] { Q_EMIT sessionWarning(error); });
            } else {
                post([this, total] { Q_EMIT demoProgress(total, total); });
            }
        }
        const QString displayUrl = store->displayUrl();
        post([this, store, displayUrl] { finishOpen(store, displayUrl); });
    });
}

void StoreSession::adopt(std::shared_ptr<EventStore> store, bool readOnly)
{
    close();
    ++m_epoch;
    m_request = {};
    m_readOnly = readOnly;
    m_openError = {};
    if (!store)
        return;
    finishOpen(std::move(store), QString());
}

void StoreSession::reopen(bool readOnly)
{
    if (m_request.url.isEmpty()) {
        // An adopted store: the object stays, answers in flight stay valid.
        m_readOnly = readOnly;
        return;
    }
    SessionOpenRequest request = m_request;
    request.options.readOnly = readOnly;
    // Only the first run of the default store fills it; a reopen never writes the demo.
    request.writeDemoWhenEmpty = false;
    open(request);
}

void StoreSession::finishOpen(std::shared_ptr<EventStore> store, const QString& displayUrl)
{
    m_store = std::move(store);
    m_displayUrl = displayUrl.isEmpty() ? m_store->displayUrl() : displayUrl;
    setState(State::Open);
    Q_EMIT opened(m_displayUrl);
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        w.launch();
}

void StoreSession::close()
{
    const bool wasActive = m_state != State::Closed;
    ++m_epoch;
    m_store.reset();
    failWaiting(Error { ErrorCode::Connection, tr("The store was closed.") });
    if (wasActive) {
        setState(State::Closed);
        Q_EMIT closed();
    }
}

void StoreSession::failWaiting(const Error& error)
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        w.failed(error);
}

void StoreSession::launchOrWait(
    quint64 requestId, std::function<void()> launch, std::function<void(const Error&)> failed)
{
    if (m_state == State::Opening || m_state == State::WritingDemo)
        m_waiting.append({ requestId, std::move(launch), std::move(failed) });
    else
        launch();
}

void StoreSession::postFailure(quint64 requestId, const Error& error)
{
    const quint64 epoch = m_epoch;
    QMetaObject::invokeMethod(
        this,
        [this, epoch, requestId, error] {
            if (epoch == m_epoch)
                Q_EMIT requestFailed(requestId, error);
        },
        Qt::QueuedConnection);
}

template<typename T, typename Signal>
quint64 StoreSession::submit(std::function<Result<T>(EventStore&)> call, Signal ready)
{
    const quint64 requestId = ++m_lastRequestId;
    auto launch = [this, requestId, call = std::move(call), ready] {
        if (!m_store) {
            postFailure(requestId, Error { ErrorCode::Connection, tr("No store is open.") });
            return;
        }
        const quint64 epoch = m_epoch;
        m_pool.start([this, requestId, epoch, store = m_store, call, ready] {
            Result<T> result = call(*store);
            QMetaObject::invokeMethod(
                this,
                [this, requestId, epoch, ready, result = std::move(result)] {
                    if (epoch != m_epoch) {
                        ++m_droppedAnswers;
                        return;
                    }
                    if (result)
                        Q_EMIT(this->*ready)(requestId, *result);
                    else
                        Q_EMIT requestFailed(requestId, result.error());
                },
                Qt::QueuedConnection);
        });
    };
    launchOrWait(
        requestId, std::move(launch), [this, requestId](const Error& error) { postFailure(requestId, error); });
    return requestId;
}

quint64 StoreSession::requestStreamTypes()
{
    return submit<QStringList>([](EventStore& store) { return store.streamTypes(); }, &StoreSession::streamTypesReady);
}

quint64 StoreSession::requestStreams(const StreamFilter& filter)
{
    return submit<StreamPage>(
        [filter](EventStore& store) { return store.listStreams(filter); }, &StoreSession::streamsReady);
}

quint64 StoreSession::requestStreamInfo(const QString& streamId)
{
    return submit<StreamInfo>(
        [streamId](EventStore& store) { return store.streamInfo(streamId); }, &StoreSession::streamInfoReady);
}

quint64 StoreSession::requestEvents(const StreamQuery& query)
{
    return submit<QList<RecordedEvent>>(
        [query](EventStore& store) { return store.readStream(query); }, &StoreSession::eventsReady);
}

} // namespace sagascope
