// SPDX-License-Identifier: MIT
// Measures time travel as a user meets it, for docs/performance.md: once the window shows a stream
// and its checkpoints are built, selects random events one after another and times each from the
// selection to the state tree (and the saga view) painted with the answer; then times painting the
// timeline. Driven by `sagascope --measure-time-travel N`.
#pragma once

#include "timetravelsession.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

namespace sagascope {

class MainWindow;

class TimeTravelMeasurement : public QObject
{
    Q_OBJECT
public:
    TimeTravelMeasurement(MainWindow* window, int selections, QObject* parent = nullptr);
    ~TimeTravelMeasurement() override;

    // Starts once the window is ready and the checkpoints are built.
    void start();

Q_SIGNALS:
    // The report, one line per figure.
    void finished(const QString& report);
    // The window could not show the stream (e.g. the store cannot be opened).
    void failed(const QString& reason);

private:
    void maybeBegin();
    void selectNext();
    void onStateReady(const StateAnswer& answer);
    void finish();

    MainWindow* m_window;
    int m_selections;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    qint64 m_checkpointMs = -1;
    qint64 m_waitingFor = 0;
    qint64 m_selectedAtNs = 0;
    bool m_started = false;
    QList<double> m_showMs;
    QList<double> m_computeMs;
    QList<double> m_foldMs;
    QList<double> m_documentMs;
    QList<double> m_changesMs;
    QList<double> m_sagaMs;
};

} // namespace sagascope
