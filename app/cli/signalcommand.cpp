// SPDX-License-Identifier: MIT
// `signal send` publishes a signal to a saga; `signal watch` prints signals as NDJSON as they come.
#include "clinats.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "signalmonitor.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace sagascope::cli {

namespace {

int runSignalSend(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("signal send"), CliTr::tr("SAGA NAME [options]"),
        CliTr::tr("Publishes a signal to a saga's subject and waits for JetStream to store it."));
    cl.addPositional(CliTr::tr("SAGA"), CliTr::tr("The saga id (the subject's last part and the stream id)."));
    cl.addPositional(CliTr::tr("NAME"), CliTr::tr("The signal name."));
    cl.addValueOption(QStringLiteral("data"), CliTr::tr("JSON"), CliTr::tr("The payload, a JSON object (default {})."));
    cl.addValueOption(QStringLiteral("header"), CliTr::tr("K=V"), CliTr::tr("An extra header; repeat for more."));
    cl.addValueOption(QStringLiteral("event-id"), CliTr::tr("UUID"),
        CliTr::tr("The event id; sending the same id again within two minutes stores nothing (default: a new id)."));
    cl.addValueOption(QStringLiteral("correlation-id"), CliTr::tr("ID"), CliTr::tr("The correlation id."));
    cl.addFlag(QStringLiteral("cbor"), CliTr::tr("Send the payload as CBOR instead of JSON."));
    addSignalStreamOptions(cl);
    cl.setEpilog(CliTr::tr("Example:\n  sagascope-cli signal send saga-42 approve --data '{\"by\":\"ana\"}'"));
    if (auto exit = cl.parse(arguments, 2))
        return *exit;

    nats::OutgoingSignal signal;
    signal.sagaId = cl.positional(0);
    signal.name = cl.positional(1);
    auto payload = cl.jsonObjectValue(QStringLiteral("data"));
    if (!payload)
        return reportError(payload.error());
    signal.payload = *payload;
    for (const QString& header : cl.values(QStringLiteral("header"))) {
        const qsizetype eq = header.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(CliTr::tr("--header needs KEY=VALUE, not \"%1\".").arg(header));
        signal.headers.append({ header.left(eq).trimmed(), header.mid(eq + 1) });
    }
    auto givenEventId = cl.uuid(QStringLiteral("event-id"));
    if (!givenEventId)
        return reportError(givenEventId.error());
    signal.eventId = *givenEventId;
    signal.correlationId = cl.value(QStringLiteral("correlation-id"));
    signal.encoding = cl.isSet(QStringLiteral("cbor")) ? nats::PayloadEncoding::Cbor : nats::PayloadEncoding::Json;

    auto session = openCliSignalBus(context, cl);
    if (!session)
        return reportError(session.error());
    nats::SignalBus& bus = *session->bus;
    auto published = bus.publish(signal);
    if (!published)
        return reportError(published.error());
    const QString eventId = published->eventId.toString(QUuid::WithoutBraces);
    if (published->duplicate)
        printLine(CliTr::tr("Already sent: event %1 is in the stream at sequence %2; nothing new was stored.")
                      .arg(eventId, QString::number(published->streamSequence)));
    else
        printLine(CliTr::tr("Sent %1 to %2 as event %3 (stream sequence %4).")
                      .arg(signal.name, published->subject, eventId, QString::number(published->streamSequence)));
    return 0;
}

int runSignalWatch(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("signal watch"), CliTr::tr("[SUBJECT] [options]"),
        CliTr::tr("Prints signals as NDJSON, one line each (subject, saga, name, event id, headers, payload, time); "
                  "malformed messages carry \"malformed\" with the reason."));
    cl.addPositional(CliTr::tr("SUBJECT"), CliTr::tr("A subject or wildcard (default: every saga's signals)."));
    cl.addValueOption(QStringLiteral("from"), CliTr::tr("WHEN"),
        CliTr::tr("now (the default: only new signals), begin (everything kept) or an ISO 8601 time."));
    cl.addValueOption(QStringLiteral("count"), CliTr::tr("N"), CliTr::tr("Stop after N signals."));
    cl.addValueOption(QStringLiteral("timeout"), CliTr::tr("S"), CliTr::tr("Stop after S seconds."));
    addSignalStreamOptions(cl);
    if (auto exit = cl.parse(arguments, 0, 1))
        return *exit;

    nats::MonitorOptions options;
    options.subject = cl.positional(0);
    const QString from = cl.value(QStringLiteral("from")).trimmed();
    if (from.isEmpty() || from == QLatin1String("now")) {
        options.start = nats::MonitorStart::Now;
    } else if (from == QLatin1String("begin") || from == QLatin1String("beginning")) {
        options.start = nats::MonitorStart::Beginning;
    } else {
        auto at = cl.instant(QStringLiteral("from"));
        if (!at)
            return reportError(at.error());
        options.start = nats::MonitorStart::Time;
        options.sinceUs = at->value_or(0);
    }
    auto count = cl.integer(QStringLiteral("count"), 1);
    if (!count)
        return reportError(count.error());
    auto timeout = cl.integer(QStringLiteral("timeout"), 0);
    if (!timeout)
        return reportError(timeout.error());

    auto session = openCliSignalBus(context, cl);
    if (!session)
        return reportError(session.error());
    nats::SignalBus& bus = *session->bus;
    QObject::connect(session->connection.get(), &nats::NatsConnection::stateChanged,
        [](nats::ConnectionState state, const QString& message) {
            if (state == nats::ConnectionState::Connected)
                printNote(CliTr::tr("Reconnected to NATS."));
            else if (!message.isEmpty())
                printNote(message);
        });

    nats::SignalMonitor monitor(bus);
    qint64 printed = 0;
    const qint64 limit = count->value_or(0);
    QObject::connect(&monitor, &nats::SignalMonitor::signalsReceived, [&](const QList<nats::ReceivedSignal>& batch) {
        for (const nats::ReceivedSignal& s : batch) {
            writeOut(QByteArray(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) + '\n'));
            if (limit > 0 && ++printed >= limit) {
                monitor.stop();
                QCoreApplication::quit();
                break;
            }
        }
        flushOut();
    });
    if (auto started = monitor.start(options); !started)
        return reportError(started.error());
    // Tells a script or a test that signals sent from now on will be seen.
    printNote(
        CliTr::tr("Watching %1 on stream %2.")
            .arg(options.subject.isEmpty() ? bus.subjects().wildcard() : options.subject, bus.settings().streamName));
    if (timeout->has_value())
        QTimer::singleShot(std::chrono::seconds(**timeout), [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    monitor.stop();
    return 0;
}

} // namespace

int runSignal(const CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("send"))
        return runSignalSend(context, arguments.mid(1));
    if (sub == QLatin1String("watch"))
        return runSignalWatch(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printLine(CliTr::tr("Usage: sagascope-cli signal send SAGA NAME [options]\n"
                            "       sagascope-cli signal watch [SUBJECT] [options]\n"
                            "Run \"sagascope-cli signal send --help\" or \"… watch --help\" for the options."));
        return 0;
    }
    return usageError(CliTr::tr("The signal command needs send or watch; run \"sagascope-cli signal --help\"."));
}

} // namespace sagascope::cli
