// SPDX-License-Identifier: MIT
#include "eventstore.h"

namespace sagascope {

EventStore::~EventStore() = default;
LiveFeed::~LiveFeed() = default;

} // namespace sagascope
