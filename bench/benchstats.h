// SPDX-License-Identifier: MIT
// What every measurement of sagascope-bench shares: medians and percentiles of its rounds, and
// the one JSON line it prints, {"name":…,"ours":…,"yardstick":…,"unit":…,"ratio":…}.
#pragma once

#include <QString>
#include <QTextStream>

#include <vector>

double median(std::vector<double> values);
// Nearest-rank percentile, `fraction` in [0, 1] (0.99 for p99).
double percentile(std::vector<double> values, double fraction);

// A rate (higher is better): ratio = ours / yardstick.
void printBenchRow(QTextStream& out, const QString& name, double ours, double yardstick, const QString& unit);
// A time against a target (lower is better): ratio = target / ours, so that ≥ 1 means the target is met.
void printTimeRow(QTextStream& out, const QString& name, double oursMs, double targetMs);
// Any ratio the caller worked out (e.g. a time against a time measured in the same run).
void printRatioRow(
    QTextStream& out, const QString& name, double ours, double yardstick, const QString& unit, double ratio);
