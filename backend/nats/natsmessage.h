// SPDX-License-Identifier: MIT
// Internal to backend/nats: owning nats.c messages and copying them into plain values.
#pragma once

#include "error.h"
#include "signalmessage.h"

#include <functional>
#include <memory>

#include <nats/nats.h>

namespace sagascope::nats {

struct MsgDeleter
{
    void operator()(natsMsg* m) const { natsMsg_Destroy(m); }
};
using MsgPtr = std::unique_ptr<natsMsg, MsgDeleter>;

// A message with headers, or nullptr when nats.c refuses one (see nats_GetLastError).
MsgPtr createMessage(const QByteArray& subject, const QByteArray& data,
    const QList<QPair<QByteArray, QByteArray>>& headers, natsStatus* status);

class NatsConnection;

struct StoredMessage
{
    quint64 streamSequence = 0;
    bool duplicate = false; // the stream already had a message with this id: nothing was stored
};

// Publishes a message to JetStream and waits for the stream's acknowledgement. `msgId` is also
// sent as Nats-Msg-Id, so the stream drops a repeat within its duplicate window. `doing` names
// the operation in an error (only called on failure: translating costs more than publishing). A Conflict error
// means an expectation header among `headers` (e.g. Nats-Expected-Last-Subject-Sequence) failed.
Result<StoredMessage> publishToStream(NatsConnection& connection, const QByteArray& subject, const QByteArray& data,
    QList<QPair<QByteArray, QByteArray>> headers, const QByteArray& msgId, qint64 maxWaitMs,
    const std::function<QString()>& doing);

// Copies subject, headers, data and (for JetStream messages) stream sequence, time and deliveries.
RawMessage copyMessage(natsMsg* message);
// The value of header `key` (matched without regard to case), or empty.
QByteArray headerValue(const RawMessage& raw, const char* key);

// The fetched messages of a pull subscription, owned; released one by one as they are settled.
class FetchedMessages
{
public:
    FetchedMessages() = default;
    ~FetchedMessages();
    FetchedMessages(const FetchedMessages&) = delete;
    FetchedMessages& operator=(const FetchedMessages&) = delete;

    natsMsgList* list() { return &m_list; }
    int size() const { return m_list.Count; }
    natsMsg* at(int i) const { return m_list.Msgs[i]; }

private:
    natsMsgList m_list {};
};

} // namespace sagascope::nats
