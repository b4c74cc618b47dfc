// SPDX-License-Identifier: MIT
#include "natsmessage.h"

#include "natsconnection.h"
#include "natstr.h"

#include <cstdlib>

namespace sagascope::nats {

MsgPtr createMessage(const QByteArray& subject, const QByteArray& data,
    const QList<QPair<QByteArray, QByteArray>>& headers, natsStatus* status)
{
    natsMsg* raw = nullptr;
    natsStatus s = natsMsg_Create(&raw, subject.constData(), nullptr, data.constData(), int(data.size()));
    MsgPtr msg(raw);
    for (const auto& [key, value] : headers) {
        if (s == NATS_OK)
            s = natsMsgHeader_Add(msg.get(), key.constData(), value.constData());
    }
    *status = s;
    if (s != NATS_OK)
        msg.reset();
    return msg;
}

Result<StoredMessage> publishToStream(NatsConnection& connection, const QByteArray& subject, const QByteArray& data,
    QList<QPair<QByteArray, QByteArray>> headers, const QByteArray& msgId, qint64 maxWaitMs,
    const std::function<QString()>& doing)
{
    headers.append({ header::natsMsgId, msgId });
    natsStatus s = NATS_OK;
    MsgPtr msg = createMessage(subject, data, headers, &s);
    if (!msg)
        return fail(ErrorCode::InvalidInput,
            NatsTr::tr("A message for %1 cannot be built (%2).")
                .arg(QString::fromUtf8(subject), QString::fromUtf8(natsStatus_GetText(s))));
    jsPubOptions options;
    jsPubOptions_Init(&options);
    options.MsgId = msgId.constData();
    options.MaxWait = maxWaitMs;
    jsPubAck* ack = nullptr;
    jsErrCode jerr = jsErrCode(0);
    s = js_PublishMsg(&ack, connection.jetStream(), msg.get(), &options, &jerr);
    if (s != NATS_OK) {
        Error error = connection.errorFor(s, jerr, doing());
        // A Nats-Expected-Last-Subject-Sequence header was not met: someone else wrote first.
        if (jerr == JSStreamWrongLastSequenceErr)
            error.code = ErrorCode::Conflict;
        return std::unexpected(error);
    }
    StoredMessage stored { ack->Sequence, ack->Duplicate };
    jsPubAck_Destroy(ack);
    return stored;
}

RawMessage copyMessage(natsMsg* message)
{
    RawMessage raw;
    raw.subject = QString::fromUtf8(natsMsg_GetSubject(message));
    raw.data = QByteArray(natsMsg_GetData(message), natsMsg_GetDataLength(message));
    const char** keys = nullptr;
    int keyCount = 0;
    if (natsMsgHeader_Keys(message, &keys, &keyCount) == NATS_OK) {
        for (int k = 0; k < keyCount; ++k) {
            const char** values = nullptr;
            int valueCount = 0;
            if (natsMsgHeader_Values(message, keys[k], &values, &valueCount) == NATS_OK) {
                for (int v = 0; v < valueCount; ++v)
                    raw.headers.append({ QByteArray(keys[k]), QByteArray(values[v]) });
                free(static_cast<void*>(values));
            }
        }
        free(static_cast<void*>(keys));
    }
    jsMsgMetaData* meta = nullptr;
    if (natsMsg_GetMetaData(&meta, message) == NATS_OK) {
        raw.streamSequence = meta->Sequence.Stream;
        raw.deliveries = meta->NumDelivered;
        raw.publishedAtUs = meta->Timestamp / 1000;
        jsMsgMetaData_Destroy(meta);
    }
    return raw;
}

QByteArray headerValue(const RawMessage& raw, const char* key)
{
    for (const auto& [k, v] : raw.headers) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

FetchedMessages::~FetchedMessages()
{
    natsMsgList_Destroy(&m_list);
}

} // namespace sagascope::nats
