// SPDX-License-Identifier: MIT
#include "signalratechart.h"

#include "displayformat.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace sagascope {

namespace {

// The y axis ends on a round number above the peak, so it does not jitter with every refresh.
qint64 niceCeiling(qint64 value)
{
    if (value <= 10)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= double(value))
            return qint64(step * magnitude);
    }
    return value;
}

} // namespace

SignalRateChart::SignalRateChart(QWidget* parent)
    : QChartView(parent)
    , m_line(new QLineSeries(this))
    // Without a lower series the area fills down to the axis, which always starts at 0.
    , m_area(new QAreaSeries(m_line))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("signalRateChart"));
    auto* chart = new QChart;
    chart->setTitle(tr("Messages per second, last minute"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Animations would redraw between refreshes: the point is to draw only on refresh.
    chart->setAnimationOptions(QChart::NoAnimation);
    m_area->setName(tr("Messages per second"));
    QColor fill(0x19, 0x76, 0xd2);
    m_area->setPen(QPen(fill, 1.5));
    fill.setAlpha(70);
    m_area->setBrush(fill);
    chart->addSeries(m_area);
    m_x->setRange(-60, 0);
    m_x->setTickCount(4);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTitleText(tr("seconds"));
    m_y->setRange(0, 10);
    m_y->setTickCount(6); // every ceiling of niceCeiling() divides by 5: whole-number ticks
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_area->attachAxis(m_x);
    m_area->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 160);
    setRates(QList<qint64>(60, 0));
}

SignalRateChart::~SignalRateChart() = default;

void SignalRateChart::setRates(const QList<qint64>& perSecond)
{
    QList<QPointF> points;
    points.reserve(perSecond.size());
    const auto n = perSecond.size();
    qint64 peak = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = double(i - n);
        points.append(QPointF(x, double(perSecond[i])));
        peak = std::max(peak, perSecond[i]);
    }
    m_peak = peak;
    // replace() redraws once for the whole curve; append() would redraw per point.
    m_line->replace(points);
    m_y->setRange(0, double(niceCeiling(peak)));
}

} // namespace sagascope
