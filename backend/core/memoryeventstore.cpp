// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"

#include "appendrules.h"
#include "coretr.h"
#include "fingerprint.h"

#include <QHash>
#include <QMap>
#include <QReadWriteLock>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace sagascope {

namespace {

// Relays appends to feeds living in other threads (queued connections).
class MemoryNotifier : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void appended(const QString& streamId, qint64 lastVersion, qint64 lastPosition);
};

class MemoryLiveFeed final : public LiveFeed
{
public:
    explicit MemoryLiveFeed(MemoryNotifier* notifier)
    {
        connect(notifier, &MemoryNotifier::appended, this, &LiveFeed::eventsAppended);
    }
    bool isConnected() const override { return true; }
};

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
}

} // namespace

bool streamIdMatches(const QString& streamId, const QString& search, StreamSearch mode)
{
    if (search.isEmpty())
        return true;
    const auto eq = [](QChar a, QChar b) { return asciiLower(a.unicode()) == asciiLower(b.unicode()); };
    if (mode == StreamSearch::Prefix)
        return streamId.size() >= search.size() && std::equal(search.begin(), search.end(), streamId.begin(), eq);
    return std::search(streamId.begin(), streamId.end(), search.begin(), search.end(), eq) != streamId.end();
}

struct MemoryEventStore::State
{
    struct Stream
    {
        StreamInfo info;
        QList<qint64> positions; // positions[v - 1] is the position of version v
        QByteArray lastFingerprint;
    };

    mutable QReadWriteLock lock;
    QList<RecordedEvent> log; // log[p - 1] has position p
    QMap<QString, Stream> streams;
    QHash<QUuid, qint64> positionById;
    QMultiHash<QString, qint64> positionsByCorrelation;
    QHash<QString, QList<SnapshotRecord>> snapshots; // per stream, sorted by version
    QHash<QString, TimerRecord> timers; // pending timers by id
    MemoryNotifier notifier;

    const RecordedEvent& at(qint64 position) const { return log[position - 1]; }

    // Validates one normalised request against the current state without changing it.
    Result<std::optional<AppendResult>> check(const AppendRequest& r) const
    {
        QList<RecordedEvent> sameIds;
        for (const NewEvent& e : r.events) {
            if (const auto it = positionById.constFind(e.eventId); it != positionById.cend())
                sameIds.append(at(*it));
        }
        auto idem = idempotentResult(r, sameIds);
        if (!idem || *idem)
            return idem;
        const auto s = streams.constFind(r.streamId);
        const qint64 current = s == streams.cend() ? 0 : s->info.lastVersion;
        if (auto ok = r.expected.check(r.streamId, current); !ok)
            return std::unexpected(ok.error());
        if (s != streams.cend() && !r.streamType.isEmpty() && r.streamType != s->info.streamType)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Stream \"%1\" has type %2, not %3.").arg(r.streamId, s->info.streamType, r.streamType));
        return std::optional<AppendResult> {};
    }

    void rollback(qsizetype logSize, const QHash<QString, std::optional<Stream>>& before)
    {
        for (qsizetype i = logSize; i < log.size(); ++i) {
            const RecordedEvent& e = log[i];
            positionById.remove(e.eventId);
            if (const QString c = e.correlationId(); !c.isEmpty())
                positionsByCorrelation.remove(c, e.position);
        }
        log.resize(logSize);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (*it)
                streams.insert(it.key(), **it);
            else
                streams.remove(it.key());
        }
    }

    // Applies normalised requests request by request (later requests see earlier ones) and undoes
    // everything on failure, so that a batch is all-or-nothing. The caller holds the write lock.
    Result<QList<AppendResult>> appendLocked(const QList<AppendRequest>& normalised)
    {
        QList<AppendResult> results;
        const qsizetype logSize = log.size();
        QHash<QString, std::optional<Stream>> before;
        const qint64 now = nowUs();
        for (const AppendRequest& r : normalised) {
            auto replay = check(r);
            if (!replay) {
                rollback(logSize, before);
                return std::unexpected(replay.error());
            }
            if (*replay) {
                results.append(**replay);
                continue;
            }
            if (!before.contains(r.streamId)) {
                const auto s = streams.constFind(r.streamId);
                before.insert(r.streamId, s == streams.cend() ? std::nullopt : std::optional(*s));
            }
            results.append(write(r, now));
        }
        return results;
    }

    void notify(const QList<AppendResult>& results)
    {
        for (const AppendResult& r : results) {
            if (!r.alreadyStored)
                Q_EMIT notifier.appended(r.streamId, r.lastVersion, r.lastPosition);
        }
    }

    AppendResult write(const AppendRequest& r, qint64 timeUs)
    {
        Stream& s = streams[r.streamId];
        if (s.positions.isEmpty()) {
            s.info.streamId = r.streamId;
            s.info.streamType = streamTypeForNewStream(r);
            s.info.createdAtUs = r.events.first().recordedAtUs != 0 ? r.events.first().recordedAtUs : timeUs;
        }
        AppendResult result;
        result.streamId = r.streamId;
        result.firstVersion = s.info.lastVersion + 1;
        result.firstPosition = log.size() + 1;
        for (const NewEvent& e : r.events) {
            RecordedEvent rec;
            rec.eventId = e.eventId;
            rec.streamId = r.streamId;
            rec.streamType = s.info.streamType;
            rec.version = ++s.info.lastVersion;
            rec.position = log.size() + 1;
            rec.eventType = e.eventType;
            rec.schemaVersion = e.schemaVersion;
            rec.payload = e.payload;
            rec.metadata = e.metadata;
            rec.recordedAtUs = e.recordedAtUs != 0 ? e.recordedAtUs : timeUs;
            rec.fingerprint = chainFingerprint(s.lastFingerprint, eventDigest(rec.eventId, rec.streamId, e));
            s.lastFingerprint = rec.fingerprint;
            // Normalised on the way in: canonical, so nothing to check and a scan finds the id.
            positionById.insert(rec.eventId, rec.position);
            if (const QString c = correlationIdOf(rec.metadata); !c.isEmpty())
                positionsByCorrelation.insert(c, rec.position);
            s.positions.append(rec.position);
            log.append(std::move(rec));
        }
        s.info.lastPosition = log.size();
        s.info.updatedAtUs = log.last().recordedAtUs; // the time of the last event
        result.lastVersion = s.info.lastVersion;
        result.lastPosition = s.info.lastPosition;
        return result;
    }
};

MemoryEventStore::MemoryEventStore()
    : d(std::make_unique<State>())
{ }

MemoryEventStore::~MemoryEventStore() = default;

QString MemoryEventStore::displayUrl() const
{
    return QStringLiteral("memory:");
}

Result<int> MemoryEventStore::schemaVersion()
{
    return 1;
}

Result<AppendResult> MemoryEventStore::append(const AppendRequest& request)
{
    auto results = appendBatch({ request });
    if (!results)
        return std::unexpected(results.error());
    return results->first();
}

Result<QList<AppendResult>> MemoryEventStore::appendBatch(const QList<AppendRequest>& requests)
{
    QList<AppendRequest> normalised;
    normalised.reserve(requests.size());
    for (const AppendRequest& r : requests) {
        auto n = normaliseAppend(r);
        if (!n)
            return std::unexpected(n.error());
        normalised.append(std::move(*n));
    }
    QList<AppendResult> results;
    {
        QWriteLocker locker(&d->lock);
        auto written = d->appendLocked(normalised);
        if (!written)
            return std::unexpected(written.error());
        results = std::move(*written);
    }
    d->notify(results);
    return results;
}

Result<QList<RecordedEvent>> MemoryEventStore::readStream(const StreamQuery& query)
{
    QReadLocker locker(&d->lock);
    const auto s = d->streams.constFind(query.streamId);
    if (s == d->streams.cend())
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(query.streamId));
    const qint64 last = s->info.lastVersion;
    const qint64 lo = std::max<qint64>(1, query.minVersion);
    const qint64 hi = query.maxVersion > 0 ? std::min(last, query.maxVersion) : last;
    QList<RecordedEvent> out;
    const bool forward = query.direction == ReadDirection::Forward;
    for (qint64 v = forward ? lo : hi; forward ? v <= hi : v >= lo; v += forward ? 1 : -1) {
        const RecordedEvent& e = d->at(s->positions[v - 1]);
        if (query.sinceUs && e.recordedAtUs < *query.sinceUs)
            continue;
        if (query.untilUs && e.recordedAtUs > *query.untilUs)
            continue;
        if (!query.eventTypes.isEmpty() && !query.eventTypes.contains(e.eventType))
            continue;
        out.append(e);
        if (query.limit > 0 && out.size() >= query.limit)
            break;
    }
    return out;
}

Result<QList<RecordedEvent>> MemoryEventStore::readAll(const LogQuery& query)
{
    QReadLocker locker(&d->lock);
    QList<RecordedEvent> out;
    const qint64 start = std::max<qint64>(0, query.afterPosition);
    if (query.eventTypes.isEmpty()) {
        const qint64 end = query.limit > 0 ? std::min<qint64>(d->log.size(), start + query.limit) : d->log.size();
        for (qint64 p = start; p < end; ++p)
            out.append(d->log[p]);
        return out;
    }
    const QSet<QString> types(query.eventTypes.cbegin(), query.eventTypes.cend());
    for (qint64 p = start; p < d->log.size() && (query.limit <= 0 || out.size() < query.limit); ++p) {
        if (types.contains(d->log[p].eventType))
            out.append(d->log[p]);
    }
    return out;
}

Result<QList<RecordedEvent>> MemoryEventStore::readByCorrelation(const QString& correlationId, int limit)
{
    QReadLocker locker(&d->lock);
    QList<qint64> positions = d->positionsByCorrelation.values(correlationId);
    std::sort(positions.begin(), positions.end());
    if (limit > 0 && positions.size() > limit)
        positions.resize(limit);
    QList<RecordedEvent> out;
    out.reserve(positions.size());
    for (const qint64 p : positions)
        out.append(d->at(p));
    return out;
}

Result<StreamInfo> MemoryEventStore::streamInfo(const QString& streamId)
{
    QReadLocker locker(&d->lock);
    const auto s = d->streams.constFind(streamId);
    if (s == d->streams.cend())
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(streamId));
    return s->info;
}

Result<StreamPage> MemoryEventStore::listStreams(const StreamFilter& filter)
{
    QReadLocker locker(&d->lock);
    StreamPage page;
    const int limit = filter.limit > 0 ? filter.limit : 100;
    auto it = filter.afterStreamId.isEmpty() ? d->streams.cbegin() : d->streams.upperBound(filter.afterStreamId);
    for (; it != d->streams.cend(); ++it) {
        if (!filter.streamType.isEmpty() && it->info.streamType != filter.streamType)
            continue;
        if (!streamIdMatches(it.key(), filter.search, filter.searchMode))
            continue;
        if (page.streams.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.streams.append(it->info);
    }
    return page;
}

Result<QStringList> MemoryEventStore::streamTypes()
{
    QReadLocker locker(&d->lock);
    QSet<QString> types;
    for (const auto& s : std::as_const(d->streams))
        types.insert(s.info.streamType);
    QStringList out(types.begin(), types.end());
    out.sort();
    return out;
}

Result<qint64> MemoryEventStore::headPosition()
{
    QReadLocker locker(&d->lock);
    return static_cast<qint64>(d->log.size());
}

Result<void> MemoryEventStore::saveSnapshot(const SnapshotRecord& snapshot)
{
    QWriteLocker locker(&d->lock);
    if (!d->streams.contains(snapshot.streamId))
        return fail(ErrorCode::NotFound, CoreTr::tr("Stream \"%1\" does not exist.").arg(snapshot.streamId));
    QList<SnapshotRecord>& list = d->snapshots[snapshot.streamId];
    SnapshotRecord s = snapshot;
    if (s.createdAtUs == 0)
        s.createdAtUs = nowUs();
    auto it = std::lower_bound(list.begin(), list.end(), s, [](const SnapshotRecord& a, const SnapshotRecord& b) {
        return std::tie(a.version, a.reducer) < std::tie(b.version, b.reducer);
    });
    if (it != list.end() && it->version == s.version && it->reducer == s.reducer)
        *it = s;
    else
        list.insert(it, s);
    return {};
}

Result<QList<SnapshotRecord>> MemoryEventStore::readSnapshots(const QString& streamId, qint64 maxVersion)
{
    QReadLocker locker(&d->lock);
    QList<SnapshotRecord> out;
    const QList<SnapshotRecord> list = d->snapshots.value(streamId);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (maxVersion <= 0 || it->version <= maxVersion)
            out.append(*it);
    }
    return out;
}

Result<ScheduleResult> MemoryEventStore::scheduleTimer(const TimerRecord& timer)
{
    auto normalised = normaliseTimer(timer, nowUs());
    if (!normalised)
        return std::unexpected(normalised.error());
    QWriteLocker locker(&d->lock);
    if (const auto it = d->timers.constFind(normalised->timerId); it != d->timers.cend()) {
        if (!sameTimer(*normalised, *it))
            return std::unexpected(timerConflict(*normalised, *it));
        return ScheduleResult { *it, true };
    }
    d->timers.insert(normalised->timerId, *normalised);
    return ScheduleResult { *normalised, false };
}

Result<void> MemoryEventStore::cancelTimer(const QString& timerId)
{
    QWriteLocker locker(&d->lock);
    if (!d->timers.remove(timerId))
        return std::unexpected(timerNotFound(timerId));
    return {};
}

namespace {

bool earlier(const TimerRecord& a, const TimerRecord& b)
{
    return std::tie(a.fireAtUs, a.timerId) < std::tie(b.fireAtUs, b.timerId);
}

} // namespace

Result<QList<TimerRecord>> MemoryEventStore::listTimers(const TimerQuery& query)
{
    QReadLocker locker(&d->lock);
    QList<TimerRecord> out;
    for (const TimerRecord& t : std::as_const(d->timers)) {
        if (query.streamId.isEmpty() || t.streamId == query.streamId)
            out.append(t);
    }
    std::sort(out.begin(), out.end(), earlier);
    if (query.limit > 0 && out.size() > query.limit)
        out.resize(query.limit);
    return out;
}

Result<QList<FiredTimer>> MemoryEventStore::fireDueTimers(qint64 nowUs, int limit)
{
    QList<FiredTimer> fired;
    QList<AppendResult> appended;
    {
        // The write lock is the claim: no other caller sees these timers until they are gone.
        QWriteLocker locker(&d->lock);
        QList<TimerRecord> due;
        for (const TimerRecord& t : std::as_const(d->timers)) {
            if (t.fireAtUs <= nowUs)
                due.append(t);
        }
        std::sort(due.begin(), due.end(), earlier);
        if (limit > 0 && due.size() > limit)
            due.resize(limit);
        QList<AppendRequest> requests;
        requests.reserve(due.size());
        QSet<QString> created;
        for (const TimerRecord& t : std::as_const(due)) {
            const bool exists = d->streams.contains(t.streamId) || created.contains(t.streamId);
            created.insert(t.streamId);
            auto n = normaliseAppend(timerFiredRequest(t, exists));
            if (!n)
                return std::unexpected(n.error());
            requests.append(std::move(*n));
        }
        auto written = d->appendLocked(requests);
        if (!written)
            return std::unexpected(written.error());
        appended = std::move(*written);
        for (qsizetype i = 0; i < due.size(); ++i) {
            d->timers.remove(due[i].timerId);
            fired.append(firedTimer(due[i], appended[i]));
        }
    }
    d->notify(appended);
    return fired;
}

std::unique_ptr<LiveFeed> MemoryEventStore::openLiveFeed()
{
    return std::make_unique<MemoryLiveFeed>(&d->notifier);
}

} // namespace sagascope

#include "memoryeventstore.moc"
