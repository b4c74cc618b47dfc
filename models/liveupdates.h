// SPDX-License-Identifier: MIT
// Tells the models when anyone appends to the open store. Opens the store's live feed whenever the
// session opens a store (PostgreSQL: LISTEN/NOTIFY; SQLite: a polling thread; memory: directly)
// and hands the appends on in batches: at thousands of appends a second one signal per append
// would keep the GUI thread busy repainting, so batches go out at most every 25 ms: an append after
// a quiet spell at once, the appends that follow it within the interval merged into one batch with
// one entry per stream (its newest version and position).
#pragma once

#include "eventstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sagascope {

class StoreSession;

struct StreamGrowth
{
    QString streamId;
    qint64 lastVersion = 0;
    qint64 lastPosition = 0;
};

class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Off, // no store, or a store that cannot tell
        Connecting, // waiting for the feed's first connection
        Live, // appends arrive as they commit
        Lost, // the feed's connection is lost; it retries and catches up when it is back
    };
    Q_ENUM(State)

    explicit LiveUpdates(StoreSession* session, QObject* parent = nullptr);
    ~LiveUpdates() override;

    State state() const { return m_state; }
    // Why the connection was lost (empty unless state() is Lost).
    QString message() const { return m_message; }
    // The shortest time between two batches (default 25 ms).
    void setBatchIntervalMs(int ms) { m_batchIntervalMs = ms; }

Q_SIGNALS:
    // Streams that grew since the last batch, in the order of their newest position.
    void streamsGrew(const QList<sagascope::StreamGrowth>& growth);
    void stateChanged(sagascope::LiveUpdates::State state, const QString& message);

private:
    void start();
    void stop();
    void onAppended(const QString& streamId, qint64 lastVersion, qint64 lastPosition);
    void onConnectionChanged(bool connected, const QString& message);
    void flush();
    void setState(State state, const QString& message = {});

    StoreSession* m_session;
    std::unique_ptr<LiveFeed> m_feed;
    State m_state = State::Off;
    QString m_message;
    QList<StreamGrowth> m_batch;
    QHash<QString, qsizetype> m_batchIndex; // stream id -> index in m_batch
    QTimer m_batchTimer;
    int m_batchIntervalMs = 25;
    QElapsedTimer m_sinceFlush;
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::StreamGrowth)
