// SPDX-License-Identifier: MIT
// The pending durable timers of the demo data set, so the timers tab and `sagascope-cli timers`
// have something to show: two per checkout saga that is still open (in fulfilment), one due a few
// minutes after the data set is written and one weeks later. Their fire times are relative to an
// anchor (the time of writing unless given), the rest (ids, streams, payloads) follows from the
// seed's cases, so a given anchor always gives the same timers.
#pragma once

#include "timers.h"

#include <QList>

namespace sagascope::demo {

// The timers for a data set of `streams` ordinary streams, anchored at `anchorUs`.
QList<TimerRecord> demoTimers(int streams, qint64 anchorUs);

} // namespace sagascope::demo
