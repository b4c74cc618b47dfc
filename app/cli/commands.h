// SPDX-License-Identifier: MIT
// The commands of sagascope-cli. Each takes the arguments after its name and returns the
// process exit code: 0 ok, 1 usage or other error, 2 not found, 3 concurrency conflict,
// 4 corrupt events (printed anyway) or a history or snapshot that does not match (verify, import),
// 5 cannot connect or authenticate.
#pragma once

#include <QString>
#include <QStringList>

namespace sagascope::cli {

struct CliContext
{
    QString globalStore; // --store given before the command, or empty
    QString globalNats; // --nats given before the command, or empty
};

int runInit(const CliContext& context, const QStringList& arguments);
int runAppend(const CliContext& context, const QStringList& arguments);
int runStreams(const CliContext& context, const QStringList& arguments);
int runHistory(const CliContext& context, const QStringList& arguments);
int runReadAll(const CliContext& context, const QStringList& arguments);
int runCorrelation(const CliContext& context, const QStringList& arguments);
int runDemo(const CliContext& context, const QStringList& arguments);
int runState(const CliContext& context, const QStringList& arguments);
int runDiff(const CliContext& context, const QStringList& arguments);
int runSnapshot(const CliContext& context, const QStringList& arguments);
int runSnapshots(const CliContext& context, const QStringList& arguments);
int runVerify(const CliContext& context, const QStringList& arguments);
int runExport(const CliContext& context, const QStringList& arguments);
int runImport(const CliContext& context, const QStringList& arguments);
// `timers list|schedule|cancel|fire-due`: the subcommand is the first argument.
int runTimers(const CliContext& context, const QStringList& arguments);
int runSignal(const CliContext& context, const QStringList& arguments);
int runIngest(const CliContext& context, const QStringList& arguments);
int runTasks(const CliContext& context, const QStringList& arguments);

// Events per read: large enough to be fast, small enough that no command holds a long history in memory.
inline constexpr int readPageSize = 2000;

} // namespace sagascope::cli
