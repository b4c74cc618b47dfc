// SPDX-License-Identifier: MIT
#include "signalbus.h"

#include "natsconnection.h"
#include "natsmessage.h"
#include "natstr.h"

#include <QDeadlineTimer>
#include <QThread>

namespace sagascope::nats {

namespace {

constexpr qint64 nsPerSecond = 1'000'000'000;

bool hasSubject(const jsStreamConfig* config, const QByteArray& subject)
{
    for (int i = 0; i < config->SubjectsLen; ++i) {
        if (subject == config->Subjects[i])
            return true;
    }
    return false;
}

} // namespace

Result<void> ensureJetStream(NatsConnection& connection, const StreamSpec& spec)
{
    const QByteArray name = spec.name.toUtf8();
    const QByteArray subject = spec.subject.toUtf8();
    jsStreamInfo* info = nullptr;
    jsErrCode jerr = jsErrCode(0);
    natsStatus s = js_GetStreamInfo(&info, connection.jetStream(), name.constData(), nullptr, &jerr);
    if (s == NATS_OK) {
        // An existing stream keeps its limits; it only learns our subject if it lacks it.
        if (!hasSubject(info->Config, subject)) {
            const char** own = info->Config->Subjects;
            const int ownCount = info->Config->SubjectsLen;
            std::vector<const char*> subjects(own, own + ownCount);
            subjects.push_back(subject.constData());
            info->Config->Subjects = subjects.data();
            info->Config->SubjectsLen = int(subjects.size());
            jsStreamInfo* updated = nullptr;
            s = js_UpdateStream(&updated, connection.jetStream(), info->Config, nullptr, &jerr);
            jsStreamInfo_Destroy(updated);
            // nats.c frees the array it allocated, not ours.
            info->Config->Subjects = own;
            info->Config->SubjectsLen = ownCount;
        }
        jsStreamInfo_Destroy(info);
        if (s != NATS_OK)
            return std::unexpected(connection.errorFor(
                s, jerr, NatsTr::tr("adding subject %1 to stream %2").arg(spec.subject, spec.name)));
        return {};
    }
    if (jerr != JSStreamNotFoundErr)
        return std::unexpected(connection.errorFor(s, jerr, NatsTr::tr("looking up stream %1").arg(spec.name)));

    jsStreamConfig config;
    jsStreamConfig_Init(&config);
    const char* subjects[] = { subject.constData() };
    config.Name = name.constData();
    config.Subjects = subjects;
    config.SubjectsLen = 1;
    config.Storage = js_FileStorage;
    config.Retention = spec.workQueue ? js_WorkQueuePolicy : js_LimitsPolicy;
    config.MaxAge = spec.maxAgeSeconds * nsPerSecond;
    config.MaxBytes = spec.maxBytes;
    config.MaxMsgs = spec.maxMessages;
    config.Duplicates = spec.duplicateWindowSeconds * nsPerSecond;
    jerr = jsErrCode(0);
    s = js_AddStream(&info, connection.jetStream(), &config, nullptr, &jerr);
    jsStreamInfo_Destroy(info);
    // Another process may have created it a moment ago: that is as good.
    if (s != NATS_OK && jerr != JSStreamNameExistErr)
        return std::unexpected(connection.errorFor(s, jerr, NatsTr::tr("creating stream %1").arg(spec.name)));
    return {};
}

SignalBus::SignalBus(NatsConnection& connection, const SignalStreamSettings& settings, SubjectTemplate subjects)
    : m_connection(connection)
    , m_settings(settings)
    , m_subjects(std::move(subjects))
{ }

SignalBus::~SignalBus() = default;

Result<std::unique_ptr<SignalBus>> SignalBus::open(NatsConnection& connection, const SignalStreamSettings& settings)
{
    auto subjects = SubjectTemplate::parse(settings.subjectTemplate);
    if (!subjects)
        return std::unexpected(subjects.error());
    std::unique_ptr<SignalBus> bus(new SignalBus(connection, settings, std::move(*subjects)));
    if (auto ok = bus->ensureStream(); !ok)
        return std::unexpected(ok.error());
    return bus;
}

Result<void> SignalBus::ensureStream()
{
    StreamSpec spec;
    spec.name = m_settings.streamName;
    spec.subject = m_subjects.wildcard();
    spec.maxAgeSeconds = m_settings.maxAgeSeconds;
    spec.maxBytes = m_settings.maxBytes;
    spec.maxMessages = m_settings.maxMessages;
    spec.duplicateWindowSeconds = m_settings.duplicateWindowSeconds;
    return ensureJetStream(m_connection, spec);
}

Result<PublishedSignal> SignalBus::publish(const OutgoingSignal& signal)
{
    if (signal.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NatsTr::tr("A signal needs a name."));
    auto subject = m_subjects.subjectFor(signal.sagaId);
    if (!subject)
        return std::unexpected(subject.error());
    PublishedSignal published;
    published.subject = *subject;
    published.eventId = signal.eventId.isNull() ? QUuid::createUuid() : signal.eventId;
    const QByteArray eventId = published.eventId.toString(QUuid::WithoutBraces).toLatin1();

    QList<QPair<QByteArray, QByteArray>> headers {
        { header::sagaId, signal.sagaId.toUtf8() },
        { header::signalName, signal.name.toUtf8() },
        { header::eventId, eventId },
        { header::contentType, signal.encoding == PayloadEncoding::Cbor ? cborContentType : jsonContentType },
    };
    if (!signal.correlationId.isEmpty())
        headers.append({ header::correlationId, signal.correlationId.toUtf8() });
    for (const auto& [key, value] : signal.headers)
        headers.append({ key.toUtf8(), value.toUtf8() });
    const QByteArray data = encodeSignalPayload(signal.payload, signal.encoding);
    const QByteArray subjectBytes = subject->toUtf8();
    const auto doing = [&] { return NatsTr::tr("publishing signal %1 to %2").arg(signal.name, published.subject); };

    // Retried while the connection recovers: the event id makes a repeated publish harmless.
    const QDeadlineTimer deadline(m_settings.publishTimeoutMs);
    for (;;) {
        const qint64 maxWaitMs = std::clamp<qint64>(deadline.remainingTime(), 1000, 5000);
        auto stored = publishToStream(m_connection, subjectBytes, data, headers, eventId, maxWaitMs, doing);
        if (stored) {
            published.streamSequence = stored->streamSequence;
            published.duplicate = stored->duplicate;
            return published;
        }
        if (stored.error().code != ErrorCode::Connection || deadline.hasExpired())
            return std::unexpected(stored.error());
        QThread::msleep(100); // the connection is reconnecting; nothing to wait on but time
    }
}

} // namespace sagascope::nats
