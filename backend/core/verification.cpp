// SPDX-License-Identifier: MIT
#include "verification.h"

#include "coretr.h"
#include "fingerprint.h"

namespace sagascope {

Result<VerifyReport> verifyStream(EventStore& store, const QString& streamId, const Reducer& reducer)
{
    auto info = store.streamInfo(streamId);
    if (!info)
        return std::unexpected(info.error());
    VerifyReport report;
    report.streamId = streamId;
    QByteArray chain;
    qint64 at = 0;
    constexpr int page = 2000;
    while (at < info->lastVersion && !report.firstBadVersion) {
        StreamQuery q;
        q.streamId = streamId;
        q.minVersion = at + 1;
        q.maxVersion = std::min(info->lastVersion, at + page);
        auto events = store.readStream(q);
        if (!events)
            return std::unexpected(events.error());
        if (events->isEmpty())
            break;
        for (const RecordedEvent& e : std::as_const(*events)) {
            ++report.eventsChecked;
            const QString id = e.eventId.toString(QUuid::WithoutBraces);
            if (e.version != at + 1) {
                report.firstBadVersion = at + 1;
                report.eventProblem = CoreTr::tr("version %1 is missing: the next stored event is version %2")
                                          .arg(QString::number(at + 1), QString::number(e.version));
                break;
            }
            at = e.version;
            chain = chainFingerprint(chain, eventDigest(e));
            if (e.corruption) {
                report.firstBadVersion = e.version;
                report.eventProblem = e.corruption->message;
                break;
            }
            if (e.fingerprint != chain) {
                report.firstBadVersion = e.version;
                report.eventProblem = CoreTr::tr(
                    "event %1 (version %2, %3) does not match its fingerprint: it was changed after it was "
                    "stored")
                                          .arg(id, QString::number(e.version), e.eventType);
                break;
            }
        }
    }
    if (!report.firstBadVersion && at < info->lastVersion) {
        report.firstBadVersion = at + 1;
        report.eventProblem = CoreTr::tr("the stream says it has %1 events but only %2 could be read")
                                  .arg(QString::number(info->lastVersion), QString::number(at));
    }
    auto snapshots = SnapshotManager(store).verify(streamId, reducer);
    if (!snapshots)
        return std::unexpected(snapshots.error());
    report.snapshots = std::move(*snapshots);
    return report;
}

} // namespace sagascope
