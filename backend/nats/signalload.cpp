// SPDX-License-Identifier: MIT
#include "signalload.h"

#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

namespace sagascope::nats {

Result<SignalLoadReport> publishSignalLoad(
    SignalBus& bus, const SignalLoadOptions& options, const std::atomic<bool>& stop)
{
    NatsConnection& connection = bus.connection();
    if (options.purgeFirst) {
        const QByteArray stream = bus.settings().streamName.toUtf8();
        jsErrCode jerr = jsErrCode(0);
        const natsStatus s = js_PurgeStream(connection.jetStream(), stream.constData(), nullptr, &jerr);
        if (s != NATS_OK)
            return std::unexpected(
                connection.errorFor(s, jerr, NatsTr::tr("emptying stream %1").arg(bus.settings().streamName)));
    }
    QList<QByteArray> subjects;
    for (int i = 0; i < std::max(1, options.sagaCount); ++i) {
        auto subject = bus.subjects().subjectFor(QStringLiteral("saga-%1").arg(i));
        if (!subject)
            return std::unexpected(subject.error());
        subjects.append(subject->toUtf8());
    }
    // A seeded generator: QUuid::createUuid() asks the system for entropy on every call, which
    // would make the sender, not the receiver, the bottleneck.
    QRandomGenerator64 random(QRandomGenerator::system()->generate64());
    SignalLoadReport report;
    QElapsedTimer clock;
    clock.start();
    const qint64 rate = std::max(1, options.messagesPerSecond);
    while (!stop.load() && clock.elapsed() < options.durationMs) {
        // Catch up with the schedule in one burst, then sleep a millisecond: steady on average
        // without a timer per message.
        const qint64 due = clock.nsecsElapsed() * rate / 1'000'000'000;
        for (; report.published < due; ++report.published) {
            QByteArray bytes(16, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
            bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
            bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
            const QByteArray eventId = QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
            const QJsonObject payload { { QStringLiteral("n"), report.published },
                { QStringLiteral("note"), QStringLiteral("load") } };
            natsStatus s = NATS_OK;
            MsgPtr msg = createMessage(subjects.at(report.published % subjects.size()),
                encodeSignalPayload(payload, PayloadEncoding::Json),
                { { header::signalName, "load" }, { header::eventId, eventId },
                    { header::contentType, jsonContentType } },
                &s);
            if (s == NATS_OK)
                s = natsConnection_PublishMsg(connection.handle(), msg.get());
            if (s != NATS_OK)
                return std::unexpected(connection.errorFor(s, 0, NatsTr::tr("publishing the load signals")));
        }
        QThread::usleep(1000);
    }
    const natsStatus s = natsConnection_FlushTimeout(connection.handle(), 10'000);
    report.elapsedMs = clock.elapsed();
    if (s != NATS_OK)
        return std::unexpected(connection.errorFor(s, 0, NatsTr::tr("flushing the load signals")));
    return report;
}

} // namespace sagascope::nats
