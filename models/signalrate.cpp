// SPDX-License-Identifier: MIT
#include "signalrate.h"

namespace sagascope {

SignalRateCounter::SignalRateCounter(int seconds)
    : m_seconds(std::max(1, seconds))
{
    clear();
}

void SignalRateCounter::clear()
{
    m_counts = QList<qint64>(m_seconds + 1, 0);
    m_secondOf = QList<qint64>(m_seconds + 1, -1);
}

qint64& SignalRateCounter::bucket(qint64 second)
{
    const auto i = static_cast<qsizetype>(second % m_counts.size());
    // A bucket last used a ring's turn ago starts again from zero.
    if (m_secondOf[i] != second) {
        m_secondOf[i] = second;
        m_counts[i] = 0;
    }
    return m_counts[i];
}

void SignalRateCounter::add(qint64 count, qint64 nowMs)
{
    if (count > 0 && nowMs >= 0)
        bucket(nowMs / 1000) += count;
}

QList<qint64> SignalRateCounter::perSecond(qint64 nowMs) const
{
    QList<qint64> out;
    out.reserve(m_seconds);
    const qint64 current = std::max<qint64>(0, nowMs) / 1000;
    for (qint64 second = current - m_seconds; second < current; ++second) {
        if (second < 0) {
            out.append(0);
            continue;
        }
        const auto i = static_cast<qsizetype>(second % m_counts.size());
        out.append(m_secondOf[i] == second ? m_counts[i] : 0);
    }
    return out;
}

qint64 SignalRateCounter::lastSecond(qint64 nowMs) const
{
    return perSecond(nowMs).constLast();
}

} // namespace sagascope
