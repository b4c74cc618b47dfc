// SPDX-License-Identifier: MIT
// monitor_stall: what it measures is the inspector's own event loop under a flood of signals, so
// the bench runs `sagascope --measure-monitor-stall` against the given server and passes its JSON
// line through (on the offscreen platform when there is no display).
#pragma once

#include <QString>
#include <QTextStream>

bool benchMonitorStall(const QString& natsUrl, QTextStream& out, QTextStream& log);
