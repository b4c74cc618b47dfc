// SPDX-License-Identifier: MIT
// An append-mostly list whose copies share storage in fixed-size chunks: copying is O(n / 64)
// pointer copies and changing one element copies only its chunk. Reducer states keep their
// growing collections (activities, timers, …) in it, so the thousand checkpoints of a
// million-event saga share almost everything instead of holding a thousand full copies.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <vector>

namespace sagascope {

template<typename T, int ChunkSize = 64>
class ChunkedList
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T& at(qsizetype i) const { return (*m_chunks[i / ChunkSize])[i % ChunkSize]; }
    const T& last() const { return at(m_size - 1); }

    // Writable access to one element: copies its chunk first if another list shares it.
    T& edit(qsizetype i) { return detach(i / ChunkSize)[i % ChunkSize]; }

    void append(T value)
    {
        if (m_size % ChunkSize == 0) {
            auto chunk = std::make_shared<std::vector<T>>();
            chunk->reserve(ChunkSize);
            m_chunks.push_back(std::move(chunk));
        }
        detach(m_chunks.size() - 1).push_back(std::move(value));
        ++m_size;
    }

    // Index of the first element for which `less(element)` is false (elements must be
    // partitioned by `less`, e.g. sorted by a key), or size().
    template<typename Less>
    qsizetype lowerBound(Less less) const
    {
        qsizetype lo = 0;
        qsizetype hi = m_size;
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (less(at(mid)))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    template<typename F>
    void forEach(F f) const
    {
        for (const auto& chunk : m_chunks) {
            for (const T& value : *chunk)
                f(value);
        }
    }

private:
    std::vector<T>& detach(qsizetype chunk)
    {
        auto& p = m_chunks[static_cast<size_t>(chunk)];
        if (p.use_count() > 1)
            p = std::make_shared<std::vector<T>>(*p);
        else
            std::atomic_thread_fence(std::memory_order_acquire); // pairs with the release of the last other owner
        return *p;
    }

    std::vector<std::shared_ptr<std::vector<T>>> m_chunks;
    qsizetype m_size = 0;
};

} // namespace sagascope
