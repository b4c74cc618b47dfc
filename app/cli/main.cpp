// SPDX-License-Identifier: MIT
// sagascope-cli: global options, then one command. Argument parsing and wiring only; each
// command lives in its own file.
#include "clinats.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "storelocation.h"
#include "terminal.h"
#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sagascope;
using namespace sagascope::cli;

namespace {

struct Command
{
    QLatin1StringView name;
    int (*run)(const CliContext&, const QStringList&);
};

const Command commands[] = {
    { QLatin1StringView("init"), runInit },
    { QLatin1StringView("append"), runAppend },
    { QLatin1StringView("streams"), runStreams },
    { QLatin1StringView("history"), runHistory },
    { QLatin1StringView("read-all"), runReadAll },
    { QLatin1StringView("correlation"), runCorrelation },
    { QLatin1StringView("state"), runState },
    { QLatin1StringView("diff"), runDiff },
    { QLatin1StringView("snapshot"), runSnapshot },
    { QLatin1StringView("snapshots"), runSnapshots },
    { QLatin1StringView("verify"), runVerify },
    { QLatin1StringView("export"), runExport },
    { QLatin1StringView("import"), runImport },
    { QLatin1StringView("timers"), runTimers },
    { QLatin1StringView("demo"), runDemo },
    { QLatin1StringView("signal"), runSignal },
    { QLatin1StringView("ingest"), runIngest },
    { QLatin1StringView("tasks"), runTasks },
};

QString globalHelp()
{
    const QString defaultStore = defaultStoreUrl();
    return CliTr::tr("Usage: sagascope-cli [--store URL] [--nats URL] COMMAND [options]\n"
                     "Inspects and writes SagaScope event stores from the terminal.\n"
                     "\n"
                     "Commands:\n"
                     "  init          Create the store or bring its schema up to date; prints the schema version.\n"
                     "  append        Append one event to a stream; prints the stream's new version.\n"
                     "  streams       List streams, by type or by id text.\n"
                     "  history       Print the events of one stream, with version, time and type filters.\n"
                     "  read-all      Print the global log of all streams in position order.\n"
                     "  correlation   Print every event carrying a correlation id, across streams.\n"
                     "  state         Print a stream's state (folded by its reducer) now, at a version or at a time.\n"
                     "  diff          Print what changed in a stream's state between two versions.\n"
                     "  snapshot      Store a snapshot of a stream's state.\n"
                     "  snapshots     List a stream's snapshots and whether they can be used.\n"
                     "  verify        Check fingerprints and snapshots of one stream or of all streams.\n"
                     "  export        Write one stream or the whole store as NDJSON.\n"
                     "  import        Read an NDJSON export or a Temporal workflow history into the store.\n"
                     "  timers        List, schedule and cancel durable timers; fire-due fires the due ones.\n"
                     "  demo          Write the demo data set (orders, sagas, flows and one long saga).\n"
                     "  signal        send: publish a signal to a saga; watch: print signals as NDJSON as they come.\n"
                     "  ingest        Record signals as SignalReceived events in the store, each exactly once.\n"
                     "  tasks         publish: put a task on a queue; work: take tasks, each done by one worker.\n"
                     "\n"
                     "Options:\n"
                     "  --store URL   postgresql://USER@HOST:PORT/DB, sqlite:PATH (or a path) or memory:.\n"
                     "                Default: $SAGASCOPE_STORE, else %1.\n"
                     "  --nats URL    nats://[USER:PASSWORD@|TOKEN@]HOST:PORT or tls://…; a creds file in\n"
                     "                $SAGASCOPE_NATS_CREDS. Default: $SAGASCOPE_NATS, else %2.\n"
                     "  -h, --help    Show this help; \"sagascope-cli COMMAND --help\" shows a command's options.\n"
                     "  --version     Show the version.\n"
                     "\n"
                     "Read commands open the store read-only. Exit codes: 0 ok, 1 usage or other error, 2 not found,\n"
                     "3 concurrency conflict, 4 corrupt events (printed anyway) or a fingerprint or snapshot that\n"
                     "does not match, 5 cannot connect or authenticate.")
        .arg(defaultStore, QString(nats::defaultNatsUrl));
}

// Qt and driver warnings are for developers: the user gets one sentence per error from us.
void quietMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("SAGASCOPE_DEBUG")) {
        const QByteArray text = message.toLocal8Bit() + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
}

} // namespace

int main(int argc, char** argv)
{
    qInstallMessageHandler(quietMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagascope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAGASCOPE_VERSION));
    installTranslations(app);
    setUpOutput();

    // Global options come before the command; everything after it belongs to the command.
    QStringList arguments = app.arguments().mid(1);
    CliContext context;
    bool help = false;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            help = true;
        } else if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            printLine(QStringLiteral("sagascope-cli %1").arg(QCoreApplication::applicationVersion()));
            flushOut();
            return 0;
        } else if (option == QLatin1String("--store")) {
            if (arguments.isEmpty())
                return usageError(CliTr::tr("--store needs a URL, e.g. sqlite:/path/to/file or postgresql://host/db."));
            context.globalStore = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--store="))) {
            context.globalStore = option.mid(8);
        } else if (option == QLatin1String("--nats")) {
            if (arguments.isEmpty())
                return usageError(CliTr::tr("--nats needs a URL, e.g. nats://127.0.0.1:4222."));
            context.globalNats = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--nats="))) {
            context.globalNats = option.mid(7);
        } else {
            return usageError(
                CliTr::tr("Unknown option \"%1\"; run \"sagascope-cli --help\" for the options.").arg(option));
        }
    }
    if (arguments.isEmpty()) {
        if (help) {
            printLine(globalHelp());
            flushOut();
            return 0;
        }
        return usageError(CliTr::tr("A command is missing; run \"sagascope-cli --help\" for the list of commands."));
    }
    QString commandName = arguments.takeFirst();
    if (commandName == QLatin1String("help")) {
        // "help COMMAND" is "COMMAND --help".
        if (arguments.isEmpty()) {
            printLine(globalHelp());
            flushOut();
            return 0;
        }
        commandName = arguments.takeFirst();
        help = true;
    }
    if (help)
        arguments = { QStringLiteral("--help") };
    for (const Command& command : commands) {
        if (commandName == command.name) {
            const int exitCode = command.run(context, arguments);
            flushOut();
            return exitCode;
        }
    }
    return usageError(
        CliTr::tr("Unknown command \"%1\"; run \"sagascope-cli --help\" for the list of commands.").arg(commandName));
}
