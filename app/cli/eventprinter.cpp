// SPDX-License-Identifier: MIT
#include "eventprinter.h"

#include "canonicaljson.h"
#include "clitr.h"
#include "ndjson.h"
#include "terminal.h"
#include "upcasters.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace sagascope::cli {

namespace {

constexpr int maxStreamColumn = 40;
constexpr int timeColumn = 27; // 2026-03-02T08:00:00.000000Z
const QString gap = QStringLiteral("  ");

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

QJsonValue decodedValue(const QByteArray& canonical)
{
    return QJsonDocument::fromJson('[' + canonical + ']').array().first();
}

// Upcasting works on QJsonObject, which turns a 64-bit id into a rounded double. Members the
// upcaster left alone take back their stored text, so the exact numbers the inspector promises
// survive the upcast view of an old event.
RecordedEvent upcastKeepingExactMembers(const UpcasterRegistry& upcasters, const RecordedEvent& stored)
{
    RecordedEvent out = upcasters.upcast(stored);
    const auto before = canonicalMembers(stored.payload);
    const auto after = canonicalMembers(out.payload);
    if (!before || !after)
        return out;
    QHash<QString, QByteArray> storedText;
    for (const auto& [key, text] : *before)
        storedText.insert(key, text);
    QByteArray payload = "{";
    for (const auto& [key, text] : *after) {
        if (payload.size() > 1)
            payload += ',';
        const auto it = storedText.constFind(key);
        const bool unchanged = it != storedText.cend() && decodedValue(*it) == decodedValue(text);
        payload += jsonString(key) + ':' + (unchanged ? *it : text);
    }
    payload += '}';
    out.payload = payload;
    return out;
}

} // namespace

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
        for (const RecordedEvent& stored : page) {
            if (m_upcasters && m_upcasters->needsUpcast(stored))
                writeOut(eventToNdjson(upcastKeepingExactMembers(*m_upcasters, stored), stored.schemaVersion));
            else
                writeOut(eventToNdjson(stored));
        }
        return;
    }
    if (!m_started)
        startTable(page);
    QString line;
    for (const RecordedEvent& stored : page) {
        const bool upcast = m_upcasters && m_upcasters->needsUpcast(stored);
        const RecordedEvent e = upcast ? upcastKeepingExactMembers(*m_upcasters, stored) : stored;
        line = rightCell(QString::number(e.position), m_positionWidth) + gap;
        if (m_showStream)
            line += cell(e.streamId, m_streamWidth) + gap;
        QString payload = QString::fromUtf8(e.payload);
        if (e.corruption)
            payload = CliTr::tr("[corrupt] %1").arg(payload);
        else if (upcast)
            payload = CliTr::tr("[schema %1 upcast to %2] %3")
                          .arg(QString::number(stored.schemaVersion), QString::number(e.schemaVersion), payload);
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
