// SPDX-License-Identifier: MIT
// Opens the store a command works on. Read commands open it read-only and never create it;
// init, append and demo open it for writing, which creates and migrates it.
#pragma once

#include "eventstore.h"

#include <memory>

namespace sagascope::cli {

enum class StoreAccess
{
    Read,
    Write
};

Result<std::unique_ptr<EventStore>> openCliStore(const QString& url, StoreAccess access);

} // namespace sagascope::cli
