// SPDX-License-Identifier: MIT
#include "benchstats.h"

#include <algorithm>
#include <cmath>

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(values.size()));
    return values[static_cast<size_t>(std::max(1.0, rank)) - 1];
}

void printRatioRow(
    QTextStream& out, const QString& name, double ours, double yardstick, const QString& unit, double ratio)
{
    out << QStringLiteral("{\"name\":\"%1\",\"ours\":%2,\"yardstick\":%3,\"unit\":\"%4\",\"ratio\":%5}")
               .arg(name, QString::number(ours, 'f', ours < 100 ? 2 : 0),
                   QString::number(yardstick, 'f', yardstick < 100 ? 2 : 0), unit, QString::number(ratio, 'f', 3))
        << Qt::endl;
}

void printTimeRow(QTextStream& out, const QString& name, double oursMs, double targetMs)
{
    printRatioRow(out, name, oursMs, targetMs, QStringLiteral("ms"), oursMs > 0 ? targetMs / oursMs : 0);
}

void PairedRounds::add(double ours, double yardstick)
{
    m_ours.push_back(ours);
    m_yardstick.push_back(yardstick);
}

void PairedRounds::print(QTextStream& out, const QString& name, const QString& unit) const
{
    std::vector<double> ratios;
    for (std::size_t i = 0; i < m_ours.size(); ++i)
        ratios.push_back(m_yardstick[i] > 0 ? m_ours[i] / m_yardstick[i] : 0);
    printRatioRow(out, name, median(m_ours), median(m_yardstick), unit, median(ratios));
}
