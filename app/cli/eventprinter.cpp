// SPDX-License-Identifier: MIT
#include "eventprinter.h"

#include "canonicaljson.h"
#include "clitr.h"
#include "terminal.h"

#include <algorithm>
#include <limits>

namespace sagascope::cli {

namespace {

constexpr int maxStreamColumn = 40;
constexpr int timeColumn = 27; // 2026-03-02T08:00:00.000000Z
const QString gap = QStringLiteral("  ");

// Stored text that is a JSON object goes out as is; anything else (a damaged row) as a string,
// so that the line stays valid JSON and the raw bytes stay visible.
QByteArray jsonField(const QByteArray& stored, bool checkIt)
{
    const QByteArray text = stored.isEmpty() ? QByteArrayLiteral("{}") : stored;
    if (!checkIt || canonicalJson(text).has_value())
        return text;
    return jsonString(QString::fromUtf8(text));
}

QString cell(const QString& text, int width)
{
    if (width <= 0 || text.size() <= width)
        return text.leftJustified(width);
    return text.left(std::max(0, width - 1)) + QChar(0x2026);
}

// Pads without cutting: an id or type longer than the first page's goes over its column rather
// than losing characters.
QString pad(const QString& text, int width)
{
    return text.leftJustified(width);
}

QString rightCell(const QString& text, int width)
{
    return text.rightJustified(width);
}

int digits(qint64 n)
{
    return int(QString::number(n).size());
}

} // namespace

QByteArray jsonString(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray eventToNdjson(const RecordedEvent& e)
{
    const bool corrupt = e.corruption.has_value();
    QByteArray line;
    line.reserve(e.payload.size() + e.metadata.size() + 320);
    line += "{\"stream_id\":" + jsonString(e.streamId);
    line += ",\"version\":" + QByteArray::number(e.version);
    line += ",\"position\":" + QByteArray::number(e.position);
    line += ",\"event_id\":\"" + e.eventId.toByteArray(QUuid::WithoutBraces) + '"';
    line += ",\"type\":" + jsonString(e.eventType);
    line += ",\"stream_type\":" + jsonString(e.streamType);
    line += ",\"schema_version\":" + QByteArray::number(e.schemaVersion);
    line += ",\"recorded_at\":\"" + isoFromUs(e.recordedAtUs).toLatin1() + '"';
    line += ",\"payload\":" + jsonField(e.payload, corrupt);
    line += ",\"metadata\":" + jsonField(e.metadata, corrupt);
    if (corrupt)
        line += ",\"corrupt\":" + jsonString(e.corruption->message);
    line += "}\n";
    return line;
}

QByteArray streamToNdjson(const StreamInfo& s)
{
    QByteArray line = "{\"stream_id\":" + jsonString(s.streamId);
    line += ",\"stream_type\":" + jsonString(s.streamType);
    line += ",\"version\":" + QByteArray::number(s.lastVersion);
    line += ",\"last_position\":" + QByteArray::number(s.lastPosition);
    line += ",\"created_at\":\"" + isoFromUs(s.createdAtUs).toLatin1() + '"';
    line += ",\"updated_at\":\"" + isoFromUs(s.updatedAtUs).toLatin1() + "\"}\n";
    return line;
}

EventPrinter::EventPrinter(OutputFormat format, bool showStreamColumn)
    : m_format(format)
    , m_showStream(showStreamColumn)
{ }

void EventPrinter::startTable(const QList<RecordedEvent>& page)
{
    m_started = true;
    const QString position = CliTr::tr("POSITION");
    const QString stream = CliTr::tr("STREAM");
    const QString version = CliTr::tr("VERSION");
    const QString recorded = CliTr::tr("RECORDED AT");
    const QString type = CliTr::tr("TYPE");
    const QString payload = CliTr::tr("PAYLOAD");
    m_positionWidth = int(position.size());
    m_streamWidth = int(stream.size());
    m_versionWidth = int(version.size());
    m_typeWidth = int(type.size());
    for (const RecordedEvent& e : page) {
        m_positionWidth = std::max(m_positionWidth, digits(e.position));
        m_streamWidth = std::max(m_streamWidth, std::min(maxStreamColumn, int(e.streamId.size())));
        m_versionWidth = std::max(m_versionWidth, digits(e.version));
        m_typeWidth = std::max(m_typeWidth, int(e.eventType.size()));
    }
    // Later pages have larger positions and versions: leave room for a few more digits.
    m_positionWidth += 1;
    m_versionWidth += 1;
    const int columns = terminalColumns();
    if (columns > 0) {
        const int used = m_positionWidth + (m_showStream ? m_streamWidth + 2 : 0) + m_versionWidth + timeColumn
            + m_typeWidth + 4 * 2;
        m_payloadWidth = std::max(20, columns - used - 1);
    }
    QString header = rightCell(position, m_positionWidth) + gap;
    if (m_showStream)
        header += cell(stream, m_streamWidth) + gap;
    header += rightCell(version, m_versionWidth) + gap + pad(recorded, timeColumn) + gap + pad(type, m_typeWidth) + gap
        + payload;
    printLine(header);
}

void EventPrinter::print(const QList<RecordedEvent>& page)
{
    if (page.isEmpty())
        return;
    for (const RecordedEvent& e : page) {
        if (e.corruption)
            ++m_corrupt;
    }
    m_printed += page.size();
    if (m_format == OutputFormat::Ndjson) {
        for (const RecordedEvent& e : page)
            writeOut(eventToNdjson(e));
        return;
    }
    if (!m_started)
        startTable(page);
    QString line;
    for (const RecordedEvent& e : page) {
        line = rightCell(QString::number(e.position), m_positionWidth) + gap;
        if (m_showStream)
            line += cell(e.streamId, m_streamWidth) + gap;
        QString payload = QString::fromUtf8(e.payload);
        if (e.corruption)
            payload = CliTr::tr("[corrupt] %1").arg(payload);
        line += rightCell(QString::number(e.version), m_versionWidth) + gap + isoFromUs(e.recordedAtUs) + gap
            + pad(e.eventType, m_typeWidth) + gap + (m_payloadWidth > 0 ? cell(payload, m_payloadWidth) : payload);
        // Trailing padding helps nobody.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        printLine(line);
    }
}

int EventPrinter::finish()
{
    flushOut();
    if (m_corrupt == 0)
        return 0;
    printError(CliTr::tr("%n event(s) could not be decoded; they are marked corrupt and shown with their raw text.",
        nullptr, int(std::min<qint64>(m_corrupt, std::numeric_limits<int>::max()))));
    return 4;
}

StreamPrinter::StreamPrinter(OutputFormat format)
    : m_format(format)
{ }

void StreamPrinter::print(const QList<StreamInfo>& page)
{
    if (page.isEmpty())
        return;
    m_printed += page.size();
    if (m_format == OutputFormat::Ndjson) {
        for (const StreamInfo& s : page)
            writeOut(streamToNdjson(s));
        return;
    }
    const QString id = CliTr::tr("STREAM");
    const QString type = CliTr::tr("TYPE");
    const QString version = CliTr::tr("VERSION");
    const QString position = CliTr::tr("LAST POSITION");
    const QString created = CliTr::tr("CREATED AT");
    const QString updated = CliTr::tr("UPDATED AT");
    if (!m_started) {
        m_started = true;
        m_idWidth = int(id.size());
        m_typeWidth = int(type.size());
        m_versionWidth = int(version.size());
        m_positionWidth = int(position.size());
        for (const StreamInfo& s : page) {
            m_idWidth = std::max(m_idWidth, std::min(2 * maxStreamColumn, int(s.streamId.size())));
            m_typeWidth = std::max(m_typeWidth, int(s.streamType.size()));
            m_versionWidth = std::max(m_versionWidth, digits(s.lastVersion));
            m_positionWidth = std::max(m_positionWidth, digits(s.lastPosition));
        }
        printLine(pad(id, m_idWidth) + gap + pad(type, m_typeWidth) + gap + rightCell(version, m_versionWidth) + gap
            + rightCell(position, m_positionWidth) + gap + pad(created, timeColumn) + gap + updated);
    }
    for (const StreamInfo& s : page) {
        printLine(pad(s.streamId, m_idWidth) + gap + pad(s.streamType, m_typeWidth) + gap
            + rightCell(QString::number(s.lastVersion), m_versionWidth) + gap
            + rightCell(QString::number(s.lastPosition), m_positionWidth) + gap + isoFromUs(s.createdAtUs) + gap
            + isoFromUs(s.updatedAtUs));
    }
}

} // namespace sagascope::cli
