// SPDX-License-Identifier: MIT
// Upcasters bring old payloads to the newest schema on read: each one takes an event type at
// schema version N to N+1, and a chain of them takes any stored version to the newest. What is
// stored never changes; readers that want the raw payload keep the RecordedEvent they read.
#pragma once

#include "recordedevent.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace sagascope {

class UpcasterRegistry
{
public:
    using Step = std::function<QJsonObject(const QJsonObject& payload)>;

    // With the built-in upcasters (OrderPlaced 1 -> 2).
    static UpcasterRegistry withBuiltIns();

    // Registers the step from `fromVersion` to `fromVersion + 1` for an event type.
    void add(const QString& eventType, int fromVersion, Step step);
    // The newest schema version upcasting reaches for this type (0 when there is no upcaster).
    int latestVersion(const QString& eventType) const;
    bool needsUpcast(const RecordedEvent& event) const;
    // The event as the newest schema has it: payload (canonical JSON, through QJsonObject) and
    // schema version replaced; everything else unchanged. Events that need nothing come back as
    // they are; a corrupt event is never touched.
    RecordedEvent upcast(const RecordedEvent& event) const;

private:
    QHash<QString, QHash<int, Step>> m_steps;
};

} // namespace sagascope
