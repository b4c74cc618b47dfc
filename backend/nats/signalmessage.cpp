// SPDX-License-Identifier: MIT
#include "signalmessage.h"

#include "eventcodec.h"
#include "natstr.h"
#include "recordedevent.h"

#include <QJsonArray>

namespace sagascope::nats {

namespace {

const EventCodec& codecFor(PayloadEncoding encoding)
{
    // Codecs are stateless; one of each serves every thread.
    static const std::unique_ptr<EventCodec> json = std::move(*createCodec(QStringLiteral("json")));
    static const std::unique_ptr<EventCodec> cbor = std::move(*createCodec(QStringLiteral("cbor")));
    return encoding == PayloadEncoding::Cbor ? *cbor : *json;
}

bool isSubjectToken(const QString& id, bool allowDots)
{
    if (id.isEmpty() || id.startsWith(QLatin1Char('.')) || id.endsWith(QLatin1Char('.'))
        || id.contains(QLatin1String("..")))
        return false;
    for (QChar c : id) {
        if (c.isSpace() || c == QLatin1Char('*') || c == QLatin1Char('>') || c.category() == QChar::Other_Control
            || (!allowDots && c == QLatin1Char('.')))
            return false;
    }
    return true;
}

} // namespace

Result<SubjectTemplate> SubjectTemplate::parse(const QString& text)
{
    static const QLatin1StringView token("{saga_id}");
    const qsizetype at = text.indexOf(token);
    SubjectTemplate t;
    if (at >= 0) {
        t.m_prefix = text.left(at);
        t.m_suffix = text.mid(at + token.size());
    }
    const bool tokenAlone = (t.m_prefix.isEmpty() || t.m_prefix.endsWith(QLatin1Char('.')))
        && (t.m_suffix.isEmpty() || t.m_suffix.startsWith(QLatin1Char('.')));
    if (at < 0 || t.m_suffix.contains(token) || !tokenAlone || t.m_prefix.contains(QLatin1Char('*'))
        || t.m_prefix.contains(QLatin1Char('>')) || t.m_suffix.contains(QLatin1Char('*'))
        || t.m_suffix.contains(QLatin1Char('>')))
        return fail(ErrorCode::InvalidInput,
            NatsTr::tr("The subject template \"%1\" needs {saga_id} once, as a whole subject token, and no "
                       "wildcards, e.g. saga.signals.{saga_id}.")
                .arg(text));
    return t;
}

Result<QString> SubjectTemplate::subjectFor(const QString& sagaId) const
{
    // With a suffix the id must be one token, or the subject could not be read back.
    if (!isSubjectToken(sagaId, m_suffix.isEmpty()))
        return fail(ErrorCode::InvalidInput,
            NatsTr::tr("The saga id \"%1\" cannot be part of a NATS subject: it must not be empty or contain "
                       "spaces, * or >, or empty dot-separated parts.")
                .arg(sagaId));
    return m_prefix + sagaId + m_suffix;
}

QString SubjectTemplate::wildcard() const
{
    return m_suffix.isEmpty() ? QString(m_prefix + QLatin1Char('>')) : QString(m_prefix + QLatin1Char('*') + m_suffix);
}

QString SubjectTemplate::sagaIdFrom(const QString& subject) const
{
    if (subject.size() <= m_prefix.size() + m_suffix.size() || !subject.startsWith(m_prefix)
        || !subject.endsWith(m_suffix))
        return {};
    return subject.mid(m_prefix.size(), subject.size() - m_prefix.size() - m_suffix.size());
}

QByteArray encodeSignalPayload(const QJsonObject& payload, PayloadEncoding encoding)
{
    return codecFor(encoding).encodeDocument(payload);
}

ReceivedSignal decodeSignal(const RawMessage& message, const SubjectTemplate& subjects, qsizetype maxPayloadBytes)
{
    ReceivedSignal s;
    s.subject = message.subject;
    s.publishedAtUs = message.publishedAtUs;
    s.streamSequence = message.streamSequence;
    s.sizeBytes = message.data.size();
    QString sagaHeader;
    QString eventIdText;
    for (const auto& [key, value] : message.headers) {
        const QString k = QString::fromUtf8(key);
        const QString v = QString::fromUtf8(value);
        s.headers.append({ k, v });
        // Header names are case-insensitive in NATS as in HTTP.
        if (k.compare(QLatin1String(header::signalName), Qt::CaseInsensitive) == 0)
            s.name = v;
        else if (k.compare(QLatin1String(header::eventId), Qt::CaseInsensitive) == 0)
            eventIdText = v;
        else if (k.compare(QLatin1String(header::correlationId), Qt::CaseInsensitive) == 0)
            s.correlationId = v;
        else if (k.compare(QLatin1String(header::contentType), Qt::CaseInsensitive) == 0)
            s.contentType = v;
        else if (k.compare(QLatin1String(header::sagaId), Qt::CaseInsensitive) == 0)
            sagaHeader = v;
    }
    s.sagaId = sagaHeader.isEmpty() ? subjects.sagaIdFrom(message.subject) : sagaHeader;
    if (!eventIdText.isEmpty())
        s.eventId = QUuid::fromString(eventIdText);

    QStringList missing;
    if (s.name.isEmpty())
        missing.append(QLatin1String(header::signalName));
    if (eventIdText.isEmpty())
        missing.append(QLatin1String(header::eventId));
    if (message.data.size() > maxPayloadBytes) {
        s.malformedReason = NatsTr::tr("the payload of %1 bytes is larger than the limit of %2 bytes")
                                .arg(message.data.size())
                                .arg(maxPayloadBytes);
    } else if (!missing.isEmpty()) {
        s.malformedReason = NatsTr::tr("the header(s) %1 are missing").arg(missing.join(QLatin1String(", ")));
    } else if (s.eventId.isNull()) {
        s.malformedReason = NatsTr::tr("the event id \"%1\" is not a UUID").arg(eventIdText);
    } else if (s.sagaId.isEmpty()) {
        s.malformedReason
            = NatsTr::tr("the saga id is neither in a %1 header nor in the subject").arg(QLatin1String(header::sagaId));
    } else {
        PayloadEncoding encoding = PayloadEncoding::Json;
        const QString type = s.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        if (type == QLatin1String(cborContentType))
            encoding = PayloadEncoding::Cbor;
        else if (!type.isEmpty() && type != QLatin1String(jsonContentType))
            s.malformedReason = NatsTr::tr("the content type \"%1\" is neither %2 nor %3")
                                    .arg(s.contentType, QLatin1String(jsonContentType), QLatin1String(cborContentType));
        if (!s.isMalformed()) {
            if (message.data.isEmpty())
                return s; // no payload: an empty object
            auto payload = codecFor(encoding).decodeDocument(message.data);
            if (payload)
                s.payload = *payload;
            else
                s.malformedReason
                    = NatsTr::tr("the payload is not a %1 object (%2)")
                          .arg(encoding == PayloadEncoding::Cbor ? QStringLiteral("CBOR") : QStringLiteral("JSON"),
                              withoutFinalStop(payload.error().message));
        }
    }
    return s;
}

QJsonObject headersToJson(const HeaderList& headers)
{
    QJsonObject headersObject;
    for (const auto& [key, value] : headers) {
        const QJsonValue existing = headersObject.value(key);
        if (existing.isUndefined()) {
            headersObject.insert(key, value);
        } else {
            // A repeated header keeps every value, in order.
            QJsonArray values = existing.isArray() ? existing.toArray() : QJsonArray { existing };
            values.append(value);
            headersObject.insert(key, values);
        }
    }
    return headersObject;
}

QJsonObject ReceivedSignal::toJson() const
{
    QJsonObject o {
        { QStringLiteral("subject"), subject },
        { QStringLiteral("saga"), sagaId },
        { QStringLiteral("name"), name },
        { QStringLiteral("event_id"), eventId.isNull() ? QString() : eventId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("correlation_id"), correlationId },
        { QStringLiteral("headers"), headersToJson(headers) },
        { QStringLiteral("payload"), payload },
        { QStringLiteral("content_type"), contentType },
        { QStringLiteral("time"), isoFromUs(publishedAtUs) },
        { QStringLiteral("stream_sequence"), double(streamSequence) },
        { QStringLiteral("size"), double(sizeBytes) },
    };
    if (isMalformed())
        o.insert(QStringLiteral("malformed"), malformedReason);
    return o;
}

} // namespace sagascope::nats
