// SPDX-License-Identifier: MIT
#include "pgeventstore.h"

#include "coretr.h"

namespace sagascope::pg {

struct PgEventStore::Private
{
};

Result<std::unique_ptr<PgEventStore>> PgEventStore::open(const QString&, const OpenOptions&)
{
    return fail(ErrorCode::Internal, CoreTr::tr("The PostgreSQL store is not available in this build."));
}

PgEventStore::PgEventStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}
PgEventStore::~PgEventStore() = default;
QString PgEventStore::displayUrl() const { return {}; }
Result<int> PgEventStore::schemaVersion() { return 0; }
Result<AppendResult> PgEventStore::append(const AppendRequest&) { return AppendResult{}; }
Result<QList<AppendResult>> PgEventStore::appendBatch(const QList<AppendRequest>&) { return QList<AppendResult>{}; }
Result<QList<RecordedEvent>> PgEventStore::readStream(const StreamQuery&) { return QList<RecordedEvent>{}; }
Result<QList<RecordedEvent>> PgEventStore::readAll(const LogQuery&) { return QList<RecordedEvent>{}; }
Result<QList<RecordedEvent>> PgEventStore::readByCorrelation(const QString&, int) { return QList<RecordedEvent>{}; }
Result<StreamInfo> PgEventStore::streamInfo(const QString&) { return StreamInfo{}; }
Result<StreamPage> PgEventStore::listStreams(const StreamFilter&) { return StreamPage{}; }
Result<QStringList> PgEventStore::streamTypes() { return QStringList{}; }
Result<qint64> PgEventStore::headPosition() { return 0; }
std::unique_ptr<LiveFeed> PgEventStore::openLiveFeed() { return nullptr; }

} // namespace sagascope::pg
