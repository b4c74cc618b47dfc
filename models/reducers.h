// SPDX-License-Identifier: MIT
// The reducers of the inspector: the built-in ones plus the plugins of the default plugin folders,
// loaded once per process. Every model that folds a stream (time travel, snapshots, verification)
// asks this one registry, so they always agree on which reducer a stream type gets.
#pragma once

#include "reducerregistry.h"

namespace sagascope {

// Thread-safe to read from any thread once returned (the first call loads the plugins).
const ReducerRegistry& inspectorReducers();

} // namespace sagascope
