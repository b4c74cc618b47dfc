// SPDX-License-Identifier: MIT
#include "sagareducer.h"

#include "chunkedlist.h"
#include "coretr.h"

#include <QHash>
#include <QJsonArray>

#include <span>

namespace sagascope {

namespace {

// Keys of the state document. Collections are arrays in the order their items appeared.
namespace key {
inline constexpr QLatin1StringView status { "status" };
inline constexpr QLatin1StringView activities { "activities" };
inline constexpr QLatin1StringView timers { "timers" };
inline constexpr QLatin1StringView markers { "markers" };
inline constexpr QLatin1StringView signals_ { "signals" };
inline constexpr QLatin1StringView children { "children" };
inline constexpr QLatin1StringView updates { "updates" };
inline constexpr QLatin1StringView searchAttributes { "search_attributes" };
inline constexpr QLatin1StringView nexus { "nexus_operations" };
inline constexpr QLatin1StringView commands { "commands" };
} // namespace key

QString str(const QJsonObject& o, QLatin1StringView a, QLatin1StringView b = {})
{
    QJsonValue v = o.value(a);
    if (v.isUndefined() && !b.isEmpty())
        v = o.value(b);
    return v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : QString());
}

qint64 num(const QJsonObject& o, QLatin1StringView a, QLatin1StringView b = {})
{
    QJsonValue v = o.value(a);
    if (v.isUndefined() && !b.isEmpty())
        v = o.value(b);
    if (v.isString())
        return v.toString().toLongLong();
    return static_cast<qint64>(v.toDouble());
}

QJsonValue firstOf(const QJsonObject& o, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView k : keys) {
        const QJsonValue v = o.value(k);
        if (!v.isUndefined())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void putTime(QJsonObject& o, QLatin1StringView k, qint64 us)
{
    if (us != 0)
        o.insert(k, isoFromUs(us));
}

qint64 timeOf(const QJsonObject& o, QLatin1StringView k)
{
    const QString text = o.value(k).toString();
    return text.isEmpty() ? 0 : usFromIso(text).value_or(0);
}

// One item of a keyed collection: keyed by the version of the event that created it.
struct Item
{
    qint64 version = 0; // the creating event
    QString id; // activity id, timer id, workflow id, update id, operation id
    QString type; // activity type, workflow type, update name, signal/marker name
    QString status;
    int attempt = 0;
    bool local = false; // local activity
    QJsonValue input;
    QJsonValue result;
    QJsonValue failure;
    qint64 createdUs = 0;
    qint64 startedUs = 0;
    qint64 closedUs = 0;

    QJsonObject toJson(QLatin1StringView versionKey, QLatin1StringView idKey, QLatin1StringView typeKey) const
    {
        QJsonObject o;
        o.insert(versionKey, version);
        if (!id.isEmpty())
            o.insert(idKey, id);
        if (!typeKey.isEmpty() && !type.isEmpty())
            o.insert(typeKey, type);
        if (!status.isEmpty())
            o.insert(key::status, status);
        if (attempt > 0)
            o.insert(QLatin1StringView("attempt"), attempt);
        if (local)
            o.insert(QLatin1StringView("local"), true);
        if (!input.isUndefined())
            o.insert(QLatin1StringView("input"), input);
        if (!result.isUndefined())
            o.insert(QLatin1StringView("result"), result);
        if (!failure.isUndefined())
            o.insert(QLatin1StringView("failure"), failure);
        putTime(o, QLatin1StringView("created_at"), createdUs);
        putTime(o, QLatin1StringView("started_at"), startedUs);
        putTime(o, QLatin1StringView("closed_at"), closedUs);
        return o;
    }

    static Item fromJson(
        const QJsonObject& o, QLatin1StringView versionKey, QLatin1StringView idKey, QLatin1StringView typeKey)
    {
        Item i;
        i.version = num(o, versionKey);
        i.id = o.value(idKey).toString();
        if (!typeKey.isEmpty())
            i.type = o.value(typeKey).toString();
        i.status = o.value(key::status).toString();
        i.attempt = o.value(QLatin1StringView("attempt")).toInt();
        i.local = o.value(QLatin1StringView("local")).toBool();
        i.input = o.value(QLatin1StringView("input"));
        i.result = o.value(QLatin1StringView("result"));
        i.failure = o.value(QLatin1StringView("failure"));
        i.createdUs = timeOf(o, QLatin1StringView("created_at"));
        i.startedUs = timeOf(o, QLatin1StringView("started_at"));
        i.closedUs = timeOf(o, QLatin1StringView("closed_at"));
        return i;
    }
};

// A collection of items kept in creation order (so sorted by version) with the open ones
// indexed by id. Closed items are only reachable by version, which is all later events use.
struct Collection
{
    ChunkedList<Item> items;
    QHash<QString, qint64> openById; // id -> version of the creating event, for open items only

    qsizetype indexOfVersion(qint64 version) const
    {
        const qsizetype i = items.lowerBound([version](const Item& it) { return it.version < version; });
        return i < items.size() && items.at(i).version == version ? i : -1;
    }

    // The item an event refers to: by the creating event's version when given, else by id.
    qsizetype find(qint64 version, const QString& id) const
    {
        if (version > 0)
            return indexOfVersion(version);
        if (!id.isEmpty()) {
            const auto it = openById.constFind(id);
            if (it != openById.cend())
                return indexOfVersion(*it);
            // Closed items: newest first.
            for (qsizetype i = items.size() - 1; i >= 0; --i) {
                if (items.at(i).id == id)
                    return i;
            }
        }
        return -1;
    }

    Item& edit(qsizetype index) { return items.edit(index); }

    void open(Item item)
    {
        if (!item.id.isEmpty())
            openById.insert(item.id, item.version);
        items.append(std::move(item));
    }

    void reopen(qsizetype index)
    {
        const Item& it = items.at(index);
        if (!it.id.isEmpty())
            openById.insert(it.id, it.version);
    }

    void close(qsizetype index)
    {
        const Item& it = items.at(index);
        const auto open = openById.constFind(it.id);
        if (open != openById.cend() && *open == it.version)
            openById.erase(open);
    }

    QJsonArray toJson(QLatin1StringView versionKey, QLatin1StringView idKey, QLatin1StringView typeKey) const
    {
        QJsonArray a;
        items.forEach([&](const Item& it) { a.append(it.toJson(versionKey, idKey, typeKey)); });
        return a;
    }

    static Collection fromJson(const QJsonArray& a, QLatin1StringView versionKey, QLatin1StringView idKey,
        QLatin1StringView typeKey, const QStringList& openStatuses)
    {
        Collection c;
        for (const QJsonValue& v : a) {
            Item it = Item::fromJson(v.toObject(), versionKey, idKey, typeKey);
            const bool open = openStatuses.contains(it.status);
            const QString id = it.id;
            const qint64 version = it.version;
            c.items.append(std::move(it));
            if (open && !id.isEmpty())
                c.openById.insert(id, version);
        }
        return c;
    }
};

const QStringList openActivity { QStringLiteral("scheduled"), QStringLiteral("started"), QStringLiteral("retrying") };
const QStringList openTimer { QStringLiteral("pending") };
const QStringList openChild { QStringLiteral("initiated"), QStringLiteral("started"),
    QStringLiteral("cancel_requested") };
const QStringList openUpdate { QStringLiteral("accepted"), QStringLiteral("validated") };
const QStringList openNexus { QStringLiteral("initiated"), QStringLiteral("started"),
    QStringLiteral("cancel_requested") };
const QStringList openCommand { QStringLiteral("issued") };

// What an event does to an item it refers to: the status it sets, whether the item is then
// closed (no longer pending) and which part of the payload it records.
enum class Take
{
    Nothing,
    Result,
    Failure,
    StartTime
};
struct Transition
{
    QStringView event; // the event type without its family prefix ("Completed" of ChildWorkflowCompleted)
    const char* status;
    bool closes;
    Take take;
};

constexpr Transition timerTransitions[] = {
    { u"Fired", "fired", true, Take::Nothing },
    { u"Canceled", "canceled", true, Take::Nothing },
};
constexpr Transition childTransitions[] = {
    { u"Started", "started", false, Take::StartTime },
    { u"CancelRequested", "cancel_requested", false, Take::Nothing },
    { u"Completed", "completed", true, Take::Result },
    { u"Failed", "failed", true, Take::Failure },
    { u"Canceled", "canceled", true, Take::Nothing },
    { u"TimedOut", "timed_out", true, Take::Nothing },
    { u"Terminated", "terminated", true, Take::Nothing },
    { u"ContinuedAsNew", "continued_as_new", true, Take::Nothing },
};
constexpr Transition nexusTransitions[] = {
    { u"Started", "started", false, Take::StartTime },
    { u"CancelRequested", "cancel_requested", false, Take::Nothing },
    { u"Completed", "completed", true, Take::Result },
    { u"Failed", "failed", true, Take::Failure },
    { u"Canceled", "canceled", true, Take::Nothing },
    { u"TimedOut", "timed_out", true, Take::Nothing },
};
constexpr Transition updateTransitions[] = {
    { u"Accepted", "accepted", false, Take::Nothing },
    { u"Validated", "validated", false, Take::Nothing },
    { u"Rejected", "rejected", true, Take::Failure },
    { u"Completed", "completed", true, Take::Result },
    { u"RolledBack", "rolled_back", true, Take::Nothing },
};
constexpr Transition commandTransitions[] = {
    { u"Completed", "completed", true, Take::Result },
    { u"Failed", "failed", true, Take::Failure },
};

// Column names per collection: the key of the creating version, of the id, of the type.
constexpr QLatin1StringView scheduledKey { "scheduled_event_version" };
constexpr QLatin1StringView startedKey { "started_event_version" };
constexpr QLatin1StringView initiatedKey { "initiated_event_version" };
constexpr QLatin1StringView versionKey { "event_version" };
constexpr QLatin1StringView activityIdKey { "activity_id" };
constexpr QLatin1StringView activityTypeKey { "activity_type" };
constexpr QLatin1StringView timerIdKey { "timer_id" };
constexpr QLatin1StringView workflowIdKey { "workflow_id" };
constexpr QLatin1StringView workflowTypeKey { "workflow_type" };
constexpr QLatin1StringView updateIdKey { "update_id" };
constexpr QLatin1StringView nameKey { "name" };
constexpr QLatin1StringView operationIdKey { "operation_id" };
constexpr QLatin1StringView commandIdKey { "command_id" };
constexpr QLatin1StringView commandKey { "command" };

class SagaState final : public ReducerState
{
public:
    std::unique_ptr<ReducerState> clone() const override { return std::make_unique<SagaState>(*this); }

    void apply(const RecordedEvent& e) override
    {
        ++m_events;
        if (m_firstUs == 0)
            m_firstUs = e.recordedAtUs;
        m_lastUs = e.recordedAtUs;
        if (e.metadataFlag(meta::resetPoint))
            m_resetPoints.append(e.version);
        if (e.corruption) {
            anomaly(e, e.corruption->message);
            return;
        }
        const QJsonObject& p = e.payloadObject();
        const QString& t = e.eventType;
        if (t.startsWith(QLatin1StringView("WorkflowExecution")))
            workflow(e, p, t.mid(17));
        else if (t.startsWith(QLatin1StringView("ActivityTask")))
            activity(e, p, t.mid(12), false);
        else if (t.startsWith(QLatin1StringView("LocalActivity")))
            activity(e, p, t.mid(13), true);
        else if (t.startsWith(QLatin1StringView("Timer")))
            timer(e, p, t.mid(5));
        else if (t == QLatin1StringView("SignalReceived"))
            signal(e, p);
        else if (t == QLatin1StringView("MarkerRecorded") || t == QLatin1StringView("SideEffectRecorded"))
            marker(e, p, t == QLatin1StringView("SideEffectRecorded"));
        else if (t.startsWith(QLatin1StringView("ChildWorkflow")))
            child(e, p, t.mid(13));
        else if (t.startsWith(QLatin1StringView("Update")))
            update(e, p, t.mid(6));
        else if (t == QLatin1StringView("SearchAttributesUpserted"))
            searchAttributes(p);
        else if (t.startsWith(QLatin1StringView("NexusOperation")))
            nexusOperation(e, p, t.mid(14));
        else if (t.startsWith(QLatin1StringView("Command")))
            command(e, p, t.mid(7));
        else if (t == QLatin1StringView("SnapshotCreated"))
            ++m_snapshotEvents;
        else
            ++m_unknownEvents;
    }

    QJsonObject toJson() const override
    {
        QJsonObject s;
        s.insert(key::status, m_status);
        if (!m_workflowId.isEmpty())
            s.insert(workflowIdKey, m_workflowId);
        if (!m_workflowType.isEmpty())
            s.insert(workflowTypeKey, m_workflowType);
        if (!m_runId.isEmpty())
            s.insert(QLatin1StringView("run_id"), m_runId);
        if (!m_taskQueue.isEmpty())
            s.insert(QLatin1StringView("task_queue"), m_taskQueue);
        if (!m_input.isUndefined())
            s.insert(QLatin1StringView("input"), m_input);
        if (!m_result.isUndefined())
            s.insert(QLatin1StringView("result"), m_result);
        if (!m_failure.isUndefined())
            s.insert(QLatin1StringView("failure"), m_failure);
        s.insert(key::activities, m_activities.toJson(scheduledKey, activityIdKey, activityTypeKey));
        s.insert(key::timers, m_timers.toJson(startedKey, timerIdKey, {}));
        s.insert(key::markers, m_markers.toJson(versionKey, nameKey, QLatin1StringView("kind")));
        s.insert(key::signals_, m_signals.toJson(versionKey, nameKey, {}));
        s.insert(key::children, m_children.toJson(initiatedKey, workflowIdKey, workflowTypeKey));
        s.insert(key::updates, m_updates.toJson(versionKey, updateIdKey, nameKey));
        s.insert(key::searchAttributes, m_searchAttributes);
        s.insert(key::nexus, m_nexus.toJson(initiatedKey, operationIdKey, nameKey));
        s.insert(key::commands, m_commands.toJson(versionKey, commandIdKey, commandKey));
        QJsonObject attempts { { QStringLiteral("activity_attempts"), m_activityAttempts },
            { QStringLiteral("activity_retries"), m_activityRetries },
            { QStringLiteral("activity_failures"), m_activityFailures } };
        s.insert(QLatin1StringView("attempts"), attempts);
        QJsonObject timings;
        putTime(timings, QLatin1StringView("started_at"), m_startedUs);
        putTime(timings, QLatin1StringView("closed_at"), m_closedUs);
        putTime(timings, QLatin1StringView("first_event_at"), m_firstUs);
        putTime(timings, QLatin1StringView("last_event_at"), m_lastUs);
        if (m_startedUs != 0 && m_closedUs != 0)
            timings.insert(QLatin1StringView("duration_ms"), (m_closedUs - m_startedUs) / 1000);
        s.insert(QLatin1StringView("timings"), timings);
        QJsonObject pending { { QStringLiteral("activities"), m_activities.openById.size() },
            { QStringLiteral("timers"), m_timers.openById.size() },
            { QStringLiteral("children"), m_children.openById.size() },
            { QStringLiteral("updates"), m_updates.openById.size() },
            { QStringLiteral("nexus_operations"), m_nexus.openById.size() } };
        s.insert(QLatin1StringView("pending"), pending);
        QJsonArray resets;
        for (const qint64 v : m_resetPoints)
            resets.append(v);
        s.insert(QLatin1StringView("reset_points"), resets);
        s.insert(QLatin1StringView("events"), m_events);
        if (m_unknownEvents > 0)
            s.insert(QLatin1StringView("unknown_events"), m_unknownEvents);
        if (m_snapshotEvents > 0)
            s.insert(QLatin1StringView("snapshot_events"), m_snapshotEvents);
        if (!m_anomalies.isEmpty())
            s.insert(QLatin1StringView("anomalies"), m_anomalies);
        return s;
    }

    static std::unique_ptr<SagaState> fromJson(const QJsonObject& s)
    {
        auto st = std::make_unique<SagaState>();
        st->m_status = s.value(key::status).toString(QStringLiteral("pending"));
        st->m_workflowId = s.value(workflowIdKey).toString();
        st->m_workflowType = s.value(workflowTypeKey).toString();
        st->m_runId = s.value(QLatin1StringView("run_id")).toString();
        st->m_taskQueue = s.value(QLatin1StringView("task_queue")).toString();
        st->m_input = s.value(QLatin1StringView("input"));
        st->m_result = s.value(QLatin1StringView("result"));
        st->m_failure = s.value(QLatin1StringView("failure"));
        st->m_activities = Collection::fromJson(
            s.value(key::activities).toArray(), scheduledKey, activityIdKey, activityTypeKey, openActivity);
        st->m_timers = Collection::fromJson(s.value(key::timers).toArray(), startedKey, timerIdKey, {}, openTimer);
        st->m_markers
            = Collection::fromJson(s.value(key::markers).toArray(), versionKey, nameKey, QLatin1StringView("kind"), {});
        st->m_signals = Collection::fromJson(s.value(key::signals_).toArray(), versionKey, nameKey, {}, {});
        st->m_children = Collection::fromJson(
            s.value(key::children).toArray(), initiatedKey, workflowIdKey, workflowTypeKey, openChild);
        st->m_updates
            = Collection::fromJson(s.value(key::updates).toArray(), versionKey, updateIdKey, nameKey, openUpdate);
        st->m_searchAttributes = s.value(key::searchAttributes).toObject();
        st->m_nexus
            = Collection::fromJson(s.value(key::nexus).toArray(), initiatedKey, operationIdKey, nameKey, openNexus);
        st->m_commands
            = Collection::fromJson(s.value(key::commands).toArray(), versionKey, commandIdKey, commandKey, openCommand);
        const QJsonObject attempts = s.value(QLatin1StringView("attempts")).toObject();
        st->m_activityAttempts = attempts.value(QLatin1StringView("activity_attempts")).toInteger();
        st->m_activityRetries = attempts.value(QLatin1StringView("activity_retries")).toInteger();
        st->m_activityFailures = attempts.value(QLatin1StringView("activity_failures")).toInteger();
        const QJsonObject timings = s.value(QLatin1StringView("timings")).toObject();
        st->m_startedUs = timeOf(timings, QLatin1StringView("started_at"));
        st->m_closedUs = timeOf(timings, QLatin1StringView("closed_at"));
        st->m_firstUs = timeOf(timings, QLatin1StringView("first_event_at"));
        st->m_lastUs = timeOf(timings, QLatin1StringView("last_event_at"));
        for (const QJsonValue& v : s.value(QLatin1StringView("reset_points")).toArray())
            st->m_resetPoints.append(v.toInteger());
        st->m_events = s.value(QLatin1StringView("events")).toInteger();
        st->m_unknownEvents = s.value(QLatin1StringView("unknown_events")).toInteger();
        st->m_snapshotEvents = s.value(QLatin1StringView("snapshot_events")).toInteger();
        st->m_anomalies = s.value(QLatin1StringView("anomalies")).toArray();
        return st;
    }

private:
    void anomaly(const RecordedEvent& e, const QString& what)
    {
        // Bounded: a badly damaged history must not grow the state without limit.
        if (m_anomalies.size() < 100)
            m_anomalies.append(QJsonObject { { QStringLiteral("version"), e.version },
                { QStringLiteral("event_type"), e.eventType }, { QStringLiteral("problem"), what } });
    }

    void workflow(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        if (what == u"Started") {
            m_status = QStringLiteral("running");
            m_workflowId = str(p, workflowIdKey);
            m_workflowType = str(p, workflowTypeKey);
            m_runId = str(p, QLatin1StringView("run_id"));
            m_taskQueue = str(p, QLatin1StringView("task_queue"));
            m_input = p.value(QLatin1StringView("input"));
            m_startedUs = e.recordedAtUs;
            return;
        }
        if (what == u"Completed") {
            m_status = QStringLiteral("completed");
            m_result = p.value(QLatin1StringView("result"));
        } else if (what == u"Failed") {
            m_status = QStringLiteral("failed");
            m_failure = firstOf(p, { QLatin1StringView("failure"), QLatin1StringView("error") });
        } else if (what == u"TimedOut") {
            m_status = QStringLiteral("timed_out");
        } else if (what == u"Canceled") {
            m_status = QStringLiteral("canceled");
        } else if (what == u"ContinuedAsNew") {
            m_status = QStringLiteral("continued_as_new");
            m_result = p;
        } else if (what == u"Terminated") {
            m_status = QStringLiteral("terminated");
            m_failure = firstOf(p, { QLatin1StringView("reason"), QLatin1StringView("details") });
        } else {
            ++m_unknownEvents;
            return;
        }
        m_closedUs = e.recordedAtUs;
    }

    void activity(const RecordedEvent& e, const QJsonObject& p, QStringView what, bool local)
    {
        if (what == u"Scheduled") {
            Item it;
            it.version = e.version;
            it.id = str(p, activityIdKey);
            if (it.id.isEmpty())
                it.id = QString::number(e.version);
            it.type = str(p, activityTypeKey, nameKey);
            it.status = QStringLiteral("scheduled");
            it.local = local;
            it.input = p.value(QLatin1StringView("input"));
            it.createdUs = e.recordedAtUs;
            m_activities.open(std::move(it));
            return;
        }
        qsizetype i = -1;
        if (local && num(p, scheduledKey) == 0) {
            // Local activities may be recorded only when they end (Temporal records them as
            // markers): an event for one that is not open starts a new one.
            const QString id = str(p, activityIdKey);
            const auto open = m_activities.openById.constFind(id);
            i = open == m_activities.openById.cend() ? -1 : m_activities.indexOfVersion(*open);
            if (i < 0) {
                Item it;
                it.version = e.version;
                it.id = id.isEmpty() ? QString::number(e.version) : id;
                it.type = str(p, activityTypeKey, nameKey);
                it.status = QStringLiteral("scheduled");
                it.local = true;
                it.createdUs = e.recordedAtUs;
                m_activities.open(std::move(it));
                i = m_activities.items.size() - 1;
            }
        } else {
            i = m_activities.find(num(p, scheduledKey), str(p, activityIdKey));
        }
        if (i < 0) {
            anomaly(e, CoreTr::tr("refers to an activity that was never scheduled"));
            return;
        }
        Item& it = m_activities.edit(i);
        const int attempt = static_cast<int>(num(p, QLatin1StringView("attempt")));
        if (what == u"Started") {
            if (it.attempt > 0 || e.metadataFlag(meta::retry))
                ++m_activityRetries;
            m_activities.reopen(i); // a retry after a failed attempt
            it.attempt = attempt > 0 ? attempt : it.attempt + 1;
            it.status = QStringLiteral("started");
            it.startedUs = e.recordedAtUs;
            ++m_activityAttempts;
            return;
        }
        if (attempt > 0)
            it.attempt = attempt;
        if (what == u"Completed") {
            it.status = QStringLiteral("completed");
            it.result = p.value(QLatin1StringView("result"));
            it.failure = QJsonValue(QJsonValue::Undefined);
        } else if (what == u"Failed") {
            ++m_activityFailures;
            it.failure = firstOf(p, { QLatin1StringView("failure"), QLatin1StringView("error") });
            // A failed attempt that will be retried keeps the activity open. Histories that record
            // every attempt say so (will_retry, or a failure that is not non-retryable); a later
            // Started of the same activity reopens it in any case.
            const QJsonValue failure = it.failure;
            const bool willRetry = p.value(QLatin1StringView("will_retry")).toBool()
                || (failure.isObject() && failure.toObject().contains(QLatin1StringView("non_retryable"))
                    && !failure.toObject().value(QLatin1StringView("non_retryable")).toBool());
            if (willRetry) {
                it.status = QStringLiteral("retrying");
                return;
            }
            it.status = QStringLiteral("failed");
        } else if (what == u"TimedOut") {
            ++m_activityFailures;
            it.status = QStringLiteral("timed_out");
            it.failure = firstOf(p, { QLatin1StringView("failure"), QLatin1StringView("timeout_type") });
        } else if (what == u"Canceled") {
            it.status = QStringLiteral("canceled");
        } else {
            ++m_unknownEvents;
            return;
        }
        it.closedUs = e.recordedAtUs;
        m_activities.close(i);
    }

    void timer(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        if (what == u"Created" || what == u"Started") {
            m_timers.open(newItem(e, str(p, timerIdKey), {}, "pending",
                firstOf(p, { QLatin1StringView("start_to_fire_timeout_s"), QLatin1StringView("fire_at") })));
            return;
        }
        const qsizetype i = m_timers.find(num(p, startedKey), str(p, timerIdKey));
        if (i < 0)
            anomaly(e, CoreTr::tr("refers to a timer that was never created"));
        else if (!advance(m_timers, i, e, p, what, timerTransitions))
            ++m_unknownEvents;
    }

    void signal(const RecordedEvent& e, const QJsonObject& p)
    {
        Item it;
        it.version = e.version;
        it.id = str(p, QLatin1StringView("signal_name"), nameKey);
        it.input = firstOf(p, { QLatin1StringView("input"), QLatin1StringView("payload"), QLatin1StringView("data") });
        it.createdUs = e.recordedAtUs;
        m_signals.items.append(std::move(it));
    }

    void marker(const RecordedEvent& e, const QJsonObject& p, bool sideEffect)
    {
        Item it;
        it.version = e.version;
        it.id = str(p, QLatin1StringView("marker_name"), nameKey);
        it.type = sideEffect ? QStringLiteral("side_effect") : QStringLiteral("marker");
        it.input = firstOf(p, { QLatin1StringView("details"), QLatin1StringView("data"), QLatin1StringView("result") });
        it.createdUs = e.recordedAtUs;
        m_markers.items.append(std::move(it));
    }

    // A new item of a collection, created by event `e`.
    static Item newItem(const RecordedEvent& e, QString id, QString type, const char* status, const QJsonValue& input)
    {
        Item it;
        it.version = e.version;
        it.id = id.isEmpty() ? QString::number(e.version) : std::move(id);
        it.type = std::move(type);
        it.status = QString::fromLatin1(status);
        it.input = input;
        it.createdUs = e.recordedAtUs;
        return it;
    }

    // Moves item `i` along the transition named by `what`; false when the table has none.
    bool advance(Collection& c, qsizetype i, const RecordedEvent& e, const QJsonObject& p, QStringView what,
        std::span<const Transition> table)
    {
        for (const Transition& t : table) {
            if (what != t.event)
                continue;
            Item& it = c.edit(i);
            it.status = QString::fromLatin1(t.status);
            switch (t.take) {
            case Take::Result:
                it.result = firstOf(p, { QLatin1StringView("result"), QLatin1StringView("outcome") });
                break;
            case Take::Failure:
                it.failure = firstOf(
                    p, { QLatin1StringView("failure"), QLatin1StringView("error"), QLatin1StringView("reason") });
                break;
            case Take::StartTime:
                it.startedUs = e.recordedAtUs;
                break;
            case Take::Nothing:
                break;
            }
            if (t.closes) {
                it.closedUs = e.recordedAtUs;
                c.close(i);
            }
            return true;
        }
        return false;
    }

    void child(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        if (what == u"Initiated") {
            m_children.open(newItem(
                e, str(p, workflowIdKey), str(p, workflowTypeKey), "initiated", p.value(QLatin1StringView("input"))));
            return;
        }
        const qsizetype i = m_children.find(num(p, initiatedKey), str(p, workflowIdKey));
        if (i < 0)
            anomaly(e, CoreTr::tr("refers to a child workflow that was never initiated"));
        else if (!advance(m_children, i, e, p, what, childTransitions))
            ++m_unknownEvents;
    }

    void update(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        const QString id = str(p, updateIdKey, QLatin1StringView("id"));
        qsizetype i = m_updates.find(0, id);
        if (i < 0 || (what == u"Accepted" && !m_updates.openById.contains(id))) {
            if (what != u"Accepted" && what != u"Validated" && what != u"Rejected") {
                anomaly(e, CoreTr::tr("refers to an update that was never accepted"));
                return;
            }
            m_updates.open(newItem(e, id, str(p, nameKey, QLatin1StringView("update_name")), "accepted",
                p.value(QLatin1StringView("input"))));
            i = m_updates.items.size() - 1;
        }
        if (!advance(m_updates, i, e, p, what, updateTransitions))
            ++m_unknownEvents;
    }

    void searchAttributes(const QJsonObject& p)
    {
        const QJsonValue attrs = p.value(QLatin1StringView("search_attributes"));
        m_searchAttributes = mergePatch(m_searchAttributes, attrs.isObject() ? attrs.toObject() : p);
    }

    void nexusOperation(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        if (what == u"Initiated" || what == u"Scheduled") {
            m_nexus.open(newItem(e, str(p, operationIdKey, QLatin1StringView("operation")),
                str(p, QLatin1StringView("operation"), nameKey), "initiated", p.value(QLatin1StringView("input"))));
            return;
        }
        const qsizetype i = m_nexus.find(num(p, initiatedKey, scheduledKey), str(p, operationIdKey));
        if (i < 0)
            anomaly(e, CoreTr::tr("refers to a Nexus operation that was never initiated"));
        else if (!advance(m_nexus, i, e, p, what, nexusTransitions))
            ++m_unknownEvents;
    }

    void command(const RecordedEvent& e, const QJsonObject& p, QStringView what)
    {
        const QString id = str(p, commandIdKey);
        if (what == u"Issued") {
            m_commands.open(newItem(e, id, str(p, commandKey, nameKey), "issued", p.value(QLatin1StringView("input"))));
            return;
        }
        const qsizetype i = m_commands.find(num(p, QLatin1StringView("issued_event_version")), id);
        if (i < 0)
            anomaly(e, CoreTr::tr("refers to a command that was never issued"));
        else if (!advance(m_commands, i, e, p, what, commandTransitions))
            ++m_unknownEvents;
    }

    QString m_status = QStringLiteral("pending"); // before WorkflowExecutionStarted
    QString m_workflowId;
    QString m_workflowType;
    QString m_runId;
    QString m_taskQueue;
    QJsonValue m_input { QJsonValue::Undefined };
    QJsonValue m_result { QJsonValue::Undefined };
    QJsonValue m_failure { QJsonValue::Undefined };
    Collection m_activities;
    Collection m_timers;
    Collection m_markers;
    Collection m_signals;
    Collection m_children;
    Collection m_updates;
    Collection m_nexus;
    Collection m_commands;
    QJsonObject m_searchAttributes;
    qint64 m_activityAttempts = 0;
    qint64 m_activityRetries = 0;
    qint64 m_activityFailures = 0;
    qint64 m_startedUs = 0;
    qint64 m_closedUs = 0;
    qint64 m_firstUs = 0;
    qint64 m_lastUs = 0;
    QList<qint64> m_resetPoints;
    qint64 m_events = 0;
    qint64 m_unknownEvents = 0;
    qint64 m_snapshotEvents = 0;
    QJsonArray m_anomalies;
};

} // namespace

std::unique_ptr<ReducerState> SagaReducer::initialState() const
{
    return std::make_unique<SagaState>();
}

Result<std::unique_ptr<ReducerState>> SagaReducer::restore(const QJsonObject& json, qint64 atVersion) const
{
    if (!json.value(QLatin1StringView("status")).isString() || !json.value(QLatin1StringView("activities")).isArray())
        return fail(ErrorCode::CorruptData, CoreTr::tr("The saved state is not a saga state."));
    std::unique_ptr<ReducerState> state = SagaState::fromJson(json);
    setVersion(*state, atVersion);
    return state;
}

} // namespace sagascope
