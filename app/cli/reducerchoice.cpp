// SPDX-License-Identifier: MIT
#include "reducerchoice.h"

#include "clitr.h"
#include "terminal.h"

#include <QDir>

namespace sagascope::cli {

void ReducerChoice::addOptions(CommandLine& cl)
{
    cl.addValueOption(QStringLiteral("reducer"), CliTr::tr("NAME"),
        CliTr::tr("Fold with this reducer (saga, order, flow, merge-patch or a plugin's) instead of the one for "
                  "the stream's type."));
    cl.addValueOption(QStringLiteral("plugins"), CliTr::tr("DIR"),
        CliTr::tr("Also load the reducer plugins in DIR (the default plugin folders are always searched)."));
}

Result<void> ReducerChoice::load(const CommandLine& cl)
{
    // Plugins in the default folders are optional: a file there that is not a plugin must not
    // stop a command that does not even need it, so their errors are only shown when debugging.
    const bool debug = qEnvironmentVariableIsSet("SAGASCOPE_DEBUG");
    for (const QString& folder : ReducerRegistry::defaultPluginFolders()) {
        if (!QDir(folder).exists())
            continue;
        QStringList errors;
        m_registry.loadPlugins(folder, &errors);
        if (debug) {
            for (const QString& e : std::as_const(errors))
                printNote(e);
        }
    }
    if (cl.isSet(QStringLiteral("plugins"))) {
        const QString folder = cl.value(QStringLiteral("plugins"));
        if (!QDir(folder).exists())
            return fail(ErrorCode::NotFound, CliTr::tr("There is no plugin folder %1.").arg(folder));
        QStringList errors;
        if (m_registry.loadPlugins(folder, &errors) == 0)
            return fail(ErrorCode::InvalidInput,
                errors.isEmpty()
                    ? CliTr::tr("The folder %1 holds no reducer plugin.").arg(folder)
                    : CliTr::tr("The folder %1 holds no usable reducer plugin: %2").arg(folder, errors.first()));
        for (const QString& e : std::as_const(errors))
            printNote(CliTr::tr("Warning: %1").arg(e));
    }
    if (cl.isSet(QStringLiteral("reducer"))) {
        m_name = cl.value(QStringLiteral("reducer"));
        if (!m_registry.byName(m_name))
            return fail(ErrorCode::InvalidInput,
                CliTr::tr("There is no reducer \"%1\"; the reducers are %2.")
                    .arg(m_name, m_registry.names().join(QStringLiteral(", "))));
    }
    return {};
}

std::shared_ptr<const Reducer> ReducerChoice::forStreamType(const QString& streamType) const
{
    return m_name.isEmpty() ? m_registry.forStreamType(streamType) : m_registry.byName(m_name);
}

Result<std::unique_ptr<ReducerState>> loadState(
    EventStore& store, const QString& streamId, const Reducer& reducer, qint64 version)
{
    // SnapshotManager reads version 0 as "the last"; here it is the state before any event.
    if (version == 0)
        return reducer.initialState();
    auto loaded = SnapshotManager(store).stateAt(streamId, reducer, version);
    if (!loaded)
        return std::unexpected(loaded.error());
    for (const QString& warning : std::as_const(loaded->warnings))
        printNote(CliTr::tr("Warning: %1").arg(warning));
    return std::move(loaded->state);
}

} // namespace sagascope::cli
