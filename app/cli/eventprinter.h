// SPDX-License-Identifier: MIT
// Prints events and streams page by page, as NDJSON (backend/interop's lines: payload and
// metadata exactly as stored) or as an aligned table. Pages arrive one at a time so that a stream
// of a million events is never held in memory: the table's column widths are fixed by the first page.
#pragma once

#include "commandline.h"
#include "recordedevent.h"

namespace sagascope {
class UpcasterRegistry;
}

namespace sagascope::cli {

class EventPrinter
{
public:
    EventPrinter(OutputFormat format, bool showStreamColumn);

    // Shows payloads upcast to the newest schema (the registry must outlive the printer); without
    // one, payloads are shown as stored.
    void setUpcaster(const UpcasterRegistry* upcasters) { m_upcasters = upcasters; }

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
    const UpcasterRegistry* m_upcasters = nullptr;
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
