// SPDX-License-Identifier: MIT
// Which reducer folds a stream for state, diff, snapshot, snapshots and verify: the one named by
// --reducer, else the one registered for the stream's type, with the reducers of plugins from
// --plugins DIR and the default plugin folders added to the built-in ones. And the state it
// folds to at a version, through the newest usable snapshot.
#pragma once

#include "commandline.h"
#include "reducerregistry.h"
#include "snapshots.h"

#include <memory>

namespace sagascope::cli {

class ReducerChoice
{
public:
    // Adds --reducer NAME and --plugins DIR to a command.
    static void addOptions(CommandLine& cl);

    // Loads the plugins (an explicit --plugins folder must hold at least one reducer) and checks
    // that a --reducer name is known. Call once after parsing.
    Result<void> load(const CommandLine& cl);

    // The reducer for a stream of this type: --reducer if given, else the type's own.
    std::shared_ptr<const Reducer> forStreamType(const QString& streamType) const;
    const ReducerRegistry& registry() const { return m_registry; }

private:
    ReducerRegistry m_registry;
    QString m_name;
};

// The state after `version` (0 = before the first event), from the newest usable snapshot plus
// the events after it. Skipped snapshots are printed as warnings on stderr: the state is right
// anyway, rebuilt by replay.
Result<std::unique_ptr<ReducerState>> loadState(
    EventStore& store, const QString& streamId, const Reducer& reducer, qint64 version);

} // namespace sagascope::cli
