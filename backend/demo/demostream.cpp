// SPDX-License-Identifier: MIT
#include "demostream.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace sagascope::demo {

namespace {

// The namespace of every name-based id of the demo data set. Never change it: ids of data sets
// already written would no longer match and a second `demo` run would conflict.
const QUuid demoNamespace(0x6f1c2b7e, 0x3d4a, 0x5e21, 0x9a, 0x0b, 0x52, 0x4c, 0x11, 0x8e, 0x7d, 0x30);

} // namespace

QUuid demoUuid(quint32 seed, const QString& name)
{
    return QUuid::createUuidV5(demoNamespace, QString::number(seed) + QLatin1Char('/') + name);
}

QUuid demoEventId(quint32 seed, const QString& streamId, qint64 version)
{
    return demoUuid(seed, QStringLiteral("event/") + streamId + QLatin1Char('/') + QString::number(version));
}

QString demoTraceId(quint32 seed, const QString& name)
{
    return demoUuid(seed, QStringLiteral("trace/") + name).toString(QUuid::Id128);
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 demoEpochUs()
{
    static const qint64 epoch = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    return epoch;
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject DemoTrace::metadata(const QString& actor, const QUuid& cause, const QString& taskQueue) const
{
    QJsonObject m;
    m.insert(meta::correlationId, correlationId);
    if (!cause.isNull())
        m.insert(meta::causationId, uuidText(cause));
    m.insert(meta::actor, actor);
    m.insert(meta::traceId, traceId);
    if (!taskQueue.isEmpty())
        m.insert(meta::taskQueue, taskQueue);
    return m;
}

DemoStream::DemoStream(quint32 seed, QString streamId, QString streamType, QList<DemoEvent>* sink)
    : m_seed(seed)
    , m_streamId(std::move(streamId))
    , m_streamType(std::move(streamType))
    , m_sink(sink)
{ }

QUuid DemoStream::add(qint64 atUs, const QString& type, const QJsonObject& payload, const QJsonObject& metadata)
{
    return addText(atUs, type, QJsonDocument(payload).toJson(QJsonDocument::Compact), metadata);
}

QUuid DemoStream::addText(
    qint64 atUs, const QString& type, const QByteArray& payload, const QJsonObject& metadata, int schemaVersion)
{
    ++m_version;
    const QUuid id = demoEventId(m_seed, m_streamId, m_version);
    if (!m_sink)
        return id;
    DemoEvent e;
    e.businessUs = atUs;
    e.streamId = m_streamId;
    e.streamType = m_streamType;
    e.version = m_version;
    e.event.eventId = id;
    e.event.eventType = type;
    e.event.schemaVersion = schemaVersion;
    e.event.recordedAtUs = atUs;
    e.event.payload = payload;
    e.event.metadata = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    m_sink->append(std::move(e));
    return id;
}

QByteArray jsonWithRawNumber(const QJsonObject& object, QLatin1StringView key, const QByteArray& literal)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Compact output of an object ends with '}'; the store canonicalises (sorts keys) on append.
    text.chop(1);
    if (!object.isEmpty())
        text += ',';
    text += '"' + QByteArray(key.data(), key.size()) + "\":" + literal + '}';
    return text;
}

} // namespace sagascope::demo
