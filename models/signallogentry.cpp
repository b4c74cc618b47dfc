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
    QStringList headers;
    headers.reserve(signal.headers.size());
    for (const auto& [key, value] : signal.headers)
        headers.append(key + QLatin1String(": ") + value);
    e.headersText = headers.join(QLatin1String("; "));
    if (!signal.isMalformed())
        e.payloadText = QString::fromUtf8(QJsonDocument(signal.payload).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace sagascope
