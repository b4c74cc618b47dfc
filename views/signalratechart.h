// SPDX-License-Identifier: MIT
// The Signals tab's rate chart: messages per second over the last minute, one point per second.
// Redrawn when the tab's refresh timer hands it a new curve (a few times a second), never per
// message.
#pragma once

#include <QList>
#include <QtCharts/QChartView>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace sagascope {

class SignalRateChart : public QChartView
{
    Q_OBJECT
public:
    explicit SignalRateChart(QWidget* parent = nullptr);
    ~SignalRateChart() override;

    // Messages in each of the last seconds, oldest first.
    void setRates(const QList<qint64>& perSecond);
    qint64 peak() const { return m_peak; }
    QLineSeries* series() const { return m_line; }

private:
    QLineSeries* m_line;
    QAreaSeries* m_area;
    QValueAxis* m_x;
    QValueAxis* m_y;
    qint64 m_peak = 0;
};

} // namespace sagascope
