// SPDX-License-Identifier: MIT
// Messages per second over the last minute, for the Signals tab's rate chart: arrivals are
// counted into one bucket per second of a ring, so recording a batch and reading the curve cost
// the same at 10 or 100 000 messages a second. Times are milliseconds of a monotonic clock.
#pragma once

#include <QList>

namespace sagascope {

class SignalRateCounter
{
public:
    explicit SignalRateCounter(int seconds = 60);

    void add(qint64 count, qint64 nowMs);
    // Messages in each of the last `seconds()` complete seconds before nowMs, oldest first.
    QList<qint64> perSecond(qint64 nowMs) const;
    // Messages in the last complete second.
    qint64 lastSecond(qint64 nowMs) const;
    int seconds() const { return m_seconds; }
    void clear();

private:
    qint64& bucket(qint64 second);

    int m_seconds;
    QList<qint64> m_counts; // ring of seconds + 1 buckets: the complete ones and the current one
    QList<qint64> m_secondOf; // which second each bucket holds
};

} // namespace sagascope
