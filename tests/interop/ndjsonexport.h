// SPDX-License-Identifier: MIT
// Files to import in tests: an NDJSON export written by a real store, and what a store holds.
#pragma once

#include "memoryeventstore.h"
#include "ndjson.h"

#include <QtGlobal>

namespace sagascope::test {

enum class ExportOrder
{
    StreamAfterStream, // each stream's events together, as a single stream's export has them
    Interleaved, // one event of each stream in turn, as the whole log of a busy store has them
};

// An NDJSON export of `streams` order streams (prefix-0, prefix-1, …) of `perStream` events each,
// in log order.
inline QByteArray exportOf(int streams, int perStream, const QString& prefix = QStringLiteral("imported"),
    ExportOrder order = ExportOrder::StreamAfterStream)
{
    MemoryEventStore source;
    const auto streamId = [&](int s) { return QStringLiteral("%1-%2").arg(prefix).arg(s); };
    const auto event = [](int v) {
        return NewEvent::fromJson(
            v == 0 ? QStringLiteral("OrderPlaced") : QStringLiteral("ItemAdded"), { { QStringLiteral("n"), v } });
    };
    QList<AppendRequest> batch;
    if (order == ExportOrder::Interleaved) {
        for (int v = 0; v < perStream; ++v)
            for (int s = 0; s < streams; ++s)
                batch.append(
                    { .streamId = streamId(s), .streamType = QStringLiteral("order"), .events = { event(v) } });
    } else {
        for (int s = 0; s < streams; ++s) {
            AppendRequest r { .streamId = streamId(s), .streamType = QStringLiteral("order") };
            for (int v = 0; v < perStream; ++v)
                r.events.append(event(v));
            batch.append(r);
        }
    }
    if (!source.appendBatch(batch))
        qFatal("the source store refused the batch");
    LogQuery all;
    all.limit = streams * perStream;
    const auto events = source.readAll(all);
    if (!events)
        qFatal("the source store cannot be read");
    QByteArray out;
    for (const RecordedEvent& e : *events)
        out += eventToNdjson(e);
    return out;
}

// How many events the whole store holds (-1 when it cannot be read).
inline qint64 storedEvents(EventStore& store)
{
    LogQuery all;
    all.limit = 1000000;
    const auto events = store.readAll(all);
    return events ? events->size() : -1;
}

} // namespace sagascope::test
