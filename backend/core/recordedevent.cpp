// SPDX-License-Identifier: MIT
#include "recordedevent.h"

#include "canonicaljson.h"
#include "coretr.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <chrono>

namespace sagascope {

NewEvent NewEvent::fromJson(
    const QString& type, const QJsonObject& payload, const QJsonObject& metadata, int schemaVersion)
{
    NewEvent e;
    e.eventType = type;
    e.schemaVersion = schemaVersion;
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (!metadata.isEmpty())
        e.metadata = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    return e;
}

QDateTime RecordedEvent::recordedAt() const
{
    return dateTimeFromUs(recordedAtUs);
}

namespace {

// Why `text` is not a JSON object, or nothing when it is.
std::optional<QString> notAnObject(const QByteArray& text)
{
    if (isCanonicalJson(text))
        return std::nullopt;
    QJsonParseError err {};
    const QJsonDocument d = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return err.errorString();
    if (!d.isObject())
        return CoreTr::tr("not an object");
    return std::nullopt;
}

} // namespace

// Canonical JSON has no insignificant whitespace and escapes '"' inside strings, so a scan that
// tracks strings and nesting finds the top-level key without parsing the document; an escaped
// value falls back to the parser.
QString correlationIdOf(const QByteArray& metadata)
{
    static constexpr QByteArrayView key = "\"correlation_id\":";
    const char* const begin = metadata.constData();
    const qsizetype size = metadata.size();
    qsizetype at = metadata.indexOf(key);
    if (at < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = begin[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (i == at) {
            if (depth != 1) { // a nested key of that name: look further
                at = metadata.indexOf(key, at + 1);
                if (at < 0)
                    return {};
                --i; // re-examine this '"' as the start of an ordinary string
                inString = false;
                continue;
            }
            const qsizetype value = at + key.size();
            if (value >= size || begin[value] != '"')
                return {}; // not a string: no correlation id
            for (qsizetype j = value + 1; j < size; ++j) {
                if (begin[j] == '\\')
                    break; // escaped text: let the parser unescape it
                if (begin[j] == '"')
                    return QString::fromUtf8(begin + value + 1, j - value - 1);
            }
            return QJsonDocument::fromJson(metadata).object().value(meta::correlationId).toString();
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return {};
}

QString RecordedEvent::correlationId() const
{
    const QString found = correlationIdOf(metadata);
    // Text written by another tool may not be canonical (spaces around ':'): then parse.
    if (!found.isEmpty() || !metadata.contains("\"correlation_id\""))
        return found;
    return metadataObject().value(meta::correlationId).toString();
}

QJsonObject RecordedEvent::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

QJsonObject RecordedEvent::metadataObject() const
{
    return metadata.isEmpty() ? QJsonObject {} : QJsonDocument::fromJson(metadata).object();
}

bool RecordedEvent::metadataFlag(QLatin1StringView key) const
{
    const QByteArrayView k(key.data(), key.size());
    for (qsizetype at = metadata.indexOf(k); at > 0; at = metadata.indexOf(k, at + 1)) {
        if (metadata[at - 1] == '"' && at + k.size() < metadata.size() && metadata[at + k.size()] == '"')
            return metadataObject().value(key).toBool();
    }
    return false;
}

void RecordedEvent::checkStoredJson()
{
    corruption.reset();
    if (const auto why = notAnObject(payload)) {
        corruption = Error { ErrorCode::CorruptData,
            CoreTr::tr("The stored payload of event %1 of stream \"%2\" (version %3) is not a JSON "
                       "object: %4.")
                .arg(eventId.toString(QUuid::WithoutBraces), streamId, QString::number(version), *why) };
        return;
    }
    if (!metadata.isEmpty() && notAnObject(metadata))
        corruption = Error { ErrorCode::CorruptData,
            CoreTr::tr("The stored metadata of event %1 of stream \"%2\" (version %3) is not a "
                       "JSON object.")
                .arg(eventId.toString(QUuid::WithoutBraces), streamId, QString::number(version)) };
}

QDateTime dateTimeFromUs(qint64 us)
{
    // Floor division so times before 1970 round towards the past.
    qint64 ms = us / 1000;
    if (us % 1000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 usFromDateTime(const QDateTime& dt)
{
    return dt.toMSecsSinceEpoch() * 1000;
}

QString isoFromUs(qint64 us)
{
    qint64 frac = us % 1000000;
    qint64 secs = us / 1000000;
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(frac, 6, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

std::optional<qint64> usFromIso(const QString& text)
{
    // Accepts ISO 8601 date or date-time with optional fraction (up to 9 digits) and zone.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString date = m.captured(1);
    QString time = m.captured(2);
    if (time.isEmpty())
        time = QStringLiteral("00:00:00");
    else if (time.size() == 5)
        time += QStringLiteral(":00");
    QString zone = m.captured(4);
    if (zone.isEmpty() || zone == QLatin1String("Z"))
        zone = QStringLiteral("+00:00");
    else if (zone.size() == 5)
        zone.insert(3, QLatin1Char(':'));
    const QDateTime dt = QDateTime::fromString(date + QLatin1Char('T') + time + zone, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    qint64 us = dt.toSecsSinceEpoch() * 1000000;
    const QString frac = m.captured(3);
    if (!frac.isEmpty())
        us += frac.left(6).leftJustified(6, QLatin1Char('0')).toLongLong();
    return us;
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace sagascope
