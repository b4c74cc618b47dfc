// SPDX-License-Identifier: MIT
// The long saga of the demo data set: an inventory-sync workflow that loops for weeks (timers,
// activities with retries and time-outs, signals, local activities, markers, updates, reset
// points) and ends by continuing as new, with exactly the requested number of events. Only its
// last few events depend on that number. It is generated in chunks so that a stream of a million
// events never sits in memory at once.
#pragma once

#include "demorandom.h"
#include "demostream.h"

namespace sagascope::demo {

QString demoLongSagaStreamId(); // saga-long-0001

class LongSagaGenerator
{
public:
    LongSagaGenerator(quint32 seed, qint64 totalEvents);
    LongSagaGenerator(const LongSagaGenerator&) = delete;
    LongSagaGenerator& operator=(const LongSagaGenerator&) = delete;

    bool atEnd() const { return m_pending.isEmpty() && m_finished; }
    // The next events in version order, at most `maxEvents`.
    QList<DemoEvent> next(int maxEvents);

private:
    void generateMore();
    void iteration();
    QUuid add(const QString& type, const QJsonObject& payload, const QUuid& cause, const QString& actor = {},
        bool retry = false);
    void wait(qint64 minMs, qint64 maxMs);

    quint32 m_seed;
    qint64 m_total;
    DemoRandom m_rng;
    QList<DemoEvent> m_pending;
    DemoStream m_stream;
    DemoTrace m_trace;
    qint64 m_t = 0;
    qint64 m_iteration = 0;
    qint64 m_nextResetAt = 0;
    int m_activityCounter = 0;
    QUuid m_last;
    bool m_finished = false;
};

} // namespace sagascope::demo
