// SPDX-License-Identifier: MIT
// `timers`: the store's durable timers — list, schedule, cancel, and fire the due ones.
#include "canonicaljson.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "ndjson.h"
#include "terminal.h"
#include "texttable.h"

#include <algorithm>

namespace sagascope::cli {

namespace {

// Timers fired per transaction: each batch commits on its own, so a long run makes progress
// that survives an interruption, and a concurrent firer gets its share between batches.
constexpr int fireBatchSize = 500;

QString groupHelp()
{
    return CliTr::tr("Usage: sagascope-cli timers SUBCOMMAND [options]\n"
                     "Durable timers: a timer fires into its stream by appending a TimerFired event.\n"
                     "\n"
                     "Subcommands:\n"
                     "  list [STREAM]   List pending timers (of one stream), earliest first.\n"
                     "  schedule ID     Schedule a timer: --stream STREAM --at ISO [--data JSON] [--stream-type T].\n"
                     "  cancel ID       Cancel a pending timer.\n"
                     "  fire-due        Fire every timer that is due now, once, and print what fired.\n"
                     "\n"
                     "\"sagascope-cli timers SUBCOMMAND --help\" shows a subcommand's options.");
}

QByteArray timerToNdjson(const TimerRecord& t)
{
    QByteArray line = "{\"timer_id\":" + jsonString(t.timerId);
    line += ",\"stream_id\":" + jsonString(t.streamId);
    line += ",\"stream_type\":" + jsonString(t.streamType);
    line += ",\"fire_at\":\"" + isoFromUs(t.fireAtUs).toLatin1() + '"';
    line += ",\"scheduled_at\":\"" + isoFromUs(t.scheduledAtUs).toLatin1() + '"';
    line += ",\"payload\":" + t.payload; // canonical JSON, exactly as stored
    line += "}\n";
    return line;
}

QByteArray firedToNdjson(const FiredTimer& f)
{
    QByteArray line = "{\"timer_id\":" + jsonString(f.timer.timerId);
    line += ",\"stream_id\":" + jsonString(f.timer.streamId);
    line += ",\"fire_at\":\"" + isoFromUs(f.timer.fireAtUs).toLatin1() + '"';
    line += ",\"event_id\":\"" + f.eventId.toString(QUuid::WithoutBraces).toLatin1() + '"';
    line += ",\"version\":" + QByteArray::number(f.version);
    line += ",\"position\":" + QByteArray::number(f.position);
    line += QByteArray(",\"already_stored\":") + (f.alreadyStored ? "true" : "false");
    line += "}\n";
    return line;
}

// The time left until a timer is due, in the largest whole unit.
QString dueIn(qint64 fireAtUs, qint64 nowUs)
{
    if (fireAtUs <= nowUs)
        return CliTr::tr("due");
    const qint64 s = (fireAtUs - nowUs + 999999) / 1000000;
    if (s < 60)
        return CliTr::tr("%1 s").arg(s);
    if (s < 3600)
        return CliTr::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return CliTr::tr("%1 h").arg(s / 3600);
    return CliTr::tr("%1 d").arg(s / 86400);
}

void printTimerTable(const QList<TimerRecord>& timers, qint64 nowUs)
{
    const QStringList header { CliTr::tr("TIMER"), CliTr::tr("STREAM"), CliTr::tr("FIRE AT"), CliTr::tr("DUE IN"),
        CliTr::tr("PAYLOAD") };
    QList<QStringList> rows;
    for (const TimerRecord& t : timers) {
        rows.append(
            { t.timerId, t.streamId, isoFromUs(t.fireAtUs), dueIn(t.fireAtUs, nowUs), QString::fromUtf8(t.payload) });
    }
    printTextTable(header, rows);
}

int runList(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("timers list"), CliTr::tr("[STREAM] [options]"),
        CliTr::tr("Lists pending timers, earliest fire time first, with the time left until each is due."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("Only the timers of this stream, taken literally."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Print at most N timers."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 0, 1))
        return *exit;
    auto limit = cl.integer(QStringLiteral("limit"), 1);
    if (!limit)
        return reportError(limit.error());
    auto format = cl.format();
    if (!format)
        return reportError(format.error());
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    const qint64 now = nowUs();
    auto timers = (*store)->listTimers({ .streamId = cl.positional(0), .limit = int(limit->value_or(0)) });
    if (!timers)
        return reportError(timers.error());
    if (*format == OutputFormat::Ndjson) {
        for (const TimerRecord& t : std::as_const(*timers))
            writeOut(timerToNdjson(t));
        return 0;
    }
    if (timers->isEmpty()) {
        printNote(CliTr::tr("No pending timers."));
        return 0;
    }
    printTimerTable(*timers, now);
    return 0;
}

int runSchedule(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("timers schedule"), CliTr::tr("TIMER_ID --stream STREAM --at ISO [options]"),
        CliTr::tr("Schedules a durable timer; when due, firing appends a TimerFired event to its stream."));
    cl.addPositional(CliTr::tr("TIMER_ID"), CliTr::tr("The timer id, unique in the store (the saga's timer_id)."));
    cl.addValueOption(
        QStringLiteral("stream"), CliTr::tr("STREAM"), CliTr::tr("The stream the timer fires into (required)."));
    cl.addValueOption(QStringLiteral("at"), CliTr::tr("ISO"),
        CliTr::tr("When the timer is due, ISO 8601 (required), e.g. 2026-03-02T08:00:00Z."));
    cl.addValueOption(QStringLiteral("data"), CliTr::tr("JSON"),
        CliTr::tr("A JSON object carried in the TimerFired event's payload (default {})."));
    cl.addValueOption(QStringLiteral("stream-type"), CliTr::tr("TYPE"),
        CliTr::tr("The stream's type if firing creates it (default: the id's first word)."));
    cl.setEpilog(CliTr::tr("Scheduling the same timer again changes nothing; the same id with other content is a "
                           "conflict (exit code 3).\n"
                           "Example:\n  sagascope-cli timers schedule payment-timeout --stream saga-42 "
                           "--at 2026-03-02T08:00:00Z --data '{\"attempt\":1}'"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    if (!cl.isSet(QStringLiteral("stream")))
        return usageError(CliTr::tr("The timers schedule command needs --stream STREAM, the stream it fires into."));
    if (!cl.isSet(QStringLiteral("at")))
        return usageError(CliTr::tr("The timers schedule command needs --at ISO, the time it is due."));
    auto at = cl.instant(QStringLiteral("at"));
    if (!at)
        return reportError(at.error());
    auto payload = cl.jsonObject(QStringLiteral("data"));
    if (!payload)
        return reportError(payload.error());

    TimerRecord timer;
    timer.timerId = cl.positional(0);
    timer.streamId = cl.value(QStringLiteral("stream"));
    timer.streamType = cl.value(QStringLiteral("stream-type"));
    timer.fireAtUs = **at;
    timer.payload = *payload;
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());
    auto result = (*store)->scheduleTimer(timer);
    if (!result)
        return reportError(result.error());
    if (result->alreadyScheduled)
        printLine(CliTr::tr("Already scheduled: timer \"%1\" fires into \"%2\" at %3; nothing was written.")
                      .arg(result->timer.timerId, result->timer.streamId, isoFromUs(result->timer.fireAtUs)));
    else
        printLine(CliTr::tr("Scheduled timer \"%1\" to fire into \"%2\" at %3.")
                      .arg(result->timer.timerId, result->timer.streamId, isoFromUs(result->timer.fireAtUs)));
    return 0;
}

int runCancel(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("timers cancel"), CliTr::tr("TIMER_ID [options]"),
        CliTr::tr("Cancels a pending timer; it will not fire. Exit code 2 when there is no such timer."));
    cl.addPositional(CliTr::tr("TIMER_ID"), CliTr::tr("The timer id, taken literally."));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());
    const QString timerId = cl.positional(0);
    if (auto ok = (*store)->cancelTimer(timerId); !ok)
        return reportError(ok.error());
    printLine(CliTr::tr("Canceled timer \"%1\".").arg(timerId));
    return 0;
}

int runFireDue(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("timers fire-due"), CliTr::tr("[options]"),
        CliTr::tr("Fires every timer due now, once, and exits: each appends a TimerFired event to its stream and "
                  "is removed in the same transaction. Several processes may run this at the same time; each "
                  "timer fires exactly once."));
    cl.addValueOption(QStringLiteral("limit"), CliTr::tr("N"), CliTr::tr("Fire at most N timers."));
    cl.addFormatOption();
    if (auto exit = cl.parse(arguments, 0))
        return *exit;
    auto limit = cl.integer(QStringLiteral("limit"), 1);
    if (!limit)
        return reportError(limit.error());
    auto format = cl.format();
    if (!format)
        return reportError(format.error());
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());

    // Due at the start: a timer that becomes due while this runs waits for the next run.
    const qint64 now = nowUs();
    qint64 remaining = limit->value_or(0);
    qint64 fired = 0;
    for (;;) {
        const int batch = int(remaining > 0 ? std::min<qint64>(remaining, fireBatchSize) : fireBatchSize);
        auto page = (*store)->fireDueTimers(now, batch);
        if (!page)
            return reportError(page.error());
        for (const FiredTimer& f : std::as_const(*page)) {
            if (*format == OutputFormat::Ndjson)
                writeOut(firedToNdjson(f));
            else
                printLine(
                    CliTr::tr("Fired \"%1\" into \"%2\": version %3, position %4%5.")
                        .arg(f.timer.timerId, f.timer.streamId, QString::number(f.version), QString::number(f.position),
                            f.alreadyStored ? CliTr::tr(" (already stored)") : QString()));
        }
        fired += page->size();
        if (page->isEmpty() || (remaining > 0 && (remaining -= page->size()) <= 0))
            break;
    }
    flushOut();
    if (*format == OutputFormat::Table)
        printNote(CliTr::tr("Fired %n timer(s).", nullptr, int(fired)));
    return 0;
}

} // namespace

int runTimers(const CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        if (sub.isEmpty())
            return usageError(CliTr::tr("The timers command needs a subcommand: list, schedule, cancel or fire-due."));
        printLine(groupHelp());
        return 0;
    }
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("schedule"))
        return runSchedule(context, rest);
    if (sub == QLatin1String("cancel"))
        return runCancel(context, rest);
    if (sub == QLatin1String("fire-due"))
        return runFireDue(context, rest);
    return usageError(CliTr::tr("Unknown timers subcommand \"%1\"; use list, schedule, cancel or fire-due.").arg(sub));
}

} // namespace sagascope::cli
