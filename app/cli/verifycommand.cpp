// SPDX-License-Identifier: MIT
// `verify`: can a stream's stored history be trusted? Recomputes each stream's fingerprint chain
// and checks its snapshots against a replay, naming the first event or snapshot that does not match.
#include "canonicaljson.h"
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "ndjson.h"
#include "reducerchoice.h"
#include "terminal.h"
#include "verification.h"

#include <algorithm>
#include <optional>

namespace sagascope::cli {

namespace {

QStringList problems(const VerifyReport& report)
{
    QStringList out;
    if (report.firstBadVersion)
        out.append(CliTr::tr("version %1: %2").arg(QString::number(*report.firstBadVersion), report.eventProblem));
    for (const SnapshotCheck& c : report.snapshots) {
        if (!c.matches)
            out.append(CliTr::tr("snapshot at version %1 (%2): %3")
                           .arg(QString::number(c.snapshot.version), c.snapshot.reducer, c.problem));
    }
    return out;
}

QByteArray reportToNdjson(const VerifyReport& r)
{
    QByteArray line = "{\"stream_id\":" + jsonString(r.streamId);
    line += QByteArray(",\"ok\":") + (r.ok() ? "true" : "false");
    line += ",\"events_checked\":" + QByteArray::number(r.eventsChecked);
    if (r.firstBadVersion) {
        line += ",\"first_bad_version\":" + QByteArray::number(*r.firstBadVersion);
        line += ",\"event_problem\":" + jsonString(r.eventProblem);
    }
    line += ",\"snapshots\":[";
    for (qsizetype i = 0; i < r.snapshots.size(); ++i) {
        const SnapshotCheck& c = r.snapshots.at(i);
        if (i > 0)
            line += ',';
        line += "{\"version\":" + QByteArray::number(c.snapshot.version);
        line += ",\"reducer\":" + jsonString(c.snapshot.reducer);
        line += QByteArray(",\"matches\":") + (c.matches ? "true" : "false");
        if (!c.matches)
            line += ",\"problem\":" + jsonString(c.problem);
        line += '}';
    }
    line += "]}\n";
    return line;
}

// Rows are printed as streams are verified, so a large store shows progress line by line; the
// stream column is as wide as the first page of ids.
class ReportPrinter
{
public:
    ReportPrinter(OutputFormat format, int streamWidth)
        : m_format(format)
        , m_streamWidth(std::max<qsizetype>(streamWidth, CliTr::tr("STREAM").size()))
    { }

    void print(const VerifyReport& r)
    {
        ++m_streams;
        m_events += r.eventsChecked;
        m_snapshots += r.snapshots.size();
        if (!r.ok())
            ++m_failed;
        if (m_format == OutputFormat::Ndjson) {
            writeOut(reportToNdjson(r));
            return;
        }
        if (!m_started) {
            m_started = true;
            printLine(CliTr::tr("STREAM").leftJustified(m_streamWidth) + QStringLiteral("  ")
                + CliTr::tr("EVENTS").rightJustified(eventsWidth) + QStringLiteral("  ")
                + CliTr::tr("SNAPSHOTS").rightJustified(snapshotsWidth) + QStringLiteral("  ") + CliTr::tr("RESULT"));
        }
        const QStringList found = problems(r);
        const QString result
            = found.isEmpty() ? CliTr::tr("OK") : CliTr::tr("MISMATCH: %1").arg(found.join(QStringLiteral("; ")));
        printLine(r.streamId.leftJustified(m_streamWidth) + QStringLiteral("  ")
            + QString::number(r.eventsChecked).rightJustified(eventsWidth) + QStringLiteral("  ")
            + QString::number(r.snapshots.size()).rightJustified(snapshotsWidth) + QStringLiteral("  ") + result);
    }

    int finish(bool all)
    {
        flushOut();
        if (m_failed > 0) {
            printError(all ? CliTr::tr("%1 of %2 streams do not match their fingerprints or snapshots.")
                                 .arg(QString::number(m_failed), QString::number(m_streams))
                           : CliTr::tr("The stream does not match its fingerprints or snapshots."));
            return 4;
        }
        if (all && m_format == OutputFormat::Table)
            printNote(CliTr::tr("All %1 streams match: %2 events and %3 snapshots checked.")
                          .arg(QString::number(m_streams), QString::number(m_events), QString::number(m_snapshots)));
        return 0;
    }

private:
    static constexpr int eventsWidth = 9;
    static constexpr int snapshotsWidth = 9;
    OutputFormat m_format;
    qsizetype m_streamWidth;
    bool m_started = false;
    qint64 m_streams = 0;
    qint64 m_events = 0;
    qint64 m_snapshots = 0;
    qint64 m_failed = 0;
};

} // namespace

int runVerify(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("verify"), CliTr::tr("STREAM | --all [options]"),
        CliTr::tr("Checks that stored histories can be trusted: recomputes each stream's fingerprint chain and "
                  "compares every snapshot with a replay. Exits with 4 when anything does not match."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addFlag(QStringLiteral("all"), CliTr::tr("Verify every stream of the store, in stream-id order."));
    ReducerChoice::addOptions(cl);
    cl.addFormatOption();
    cl.setEpilog(CliTr::tr("Each stream is reported OK, or with the first event that does not match its fingerprint "
                           "(changed, missing or undecodable) and every snapshot that differs from the replayed "
                           "state."));
    if (auto exit = cl.parse(arguments, 0, 1))
        return *exit;
    const bool all = cl.isSet(QStringLiteral("all"));
    if (all == (cl.positionalCount() == 1))
        return usageError(CliTr::tr("The verify command needs either a STREAM or --all."));
    auto format = cl.format();
    if (!format)
        return reportError(format.error());
    ReducerChoice reducers;
    if (auto ok = reducers.load(cl); !ok)
        return reportError(ok.error());

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Read);
    if (!store)
        return reportError(store.error());
    if (!all) {
        const QString streamId = cl.positional(0);
        auto info = (*store)->streamInfo(streamId);
        if (!info)
            return reportError(info.error());
        auto report = verifyStream(**store, streamId, *reducers.forStreamType(info->streamType));
        if (!report)
            return reportError(report.error());
        ReportPrinter printer(*format, int(streamId.size()));
        printer.print(*report);
        return printer.finish(false);
    }

    StreamFilter filter;
    filter.limit = readPageSize;
    std::optional<ReportPrinter> printer;
    for (;;) {
        auto page = (*store)->listStreams(filter);
        if (!page)
            return reportError(page.error());
        if (!printer) {
            qsizetype width = 0;
            for (const StreamInfo& s : std::as_const(page->streams))
                width = std::max(width, s.streamId.size());
            printer.emplace(*format, int(std::min<qsizetype>(width, 60)));
        }
        for (const StreamInfo& s : std::as_const(page->streams)) {
            auto report = verifyStream(**store, s.streamId, *reducers.forStreamType(s.streamType));
            if (!report)
                return reportError(report.error());
            printer->print(*report);
        }
        if (!page->hasMore || page->streams.isEmpty())
            break;
        filter.afterStreamId = page->streams.last().streamId;
    }
    return printer->finish(true);
}

} // namespace sagascope::cli
