// SPDX-License-Identifier: MIT
// One row of the signal log as the Signals tab shows it: the received signal reduced to display
// text. Built on the feed's worker thread so that the GUI thread never serialises JSON for rows
// that arrive at tens of thousands a second.
#pragma once

#include "signalmessage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace sagascope {

struct SignalLogEntry
{
    qint64 publishedAtUs = 0;
    quint64 streamSequence = 0;
    QString subject;
    QString sagaId;
    QString name;
    QUuid eventId;
    QString headersText; // "Key: value; Key: value", in the order received
    QString payloadText; // compact JSON
    QString malformedReason; // empty for a well-formed signal
    qsizetype sizeBytes = 0;

    bool isMalformed() const { return !malformedReason.isEmpty(); }
    static SignalLogEntry from(const nats::ReceivedSignal& signal);
};

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::SignalLogEntry)
Q_DECLARE_TYPEINFO(sagascope::SignalLogEntry, Q_RELOCATABLE_TYPE);
