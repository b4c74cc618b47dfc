// SPDX-License-Identifier: MIT
// Which reducer folds which stream: the built-in reducers (saga, order, flow, merge-patch), plus
// those of plugins found in plugin folders, chosen by stream type or by name.
#pragma once

#include "reducerplugin.h"

#include <QHash>
#include <QStringList>

namespace sagascope {

class ReducerRegistry
{
public:
    // With the built-in reducers: saga, order, flow and merge-patch (the fallback).
    ReducerRegistry();

    void add(const ReducerOffer& offer);
    // The reducer for a stream type; merge-patch for types no reducer claims.
    std::shared_ptr<const Reducer> forStreamType(const QString& streamType) const;
    // The reducer with this name, or nullptr.
    std::shared_ptr<const Reducer> byName(const QString& name) const;
    QStringList names() const;

    // Loads every plugin in `folder` that implements ReducerPlugin; returns how many reducers
    // were added. Files that are not such plugins are reported in `errors`, not fatal.
    int loadPlugins(const QString& folder, QStringList* errors = nullptr);
    // $SAGASCOPE_PLUGIN_PATH (':'-separated), <app>/../lib/sagascope/plugins and
    // <user data>/sagascope/plugins.
    static QStringList defaultPluginFolders();

private:
    QHash<QString, std::shared_ptr<const Reducer>> m_byName;
    QHash<QString, QString> m_nameByStreamType;
};

} // namespace sagascope
