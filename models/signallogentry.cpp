// SPDX-License-Identifier: MIT
#include "signallogentry.h"

#include <QJsonDocument>

namespace sagascope {

SignalLogEntry SignalLogEntry::from(const nats::ReceivedSignal& signal)
{
    SignalLogEntry e;
    e.publishedAtUs = signal.publishedAtUs;
    e.streamSequence = signal.streamSequence;
    e.subject = signal.subject;
    e.sagaId = signal.sagaId;
    e.name = signal.name;
    e.eventId = signal.eventId;
    e.malformedReason = signal.malformedReason;
    e.sizeBytes = signal.sizeBytes;
    // The sender's own headers first: the identity headers repeat what the saga and signal
    // columns show, and would otherwise fill the narrow cell.
    static const QStringList identity { QLatin1String(nats::header::sagaId), QLatin1String(nats::header::signalName),
        QLatin1String(nats::header::eventId), QLatin1String(nats::header::correlationId),
        QLatin1String(nats::header::contentType), QLatin1String(nats::header::natsMsgId) };
    QStringList own;
    QStringList known;
    for (const auto& [key, value] : signal.headers)
        (identity.contains(key, Qt::CaseInsensitive) ? known : own).append(key + QLatin1String(": ") + value);
    e.headersText = (own + known).join(QLatin1String("; "));
    if (!signal.isMalformed())
        e.payloadText = QString::fromUtf8(QJsonDocument(signal.payload).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace sagascope
