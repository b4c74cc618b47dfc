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

// A time against a target (lower is better): ratio = target / ours, so that ≥ 1 means the target is met.
void printTimeRow(QTextStream& out, const QString& name, double oursMs, double targetMs);
// Rounds of ours, each against the yardstick round run next to it. The ratio printed is the
// median of the rounds' ratios: the two rounds of a pair share the machine's state of the
// moment, so a drift from one pair to the next cancels out.
class PairedRounds
{
public:
    void add(double ours, double yardstick);
    void print(QTextStream& out, const QString& name, const QString& unit) const;

private:
    std::vector<double> m_ours;
    std::vector<double> m_yardstick;
};
// Any ratio the caller worked out (e.g. a time against a time measured in the same run).
void printRatioRow(
    QTextStream& out, const QString& name, double ours, double yardstick, const QString& unit, double ratio);
