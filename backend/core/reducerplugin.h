// SPDX-License-Identifier: MIT
// The interface a reducer plugin implements. A plugin is a Qt plugin (a shared library with
// Q_PLUGIN_METADATA) in a plugin folder; SagaScope loads it with QPluginLoader and uses its
// reducers for the stream types they name.
#pragma once

#include "reducer.h"

#include <QList>
#include <QStringList>
#include <QtPlugin>

#include <memory>

namespace sagascope {

struct ReducerOffer
{
    std::shared_ptr<const Reducer> reducer;
    QStringList streamTypes; // stream types it folds by default (may be empty: chosen by name only)
};

class ReducerPlugin
{
public:
    virtual ~ReducerPlugin() = default;
    virtual QList<ReducerOffer> reducers() const = 0;
};

} // namespace sagascope

#define SagaScopeReducerPlugin_iid "io.sagascope.ReducerPlugin/1"
Q_DECLARE_INTERFACE(sagascope::ReducerPlugin, SagaScopeReducerPlugin_iid)
