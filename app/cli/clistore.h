// SPDX-License-Identifier: MIT
// Opens the store a command works on. Read commands open it read-only and never create it;
// init, append, import and demo open it for writing, which creates and migrates it; snapshot
// writes to a store that must exist already.
#pragma once

#include "eventstore.h"

#include <memory>

namespace sagascope::cli {

enum class StoreAccess
{
    Read,
    Write,
    WriteExisting, // for writing, but a store that is not there is not created
};

Result<std::unique_ptr<EventStore>> openCliStore(const QString& url, StoreAccess access);

} // namespace sagascope::cli
