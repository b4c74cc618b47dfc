// SPDX-License-Identifier: MIT
// The Signals tab: the live table of the signals flying on NATS (fed in batches by the session's
// signal feed), filters by subject and by text, pause and resume, where to start (now or the
// beginning of the signal stream), the rate chart, and the state of the NATS connection and of
// the in-app ingester. Activating a row asks the main window to open that saga's stream.
#pragma once

#include "natssession.h"
#include "natsstatelabel.h"
#include "signallogentry.h"
#include "signalmonitor.h"
#include "signalrate.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace sagascope {

class ErrorBanner;
class SignalLogModel;
class SignalLogProxyModel;
class SignalRateChart;

class SignalsView : public QWidget
{
    Q_OBJECT
public:
    explicit SignalsView(NatsSession* nats, QWidget* parent = nullptr);
    ~SignalsView() override;

    // Where the table starts when the feed (re)starts; changing it starts over.
    void setStart(nats::MonitorStart start);
    nats::MonitorStart start() const;
    void setPaused(bool paused);

    SignalLogModel* model() const { return m_model; }
    SignalLogProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* subjectFilterEdit() const { return m_subjectEdit; }
    QLineEdit* textFilterEdit() const { return m_textEdit; }
    QToolButton* pauseButton() const { return m_pause; }
    QComboBox* startCombo() const { return m_startCombo; }
    QLabel* stateLabel() const { return m_stateLabel; }
    QLabel* countsLabel() const { return m_countsLabel; }
    QLabel* recorderLabel() const { return m_recorderLabel; }
    SignalRateChart* rateChart() const { return m_chart; }
    ErrorBanner* banner() const { return m_banner; }
    // Applies typed filters now instead of after the typing pause.
    void applyFilters();
    // Redraws the counts and the rate chart now instead of at the next refresh.
    void refresh();

Q_SIGNALS:
    void sagaRequested(const QString& sagaId);

protected:
    // The chart and footer are redrawn only while the tab is in view.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void startFeed();
    void onSignals(const QList<sagascope::SignalLogEntry>& batch);
    void updateRecorderLabel();

    NatsSession* m_nats;
    SignalLogModel* m_model;
    SignalLogProxyModel* m_proxy;
    ErrorBanner* m_banner;
    NatsStateLabel* m_stateLabel;
    QPushButton* m_retry;
    QComboBox* m_startCombo;
    QToolButton* m_pause;
    QLineEdit* m_subjectEdit;
    QLineEdit* m_textEdit;
    QPushButton* m_clear;
    QTableView* m_table;
    SignalRateChart* m_chart;
    QLabel* m_countsLabel;
    QLabel* m_recorderLabel;
    QTimer* m_debounce;
    QTimer* m_refresh;
    SignalRateCounter m_rate;
    QElapsedTimer m_clock;
};

} // namespace sagascope
