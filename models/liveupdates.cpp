// SPDX-License-Identifier: MIT
#include "liveupdates.h"

#include "storesession.h"

#include <algorithm>

namespace sagascope {

LiveUpdates::LiveUpdates(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<sagascope::StreamGrowth>();
    qRegisterMetaType<QList<sagascope::StreamGrowth>>();
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &LiveUpdates::flush);
    connect(session, &StoreSession::opened, this, &LiveUpdates::start);
    connect(session, &StoreSession::closed, this, &LiveUpdates::stop);
    if (session->isOpen())
        start();
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::start()
{
    stop();
    std::shared_ptr<EventStore> store = m_session->store();
    if (!store)
        return;
    m_feed = store->openLiveFeed();
    if (!m_feed)
        return;
    connect(m_feed.get(), &LiveFeed::eventsAppended, this, &LiveUpdates::onAppended);
    connect(m_feed.get(), &LiveFeed::connectionChanged, this, &LiveUpdates::onConnectionChanged);
    setState(m_feed->isConnected() ? State::Live : State::Connecting);
}

void LiveUpdates::stop()
{
    m_feed.reset();
    m_batchTimer.stop();
    m_batch.clear();
    m_batchIndex.clear();
    setState(State::Off);
}

void LiveUpdates::onAppended(const QString& streamId, qint64 lastVersion, qint64 lastPosition)
{
    if (m_state != State::Live)
        setState(State::Live);
    const auto found = m_batchIndex.constFind(streamId);
    if (found == m_batchIndex.cend()) {
        m_batchIndex.insert(streamId, m_batch.size());
        m_batch.append({ streamId, lastVersion, lastPosition });
    } else {
        StreamGrowth& g = m_batch[*found];
        g.lastVersion = std::max(g.lastVersion, lastVersion);
        g.lastPosition = std::max(g.lastPosition, lastPosition);
    }
    if (!m_batchTimer.isActive()) {
        // The first append after a quiet spell goes out at once; appends that follow it closely
        // wait for the rest of the interval and go out together.
        const qint64 sinceFlush = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_batchIntervalMs;
        m_batchTimer.start(static_cast<int>(std::max<qint64>(0, m_batchIntervalMs - sinceFlush)));
    }
}

void LiveUpdates::onConnectionChanged(bool connected, const QString& message)
{
    setState(connected ? State::Live : State::Lost, connected ? QString() : message);
}

void LiveUpdates::flush()
{
    m_sinceFlush.start();
    QList<StreamGrowth> batch = std::exchange(m_batch, {});
    m_batchIndex.clear();
    if (batch.isEmpty())
        return;
    std::sort(batch.begin(), batch.end(),
        [](const StreamGrowth& a, const StreamGrowth& b) { return a.lastPosition < b.lastPosition; });
    Q_EMIT streamsGrew(batch);
}

void LiveUpdates::setState(State state, const QString& message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

} // namespace sagascope
