// SPDX-License-Identifier: MIT
// Signals as they travel on NATS: what a sender gives (OutgoingSignal), what a receiver gets
// (ReceivedSignal, possibly marked malformed with the reason), the subject template that maps a
// saga to its subject and back, and the headers that carry a signal's identity. Plain values,
// free of nats.c, so that they cross threads in queued signals and can be tested alone.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUuid>

namespace sagascope::nats {

// The headers every signal carries. Nats-Msg-Id repeats the event id so that JetStream drops a
// duplicate publish within the stream's duplicate window.
namespace header {
inline constexpr char sagaId[] = "Saga-Id";
inline constexpr char signalName[] = "Saga-Signal-Name";
inline constexpr char eventId[] = "Saga-Event-Id";
inline constexpr char correlationId[] = "Saga-Correlation-Id";
inline constexpr char contentType[] = "Content-Type";
inline constexpr char natsMsgId[] = "Nats-Msg-Id";
} // namespace header

inline constexpr char jsonContentType[] = "application/json";
inline constexpr char cborContentType[] = "application/cbor";

using HeaderList = QList<QPair<QString, QString>>;

enum class PayloadEncoding
{
    Json,
    Cbor,
};

struct OutgoingSignal
{
    QString sagaId;
    QString name;
    QJsonObject payload;
    HeaderList headers; // extra headers, sent as given
    QUuid eventId; // null = a fresh one
    QString correlationId;
    PayloadEncoding encoding = PayloadEncoding::Json;
};

// A message as it came off the wire, copied out of nats.c.
struct RawMessage
{
    QString subject;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray data;
    qint64 publishedAtUs = 0; // the stream's timestamp
    quint64 streamSequence = 0;
    quint64 deliveries = 0; // 1 on first delivery
};

struct ReceivedSignal
{
    QString subject;
    QString sagaId;
    QString name;
    QUuid eventId;
    QString correlationId;
    QString contentType;
    HeaderList headers; // every header, in the order received
    QJsonObject payload;
    qint64 publishedAtUs = 0;
    quint64 streamSequence = 0;
    qsizetype sizeBytes = 0;
    QString malformedReason; // empty for a well-formed signal

    bool isMalformed() const { return !malformedReason.isEmpty(); }
    // One NDJSON line's object: subject, saga, name, event_id, correlation_id, headers, payload,
    // content_type, time, stream_sequence, size, and malformed (the reason) when it is.
    QJsonObject toJson() const;
};

// Headers as a JSON object; a repeated header keeps every value, in order, as an array.
QJsonObject headersToJson(const HeaderList& headers);

// Maps saga ids to subjects: a template with one {saga_id} token, e.g. saga.signals.{saga_id}.
class SubjectTemplate
{
public:
    static constexpr QLatin1StringView defaultTemplate { "saga.signals.{saga_id}" };

    static Result<SubjectTemplate> parse(const QString& text);
    QString text() const { return m_prefix + QLatin1String("{saga_id}") + m_suffix; }
    // The subject of one saga; InvalidInput for an id that cannot be a subject token.
    Result<QString> subjectFor(const QString& sagaId) const;
    // The wildcard that captures every saga's subject.
    QString wildcard() const;
    // The saga id in a subject of this template, or empty.
    QString sagaIdFrom(const QString& subject) const;

private:
    QString m_prefix;
    QString m_suffix;
};

// Payloads larger than this are malformed: a signal is a small message, not a file transfer.
inline constexpr qsizetype defaultMaxSignalBytes = 256 * 1024;

QByteArray encodeSignalPayload(const QJsonObject& payload, PayloadEncoding encoding);
// Reads a received message as a signal; never fails: a message that is not one comes back
// marked malformed with the reason.
ReceivedSignal decodeSignal(
    const RawMessage& message, const SubjectTemplate& subjects, qsizetype maxPayloadBytes = defaultMaxSignalBytes);

} // namespace sagascope::nats

Q_DECLARE_METATYPE(sagascope::nats::ReceivedSignal)
