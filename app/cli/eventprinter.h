// SPDX-License-Identifier: MIT
// Prints events and streams page by page, as NDJSON (payload and metadata exactly as stored) or
// as an aligned table. Pages arrive one at a time so that a stream of a million events is never
// held in memory: the table's column widths are fixed by the first page.
#pragma once

#include "commandline.h"
#include "recordedevent.h"

namespace sagascope::cli {

// The NDJSON line of an event, newline included. A corrupt event carries "corrupt": message and
// its undecodable payload or metadata as a JSON string of the raw text.
QByteArray eventToNdjson(const RecordedEvent& event);
QByteArray streamToNdjson(const StreamInfo& stream);
// A JSON string literal (quotes included) for any text.
QByteArray jsonString(const QString& text);

class EventPrinter
{
public:
    EventPrinter(OutputFormat format, bool showStreamColumn);

    void print(const QList<RecordedEvent>& page);
    qint64 printed() const { return m_printed; }
    qint64 corrupt() const { return m_corrupt; }
    // The exit code once everything is printed: 4 (with one sentence on stderr) when events were
    // corrupt, else 0.
    int finish();

private:
    void startTable(const QList<RecordedEvent>& page);

    OutputFormat m_format;
    bool m_showStream;
    bool m_started = false;
    qint64 m_printed = 0;
    qint64 m_corrupt = 0;
    int m_positionWidth = 0;
    int m_streamWidth = 0;
    int m_versionWidth = 0;
    int m_typeWidth = 0;
    int m_payloadWidth = 0; // 0 = the whole payload
};

class StreamPrinter
{
public:
    explicit StreamPrinter(OutputFormat format);
    void print(const QList<StreamInfo>& page);
    qint64 printed() const { return m_printed; }

private:
    OutputFormat m_format;
    bool m_started = false;
    qint64 m_printed = 0;
    int m_idWidth = 0;
    int m_typeWidth = 0;
    int m_versionWidth = 0;
    int m_positionWidth = 0;
};

} // namespace sagascope::cli
