// SPDX-License-Identifier: MIT
#include "timetravelmeasurement.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "sagaview.h"
#include "stateview.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace sagascope {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
}

} // namespace

TimeTravelMeasurement::TimeTravelMeasurement(MainWindow* window, int selections, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_selections(selections)
    , m_random(42) // the same versions on every run
{ }

TimeTravelMeasurement::~TimeTravelMeasurement() = default;

void TimeTravelMeasurement::start()
{
    m_clock.start();
    TimeTravelSession* travel = m_window->timeTravel();
    connect(travel, &TimeTravelSession::checkpointsBuilt, this, [this](qint64, qint64 elapsedMs) {
        m_checkpointMs = elapsedMs;
        maybeBegin();
    });
    connect(m_window, &MainWindow::dataReady, this, &TimeTravelMeasurement::maybeBegin);
    // After the window's own handler: the tree already holds the answer when this runs.
    connect(travel, &TimeTravelSession::stateReady, this, &TimeTravelMeasurement::onStateReady);
    maybeBegin();
}

void TimeTravelMeasurement::maybeBegin()
{
    if (!m_started && m_window->isDataReady() && m_window->hasFailed()) {
        m_started = true;
        Q_EMIT failed(m_window->errorBanner()->message());
        return;
    }
    if (m_started || !m_window->isDataReady() || !m_window->timeTravel()->checkpointsReady())
        return;
    m_started = true;
    selectNext();
}

void TimeTravelMeasurement::selectNext()
{
    if (m_showMs.size() >= m_selections) {
        finish();
        return;
    }
    const qint64 last = m_window->historyView()->model()->stream().lastVersion;
    qint64 version = 1 + static_cast<qint64>(m_random.bounded(static_cast<quint64>(last)));
    if (version == m_window->currentVersion())
        version = version == last ? 1 : version + 1;
    m_waitingFor = version;
    m_selectedAtNs = m_clock.nsecsElapsed();
    m_window->goToVersion(version);
}

void TimeTravelMeasurement::onStateReady(const StateAnswer& answer)
{
    if (!m_started || answer.version != m_waitingFor)
        return;
    // Painted, not just handed over: the tree and the saga view draw the new state now.
    m_window->stateView()->tree()->viewport()->repaint();
    m_window->sagaView()->timeline()->viewport()->repaint();
    m_showMs.append(static_cast<double>(m_clock.nsecsElapsed() - m_selectedAtNs) / 1e6);
    m_computeMs.append(static_cast<double>(answer.computeUs) / 1e3);
    m_foldMs.append(static_cast<double>(answer.foldUs) / 1e3);
    m_documentMs.append(static_cast<double>(answer.documentUs) / 1e3);
    m_changesMs.append(static_cast<double>(answer.changesUs) / 1e3);
    m_sagaMs.append(static_cast<double>(answer.sagaUs) / 1e3);
    m_waitingFor = 0;
    // Let the window settle (history pages, detail) before the next selection.
    QTimer::singleShot(20, this, &TimeTravelMeasurement::selectNext);
}

void TimeTravelMeasurement::finish()
{
    TimelineView* timeline = m_window->sagaView()->timeline();
    QElapsedTimer paint;
    paint.start();
    const int paints = 100;
    for (int i = 0; i < paints; ++i)
        timeline->viewport()->repaint();
    const double paintMs = static_cast<double>(paint.nsecsElapsed()) / 1e6 / paints;
    const StreamInfo stream = m_window->historyView()->model()->stream();
    QStringList lines;
    lines << tr("stream %1: %2 events").arg(stream.streamId, countText(stream.lastVersion));
    lines << tr("checkpoints built in %1 ms").arg(m_checkpointMs);
    lines << tr("%1 random selections, selection to state tree painted: p50 %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms")
                 .arg(m_showMs.size())
                 .arg(percentile(m_showMs, 50), 0, 'f', 1)
                 .arg(percentile(m_showMs, 90), 0, 'f', 1)
                 .arg(percentile(m_showMs, 99), 0, 'f', 1)
                 .arg(percentile(m_showMs, 100), 0, 'f', 1);
    const auto figure = [](const QList<double>& ms) {
        return tr("p50 %1 ms, p99 %2 ms").arg(percentile(ms, 50), 0, 'f', 1).arg(percentile(ms, 99), 0, 'f', 1);
    };
    lines << tr("worker: %1; folding %2; documents (toJson) %3; changes %4; saga items %5")
                 .arg(figure(m_computeMs), figure(m_foldMs), figure(m_documentMs), figure(m_changesMs),
                     figure(m_sagaMs));
    const TimelineView::PaintStats stats = timeline->lastPaintStats();
    lines << tr("timeline of %1 rows: %2 ms per paint, %3 bars painted, %4 rows in view")
                 .arg(timeline->model() ? timeline->model()->rowCount() : 0)
                 .arg(paintMs, 0, 'f', 2)
                 .arg(stats.barsPainted)
                 .arg(stats.lastRow - stats.firstRow + 1);
    Q_EMIT finished(lines.join(QLatin1Char('\n')));
}

} // namespace sagascope
