// SPDX-License-Identifier: MIT
// A store that hands every call to another one: tests derive from it and change only what they
// study (an append that fails or waits, events read back altered).
#pragma once

#include "eventstore.h"

namespace sagascope::test {

class ForwardingStore : public EventStore
{
public:
    explicit ForwardingStore(EventStore& inner)
        : m_inner(inner)
    { }

    QString displayUrl() const override { return m_inner.displayUrl(); }
    Result<int> schemaVersion() override { return m_inner.schemaVersion(); }
    Result<AppendResult> append(const AppendRequest& r) override { return m_inner.append(r); }
    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& r) override { return m_inner.appendBatch(r); }
    Result<QList<RecordedEvent>> readStream(const StreamQuery& q) override { return m_inner.readStream(q); }
    Result<QList<RecordedEvent>> readAll(const LogQuery& q) override { return m_inner.readAll(q); }
    Result<QList<RecordedEvent>> readByCorrelation(const QString& c, int limit) override
    {
        return m_inner.readByCorrelation(c, limit);
    }
    Result<StreamInfo> streamInfo(const QString& s) override { return m_inner.streamInfo(s); }
    Result<StreamPage> listStreams(const StreamFilter& f) override { return m_inner.listStreams(f); }
    Result<QStringList> streamTypes() override { return m_inner.streamTypes(); }
    Result<qint64> headPosition() override { return m_inner.headPosition(); }
    Result<void> saveSnapshot(const SnapshotRecord& s) override { return m_inner.saveSnapshot(s); }
    Result<QList<SnapshotRecord>> readSnapshots(const QString& s, qint64 v) override
    {
        return m_inner.readSnapshots(s, v);
    }
    Result<ScheduleResult> scheduleTimer(const TimerRecord& t) override { return m_inner.scheduleTimer(t); }
    Result<void> cancelTimer(const QString& id) override { return m_inner.cancelTimer(id); }
    Result<QList<TimerRecord>> listTimers(const TimerQuery& q) override { return m_inner.listTimers(q); }
    Result<QList<FiredTimer>> fireDueTimers(qint64 nowUs, int limit) override
    {
        return m_inner.fireDueTimers(nowUs, limit);
    }

protected:
    EventStore& m_inner;
};

} // namespace sagascope::test
