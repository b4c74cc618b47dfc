// SPDX-License-Identifier: MIT
#include "sagasnapshot.h"

#include "recordedevent.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sagascope {

namespace {

int digits(QStringView text, qsizetype from, qsizetype count, bool* ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

QString text(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

SagaItem itemFrom(const QJsonObject& o, SagaItemKind kind, QLatin1StringView versionKey, QLatin1StringView idKey,
    QLatin1StringView typeKey)
{
    SagaItem it;
    it.kind = kind;
    it.version = o.value(versionKey).toInteger();
    it.id = text(o, idKey);
    if (!typeKey.isEmpty())
        it.type = text(o, typeKey);
    it.status = o.value(QLatin1StringView("status")).toString();
    it.attempt = o.value(QLatin1StringView("attempt")).toInt();
    it.local = o.value(QLatin1StringView("local")).toBool();
    it.createdUs = usFromStateTime(o.value(QLatin1StringView("created_at")).toString());
    it.startedUs = usFromStateTime(o.value(QLatin1StringView("started_at")).toString());
    it.closedUs = usFromStateTime(o.value(QLatin1StringView("closed_at")).toString());
    it.result = o.value(QLatin1StringView("result"));
    it.failure = o.value(QLatin1StringView("failure"));
    it.input = o.value(QLatin1StringView("input"));
    return it;
}

QList<SagaItem> itemsFrom(const QJsonValue& array, SagaItemKind kind, QLatin1StringView versionKey,
    QLatin1StringView idKey, QLatin1StringView typeKey)
{
    QList<SagaItem> out;
    const QJsonArray a = array.toArray();
    out.reserve(a.size());
    for (const QJsonValue v : a)
        out.append(itemFrom(v.toObject(), kind, versionKey, idKey, typeKey));
    return out;
}

} // namespace

bool SagaItem::isFailure() const
{
    return status == u"failed" || status == u"timed_out" || status == u"terminated" || status == u"retrying"
        || status == u"rejected";
}

qint64 usFromStateTime(QStringView t)
{
    if (t.isEmpty())
        return 0;
    // The fixed shape isoFromUs() writes: YYYY-MM-DDTHH:MM:SS[.ffffff]Z
    if (t.size() >= 20 && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' && t[16] == u':'
        && t.back() == u'Z') {
        bool ok = true;
        const int year = digits(t, 0, 4, &ok);
        const int month = digits(t, 5, 2, &ok);
        const int day = digits(t, 8, 2, &ok);
        const int hour = digits(t, 11, 2, &ok);
        const int minute = digits(t, 14, 2, &ok);
        const int second = digits(t, 17, 2, &ok);
        qint64 fraction = 0;
        const qsizetype fractionDigits = t.size() - 21; // between "." and "Z"
        if (t.size() > 20) {
            if (t[19] != u'.' || fractionDigits < 1 || fractionDigits > 9)
                ok = false;
            else {
                for (qsizetype i = 0; i < 6; ++i)
                    fraction = fraction * 10 + (i < fractionDigits ? digits(t, 20 + i, 1, &ok) : 0);
            }
        }
        if (ok && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 61) {
            const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
            return ((days * 24 + hour) * 60 + minute) * 60 * 1000000LL + second * 1000000LL + fraction;
        }
    }
    return usFromIso(t.toString()).value_or(0);
}

const QList<SagaItem>& SagaSnapshot::items(SagaItemKind kind) const
{
    switch (kind) {
    case SagaItemKind::Activity:
        return activities;
    case SagaItemKind::Timer:
        return timers;
    case SagaItemKind::ChildWorkflow:
        return children;
    case SagaItemKind::Signal:
        break;
    }
    return signalItems;
}

qsizetype SagaSnapshot::firstChangedTimelineRow() const
{
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        if (timeline.at(i).changed)
            return i;
    }
    return -1;
}

SagaSnapshot SagaSnapshot::fromState(
    const QString& streamId, const QJsonObject& state, qint64 version, qint64 atUs, const QList<StateChange>& changes)
{
    SagaSnapshot s;
    s.streamId = streamId;
    s.version = version;
    s.atUs = atUs;
    s.status = state.value(QLatin1StringView("status")).toString();
    // Activities and timers are the long collections: read on two threads.
    QFuture<QList<SagaItem>> activities
        = QtConcurrent::run([activities = state.value(QLatin1StringView("activities"))] {
              return itemsFrom(activities, SagaItemKind::Activity, QLatin1StringView("scheduled_event_version"),
                  QLatin1StringView("activity_id"), QLatin1StringView("activity_type"));
          });
    s.timers = itemsFrom(state.value(QLatin1StringView("timers")), SagaItemKind::Timer,
        QLatin1StringView("started_event_version"), QLatin1StringView("timer_id"), {});
    s.children = itemsFrom(state.value(QLatin1StringView("children")), SagaItemKind::ChildWorkflow,
        QLatin1StringView("initiated_event_version"), QLatin1StringView("workflow_id"),
        QLatin1StringView("workflow_type"));
    s.signalItems = itemsFrom(state.value(QLatin1StringView("signals")), SagaItemKind::Signal,
        QLatin1StringView("event_version"), QLatin1StringView("name"), {});
    s.activities = activities.result();

    // "/activities/3/status" marks activity 3; "/activities/3" (added) too.
    for (const StateChange& c : changes) {
        const QList<QStringView> parts = QStringView(c.path).split(QLatin1Char('/'));
        if (parts.size() < 3)
            continue;
        QList<SagaItem>* items = nullptr;
        if (parts[1] == u"activities")
            items = &s.activities;
        else if (parts[1] == u"timers")
            items = &s.timers;
        else if (parts[1] == u"children")
            items = &s.children;
        else if (parts[1] == u"signals")
            items = &s.signalItems;
        bool ok = false;
        const qsizetype index = parts[2].toLongLong(&ok);
        if (items && ok && index >= 0 && index < items->size())
            (*items)[index].changed = true;
    }

    // The three collections are each in creation (version) order: merge them for the timeline.
    s.timeline.reserve(s.activities.size() + s.timers.size() + s.children.size());
    s.timeline.append(s.activities);
    s.timeline.append(s.timers);
    s.timeline.append(s.children);
    const auto byVersion = [](const SagaItem& a, const SagaItem& b) { return a.version < b.version; };
    const auto timersBegin = s.timeline.begin() + s.activities.size();
    const auto childrenBegin = timersBegin + s.timers.size();
    std::inplace_merge(s.timeline.begin(), timersBegin, childrenBegin, byVersion);
    std::inplace_merge(s.timeline.begin(), childrenBegin, s.timeline.end(), byVersion);

    s.lastUs = atUs;
    for (const SagaItem& it : std::as_const(s.timeline)) {
        if (it.createdUs != 0 && (s.firstUs == 0 || it.createdUs < s.firstUs))
            s.firstUs = it.createdUs;
        s.lastUs = std::max({ s.lastUs, it.createdUs, it.startedUs, it.closedUs });
    }
    return s;
}

SagaItemsUpdate compareSagaItems(const QList<SagaItem>& before, const QList<SagaItem>& after)
{
    // Only what events change is compared (status, attempt, step times, and whether a result or
    // failure is there): every event that sets a result or a failure also moves one of those, and
    // comparing whole items would cost a JSON comparison per row on every step of the scrubber.
    const auto same = [](const SagaItem& a, const SagaItem& b) {
        return a.version == b.version && a.changed == b.changed && a.attempt == b.attempt && a.startedUs == b.startedUs
            && a.closedUs == b.closedUs && a.createdUs == b.createdUs && a.status == b.status
            && a.result.type() == b.result.type() && a.failure.type() == b.failure.type();
    };
    SagaItemsUpdate update;
    update.commonRows = std::min(before.size(), after.size());
    if (before.constData() == after.constData())
        return update; // the same list: nothing changed
    qsizetype runStart = -1;
    for (qsizetype i = 0; i < update.commonRows; ++i) {
        const bool changed = !same(before.at(i), after.at(i));
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            update.changedRuns.append({ runStart, i - 1 });
            runStart = -1;
        }
    }
    if (runStart >= 0)
        update.changedRuns.append({ runStart, update.commonRows - 1 });
    return update;
}

} // namespace sagascope
