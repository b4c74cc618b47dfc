// SPDX-License-Identifier: MIT
#include "eventcatalogue.h"

#include <QHash>

namespace sagascope {

namespace {

using C = EventCategory;

QList<HistoryEventType> buildCatalogue()
{
    using L = QLatin1StringView;
    return {
        { 1, L("WorkflowExecutionStarted"), C::Workflow },
        { 2, L("WorkflowExecutionCompleted"), C::Workflow },
        { 3, L("WorkflowExecutionFailed"), C::Workflow },
        { 4, L("WorkflowExecutionTimedOut"), C::Workflow },
        { 5, L("WorkflowExecutionCanceled"), C::Workflow },
        { 6, L("WorkflowExecutionContinuedAsNew"), C::Workflow },
        { 7, L("WorkflowExecutionTerminated"), C::Workflow },
        { 8, L("ActivityTaskScheduled"), C::Activity },
        { 9, L("ActivityTaskStarted"), C::Activity },
        { 10, L("ActivityTaskCompleted"), C::Activity },
        { 11, L("ActivityTaskFailed"), C::Activity },
        { 12, L("ActivityTaskTimedOut"), C::Activity },
        { 13, L("ActivityTaskCanceled"), C::Activity },
        { 14, L("TimerCreated"), C::Timer },
        { 15, L("TimerFired"), C::Timer },
        { 16, L("TimerCanceled"), C::Timer },
        { 17, L("SignalReceived"), C::Signal },
        { 18, L("MarkerRecorded"), C::Marker },
        { 19, L("SnapshotCreated"), C::Snapshot },
        { 20, L("CommandIssued"), C::Command },
        { 21, L("CommandCompleted"), C::Command },
        { 22, L("CommandFailed"), C::Command },
        { 23, L("ChildWorkflowStarted"), C::ChildWorkflow },
        { 24, L("ChildWorkflowCompleted"), C::ChildWorkflow },
        { 25, L("ChildWorkflowFailed"), C::ChildWorkflow },
        { 26, L("ChildWorkflowCanceled"), C::ChildWorkflow },
        { 27, L("ChildWorkflowTimedOut"), C::ChildWorkflow },
        { 28, L("ChildWorkflowTerminated"), C::ChildWorkflow },
        { 29, L("ChildWorkflowContinuedAsNew"), C::ChildWorkflow },
        { 30, L("ChildWorkflowInitiated"), C::ChildWorkflow },
        { 31, L("ChildWorkflowCancelRequested"), C::ChildWorkflow },
        { 32, L("LocalActivityScheduled"), C::LocalActivity },
        { 33, L("LocalActivityStarted"), C::LocalActivity },
        { 34, L("LocalActivityCompleted"), C::LocalActivity },
        { 35, L("LocalActivityFailed"), C::LocalActivity },
        { 36, L("LocalActivityTimedOut"), C::LocalActivity },
        { 37, L("LocalActivityCanceled"), C::LocalActivity },
        { 38, L("SideEffectRecorded"), C::SideEffect },
        { 39, L("UpdateAccepted"), C::Update },
        { 40, L("UpdateRejected"), C::Update },
        { 41, L("UpdateCompleted"), C::Update },
        { 42, L("UpdateValidated"), C::Update },
        { 43, L("UpdateRolledBack"), C::Update },
        { 44, L("SearchAttributesUpserted"), C::SearchAttribute },
        { 45, L("NexusOperationStarted"), C::Nexus },
        { 46, L("NexusOperationCompleted"), C::Nexus },
        { 47, L("NexusOperationFailed"), C::Nexus },
        { 48, L("NexusOperationCanceled"), C::Nexus },
        { 49, L("NexusOperationTimedOut"), C::Nexus },
        { 50, L("NexusOperationInitiated"), C::Nexus },
        { 51, L("NexusOperationCancelRequested"), C::Nexus },
    };
}

} // namespace

const QList<HistoryEventType>& historyEventTypes()
{
    static const QList<HistoryEventType> catalogue = buildCatalogue();
    return catalogue;
}

const HistoryEventType* findHistoryEventType(QStringView name)
{
    static const QHash<QString, qsizetype> byName = [] {
        QHash<QString, qsizetype> h;
        const auto& all = historyEventTypes();
        for (qsizetype i = 0; i < all.size(); ++i)
            h.insert(QString(all[i].name), i);
        return h;
    }();
    const auto it = byName.constFind(name.toString());
    return it == byName.cend() ? nullptr : &historyEventTypes()[*it];
}

const HistoryEventType* findHistoryEventType(quint8 code)
{
    for (const HistoryEventType& t : historyEventTypes()) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

EventCategory categoryOf(QStringView eventType)
{
    if (const HistoryEventType* t = findHistoryEventType(eventType))
        return t->category;
    return EventCategory::Domain;
}

bool isFailureType(QStringView eventType)
{
    return eventType.endsWith(u"Failed") || eventType.endsWith(u"TimedOut") || eventType.endsWith(u"Rejected");
}

QList<EventCategory> allCategories()
{
    return { C::Workflow, C::Activity, C::Timer, C::Signal, C::Marker, C::Snapshot, C::Command, C::ChildWorkflow,
        C::LocalActivity, C::SideEffect, C::Update, C::SearchAttribute, C::Nexus, C::Domain };
}

QString categoryName(EventCategory category)
{
    switch (category) {
    case C::Workflow:
        return QStringLiteral("workflow");
    case C::Activity:
        return QStringLiteral("activity");
    case C::Timer:
        return QStringLiteral("timer");
    case C::Signal:
        return QStringLiteral("signal");
    case C::Marker:
        return QStringLiteral("marker");
    case C::Snapshot:
        return QStringLiteral("snapshot");
    case C::Command:
        return QStringLiteral("command");
    case C::ChildWorkflow:
        return QStringLiteral("child_workflow");
    case C::LocalActivity:
        return QStringLiteral("local_activity");
    case C::SideEffect:
        return QStringLiteral("side_effect");
    case C::Update:
        return QStringLiteral("update");
    case C::SearchAttribute:
        return QStringLiteral("search_attribute");
    case C::Nexus:
        return QStringLiteral("nexus");
    case C::Domain:
        break;
    }
    return QStringLiteral("domain");
}

} // namespace sagascope
