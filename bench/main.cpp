// SPDX-License-Identifier: MIT
// sagascope-bench: the PostgreSQL store measured against raw libpq yardsticks in the same run, on
// a scratch database it creates and drops. Prints one JSON line per measurement:
//   {"name":…,"ours":…,"yardstick":…,"unit":…,"ratio":…}   (ratio = ours / yardstick, higher is better)
// Ours and the yardstick run in alternating rounds; each side reports its median round and the
// ratio is the median of the rounds' ratios, so a neighbour that loads the machine for a while
// hurts both sides alike.
#include "benchstats.h"
#include "livelatency.h"
#include "monitorstallbench.h"
#include "natsbench.h"
#include "openhistory.h"
#include "pgeventstore.h"
#include "timetravelbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include <libpq-fe.h>

using namespace sagascope;

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

// ---- raw libpq, for the yardsticks and the scratch database ------------------------------------

struct PgConnCloser
{
    void operator()(PGconn* c) const { PQfinish(c); }
};
using RawConn = std::unique_ptr<PGconn, PgConnCloser>;

struct PgResultCloser
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using RawResult = std::unique_ptr<PGresult, PgResultCloser>;

RawConn connectRaw(const QString& connInfo, QString* error)
{
    RawConn c(PQconnectdb(connInfo.toUtf8().constData()));
    if (PQstatus(c.get()) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(c.get())).trimmed();
        return nullptr;
    }
    return c;
}

bool execRaw(PGconn* c, const char* sql, QString* error = nullptr)
{
    RawResult r(PQexec(c, sql));
    const ExecStatusType s = PQresultStatus(r.get());
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
    return false;
}

// `connInfo` (URI or key=value) with another database, as a key=value string.
QString withDatabase(const QString& connInfo, const QString& database)
{
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(connInfo.toUtf8().constData(), &parseError);
    if (!options) {
        PQfreemem(parseError);
        return {};
    }
    auto quoted = [](const QString& v) -> QString {
        QString q = v;
        q.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    };
    QStringList parts;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("dbname"))
            continue;
        if (o->val && *o->val)
            parts.append(key + QLatin1Char('=') + quoted(QString::fromUtf8(o->val)));
    }
    PQconninfoFree(options);
    parts.append(QStringLiteral("dbname=") + quoted(database));
    return parts.join(QLatin1Char(' '));
}

// A database that exists for the run and is dropped at the end, whatever happened.
class ScratchDatabase
{
public:
    ScratchDatabase(const QString& adminConnInfo, QString* error)
        : m_admin(adminConnInfo)
    {
        m_name = QStringLiteral("sagascope_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        RawConn c = connectRaw(adminConnInfo, error);
        if (!c)
            return;
        if (!execRaw(c.get(), (QStringLiteral("CREATE DATABASE ") + m_name).toUtf8().constData(), error))
            return;
        m_connInfo = withDatabase(adminConnInfo, m_name);
    }
    ~ScratchDatabase()
    {
        if (m_connInfo.isEmpty())
            return;
        QString error;
        if (RawConn c = connectRaw(m_admin, &error)) {
            execRaw(c.get(),
                (QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"))
                    .toUtf8()
                    .constData(),
                &error);
        }
    }
    bool isValid() const { return !m_connInfo.isEmpty(); }
    QString connInfo() const { return m_connInfo; }

private:
    QString m_admin;
    QString m_name;
    QString m_connInfo;
};

// ---- the events every measurement writes ---------------------------------------------------

// A realistic saga event: ~300 bytes of payload and ~80 bytes of metadata, as canonical JSON
// (what the engine stores), so both sides move the same bytes.
QByteArray payloadFor(qint64 i)
{
    return QStringLiteral("{\"activity\":\"charge-card\",\"attempt\":%1,\"input\":{\"amount\":%2,\"currency\":\"EUR\","
                          "\"customer\":\"customer-%3\",\"lines\":[{\"price\":1999,\"qty\":2,\"sku\":\"SKU-%4\"},"
                          "{\"price\":4999,\"qty\":1,\"sku\":\"SKU-%5\"}]},\"queue\":\"payments\","
                          "\"retry_policy\":{\"backoff\":2.0,\"initial_ms\":500,\"max_attempts\":5},"
                          "\"workflow\":\"order-fulfilment\"}")
        .arg(i % 5 + 1)
        .arg(1000 + i % 90000)
        .arg(i % 100000, 6, 10, QLatin1Char('0'))
        .arg(i % 7919, 5, 10, QLatin1Char('0'))
        .arg(i % 104729, 6, 10, QLatin1Char('0'))
        .toUtf8();
}

QByteArray metadataFor(qint64 i)
{
    return QStringLiteral("{\"actor\":\"bench\",\"correlation_id\":\"corr-%1\",\"trace_id\":\"trace-%2\"}")
        .arg(i / 10)
        .arg(i)
        .toUtf8();
}

NewEvent eventFor(qint64 i)
{
    NewEvent e;
    e.eventId = QUuid::createUuid();
    e.eventType = QStringLiteral("ActivityTaskScheduled");
    e.payload = payloadFor(i);
    e.metadata = metadataFor(i);
    return e;
}

// `n` events numbered from `next` on, which moves past them.
std::vector<NewEvent> eventsFor(qint64& next, qint64 n)
{
    std::vector<NewEvent> events;
    events.reserve(size_t(n));
    for (qint64 i = 0; i < n; ++i)
        events.push_back(eventFor(next++));
    return events;
}

// The yardstick table: the events table's columns, keys and indexes, without any engine logic.
bool createYardstickTable(PGconn* c, QString* error)
{
    return execRaw(c,
        "CREATE SCHEMA IF NOT EXISTS bench; "
        "DROP TABLE IF EXISTS bench.raw_events; "
        "CREATE TABLE bench.raw_events (LIKE sagascope.events INCLUDING ALL); "
        "CREATE SEQUENCE IF NOT EXISTS bench.raw_position",
        error);
}

// ---- measuring -------------------------------------------------------------------------------

struct Context
{
    QString connInfo; // the scratch database
    qint64 events = 100000;
    std::unique_ptr<pg::PgEventStore> store;
    RawConn raw;
    QString longStreamId; // filled on first use by longStream()
    QString natsUrl; // empty: the NATS measurements are not run

    // The stream of 10 × events events that read_stream (and open_history) read; written once.
    Result<QString> longStream();
};

Result<QString> Context::longStream()
{
    if (!longStreamId.isEmpty())
        return longStreamId;
    const QString id = QStringLiteral("saga-long-1");
    const qint64 total = events * 10;
    err() << "writing a stream of " << total << " events for the read measurements…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    constexpr int perRequest = 1000;
    constexpr int perBatch = 10;
    qint64 written = 0;
    while (written < total) {
        QList<AppendRequest> batch;
        for (int r = 0; r < perBatch && written < total; ++r) {
            AppendRequest req;
            req.streamId = id;
            req.streamType = QStringLiteral("saga");
            for (int k = 0; k < perRequest && written < total; ++k)
                req.events.append(eventFor(written++));
            batch.append(std::move(req));
        }
        if (auto ok = store->appendBatch(batch); !ok)
            return std::unexpected(ok.error());
    }
    err() << "  written in " << timer.elapsed() << " ms" << Qt::endl;
    execRaw(raw.get(), "VACUUM ANALYZE sagascope.events");
    longStreamId = id;
    return id;
}

// Single appends with an exact expected version (one client, one event per transaction) vs
// a raw prepared INSERT per transaction into the yardstick table. Each commit waits for the
// disk, whose speed drifts by tens of percent within seconds on a shared machine; so the two
// sides run in many short rounds, in turns (the first side alternates), and the ratio is the
// median of each round's ratio to the yardstick round next to it.
bool benchAppendSingle(Context& ctx, QTextStream& out)
{
    const qint64 perRound = std::max<qint64>(20, ctx.events / 300);
    constexpr int rounds = 15;
    constexpr int streams = 50;
    QString error;
    if (!createYardstickTable(ctx.raw.get(), &error)) {
        err() << "append_single: " << error << Qt::endl;
        return false;
    }
    RawResult prepared(PQprepare(ctx.raw.get(), "raw_insert",
        "INSERT INTO bench.raw_events (position, stream_id, version, event_id, stream_type, "
        "event_type, schema_version, payload, metadata, correlation_id, recorded_at) "
        "VALUES (nextval('bench.raw_position'), $1, $2, $3, $4, $5, $6, $7, $8, $9, now())",
        0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        err() << "append_single: " << PQresultErrorMessage(prepared.get()) << Qt::endl;
        return false;
    }
    std::vector<qint64> ourVersions(streams, 0);
    std::vector<qint64> rawVersions(streams, 0);
    qint64 seq = 0;

    // Events per second of appending `events` through the store, 0 on an error.
    const auto runOurs = [&](const std::vector<NewEvent>& events) -> double {
        const auto n = qint64(events.size());
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < n; ++i) {
            const int s = int(i % streams);
            AppendRequest req;
            req.streamId = QStringLiteral("single-%1").arg(s);
            req.expected = ExpectedVersion::exact(ourVersions[size_t(s)]);
            req.events = { events[size_t(i)] };
            const auto r = ctx.store->append(req);
            if (!r) {
                err() << "append_single: " << r.error().message << Qt::endl;
                return 0;
            }
            ourVersions[size_t(s)] = r->lastVersion;
        }
        return double(n) * 1e9 / double(timer.nsecsElapsed());
    };
    // The same for the raw INSERT of the same events (under ids of its own).
    const auto runRaw = [&](const std::vector<NewEvent>& events) -> double {
        const auto n = qint64(events.size());
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < n; ++i) {
            const int s = int(i % streams);
            const NewEvent& e = events[size_t(i)];
            const QByteArray stream = QStringLiteral("single-%1").arg(s).toUtf8();
            const QByteArray version = QByteArray::number(++rawVersions[size_t(s)]);
            const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray correlation = QStringLiteral("corr-%1").arg(i / 10).toUtf8();
            const char* values[] = { stream.constData(), version.constData(), id.constData(), "single",
                "ActivityTaskScheduled", "1", e.payload.constData(), e.metadata.constData(), correlation.constData() };
            RawResult r(PQexecPrepared(ctx.raw.get(), "raw_insert", 9, values, nullptr, nullptr, 0));
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
                err() << "append_single yardstick: " << PQresultErrorMessage(r.get()) << Qt::endl;
                return 0;
            }
        }
        return double(n) * 1e9 / double(timer.nsecsElapsed());
    };

    PairedRounds rates;
    for (int round = 0; round <= rounds; ++round) { // round 0 warms both sides up
        const std::vector<NewEvent> events = eventsFor(seq, round == 0 ? 20 : perRound);
        const bool oursFirst = round % 2 == 1;
        const double first = oursFirst ? runOurs(events) : runRaw(events);
        const double second = first > 0 ? (oursFirst ? runRaw(events) : runOurs(events)) : 0;
        if (second <= 0)
            return false;
        const double oursRate = oursFirst ? first : second;
        const double yardRate = oursFirst ? second : first;
        if (round > 0) {
            rates.add(oursRate, yardRate);
            err() << "  append_single round " << round << ": ours " << qRound(oursRate) << "/s, raw INSERT "
                  << qRound(yardRate) << "/s" << Qt::endl;
        }
    }
    rates.print(out, QStringLiteral("append_single"), QStringLiteral("events/s"));
    return true;
}

// COPY text format: backslash, tab, newline and carriage return escaped.
void appendCopyField(QByteArray& line, QByteArrayView value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            line.append("\\\\");
            break;
        case '\t':
            line.append("\\t");
            break;
        case '\n':
            line.append("\\n");
            break;
        case '\r':
            line.append("\\r");
            break;
        default:
            line.append(c);
        }
    }
}

// `events` events as appendBatch batches (100 requests of 10 events to new streams per batch)
// vs one raw COPY FROM STDIN of the same rows into the yardstick table.
bool benchAppendBatch(Context& ctx, QTextStream& out)
{
    constexpr int rounds = 5;
    constexpr int eventsPerRequest = 10;
    constexpr int requestsPerBatch = 100;
    const qint64 perRound = std::max<qint64>(eventsPerRequest * requestsPerBatch, ctx.events / rounds);
    QString error;
    if (!createYardstickTable(ctx.raw.get(), &error)) {
        err() << "append_batch: " << error << Qt::endl;
        return false;
    }
    qint64 seq = 0;
    qint64 streamSeq = 0;
    qint64 rawPosition = 0;
    PairedRounds rates;
    for (int round = 0; round <= rounds; ++round) {
        const qint64 n = round == 0 ? eventsPerRequest * requestsPerBatch : perRound;
        const std::vector<NewEvent> events = eventsFor(seq, n);
        const qint64 firstStream = streamSeq;
        streamSeq += (n + eventsPerRequest - 1) / eventsPerRequest;

        QElapsedTimer timer;
        timer.start();
        QList<AppendRequest> batch;
        qint64 stream = firstStream;
        for (qint64 i = 0; i < n;) {
            AppendRequest req;
            req.streamId = QStringLiteral("batch-%1").arg(stream++);
            req.streamType = QStringLiteral("saga");
            req.expected = ExpectedVersion::noStream();
            for (int k = 0; k < eventsPerRequest && i < n; ++k)
                req.events.append(events[size_t(i++)]);
            batch.append(std::move(req));
            if (batch.size() == requestsPerBatch || i == n) {
                if (auto ok = ctx.store->appendBatch(batch); !ok) {
                    err() << "append_batch: " << ok.error().message << Qt::endl;
                    return false;
                }
                batch.clear();
            }
        }
        const double oursRate = double(n) * 1e9 / double(timer.nsecsElapsed());

        timer.restart();
        RawResult copy(PQexec(ctx.raw.get(),
            "COPY bench.raw_events (position, stream_id, version, event_id, stream_type, "
            "event_type, schema_version, payload, metadata, correlation_id, recorded_at) FROM STDIN"));
        if (PQresultStatus(copy.get()) != PGRES_COPY_IN) {
            err() << "append_batch yardstick: " << PQresultErrorMessage(copy.get()) << Qt::endl;
            return false;
        }
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
        QByteArray chunk;
        chunk.reserve(1 << 20);
        stream = firstStream;
        for (qint64 i = 0; i < n; ++i) {
            const NewEvent& e = events[size_t(i)];
            if (i % eventsPerRequest == 0 && i > 0)
                ++stream;
            chunk.append(QByteArray::number(++rawPosition)).append('\t');
            chunk.append("batch-").append(QByteArray::number(stream)).append('\t');
            chunk.append(QByteArray::number(i % eventsPerRequest + 1)).append('\t');
            chunk.append(QUuid::createUuid().toByteArray(QUuid::WithoutBraces)).append('\t');
            chunk.append("saga\tActivityTaskScheduled\t1\t");
            appendCopyField(chunk, e.payload);
            chunk.append('\t');
            appendCopyField(chunk, e.metadata);
            chunk.append("\tcorr-").append(QByteArray::number((seq - n + i) / 10)).append('\t');
            chunk.append(now).append('\n');
            if (chunk.size() > (1 << 20) - 4096) {
                if (PQputCopyData(ctx.raw.get(), chunk.constData(), int(chunk.size())) != 1) {
                    err() << "append_batch yardstick: " << PQerrorMessage(ctx.raw.get()) << Qt::endl;
                    return false;
                }
                chunk.clear();
            }
        }
        if (!chunk.isEmpty() && PQputCopyData(ctx.raw.get(), chunk.constData(), int(chunk.size())) != 1)
            return false;
        if (PQputCopyEnd(ctx.raw.get(), nullptr) != 1)
            return false;
        RawResult done(PQgetResult(ctx.raw.get()));
        if (PQresultStatus(done.get()) != PGRES_COMMAND_OK) {
            err() << "append_batch yardstick: " << PQresultErrorMessage(done.get()) << Qt::endl;
            return false;
        }
        while (RawResult extra { PQgetResult(ctx.raw.get()) }) { }
        const double yardRate = double(n) * 1e9 / double(timer.nsecsElapsed());
        if (round > 0) {
            rates.add(oursRate, yardRate);
            err() << "  append_batch round " << round << ": ours " << qRound(oursRate) << "/s, raw COPY "
                  << qRound(yardRate) << "/s" << Qt::endl;
        }
    }
    rates.print(out, QStringLiteral("append_batch"), QStringLiteral("events/s"));
    return true;
}

// Reading the long stream into decoded RecordedEvents through readStream pages vs a raw
// single-row read that parses each payload with QJsonDocument.
bool benchReadStream(Context& ctx, QTextStream& out)
{
    auto id = ctx.longStream();
    if (!id) {
        err() << "read_stream: " << id.error().message << Qt::endl;
        return false;
    }
    constexpr int rounds = 3;
    const QByteArray streamId = id->toUtf8();
    PairedRounds rates;
    for (int round = 1; round <= rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        qint64 checksum = 0;
        // The engine's way to read a whole stream: visitStream hands over each decoded event as
        // it arrives, and the payload is parsed there, as the yardstick parses each row.
        const auto visited = ctx.store->visitStream({ .streamId = *id }, [&checksum](const RecordedEvent& e) {
            checksum += e.payloadObject().size() + (e.corruption ? 1000000 : 0);
            return true;
        });
        if (!visited) {
            err() << "read_stream: " << visited.error().message << Qt::endl;
            return false;
        }
        const qint64 read = *visited;
        const double oursRate = double(read) * 1e9 / double(timer.nsecsElapsed());

        timer.restart();
        const char* values[] = { streamId.constData() };
        if (!PQsendQueryParams(ctx.raw.get(),
                "SELECT position, stream_id, version, event_id, stream_type, event_type, "
                "schema_version, payload, metadata, recorded_at FROM sagascope.events "
                "WHERE stream_id = $1 ORDER BY version",
                1, nullptr, values, nullptr, nullptr, 0)
            || !PQsetSingleRowMode(ctx.raw.get())) {
            err() << "read_stream yardstick: " << PQerrorMessage(ctx.raw.get()) << Qt::endl;
            return false;
        }
        qint64 rawRead = 0;
        qint64 rawChecksum = 0;
        while (RawResult r { PQgetResult(ctx.raw.get()) }) {
            if (PQresultStatus(r.get()) != PGRES_SINGLE_TUPLE)
                continue;
            const QByteArray payload = QByteArray::fromRawData(PQgetvalue(r.get(), 0, 7), PQgetlength(r.get(), 0, 7));
            rawChecksum += QJsonDocument::fromJson(payload).object().size();
            ++rawRead;
        }
        const double yardRate = double(rawRead) * 1e9 / double(timer.nsecsElapsed());
        if (read != rawRead || checksum != rawChecksum) {
            err() << "read_stream: ours read " << read << " events, the yardstick " << rawRead << Qt::endl;
            return false;
        }
        rates.add(oursRate, yardRate);
        err() << "  read_stream round " << round << ": ours " << qRound(oursRate) << "/s, raw single-row + JSON "
              << qRound(yardRate) << "/s (" << read << " events)" << Qt::endl;
    }
    rates.print(out, QStringLiteral("read_stream"), QStringLiteral("events/s"));
    return true;
}

// The measurements, in the order they run. Rows that are not run by default run only when named
// with --only.
struct Measurement
{
    const char* name;
    bool byDefault;
    std::function<bool(Context&, QTextStream&)> run;
    bool needsNats = false;
};

const std::vector<Measurement>& measurements()
{
    static const std::vector<Measurement> table {
        { "append_single", true, benchAppendSingle },
        { "append_batch", true, benchAppendBatch },
        { "read_stream", true, benchReadStream },
        { "open_history", true,
            [](Context& ctx, QTextStream& out) {
                auto stream = ctx.longStream();
                if (!stream)
                    return false;
                benchOpenHistory(ctx.connInfo, *stream, out);
                return true;
            } },
        // state_at_random, checkpoint_build, fold and snapshot_load on the demo's long saga of
        // 10 × --events events.
        { "time_travel", true,
            [](Context& ctx, QTextStream& out) { return benchTimeTravel(*ctx.store, ctx.events * 10, out, err()); } },
        // Commit to model row for the live history, 1 000 appends at a steady rate.
        { "live_latency", true,
            [](Context& ctx, QTextStream& out) {
                return benchLiveLatency(*ctx.store, QStringLiteral("postgresql:") + ctx.connInfo, 1000, out, err());
            } },
        { "signal_publish", true,
            [](Context& ctx, QTextStream& out) { return benchSignalPublish(ctx.natsUrl, out, err()); }, true },
        // Signals recorded in PostgreSQL by the ingester vs appending the same events ourselves.
        { "ingest", true,
            [](Context& ctx, QTextStream& out) { return benchIngest(ctx.natsUrl, *ctx.store, out, err()); }, true },
        // The Signals tab's longest event-loop stall at 50 000 signals/s for 10 s.
        { "monitor_stall", true,
            [](Context& ctx, QTextStream& out) { return benchMonitorStall(ctx.natsUrl, out, err()); }, true },
    };
    return table;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagascope-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the PostgreSQL store against raw libpq yardsticks on a scratch database "
                       "and prints one JSON line per measurement."));
    parser.addHelpOption();
    const QCommandLineOption pgOption(QStringLiteral("pg"),
        QStringLiteral("PostgreSQL server (libpq URI or key=value string); the "
                       "bench creates and drops its own database there."),
        QStringLiteral("url"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
        QStringLiteral("Events for append_batch (append_single uses 1/20 of it, "
                       "read_stream a stream of 10 times it). Default 100000."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Comma-separated measurements to run (default: all of "
                       "append_single, append_batch, read_stream, open_history, "
                       "time_travel, live_latency, signal_publish, ingest, monitor_stall)."),
        QStringLiteral("names"));
    const QCommandLineOption natsOption(QStringLiteral("nats"),
        QStringLiteral("JetStream nats-server for signal_publish, ingest and monitor_stall (they are "
                       "left out without it); streams of their own are created there."),
        QStringLiteral("url"));
    parser.addOptions({ pgOption, eventsOption, onlyOption, natsOption });
    parser.process(app);

    const QString url = parser.value(pgOption);
    if (url.isEmpty()) {
        err() << "sagascope-bench: --pg URL is required" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 events = parser.value(eventsOption).toLongLong(&ok);
    if (!ok || events < 1000) {
        err() << "sagascope-bench: --events must be a number of at least 1000" << Qt::endl;
        return 2;
    }
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : only) {
        const auto& table = measurements();
        if (std::none_of(
                table.begin(), table.end(), [&](const Measurement& m) { return name == QLatin1String(m.name); })) {
            err() << "sagascope-bench: unknown measurement " << name << Qt::endl;
            return 2;
        }
    }

    QString error;
    ScratchDatabase scratch(url, &error);
    if (!scratch.isValid()) {
        err() << "sagascope-bench: cannot create a scratch database: " << error << Qt::endl;
        return 1;
    }
    Context ctx;
    ctx.connInfo = scratch.connInfo();
    ctx.events = events;
    ctx.natsUrl = parser.value(natsOption);
    auto store = pg::PgEventStore::open(ctx.connInfo);
    if (!store) {
        err() << "sagascope-bench: " << store.error().message << Qt::endl;
        return 1;
    }
    ctx.store = std::move(*store);
    ctx.raw = connectRaw(ctx.connInfo, &error);
    if (!ctx.raw) {
        err() << "sagascope-bench: " << error << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    int status = 0;
    for (const Measurement& m : measurements()) {
        const bool selected = only.isEmpty() ? m.byDefault : only.contains(QLatin1String(m.name));
        if (!selected)
            continue;
        if (m.needsNats && ctx.natsUrl.isEmpty()) {
            err() << m.name << ": left out, no --nats server given" << Qt::endl;
            if (!only.isEmpty())
                status = 1;
            continue;
        }
        err() << m.name << "…" << Qt::endl;
        if (!m.run(ctx, out))
            status = 1;
    }
    ctx.store.reset();
    ctx.raw.reset();
    return status;
}
