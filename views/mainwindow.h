// SPDX-License-Identifier: MIT
// The inspector's main window: wires the panels together, holds no business logic.
// Left the stream browser, centre the history of the selected stream with the time-travel
// scrubber under it, right the selected event and the stream's state after it, below the saga
// view, the snapshots, the pending timers and the live signals; the status bar names the store,
// says whether it may be written, counts what is loaded and tells the state of the NATS connection.
#pragma once

#include "eventimport.h"
#include "liveupdates.h"
#include "natssession.h"
#include "storesession.h"
#include "timetravelsession.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QSettings;
class QSplitter;
class QTabWidget;

namespace sagascope {

class ErrorBanner;
class EventDetailView;
class HistoryView;
class ImportDialog;
class ImportJob;
class InjectSignalDialog;
class OpenStoreDialog;
class SagaView;
class SecretStore;
class SignalsView;
class TasksView;
class SnapshotsView;
class StateView;
class StreamBrowser;
class TimeTravelBar;
class TimersView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openStore(const SessionOpenRequest& request);
    // Shows this stream once the store is open instead of the first listed one.
    void setInitialStream(const QString& streamId);
    // Selects this version once the initial stream is shown (and compares with `pinned`).
    void setInitialVersion(qint64 version, std::optional<qint64> pinned = std::nullopt);
    // Whether closing the window remembers its layout (off for screenshots and tests).
    void setSaveStateOnClose(bool save) { m_saveStateOnClose = save; }

    // True once the window shows what it was asked to: the stream list, the selected stream's
    // history, its selected event and the state after it, or the error that prevented it.
    bool isDataReady() const { return m_ready; }
    // Ready because something went wrong (the banner says what).
    bool hasFailed() const { return m_failed; }

    // The time-travel position: selects the event of this version in the history, and the state,
    // saga view and snapshot tab follow.
    void goToVersion(qint64 version);
    qint64 currentVersion() const { return m_currentVersion; }
    // Compares the state with this version instead of the one before the selected event.
    void pinVersion(qint64 version);
    void unpin();
    std::optional<qint64> pinnedVersion() const { return m_pinned; }

    // Reopens the store for writing (or read-only again) without asking.
    void setWriteMode(bool writable);
    bool isWriteMode() const;
    // How the window asks before it writes (the write-mode switch, creating a snapshot, cancelling
    // a timer): a
    // question box unless replaced (tests answer without a dialog).
    void setConfirmationHandler(std::function<bool(const QString& title, const QString& text)> confirm);

    void showStatePanel();
    void showEventPanel();
    void showSagaTab();
    void showSnapshotsTab();
    void showTimersTab();
    void showSignalsTab();
    void showTasksTab();

    // Connects to NATS off the GUI thread; the Signals tab, "Send signal…" and the in-app ingester
    // follow its state. Without it (or without a server) the rest of the window works as before.
    void connectNats(const NatsSessionSettings& settings);
    // Shows this saga's stream in the stream browser and the history.
    void openStream(const QString& streamId);
    // Opens "Send signal…" for the selected stream (non-modal) and returns the dialog.
    InjectSignalDialog* openInjectDialog();
    // Opens File ▸ Import events (non-modal; one dialog, shown again while its import runs) and
    // returns it. Importing needs write mode.
    ImportDialog* openImportDialog();
    // Opens File ▸ Open store (non-modal) and returns it; accepting it opens the chosen store in
    // this window.
    OpenStoreDialog* openStoreDialog();
    // Where saved passwords are kept (default: the system keychain). Not owned.
    void setSecretStore(SecretStore* secrets);
    // Whether the in-app ingester should run when it can (the "Record signals in the store" switch).
    void setRecordSignals(bool record);

    StoreSession* session() const { return m_session; }
    TimeTravelSession* timeTravel() const { return m_timeTravel; }
    LiveUpdates* liveUpdates() const { return m_live; }
    StreamBrowser* streamBrowser() const { return m_browser; }
    HistoryView* historyView() const { return m_history; }
    TimeTravelBar* timeTravelBar() const { return m_bar; }
    EventDetailView* eventDetail() const { return m_detail; }
    StateView* stateView() const { return m_state; }
    SagaView* sagaView() const { return m_saga; }
    SnapshotsView* snapshotsView() const { return m_snapshots; }
    TimersView* timersView() const { return m_timers; }
    SignalsView* signalsView() const { return m_signals; }
    TasksView* tasksView() const { return m_tasks; }
    NatsSession* natsSession() const { return m_nats; }
    QAction* sendSignalAction() const { return m_sendSignal; }
    QAction* recordSignalsAction() const { return m_recordSignals; }
    ErrorBanner* errorBanner() const { return m_banner; }
    QAction* writeModeAction() const { return m_writeMode; }
    QAction* importAction() const { return m_importAction; }
    ImportJob* importJob() const { return m_import; }

Q_SIGNALS:
    void dataReady();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onOpened(const QString& displayUrl);
    void onOpenFailed(const Error& error);
    // The status bar's progress bar and its label.
    void showProgress(int perMille, const QString& text);
    void onDemoProgress(qint64 done, qint64 total);
    void onStreamsLoaded(int rows, bool hasMore);
    void onStreamSelected(const StreamInfo& stream);
    void onCurrentEventChanged(const QModelIndex& index);
    void onStreamShown(const StreamInfo& stream);
    void onStreamsGrew(const QList<StreamGrowth>& growth);
    void updateStreamsLabel();
    void onStreamGrew(const StreamInfo& stream);
    void onLiveStateChanged(LiveUpdates::State state, const QString& message);
    void ensureTimeTravelStream();
    void setCurrentVersion(qint64 version);
    void requestState();
    void findTarget(HistoryTarget target);
    void onEventFound(quint64 token, HistoryTarget target, qint64 version);
    void onStateReady(const StateAnswer& answer);
    void requestWriteMode(bool writable);
    void requestSnapshot(qint64 version);
    void requestCancelTimer(const TimerRecord& timer);
    void updateWriteModeLabel();
    void updateImportAction();
    void onImportProgress(const ImportProgress& progress);
    void onImportFinished(const ImportReport& report);
    void onNatsStateChanged(NatsSession::State state, const QString& message);
    void updateSignalActions();
    void reload();
    void fail();
    void checkReady();
    void restoreViewState();
    void saveViewState();

    StoreSession* m_session;
    TimeTravelSession* m_timeTravel;
    LiveUpdates* m_live;
    ErrorBanner* m_banner;
    QSplitter* m_vertical;
    QSplitter* m_splitter;
    StreamBrowser* m_browser;
    HistoryView* m_history;
    TimeTravelBar* m_bar;
    QTabWidget* m_rightTabs;
    EventDetailView* m_detail;
    StateView* m_state;
    QTabWidget* m_bottomTabs;
    SagaView* m_saga;
    SnapshotsView* m_snapshots;
    TimersView* m_timers;
    NatsSession* m_nats;
    SignalsView* m_signals;
    TasksView* m_tasks;
    QLabel* m_storeLabel;
    QLabel* m_modeLabel;
    QLabel* m_streamsLabel;
    QLabel* m_eventsLabel;
    QLabel* m_liveLabel;
    QLabel* m_natsLabel;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    ImportJob* m_import;
    ImportDialog* m_importDialog = nullptr;
    OpenStoreDialog* m_openDialog = nullptr;
    QSettings* m_settings;
    SecretStore* m_secrets = nullptr;
    QAction* m_writeMode = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_sendSignal = nullptr;
    QAction* m_recordSignals = nullptr;
    bool m_recordWanted = true;
    const EventStore* m_recordingStore = nullptr;
    std::function<bool(const QString&, const QString&)> m_confirm;
    QString m_liveLostMessage; // the banner's text while it tells of lost live updates
    QString m_initialStream;
    qint64 m_initialVersion = 0;
    std::optional<qint64> m_initialPin;
    qint64 m_currentVersion = 0;
    std::optional<qint64> m_pinned;
    quint64 m_searchToken = 0;
    bool m_saveStateOnClose = true;
    bool m_listLoaded = false;
    bool m_listEmpty = false;
    bool m_detailShown = false;
    bool m_stateShown = false;
    bool m_failed = false;
    bool m_ready = false;
};

} // namespace sagascope
