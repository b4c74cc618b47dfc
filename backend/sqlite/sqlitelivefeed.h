// SPDX-License-Identifier: MIT
// The SQLite store's live feed. SQLite cannot notify other connections, let alone other
// processes (the CLI appending while the GUI watches), so a thread of the feed's own polls the
// head position every few tens of milliseconds through its own read-only connection and, when it
// moved, reports the streams that grew. A file that cannot be read is reported as a lost
// connection; once it can be read again the feed catches up from the last position it reported.
#pragma once

#include "eventstore.h"

#include <QThread>

namespace sagascope {

class SqliteLivePoller;

class SqliteLiveFeed final : public LiveFeed
{
    Q_OBJECT
public:
    explicit SqliteLiveFeed(const QString& path, int intervalMs = 50, QObject* parent = nullptr);
    ~SqliteLiveFeed() override;

    bool isConnected() const override { return m_connected; }

private:
    QThread m_thread;
    SqliteLivePoller* m_poller = nullptr; // lives in m_thread
    bool m_connected = false;
};

} // namespace sagascope
