// SPDX-License-Identifier: MIT
#include "reducers.h"

namespace sagascope {

const ReducerRegistry& inspectorReducers()
{
    // A function-local static: initialised once, thread-safely, on first use.
    static const ReducerRegistry registry = [] {
        ReducerRegistry r;
        for (const QString& folder : ReducerRegistry::defaultPluginFolders())
            r.loadPlugins(folder);
        return r;
    }();
    return registry;
}

} // namespace sagascope
