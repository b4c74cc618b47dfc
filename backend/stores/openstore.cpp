// SPDX-License-Identifier: MIT
#include "openstore.h"

#include "memoryeventstore.h"
#include "pgeventstore.h"
#include "sqliteeventstore.h"

namespace sagascope {

Result<std::unique_ptr<EventStore>> openStore(const QString& url, const OpenOptions& options)
{
    auto location = StoreLocation::parse(url);
    if (!location)
        return std::unexpected(location.error());
    return openStore(*location, options);
}

Result<std::unique_ptr<EventStore>> openStore(const StoreLocation& location, const OpenOptions& options)
{
    switch (location.kind) {
    case StoreLocation::Kind::Memory:
        return std::unique_ptr<EventStore>(std::make_unique<MemoryEventStore>());
    case StoreLocation::Kind::Sqlite: {
        auto store = SqliteEventStore::open(location.path, options);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<EventStore>(std::move(*store));
    }
    case StoreLocation::Kind::Postgres:
        break;
    }
    auto store = pg::PgEventStore::open(location.connInfo, options);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<EventStore>(std::move(*store));
}

} // namespace sagascope
