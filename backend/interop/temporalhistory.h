// SPDX-License-Identifier: MIT
// Reads a Temporal workflow history (JSON with an `events` array, as `tctl`/`temporal workflow
// show --output json` and the SDK replay tests write it) into events of our saga catalogue.
// Both spellings of event types are read (`WorkflowExecutionStarted` and
// `EVENT_TYPE_WORKFLOW_EXECUTION_STARTED`); attributes become snake_case payloads with Temporal's
// base64 payloads decoded; event ids become versions; types we do not know are kept as they are.
#pragma once

#include "error.h"
#include "recordedevent.h"

#include <QByteArrayView>
#include <QStringList>

namespace sagascope {

struct TemporalHistory
{
    QString workflowType;
    QString runId;
    // In history order; event ids derived from run id and event id (re-import is idempotent),
    // recorded times from the events' eventTime.
    QList<NewEvent> events;
    QStringList warnings; // things kept but not understood, with the event they concern
};

// `streamIdForIds` seeds the deterministic event ids (use the target stream id).
Result<TemporalHistory> parseTemporalHistory(QByteArrayView json, const QString& streamIdForIds);

// The catalogue name for a Temporal event type in either spelling (TimerStarted -> TimerCreated,
// EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED -> SignalReceived, …); unknown types come back in
// PascalCase, unchanged otherwise.
QString catalogueTypeForTemporal(const QString& temporalType);

} // namespace sagascope
