// SPDX-License-Identifier: MIT
// The exactly-once check of durable timers fired by several sagascope-cli processes at once,
// shared by the SQLite (tests/cli) and PostgreSQL (tests/postgres) suites.
#pragma once

#include "clirunner.h"
#include "eventstore.h"

#include <QHash>
#include <QSet>

namespace sagascope::test {

inline QString timerFiringStream(int i)
{
    return QStringLiteral("saga-%1").arg(i % 50);
}

// Schedules `count` timers that are all due at `dueUs`, spread over 50 streams. Returns an
// error text or an empty string.
inline QString scheduleDueTimers(EventStore& store, int count, qint64 dueUs)
{
    for (int i = 0; i < count; ++i) {
        TimerRecord t;
        t.timerId = QStringLiteral("t-%1").arg(i, 5, 10, QLatin1Char('0'));
        t.streamId = timerFiringStream(i);
        t.fireAtUs = dueUs - i;
        t.payload = "{\"n\":" + QByteArray::number(i) + '}';
        if (auto ok = store.scheduleTimer(t); !ok)
            return ok.error().message;
    }
    return {};
}

// Checks what concurrent `timers fire-due --format ndjson` runs did: they all succeeded, no
// timer was reported by two runs or twice, every timer was reported, the store holds exactly
// one TimerFired event per timer (streams without version gaps) and no timer is left.
// Returns an error text or an empty string; `firedPerRun` gets each run's share.
inline QString checkFiredExactlyOnce(EventStore& store, const QList<CliRun>& runs, int count, QList<int>* firedPerRun)
{
    QSet<QString> reported;
    for (const CliRun& r : runs) {
        if (r.exitCode != 0)
            return QString::fromUtf8(r.describe());
        int mine = 0;
        for (const QJsonObject& o : r.ndjson()) {
            const QString id = o.value(QStringLiteral("timer_id")).toString();
            if (id.isEmpty() || o.value(QStringLiteral("already_stored")).toBool())
                return QStringLiteral("unexpected line: ") + QString::fromUtf8(QJsonDocument(o).toJson());
            if (reported.contains(id))
                return QStringLiteral("timer %1 was reported as fired twice").arg(id);
            reported.insert(id);
            ++mine;
        }
        firedPerRun->append(mine);
    }
    if (reported.size() != count)
        return QStringLiteral("%1 timers reported as fired, not %2").arg(reported.size()).arg(count);

    QHash<QString, int> eventsPerTimer;
    qint64 after = 0;
    for (;;) {
        auto page = store.readAll({ .afterPosition = after, .limit = 2000 });
        if (!page)
            return page.error().message;
        if (page->isEmpty())
            break;
        for (const RecordedEvent& e : std::as_const(*page)) {
            if (e.eventType != timerFiredEventType)
                return QStringLiteral("unexpected event type ") + e.eventType;
            ++eventsPerTimer[e.payloadObject().value(QStringLiteral("timer_id")).toString()];
        }
        after = page->last().position;
    }
    if (eventsPerTimer.size() != count)
        return QStringLiteral("%1 timers have TimerFired events, not %2").arg(eventsPerTimer.size()).arg(count);
    for (auto it = eventsPerTimer.cbegin(); it != eventsPerTimer.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("timer %1 has %2 TimerFired events").arg(it.key()).arg(it.value());
        if (!reported.contains(it.key()))
            return QStringLiteral("timer %1 fired but no run reported it").arg(it.key());
    }
    for (int s = 0; s < 50 && s < count; ++s) {
        const QString stream = timerFiringStream(s);
        auto info = store.streamInfo(stream);
        auto events = store.readStream({ .streamId = stream });
        if (!info || !events)
            return QStringLiteral("stream %1 cannot be read").arg(stream);
        if (events->size() != info->lastVersion || events->last().version != info->lastVersion)
            return QStringLiteral("stream %1 has version gaps").arg(stream);
    }
    auto left = store.listTimers({ .limit = 0 });
    if (!left)
        return left.error().message;
    if (!left->isEmpty())
        return QStringLiteral("%1 timers are still pending").arg(left->size());
    return {};
}

} // namespace sagascope::test
