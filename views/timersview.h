// SPDX-License-Identifier: MIT
// The timers tab: the pending durable timers of the selected stream or of every stream, with a
// countdown that ticks once a second while the tab is visible; kept current by live updates (a
// fired timer appends TimerFired) and by a periodic reload (schedules and cancels append nothing).
// In write mode it schedules (a dialog), cancels the selected timer (the main window confirms)
// and fires the due timers once; read-only it says why it cannot. Double-clicking a timer asks the
// main window to open its stream.
#pragma once

#include "liveupdates.h"
#include "timers.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sagascope {

class ErrorBanner;
class ScheduleTimerDialog;
class StoreSession;
class TimerListModel;

class TimersView : public QWidget
{
    Q_OBJECT
public:
    enum class Scope
    {
        ThisStream,
        AllStreams,
    };

    explicit TimersView(StoreSession* session, QWidget* parent = nullptr);
    ~TimersView() override;

    // The selected stream: the "this stream" scope lists its timers, and new timers default to it.
    void setStream(const QString& streamId);
    QString stream() const { return m_streamId; }
    void setScope(Scope scope);
    Scope scope() const;
    // Whether the store may be written (the write-mode switch).
    void setWritable(bool writable);
    // Reloads after appends that may have fired timers in scope.
    void applyGrowth(const QList<StreamGrowth>& growth);
    // Every how often the list is read again while the tab is visible.
    void setRefreshIntervalMs(int ms);

    // The selected timer, or an empty record.
    TimerRecord selectedTimer() const;
    // Selects the timer with this id if it is listed.
    bool selectTimer(const QString& timerId);
    // Opens the schedule dialog (non-modal to the event loop; it schedules when accepted).
    ScheduleTimerDialog* openScheduleDialog();

    TimerListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* scopeCombo() const { return m_scope; }
    QPushButton* scheduleButton() const { return m_schedule; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* fireDueButton() const { return m_fireDue; }
    QLabel* statusLabel() const { return m_status; }
    ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    // The user asked to cancel this timer; the main window confirms and cancels it.
    void cancelRequested(const sagascope::TimerRecord& timer);
    // The user double-clicked a timer: show its stream.
    void streamRequested(const QString& streamId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyScope();
    void updateButtons();
    void updateStatus();

    TimerListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_scope;
    QPushButton* m_schedule;
    QPushButton* m_cancel;
    QPushButton* m_fireDue;
    QLabel* m_status;
    ErrorBanner* m_banner;
    bool m_readFailureShown = false; // the banner tells of a failed listing, which the next load ends
    QTableView* m_table;
    QString m_streamId;
    QString m_message; // the outcome of the last write, shown before the counts
    // Appends can arrive in batches every 25 ms: the list is read again at most this often for them.
    QTimer m_growthReload;
    int m_refreshIntervalMs = 5000;
    bool m_writable = false;
};

} // namespace sagascope
