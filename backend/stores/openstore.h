// SPDX-License-Identifier: MIT
// Opens a store from its URL (`memory:`, `sqlite:PATH` or a path, `postgresql://…`), applying
// migrations unless read-only. The entry point for the CLI, the GUI sessions and services.
#pragma once

#include "eventstore.h"
#include "storelocation.h"

#include <memory>

namespace sagascope {

Result<std::unique_ptr<EventStore>> openStore(const QString& url, const OpenOptions& options = {});
Result<std::unique_ptr<EventStore>> openStore(const StoreLocation& location, const OpenOptions& options = {});

} // namespace sagascope
