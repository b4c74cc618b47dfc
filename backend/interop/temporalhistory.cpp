// SPDX-License-Identifier: MIT
#include "temporalhistory.h"

#include "coretr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagascope {

namespace {

// PascalCase from EVENT_TYPE_WORKFLOW_TASK_SCHEDULED; other spellings pass through.
QString pascalType(const QString& type)
{
    if (!type.startsWith(QLatin1String("EVENT_TYPE_")))
        return type;
    QString out;
    for (const QString& word : type.mid(11).split(QLatin1Char('_'), Qt::SkipEmptyParts))
        out += word.left(1).toUpper() + word.mid(1).toLower();
    return out;
}

QString snakeCase(const QString& camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (qsizetype i = 0; i < camel.size(); ++i) {
        const QChar c = camel[i];
        if (c.isUpper()) {
            if (i > 0 && !camel[i - 1].isUpper())
                out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

// A Temporal payload: {metadata: {encoding: base64}, data: base64}. JSON payloads become the
// JSON value; null payloads null; anything else is kept with its encoding, still base64.
QJsonValue decodePayload(const QJsonObject& payload)
{
    const QJsonObject metadata = payload.value(QLatin1String("metadata")).toObject();
    const QByteArray encoding = QByteArray::fromBase64(metadata.value(QLatin1String("encoding")).toString().toLatin1());
    const QByteArray data = QByteArray::fromBase64(payload.value(QLatin1String("data")).toString().toLatin1());
    if (encoding == "binary/null")
        return QJsonValue::Null;
    if (encoding.startsWith("json/")) { // json/plain, json/protobuf (protobuf's JSON mapping)
        // Wrapped in an array so that scalars ("8", "\"x\"") parse too.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + data + "]");
        if (doc.isArray() && doc.array().size() == 1)
            return doc.array().first();
    }
    return QJsonObject { { QStringLiteral("encoding"), QString::fromLatin1(encoding) },
        { QStringLiteral("data"), payload.value(QLatin1String("data")) } };
}

bool isPayload(const QJsonObject& o)
{
    return o.contains(QLatin1String("metadata"))
        && o.value(QLatin1String("metadata")).toObject().contains(QLatin1String("encoding"));
}

QJsonValue convert(const QJsonValue& value, const QHash<QString, qint64>& versionOfEventId, QStringList& warnings,
    const QString& where);

QJsonObject convertObject(
    const QJsonObject& o, const QHash<QString, qint64>& versionOfEventId, QStringList& warnings, const QString& where)
{
    QJsonObject out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString& k = it.key();
        const QJsonValue& v = it.value();
        // References to other events become references to versions.
        if (k.endsWith(QLatin1String("EventId"))) {
            const QString id = v.isString() ? v.toString() : QString::number(v.toInteger());
            const qint64 version = versionOfEventId.value(id, 0);
            if (version == 0)
                warnings.append(CoreTr::tr("%1 refers to event id %2, which is not in the history.").arg(where, id));
            out.insert(
                snakeCase(k.left(k.size() - 2)) + QStringLiteral("_version"), version ? version : id.toLongLong());
            continue;
        }
        // {name: …, kind: …} wrappers: activityType, workflowType, taskQueue.
        if ((k == QLatin1String("activityType") || k == QLatin1String("workflowType")
                || k == QLatin1String("taskQueue"))
            && v.isObject()) {
            out.insert(snakeCase(k), v.toObject().value(QLatin1String("name")));
            continue;
        }
        if (k == QLatin1String("workflowExecution") && v.isObject()) {
            const QJsonObject we = v.toObject();
            out.insert(QStringLiteral("workflow_id"), we.value(QLatin1String("workflowId")));
            out.insert(QStringLiteral("run_id"), we.value(QLatin1String("runId")));
            continue;
        }
        if (k == QLatin1String("searchAttributes") && v.isObject()) {
            QJsonObject attrs;
            const QJsonObject fields = v.toObject().value(QLatin1String("indexedFields")).toObject();
            for (auto f = fields.constBegin(); f != fields.constEnd(); ++f)
                attrs.insert(f.key(), decodePayload(f.value().toObject()));
            out.insert(QStringLiteral("search_attributes"), attrs);
            continue;
        }
        out.insert(snakeCase(k), convert(v, versionOfEventId, warnings, where));
    }
    return out;
}

QJsonValue convert(const QJsonValue& value, const QHash<QString, qint64>& versionOfEventId, QStringList& warnings,
    const QString& where)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(convert(v, versionOfEventId, warnings, where));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject o = value.toObject();
    if (o.size() == 1 && o.value(QLatin1String("payloads")).isArray()) {
        const QJsonArray payloads = o.value(QLatin1String("payloads")).toArray();
        if (payloads.size() == 1)
            return decodePayload(payloads.first().toObject());
        QJsonArray decoded;
        for (const QJsonValue& p : payloads)
            decoded.append(decodePayload(p.toObject()));
        return decoded;
    }
    if (isPayload(o) && o.contains(QLatin1String("data")))
        return decodePayload(o);
    return convertObject(o, versionOfEventId, warnings, where);
}

// Brings the converted attributes to the keys our reducers read.
void normalise(const QString& type, QJsonObject& p)
{
    auto rename = [&p](QLatin1String from, QLatin1String to) {
        if (p.contains(from) && !p.contains(to)) {
            p.insert(to, p.value(from));
            p.remove(from);
        }
    };
    if (type.startsWith(QLatin1String("Update"))) {
        QString id = p.value(QLatin1String("accepted_request"))
                         .toObject()
                         .value(QLatin1String("meta"))
                         .toObject()
                         .value(QLatin1String("update_id"))
                         .toString();
        if (id.isEmpty())
            id = p.value(QLatin1String("meta")).toObject().value(QLatin1String("update_id")).toString();
        if (id.isEmpty())
            id = p.value(QLatin1String("protocol_instance_id")).toString();
        p.insert(QStringLiteral("update_id"), id);
        const QString name = p.value(QLatin1String("accepted_request"))
                                 .toObject()
                                 .value(QLatin1String("input"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (!name.isEmpty())
            p.insert(QStringLiteral("name"), name);
        const QJsonObject outcome = p.value(QLatin1String("outcome")).toObject();
        if (outcome.contains(QLatin1String("success")))
            p.insert(QStringLiteral("result"), outcome.value(QLatin1String("success")));
        if (outcome.contains(QLatin1String("failure")))
            p.insert(QStringLiteral("failure"), outcome.value(QLatin1String("failure")));
    }
    if (type == QLatin1String("TimerCreated")) {
        const QString timeout = p.value(QLatin1String("start_to_fire_timeout")).toString();
        if (timeout.endsWith(QLatin1Char('s')))
            p.insert(QStringLiteral("start_to_fire_timeout_s"), timeout.chopped(1).toDouble());
    }
    if (type.startsWith(QLatin1String("NexusOperation"))) {
        if (type == QLatin1String("NexusOperationInitiated"))
            p.insert(QStringLiteral("operation_id"), p.value(QLatin1String("operation")));
        rename(QLatin1String("scheduled_event_version"), QLatin1String("initiated_event_version"));
    }
    if (type == QLatin1String("WorkflowExecutionCanceled") || type == QLatin1String("WorkflowExecutionTerminated"))
        rename(QLatin1String("details"), QLatin1String("reason"));
}

const QHash<QString, QString>& typeMap()
{
    static const QHash<QString, QString> map {
        { QStringLiteral("TimerStarted"), QStringLiteral("TimerCreated") },
        { QStringLiteral("WorkflowExecutionSignaled"), QStringLiteral("SignalReceived") },
        { QStringLiteral("StartChildWorkflowExecutionInitiated"), QStringLiteral("ChildWorkflowInitiated") },
        { QStringLiteral("StartChildWorkflowExecutionFailed"), QStringLiteral("ChildWorkflowFailed") },
        { QStringLiteral("ChildWorkflowExecutionStarted"), QStringLiteral("ChildWorkflowStarted") },
        { QStringLiteral("ChildWorkflowExecutionCompleted"), QStringLiteral("ChildWorkflowCompleted") },
        { QStringLiteral("ChildWorkflowExecutionFailed"), QStringLiteral("ChildWorkflowFailed") },
        { QStringLiteral("ChildWorkflowExecutionCanceled"), QStringLiteral("ChildWorkflowCanceled") },
        { QStringLiteral("ChildWorkflowExecutionTimedOut"), QStringLiteral("ChildWorkflowTimedOut") },
        { QStringLiteral("ChildWorkflowExecutionTerminated"), QStringLiteral("ChildWorkflowTerminated") },
        { QStringLiteral("WorkflowExecutionUpdateAccepted"), QStringLiteral("UpdateAccepted") },
        { QStringLiteral("WorkflowExecutionUpdateRejected"), QStringLiteral("UpdateRejected") },
        { QStringLiteral("WorkflowExecutionUpdateCompleted"), QStringLiteral("UpdateCompleted") },
        { QStringLiteral("WorkflowExecutionUpdateAdmitted"), QStringLiteral("UpdateValidated") },
        { QStringLiteral("UpsertWorkflowSearchAttributes"), QStringLiteral("SearchAttributesUpserted") },
        { QStringLiteral("NexusOperationScheduled"), QStringLiteral("NexusOperationInitiated") },
    };
    return map;
}

} // namespace

QString catalogueTypeForTemporal(const QString& temporalType)
{
    const QString pascal = pascalType(temporalType);
    return typeMap().value(pascal, pascal);
}

Result<TemporalHistory> parseTemporalHistory(QByteArrayView json, const QString& streamIdForIds)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
            CoreTr::tr("The Temporal history is not valid JSON: %1 at byte %2.")
                .arg(err.errorString())
                .arg(err.offset));
    const QJsonValue eventsValue = doc.object().value(QLatin1String("events"));
    if (!doc.isObject() || !eventsValue.isArray())
        return fail(
            ErrorCode::InvalidInput, CoreTr::tr("The Temporal history has no \"events\" array at its top level."));
    const QJsonArray events = eventsValue.toArray();
    if (events.isEmpty())
        return fail(ErrorCode::InvalidInput, CoreTr::tr("The Temporal history has no events."));

    // First pass: check the shape and map Temporal event ids to our versions (1, 2, …).
    QHash<QString, qint64> versionOfEventId;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        if (!events.at(i).isObject())
            return fail(
                ErrorCode::InvalidInput, CoreTr::tr("Event %1 of the Temporal history is not an object.").arg(i + 1));
        if (e.value(QLatin1String("eventType")).toString().isEmpty())
            return fail(
                ErrorCode::InvalidInput, CoreTr::tr("Event %1 of the Temporal history has no eventType.").arg(i + 1));
        const QJsonValue id = e.value(QLatin1String("eventId"));
        const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger());
        if (idText.isEmpty() || idText == QLatin1String("0"))
            return fail(
                ErrorCode::InvalidInput, CoreTr::tr("Event %1 of the Temporal history has no eventId.").arg(i + 1));
        if (versionOfEventId.contains(idText))
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Event %1 of the Temporal history repeats eventId %2.").arg(QString::number(i + 1), idText));
        versionOfEventId.insert(idText, i + 1);
    }

    TemporalHistory history;
    const QUuid idNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral("sagascope/temporal/") + streamIdForIds);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString original = e.value(QLatin1String("eventType")).toString();
        QString type = catalogueTypeForTemporal(original);
        const QJsonValue idValue = e.value(QLatin1String("eventId"));
        const QString eventId = idValue.isString() ? idValue.toString() : QString::number(idValue.toInteger());
        const QString where = CoreTr::tr("Event %1 (%2)").arg(eventId, original);
        // The attributes object is the one key ending in "EventAttributes".
        QJsonObject attributes;
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String("EventAttributes")) && it.value().isObject())
                attributes = it.value().toObject();
        }
        QJsonObject payload = convertObject(attributes, versionOfEventId, history.warnings, where);
        if (type == QLatin1String("MarkerRecorded")
            && payload.value(QLatin1String("marker_name")).toString() == QLatin1String("LocalActivity")) {
            // The Go SDK records local activities as markers: details.data carries the activity.
            const QJsonObject details = payload.value(QLatin1String("details")).toObject();
            const QJsonObject data = details.value(QLatin1String("data")).toObject();
            const bool failed
                = details.contains(QLatin1String("failure")) || payload.contains(QLatin1String("failure"));
            type = failed ? QStringLiteral("LocalActivityFailed") : QStringLiteral("LocalActivityCompleted");
            payload.insert(QStringLiteral("activity_id"), data.value(QLatin1String("ActivityID")).toString());
            payload.insert(QStringLiteral("activity_type"), data.value(QLatin1String("ActivityType")).toString());
            payload.insert(QStringLiteral("attempt"), data.value(QLatin1String("Attempt")).toInt() + 1);
            payload.insert(QStringLiteral("result"), details.value(QLatin1String("result")));
            if (failed)
                payload.insert(QStringLiteral("failure"), details.value(QLatin1String("failure")));
        }
        normalise(type, payload);
        if (type == QLatin1String("WorkflowExecutionStarted")) {
            history.workflowType = payload.value(QLatin1String("workflow_type")).toString();
            history.runId = payload.value(QLatin1String("original_execution_run_id")).toString();
            if (!payload.contains(QLatin1String("workflow_id")))
                payload.insert(QStringLiteral("workflow_id"), streamIdForIds);
        }
        QJsonObject metadata { { QStringLiteral("temporal_event_id"), eventId },
            { QStringLiteral("temporal_event_type"), original },
            { QStringLiteral("event_time"), e.value(QLatin1String("eventTime")) } };
        if (e.contains(QLatin1String("taskId")))
            metadata.insert(QStringLiteral("temporal_task_id"), e.value(QLatin1String("taskId")));
        if (e.value(QLatin1String("workerMayIgnore")).toBool())
            metadata.insert(QStringLiteral("worker_may_ignore"), true);
        if (payload.contains(QLatin1String("task_queue")))
            metadata.insert(meta::taskQueue, payload.value(QLatin1String("task_queue")));
        NewEvent ne = NewEvent::fromJson(type, payload, metadata);
        ne.eventId = QUuid::createUuidV5(idNamespace, eventId);
        // RFC 3339 up to nanoseconds, kept to the microsecond; 0 (the store's clock) without one.
        ne.recordedAtUs = usFromIso(e.value(QLatin1String("eventTime")).toString()).value_or(0);
        history.events.append(std::move(ne));
    }
    return history;
}

} // namespace sagascope
