// SPDX-License-Identifier: MIT
#include "clistore.h"

#include "clitr.h"
#include "openstore.h"

#include <QFileInfo>

namespace sagascope::cli {

Result<std::unique_ptr<EventStore>> openCliStore(const QString& url, StoreAccess access)
{
    auto location = StoreLocation::parse(url);
    if (!location)
        return std::unexpected(location.error());
    // Reading (or snapshotting) must not leave an empty store file behind (a typo in a path
    // would otherwise create one and report an empty store instead of the mistake).
    if (access != StoreAccess::Write && location->kind == StoreLocation::Kind::Sqlite
        && !QFileInfo::exists(location->path))
        return fail(ErrorCode::NotFound,
            CliTr::tr("There is no store yet at %1; run \"sagascope-cli init\" or \"sagascope-cli demo\" to create "
                      "it.")
                .arg(QFileInfo(location->path).absoluteFilePath()));
    return openStore(*location, OpenOptions { .readOnly = access == StoreAccess::Read });
}

} // namespace sagascope::cli
