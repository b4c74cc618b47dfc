// SPDX-License-Identifier: MIT
#include "natsbench.h"

#include "benchstats.h"
#include "natsconnection.h"
#include "signalbus.h"
#include "signalingester.h"

#include <QElapsedTimer>
#include <QUuid>

#include <nats/nats.h>

using namespace sagascope;
using namespace sagascope::nats;

namespace {

constexpr int rounds = 5;

std::unique_ptr<NatsConnection> connectBench(const QString& url, QTextStream& log)
{
    NatsSettings settings;
    settings.url = url;
    auto connection = NatsConnection::connect(settings);
    if (!connection) {
        log << connection.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*connection);
}

// A stream no earlier run used, so that each run starts empty.
SignalStreamSettings freshStream(const QString& prefix)
{
    SignalStreamSettings settings;
    settings.streamName = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10).toUpper();
    settings.subjectTemplate = settings.streamName.toLower() + QStringLiteral(".signals.{saga_id}");
    return settings;
}

OutgoingSignal signalFor(int i)
{
    OutgoingSignal s;
    s.sagaId = QStringLiteral("saga-%1").arg(i % 100, 4, 10, QLatin1Char('0'));
    s.name = QStringLiteral("payment-approved");
    s.correlationId = QStringLiteral("order-%1").arg(i);
    s.payload = QJsonObject { { QStringLiteral("amount"), 1999 + i % 1000 },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("approved_by"), QStringLiteral("risk-engine") }, { QStringLiteral("attempt"), i % 3 + 1 } };
    return s;
}

// The message our bus sends for `signal`, built by hand: what a service using nats.c alone sends.
natsMsg* rawMessageFor(const OutgoingSignal& signal, const SubjectTemplate& subjects)
{
    const QByteArray subject = subjects.subjectFor(signal.sagaId)->toUtf8();
    const QByteArray data = encodeSignalPayload(signal.payload, PayloadEncoding::Json);
    const QByteArray eventId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    natsMsg* msg = nullptr;
    natsMsg_Create(&msg, subject.constData(), nullptr, data.constData(), int(data.size()));
    natsMsgHeader_Set(msg, header::sagaId, signal.sagaId.toUtf8().constData());
    natsMsgHeader_Set(msg, header::signalName, signal.name.toUtf8().constData());
    natsMsgHeader_Set(msg, header::eventId, eventId.constData());
    natsMsgHeader_Set(msg, header::correlationId, signal.correlationId.toUtf8().constData());
    natsMsgHeader_Set(msg, header::contentType, jsonContentType);
    natsMsgHeader_Set(msg, header::natsMsgId, eventId.constData());
    return msg;
}

} // namespace

bool benchSignalPublish(const QString& natsUrl, QTextStream& out, QTextStream& log)
{
    auto connection = connectBench(natsUrl, log);
    if (!connection)
        return false;
    auto bus = SignalBus::open(*connection, freshStream(QStringLiteral("BENCH_PUB_")));
    if (!bus) {
        log << "signal_publish: " << bus.error().message << Qt::endl;
        return false;
    }
    constexpr int perRound = 3000;
    PairedRounds rates;
    int n = 0;
    for (int round = 0; round < rounds; ++round) {
        // Both sides publish synchronously (each publish waits for the stream's acknowledgement).
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < perRound; ++i) {
            if (auto published = (*bus)->publish(signalFor(n++)); !published) {
                log << "signal_publish: " << published.error().message << Qt::endl;
                return false;
            }
        }
        const double oursRate = perRound * 1000.0 / std::max<qint64>(1, timer.elapsed());

        std::vector<natsMsg*> messages;
        messages.reserve(perRound);
        for (int i = 0; i < perRound; ++i)
            messages.push_back(rawMessageFor(signalFor(n++), (*bus)->subjects()));
        timer.restart();
        for (natsMsg* msg : messages) {
            jsPubAck* ack = nullptr;
            jsErrCode jerr = jsErrCode(0);
            if (js_PublishMsg(&ack, connection->jetStream(), msg, nullptr, &jerr) != NATS_OK) {
                log << "signal_publish: raw publish failed (" << int(jerr) << ")" << Qt::endl;
                return false;
            }
            jsPubAck_Destroy(ack);
        }
        rates.add(oursRate, perRound * 1000.0 / std::max<qint64>(1, timer.elapsed()));
        for (natsMsg* msg : messages)
            natsMsg_Destroy(msg);
    }
    rates.print(out, QStringLiteral("signal_publish"), QStringLiteral("signals/s"));
    return true;
}

bool benchIngest(const QString& natsUrl, EventStore& store, QTextStream& out, QTextStream& log)
{
    auto connection = connectBench(natsUrl, log);
    if (!connection)
        return false;
    constexpr int perRound = 10000;
    PairedRounds rates;
    for (int round = 0; round < rounds; ++round) {
        auto bus = SignalBus::open(*connection, freshStream(QStringLiteral("BENCH_INGEST_")));
        if (!bus) {
            log << "ingest: " << bus.error().message << Qt::endl;
            return false;
        }
        // What the yardstick appends: the very events the ingester will write, on other streams.
        QList<AppendRequest> requests;
        for (int i = 0; i < perRound; ++i) {
            OutgoingSignal signal = signalFor(i);
            signal.sagaId = QStringLiteral("r%1-%2").arg(round).arg(signal.sagaId);
            auto published = (*bus)->publish(signal);
            if (!published) {
                log << "ingest: " << published.error().message << Qt::endl;
                return false;
            }
            ReceivedSignal received;
            received.subject = published->subject;
            received.sagaId = QStringLiteral("y") + signal.sagaId;
            received.name = signal.name;
            received.eventId = QUuid::createUuid();
            received.correlationId = signal.correlationId;
            received.contentType = QString::fromLatin1(jsonContentType);
            received.payload = signal.payload;
            AppendRequest request;
            request.streamId = received.sagaId;
            request.events = { signalReceivedEvent(received) };
            requests.append(std::move(request));
        }

        IngesterSettings settings;
        settings.consumerName = QStringLiteral("bench-ingester");
        auto ingester = SignalIngester::open(**bus, store, settings);
        if (!ingester) {
            log << "ingest: " << ingester.error().message << Qt::endl;
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        auto report = (*ingester)->runOnce();
        const qint64 oursMs = timer.elapsed();
        if (!report || report->recorded != perRound) {
            log << "ingest: the ingester recorded " << (report ? report->recorded : -1) << " of " << perRound
                << Qt::endl;
            return false;
        }
        const double oursRate = perRound * 1000.0 / std::max<qint64>(1, oursMs);

        // The ingester appends what one fetch brings (its batch size) in one appendBatch call.
        timer.restart();
        for (qsizetype from = 0; from < requests.size(); from += settings.batchSize) {
            if (auto ok = store.appendBatch(requests.mid(from, settings.batchSize)); !ok) {
                log << "ingest: " << ok.error().message << Qt::endl;
                return false;
            }
        }
        rates.add(oursRate, perRound * 1000.0 / std::max<qint64>(1, timer.elapsed()));
    }
    rates.print(out, QStringLiteral("ingest"), QStringLiteral("signals/s"));
    return true;
}
