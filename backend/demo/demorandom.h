// SPDX-License-Identifier: MIT
// The demo generator's random numbers. A fixed algorithm (SplitMix64) instead of <random>'s
// distributions, whose results differ between standard libraries: the demo data set must be the
// same on every machine for the same seed, or a second run would not be idempotent.
#pragma once

#include <QList>
#include <QtGlobal>

namespace sagascope::demo {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    { }

    // An independent sequence per (seed, part, index), so one stream's content does not depend
    // on how many other streams are generated before it.
    static DemoRandom forPart(quint32 seed, quint64 part, quint64 index)
    {
        DemoRandom mixer((quint64(seed) << 32) ^ (part * 0x9E3779B97F4A7C15ULL) ^ (index * 0xD1B54A32D192ED03ULL));
        return DemoRandom(mixer.next());
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi], both included. The modulo bias is irrelevant for demo data.
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    int betweenInt(int lo, int hi) { return int(between(lo, hi)); }
    bool chance(int percent) { return between(0, 99) < percent; }

    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(qsizetype(between(0, list.size() - 1)));
    }

private:
    quint64 m_state;
};

} // namespace sagascope::demo
