// SPDX-License-Identifier: MIT
// A saga's activities, timers, child workflows and signals at one point of its history, as plain
// rows with times in microseconds. Built once per state on a worker from the saga reducer's state
// document, then shared read-only by the saga tables and the timeline, so the GUI thread never
// walks JSON to paint.
#pragma once

#include "statediff.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace sagascope {

enum class SagaItemKind : quint8
{
    Activity,
    Timer,
    ChildWorkflow,
    Signal,
};

struct SagaItem
{
    SagaItemKind kind = SagaItemKind::Activity;
    qint64 version = 0; // the event that created the item
    QString id; // activity id, timer id, child workflow id, signal name
    QString type; // activity type, child workflow type
    QString status; // as the reducer names it: scheduled, started, completed, failed, pending, fired, …
    int attempt = 0;
    bool local = false; // a local activity
    qint64 createdUs = 0;
    qint64 startedUs = 0; // 0 = not started (or no such step)
    qint64 closedUs = 0; // 0 = still open at this point
    QJsonValue result;
    QJsonValue failure;
    QJsonValue input;
    // Changed by the selected event (or since the pinned one).
    bool changed = false;

    // Whether the item ended badly (failed, timed out, terminated) or its last attempt failed.
    bool isFailure() const;
    // Whether the item is still running or waiting at this point.
    bool isOpen() const { return closedUs == 0 && kind != SagaItemKind::Signal; }

    friend bool operator==(const SagaItem&, const SagaItem&) = default;
};

struct SagaSnapshot
{
    QString streamId;
    qint64 version = 0; // the state's version
    qint64 atUs = 0; // the recorded time of the event at `version` (the timeline's "now")
    QString status; // the workflow's status
    QList<SagaItem> activities;
    QList<SagaItem> timers;
    QList<SagaItem> children;
    QList<SagaItem> signalItems;
    // Activities, timers and child workflows in the order they were created (the timeline's rows).
    QList<SagaItem> timeline;
    qint64 firstUs = 0; // the earliest time any item was created (0 without items)
    qint64 lastUs = 0; // the latest time anything happened, `atUs` included

    const QList<SagaItem>& items(SagaItemKind kind) const;

    // The first item of the timeline that `changes` touched (-1 when none).
    qsizetype firstChangedTimelineRow() const;

    // Reads the state document of the saga reducer (keys activities, timers, children, signals);
    // the items `changes` touched (paths such as /activities/3/status) are marked as changed.
    static SagaSnapshot fromState(const QString& streamId, const QJsonObject& state, qint64 version, qint64 atUs,
        const QList<StateChange>& changes = {});
};

// How a list of items differs from the one shown before, so models can update rows in place
// (keeping selections and sort order) instead of resetting: rows past `commonRows` were removed
// or added at the end, and the runs [first, last] of common rows changed. Items are matched by
// position, which is their creation order in both lists.
struct SagaItemsUpdate
{
    qsizetype commonRows = 0;
    QList<std::pair<qsizetype, qsizetype>> changedRuns;
};
SagaItemsUpdate compareSagaItems(const QList<SagaItem>& before, const QList<SagaItem>& after);

using SagaSnapshotPtr = std::shared_ptr<const SagaSnapshot>;

// ISO 8601 UTC times as the reducers write them ("2026-03-02T08:00:00.123456Z") to microseconds,
// fast; any other spelling goes through the engine's general parser. 0 when empty or unreadable.
qint64 usFromStateTime(QStringView text);

} // namespace sagascope

Q_DECLARE_METATYPE(sagascope::SagaSnapshotPtr)
