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
    StreamQuery q;
    q.streamId = streamId;
    q.maxVersion = info->lastVersion;
    auto read = store.visitStream(q, [&](const RecordedEvent& e) {
        ++report.eventsChecked;
        if (e.version != at + 1) {
            report.firstBadVersion = at + 1;
            report.eventProblem = CoreTr::tr("version %1 is missing: the next stored event is version %2")
                                      .arg(QString::number(at + 1), QString::number(e.version));
            return false;
        }
        at = e.version;
        chain = chainFingerprint(chain, eventDigest(e));
        if (e.corruption) {
            report.firstBadVersion = e.version;
            report.eventProblem = e.corruption->message;
            return false;
        }
        if (e.fingerprint != chain) {
            report.firstBadVersion = e.version;
            report.eventProblem
                = CoreTr::tr("event %1 (version %2, %3) does not match its fingerprint: it was changed after it was "
                             "stored")
                      .arg(e.eventId.toString(QUuid::WithoutBraces), QString::number(e.version), e.eventType);
            return false;
        }
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
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
