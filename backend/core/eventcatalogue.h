// SPDX-License-Identifier: MIT
// The saga history catalogue (51 event types in 13 categories, each with a stable name and a
// compact numeric code) and the category of any event type, used for colours and filters.
#pragma once

#include <QList>
#include <QString>

namespace sagascope {

enum class EventCategory : quint8
{
    Workflow = 1,
    Activity,
    Timer,
    Signal,
    Marker,
    Snapshot,
    Command,
    ChildWorkflow,
    LocalActivity,
    SideEffect,
    Update,
    SearchAttribute,
    Nexus,
    Domain = 100, // events of other stream types (orders, flows, your own)
};

struct HistoryEventType
{
    quint8 code; // compact, stable: never renumber
    QLatin1StringView name;
    EventCategory category;
};

const QList<HistoryEventType>& historyEventTypes();
const HistoryEventType* findHistoryEventType(QStringView name);
const HistoryEventType* findHistoryEventType(quint8 code);

// The category of an event type name: the catalogue's for saga history events, Domain otherwise.
EventCategory categoryOf(QStringView eventType);
// Whether the event type marks a failure (…Failed, …TimedOut, …Rejected, StepFailed).
bool isFailureType(QStringView eventType);

QList<EventCategory> allCategories();
// Stable machine name, e.g. "child_workflow".
QString categoryName(EventCategory category);

} // namespace sagascope
