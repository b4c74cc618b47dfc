// SPDX-License-Identifier: MIT
#include "demotimers.h"

#include "democase.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace sagascope::demo {

namespace {

constexpr qint64 minuteUs = 60LL * 1000000;
constexpr qint64 dayUs = 24 * 60 * minuteUs;

TimerRecord sagaTimer(int caseNumber, const QString& name, qint64 fireAtUs, const QJsonObject& payload)
{
    TimerRecord t;
    t.streamId = demoSagaStreamId(caseNumber);
    t.timerId = t.streamId + u'/' + name;
    t.fireAtUs = fireAtUs;
    t.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return t;
}

} // namespace

QList<TimerRecord> demoTimers(int streams, qint64 anchorUs)
{
    QList<TimerRecord> timers;
    int open = 0;
    // A case's saga is its second stream: it is in the data set when the case has two streams.
    for (int caseNumber = 1; (caseNumber - 1) * 3 + 2 <= streams; ++caseNumber) {
        if (demoOutcome(caseNumber) != DemoOutcome::Open)
            continue;
        // Staggered so the soon ones come due one after another while someone watches.
        timers.append(sagaTimer(caseNumber, u"carrier-follow-up"_s, anchorUs + (2 + 3 * open) * minuteUs,
            QJsonObject { { u"order_id"_s, demoOrderStreamId(caseNumber) }, { u"reason"_s, u"no carrier scan yet"_s },
                { u"attempt"_s, 1 } }));
        timers.append(sagaTimer(caseNumber, u"fulfilment-escalation"_s, anchorUs + (30 + 15 * open) * dayUs,
            QJsonObject { { u"order_id"_s, demoOrderStreamId(caseNumber) }, { u"escalate_to"_s, u"support"_s },
                { u"reason"_s, u"fulfilment not completed"_s } }));
        ++open;
    }
    return timers;
}

} // namespace sagascope::demo
