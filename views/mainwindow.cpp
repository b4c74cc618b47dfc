// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "eventdetailview.h"
#include "historymodel.h"
#include "historyview.h"
#include "importdialog.h"
#include "importjob.h"
#include "injectsignaldialog.h"
#include "keychainsecretstore.h"
#include "openstoredialog.h"
#include "sagaview.h"
#include "signalrecorder.h"
#include "signalsview.h"
#include "snapshotlistmodel.h"
#include "snapshotsview.h"
#include "stateview.h"
#include "streambrowser.h"
#include "streamlistmodel.h"
#include "tasksview.h"
#include "timerlistmodel.h"
#include "timersview.h"
#include "timetravelbar.h"
#include "viewstate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sagascope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new StoreSession(this))
    , m_timeTravel(new TimeTravelSession(m_session, this))
    , m_live(new LiveUpdates(m_session, this))
    , m_banner(new ErrorBanner(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_vertical))
    , m_browser(new StreamBrowser(m_session, m_splitter))
    , m_history(new HistoryView(m_session, m_splitter))
    , m_bar(new TimeTravelBar(this))
    , m_rightTabs(new QTabWidget(m_splitter))
    , m_detail(new EventDetailView(m_rightTabs))
    , m_state(new StateView(m_rightTabs))
    , m_bottomTabs(new QTabWidget(m_vertical))
    , m_saga(new SagaView(m_bottomTabs))
    , m_snapshots(new SnapshotsView(m_session, m_bottomTabs))
    , m_timers(new TimersView(m_session, m_bottomTabs))
    , m_nats(new NatsSession(this))
    , m_signals(new SignalsView(m_nats, m_bottomTabs))
    , m_tasks(new TasksView(m_nats, m_bottomTabs))
    , m_storeLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_streamsLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_liveLabel(new QLabel(this))
    , m_natsLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_import(new ImportJob(m_session, this))
    , m_settings(new QSettings(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SagaScope"));
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    // The history with its scrubber underneath, as one panel of the splitter.
    auto* centre = new QWidget(m_splitter);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_history, 1);
    centreLayout->addWidget(m_bar);

    m_rightTabs->setObjectName(QStringLiteral("rightTabs"));
    m_rightTabs->setDocumentMode(true);
    m_rightTabs->addTab(m_detail, tr("Event"));
    m_rightTabs->addTab(m_state, tr("State"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_rightTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({ 380, 700, 520 });

    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_saga, tr("Saga"));
    m_bottomTabs->addTab(m_snapshots, tr("Snapshots"));
    m_bottomTabs->addTab(m_timers, tr("Timers"));
    m_bottomTabs->addTab(m_signals, tr("Signals"));
    m_bottomTabs->addTab(m_tasks, tr("Tasks"));

    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(m_splitter);
    m_vertical->addWidget(m_bottomTabs);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setSizes({ 560, 320 });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_vertical, 1);
    setCentralWidget(central);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_streamsLabel->setObjectName(QStringLiteral("streamsLabel"));
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->hide();
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->hide();
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_streamsLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_liveLabel);
    m_natsLabel->setObjectName(QStringLiteral("natsLabel"));
    statusBar()->addPermanentWidget(m_natsLabel);
    m_storeLabel->setText(tr("No store open"));

    createMenus();

    connect(m_session, &StoreSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &StoreSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &StoreSession::demoProgress, this, &MainWindow::onDemoProgress);
    connect(m_session, &StoreSession::sessionWarning, this,
        [this](const Error& error) { m_banner->showError(tr("The demo data set could not be written"), error); });
    connect(m_browser->model(), &StreamListModel::pageLoaded, this, &MainWindow::onStreamsLoaded);
    connect(m_browser->model(), &StreamListModel::loadFailed, this, &MainWindow::fail);
    // New streams come in one at a time with live updates.
    connect(m_browser->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_listLoaded)
            updateStreamsLabel();
    });
    connect(m_browser->model(), &StreamListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_browser->model()->rowCount() == 0)
            m_streamsLabel->setText(tr("Loading streams…"));
    });
    connect(m_browser, &StreamBrowser::streamSelected, this, &MainWindow::onStreamSelected);
    connect(m_history, &HistoryView::currentEventChanged, this, &MainWindow::onCurrentEventChanged);
    connect(m_history, &HistoryView::pinRequested, this, &MainWindow::pinVersion);
    connect(m_history, &HistoryView::unpinRequested, this, &MainWindow::unpin);
    connect(m_history->model(), &HistoryModel::streamChanged, this, &MainWindow::onStreamShown);
    connect(m_history->model(), &HistoryModel::streamOpenFailed, this, &MainWindow::fail);
    connect(m_history->model(), &HistoryModel::pageFailed, this, &MainWindow::fail);

    connect(m_live, &LiveUpdates::streamsGrew, this, &MainWindow::onStreamsGrew);
    connect(m_live, &LiveUpdates::stateChanged, this, &MainWindow::onLiveStateChanged);
    connect(m_history->model(), &HistoryModel::streamGrew, this, &MainWindow::onStreamGrew);

    connect(m_bar, &TimeTravelBar::versionRequested, this, &MainWindow::goToVersion);
    connect(m_bar, &TimeTravelBar::targetRequested, this, &MainWindow::findTarget);
    connect(m_bar, &TimeTravelBar::unpinRequested, this, &MainWindow::unpin);
    connect(m_timeTravel, &TimeTravelSession::checkpointProgress, m_bar, &TimeTravelBar::setCheckpointProgress);
    connect(m_timeTravel, &TimeTravelSession::checkpointsBuilt, m_bar,
        [this](qint64, qint64 elapsedMs) { m_bar->setCheckpointsReady(elapsedMs); });
    connect(m_timeTravel, &TimeTravelSession::checkpointsFailed, this,
        [this](const Error& error) { m_state->showError(m_currentVersion, error); });
    connect(m_timeTravel, &TimeTravelSession::stateReady, this, &MainWindow::onStateReady);
    connect(m_timeTravel, &TimeTravelSession::stateFailed, this, [this](quint64, qint64 version, const Error& error) {
        m_state->showError(version, error);
        m_stateShown = true;
        checkReady();
    });
    connect(m_timeTravel, &TimeTravelSession::eventFound, this, &MainWindow::onEventFound);
    connect(m_timeTravel, &TimeTravelSession::searchFailed, this, [this](quint64 token, const Error& error) {
        if (token != m_searchToken)
            return;
        m_bar->setSearchMessage(QString());
        m_history->banner()->showError(tr("Cannot search the history"), error);
    });
    connect(m_saga, &SagaView::eventRequested, this, &MainWindow::goToVersion);
    connect(m_snapshots, &SnapshotsView::createRequested, this, &MainWindow::requestSnapshot);
    connect(m_timers, &TimersView::cancelRequested, this, &MainWindow::requestCancelTimer);
    connect(m_timers, &TimersView::streamRequested, this, &MainWindow::openStream);

    connect(m_nats, &NatsSession::stateChanged, this, &MainWindow::onNatsStateChanged);
    connect(m_nats, &NatsSession::busReady, this, &MainWindow::updateSignalActions);
    connect(m_signals, &SignalsView::sagaRequested, this, &MainWindow::openStream);
    // A store that closes or opens (another store, or the write-mode switch) takes the ingester
    // along: it records into the store that is open, only while that store may be written.
    connect(m_session, &StoreSession::stateChanged, this, &MainWindow::updateSignalActions);

    connect(m_import, &ImportJob::progressChanged, this, &MainWindow::onImportProgress);
    connect(m_import, &ImportJob::runningChanged, this, &MainWindow::updateImportAction);
    connect(m_import, &ImportJob::finished, this, &MainWindow::onImportFinished);

    restoreViewState();
    updateWriteModeLabel();
    onNatsStateChanged(m_nats->state(), m_nats->message());
}

MainWindow::~MainWindow()
{
    // Before the session goes (it waits for its workers): an import stops after its batch.
    m_import->cancel();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reload = file->addAction(tr("&Reload streams"), this, &MainWindow::reload);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* find = file->addAction(tr("&Find stream"), this, [this] {
        m_browser->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction* openAction = file->addAction(tr("&Open store…"), this, [this] { openStoreDialog(); });
    openAction->setObjectName(QStringLiteral("openStoreAction"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open another store, or a saved connection profile."));
    m_importAction = file->addAction(tr("&Import events…"), this, [this] { openImportDialog(); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* store = menuBar()->addMenu(tr("&Store"));
    m_writeMode = store->addAction(tr("&Write mode"));
    m_writeMode->setObjectName(QStringLiteral("writeModeAction"));
    m_writeMode->setCheckable(true);
    m_writeMode->setToolTip(
        tr("Allow SagaScope to write to this store (import events; create snapshots; schedule, cancel and fire "
           "timers). Off: nothing is ever written."));
    connect(m_writeMode, &QAction::triggered, this, &MainWindow::requestWriteMode);

    QMenu* signalsMenu = menuBar()->addMenu(tr("S&ignals"));
    m_sendSignal = signalsMenu->addAction(tr("&Send signal…"), this, [this] { openInjectDialog(); });
    m_sendSignal->setObjectName(QStringLiteral("sendSignalAction"));
    m_sendSignal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sendSignal->setToolTip(tr("Publish a test signal to a saga (needs a NATS connection and write mode)."));
    m_recordSignals = signalsMenu->addAction(tr("&Record signals in the store"));
    m_recordSignals->setObjectName(QStringLiteral("recordSignalsAction"));
    m_recordSignals->setCheckable(true);
    m_recordSignals->setToolTip(tr("Record every signal on NATS as a SignalReceived event on its saga's stream "
                                   "(needs a NATS connection and write mode)."));
    connect(m_recordSignals, &QAction::triggered, this, &MainWindow::setRecordSignals);
    signalsMenu->addSeparator();
    QAction* reconnect = signalsMenu->addAction(tr("&Connect to NATS again"), m_nats, &NatsSession::retry);
    reconnect->setObjectName(QStringLiteral("reconnectNatsAction"));
    signalsMenu->addAction(tr("Show the si&gnals"), this, &MainWindow::showSignalsTab);
    signalsMenu->addAction(tr("Show the tas&k queues"), this, &MainWindow::showTasksTab);

    QMenu* travel = menuBar()->addMenu(tr("&Time travel"));
    const auto add = [this, travel](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = travel->addAction(text, this, slot);
        a->setShortcut(key);
        // The shortcuts work wherever the focus is in the window.
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    add(tr("&First event"), QKeySequence(Qt::CTRL | Qt::Key_Home), [this] { goToVersion(1); });
    add(tr("&Previous event"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goToVersion(m_currentVersion - 1); });
    add(tr("&Next event"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { goToVersion(m_currentVersion + 1); });
    add(tr("&Last event"), QKeySequence(Qt::CTRL | Qt::Key_End),
        [this] { goToVersion(m_history->model()->stream().lastVersion); });
    travel->addSeparator();
    add(tr("Previous fai&lure"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { findTarget(HistoryTarget::PreviousFailure); });
    add(tr("Next f&ailure"), QKeySequence(Qt::Key_F8), [this] { findTarget(HistoryTarget::NextFailure); });
    add(tr("Previous &reset point"), QKeySequence(Qt::SHIFT | Qt::Key_F9),
        [this] { findTarget(HistoryTarget::PreviousResetPoint); });
    add(tr("Next reset p&oint"), QKeySequence(Qt::Key_F9), [this] { findTarget(HistoryTarget::NextResetPoint); });
    travel->addSeparator();
    add(tr("&Compare with the selected event"), QKeySequence(Qt::CTRL | Qt::Key_B),
        [this] { pinVersion(m_currentVersion); });
    add(tr("Compare with the previous event &again"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        [this] { unpin(); });
    travel->addSeparator();
    add(tr("Show the &state"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showStatePanel(); });
    add(tr("Show the &event"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showEventPanel(); });
}

void MainWindow::openStore(const SessionOpenRequest& request)
{
    m_banner->dismiss();
    m_listLoaded = m_listEmpty = m_detailShown = m_stateShown = m_failed = m_ready = false;
    m_session->open(request);
    m_storeLabel->setText(tr("Opening %1…").arg(m_session->displayUrl()));
    setWindowTitle(tr("SagaScope — %1").arg(m_session->displayUrl()));
    m_progress->setRange(0, 0); // busy until the store answers
    m_progress->show();
    updateWriteModeLabel();
}

void MainWindow::setInitialStream(const QString& streamId)
{
    m_initialStream = streamId;
    if (m_session->isOpen() && !streamId.isEmpty()) {
        m_browser->selectStream(streamId);
        m_history->openStream(streamId);
    }
}

void MainWindow::setInitialVersion(qint64 version, std::optional<qint64> pinned)
{
    m_initialVersion = version;
    m_initialPin = pinned;
}

void MainWindow::onOpened(const QString& displayUrl)
{
    setWindowTitle(tr("SagaScope — %1").arg(displayUrl));
    m_storeLabel->setText(tr("Store: %1").arg(displayUrl));
    m_progress->hide();
    m_progressLabel->hide();
    updateWriteModeLabel();
    if (!m_initialStream.isEmpty()) {
        m_browser->selectStream(m_initialStream);
        m_history->openStream(m_initialStream);
    }
}

void MainWindow::onOpenFailed(const Error& error)
{
    m_progress->hide();
    m_progressLabel->hide();
    m_storeLabel->setText(tr("Not connected: %1").arg(m_session->displayUrl()));
    m_banner->showError(tr("Cannot open the store %1").arg(m_session->displayUrl()), error);
    updateWriteModeLabel();
    fail();
}

void MainWindow::showProgress(int perMille, const QString& text)
{
    // The bar works in per-mille so any event count fits its int range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(perMille);
    m_progress->show();
    m_progressLabel->setText(text);
    m_progressLabel->show();
}

void MainWindow::onDemoProgress(qint64 done, qint64 total)
{
    showProgress(total > 0 ? static_cast<int>(done * 1000 / total) : 0,
        tr("Writing the demo data set: %1 of %2 events").arg(countText(done), countText(total)));
    m_storeLabel->setText(tr("Preparing %1…").arg(m_session->displayUrl()));
}

void MainWindow::onStreamsLoaded(int rows, bool)
{
    updateStreamsLabel();
    if (m_listLoaded)
        return;
    m_listLoaded = true;
    m_listEmpty = rows == 0;
    if (m_initialStream.isEmpty() && m_history->model()->stream().streamId.isEmpty())
        m_browser->selectFirstStream();
    checkReady();
}

void MainWindow::onStreamSelected(const StreamInfo& stream)
{
    const StreamInfo shown = m_history->model()->stream();
    if (shown.streamId == stream.streamId && shown.lastVersion == stream.lastVersion)
        return;
    m_history->showStream(stream);
}

void MainWindow::ensureTimeTravelStream()
{
    const StreamInfo stream = m_history->model()->stream();
    const StreamInfo travelling = m_timeTravel->stream();
    if (travelling.streamId == stream.streamId && travelling.lastVersion == stream.lastVersion)
        return;
    m_currentVersion = 0;
    m_pinned.reset();
    m_searchToken = 0;
    m_timeTravel->setStream(stream);
    m_bar->setStream(stream);
    m_state->clear();
    m_snapshots->setStream(stream);
    m_snapshots->setSelectedVersion(0);
    m_timers->setStream(stream.streamId);
    if (stream.streamId.isEmpty() || m_timeTravel->isSaga())
        m_saga->clear();
    else
        m_saga->showNotASaga(m_timeTravel->reducerName());
    m_history->setCategoryFilterAvailable(m_timeTravel->isSaga());
}

void MainWindow::onStreamShown(const StreamInfo& stream)
{
    m_eventsLabel->setText(tr("%1 events in %2").arg(countText(stream.lastVersion), stream.streamId));
    ensureTimeTravelStream();
    if (stream.streamId != m_initialStream)
        return;
    if (m_initialPin) {
        m_pinned = *std::exchange(m_initialPin, std::nullopt);
        m_bar->setPinned(m_pinned);
    }
    if (m_initialVersion > 0)
        goToVersion(std::exchange(m_initialVersion, 0));
}

void MainWindow::onStreamsGrew(const QList<StreamGrowth>& growth)
{
    m_browser->model()->applyGrowth(growth);
    m_history->applyGrowth(growth);
    m_timers->applyGrowth(growth);
}

void MainWindow::updateStreamsLabel()
{
    const StreamListModel* model = m_browser->model();
    const QString rows = countText(model->rowCount());
    m_streamsLabel->setText(model->hasMore() ? tr("%1+ streams").arg(rows) : tr("%1 streams").arg(rows));
}

void MainWindow::onStreamGrew(const StreamInfo& stream)
{
    m_eventsLabel->setText(tr("%1 events in %2").arg(countText(stream.lastVersion), stream.streamId));
    m_timeTravel->extendStream(stream);
    m_bar->extendStream(stream);
}

void MainWindow::onLiveStateChanged(LiveUpdates::State state, const QString& message)
{
    switch (state) {
    case LiveUpdates::State::Off:
        m_liveLabel->hide();
        break;
    case LiveUpdates::State::Connecting:
        m_liveLabel->setText(tr("Live: connecting…"));
        m_liveLabel->setStyleSheet(QString());
        m_liveLabel->setToolTip(tr("Connecting to the store's feed of new events."));
        m_liveLabel->show();
        break;
    case LiveUpdates::State::Live:
        m_liveLabel->setText(tr("\u25cf Live"));
        m_liveLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_liveLabel->setToolTip(tr("Events appended by anyone appear as they are committed."));
        m_liveLabel->show();
        if (!m_liveLostMessage.isEmpty() && m_banner->message() == m_liveLostMessage)
            m_banner->dismiss();
        m_liveLostMessage.clear();
        break;
    case LiveUpdates::State::Lost:
        m_liveLabel->setText(tr("\u25cb Live updates lost"));
        m_liveLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_liveLabel->setToolTip(message);
        m_liveLabel->show();
        m_banner->showError(tr("Live updates stopped; reconnecting, and catching up once connected"),
            Error { ErrorCode::Connection, message });
        m_liveLostMessage = m_banner->message();
        break;
    }
}

void MainWindow::onCurrentEventChanged(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    setCurrentVersion(index.data(HistoryModel::VersionRole).toLongLong());
    if (!index.data(HistoryModel::LoadedRole).toBool()) {
        m_detail->showPending(index.data(HistoryModel::VersionRole).toLongLong());
        return;
    }
    const auto event = index.data(HistoryModel::EventRole).value<RecordedEvent>();
    // A page that comes back into the cache must not collapse what the user expanded.
    if (event.eventId.isNull() || event.eventId != m_detail->eventId())
        m_detail->setEvent(event);
    m_bar->setVersion(event.version, event.recordedAtUs);
    m_detailShown = true;
    checkReady();
}

void MainWindow::setCurrentVersion(qint64 version)
{
    ensureTimeTravelStream();
    if (version <= 0 || version == m_currentVersion)
        return;
    m_currentVersion = version;
    m_bar->setVersion(version);
    m_snapshots->setSelectedVersion(version);
    requestState();
}

void MainWindow::requestState()
{
    if (m_currentVersion <= 0)
        return;
    m_state->showPending(m_currentVersion);
    m_timeTravel->requestState(m_currentVersion, m_pinned);
}

void MainWindow::goToVersion(qint64 version)
{
    const qint64 last = m_history->model()->stream().lastVersion;
    if (last <= 0)
        return;
    version = std::clamp<qint64>(version, 1, last);
    m_history->selectVersion(version);
    // In a filtered history the event may not be a row: the state follows the scrubber anyway.
    setCurrentVersion(version);
}

void MainWindow::findTarget(HistoryTarget target)
{
    if (m_currentVersion <= 0)
        return;
    QString looking;
    switch (target) {
    case HistoryTarget::NextFailure:
        looking = tr("Looking for the next failure…");
        break;
    case HistoryTarget::PreviousFailure:
        looking = tr("Looking for the previous failure…");
        break;
    case HistoryTarget::NextResetPoint:
        looking = tr("Looking for the next reset point…");
        break;
    case HistoryTarget::PreviousResetPoint:
        looking = tr("Looking for the previous reset point…");
        break;
    }
    m_bar->setSearchMessage(looking);
    m_searchToken = m_timeTravel->findEvent(target, m_currentVersion);
}

void MainWindow::onEventFound(quint64 token, HistoryTarget target, qint64 version)
{
    if (token != m_searchToken)
        return; // a newer search was started
    if (version > 0) {
        m_bar->setSearchMessage(QString());
        goToVersion(version);
        return;
    }
    switch (target) {
    case HistoryTarget::NextFailure:
        m_bar->setSearchMessage(tr("No failure after this event."));
        break;
    case HistoryTarget::PreviousFailure:
        m_bar->setSearchMessage(tr("No failure before this event."));
        break;
    case HistoryTarget::NextResetPoint:
        m_bar->setSearchMessage(tr("No reset point after this event."));
        break;
    case HistoryTarget::PreviousResetPoint:
        m_bar->setSearchMessage(tr("No reset point before this event."));
        break;
    }
}

void MainWindow::onStateReady(const StateAnswer& answer)
{
    if (answer.streamId != m_history->model()->stream().streamId)
        return;
    m_state->showAnswer(answer);
    if (answer.version == m_currentVersion && answer.eventTimeUs != 0)
        m_bar->setVersion(answer.version, answer.eventTimeUs);
    if (answer.saga)
        m_saga->setSnapshot(answer.saga);
    // Ready once the state of the selected event is there, not that of an earlier selection.
    m_stateShown = m_stateShown || answer.version == m_currentVersion;
    checkReady();
}

void MainWindow::pinVersion(qint64 version)
{
    if (version <= 0)
        return;
    m_pinned = version;
    m_bar->setPinned(m_pinned);
    requestState();
    showStatePanel();
}

void MainWindow::unpin()
{
    if (!m_pinned)
        return;
    m_pinned.reset();
    m_bar->setPinned(std::nullopt);
    requestState();
}

void MainWindow::showStatePanel()
{
    m_rightTabs->setCurrentWidget(m_state);
}

void MainWindow::showEventPanel()
{
    m_rightTabs->setCurrentWidget(m_detail);
}

void MainWindow::showSagaTab()
{
    m_bottomTabs->setCurrentWidget(m_saga);
}

void MainWindow::showSnapshotsTab()
{
    m_bottomTabs->setCurrentWidget(m_snapshots);
}

void MainWindow::showTimersTab()
{
    m_bottomTabs->setCurrentWidget(m_timers);
}

void MainWindow::showTasksTab()
{
    m_bottomTabs->setCurrentWidget(m_tasks);
}

void MainWindow::showSignalsTab()
{
    m_bottomTabs->setCurrentWidget(m_signals);
}

void MainWindow::connectNats(const NatsSessionSettings& settings)
{
    m_nats->connectTo(settings);
}

void MainWindow::openStream(const QString& streamId)
{
    if (streamId.isEmpty() || !m_session->isOpen())
        return;
    m_browser->selectStream(streamId);
    if (m_history->model()->stream().streamId != streamId)
        m_history->openStream(streamId);
}

InjectSignalDialog* MainWindow::openInjectDialog()
{
    const QString saga = m_history->model()->stream().streamId;
    auto* dialog = new InjectSignalDialog(m_nats, isWriteMode(), saga, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::setRecordSignals(bool record)
{
    m_recordWanted = record;
    updateSignalActions();
}

void MainWindow::onNatsStateChanged(NatsSession::State state, const QString& message)
{
    QString style;
    switch (state) {
    case NatsSession::State::Off:
        m_natsLabel->setText(tr("NATS: off"));
        m_natsLabel->setToolTip(tr("Not connected to NATS; start SagaScope with --nats URL to watch signals."));
        break;
    case NatsSession::State::Connecting:
        m_natsLabel->setText(tr("NATS: connecting…"));
        m_natsLabel->setToolTip(tr("Connecting to %1.").arg(m_nats->displayUrl()));
        break;
    case NatsSession::State::Connected:
        m_natsLabel->setText(tr("NATS: connected"));
        m_natsLabel->setToolTip(tr("Connected to %1.").arg(m_nats->displayUrl()));
        style = QStringLiteral("color: #2e7d32;");
        break;
    case NatsSession::State::Reconnecting:
        m_natsLabel->setText(tr("NATS: reconnecting…"));
        m_natsLabel->setToolTip(message);
        style = QStringLiteral("color: #b26a00;");
        break;
    case NatsSession::State::Unavailable:
        m_natsLabel->setText(tr("NATS: unavailable"));
        m_natsLabel->setToolTip(message);
        style = QStringLiteral("color: #c62828;");
        break;
    }
    m_natsLabel->setStyleSheet(style);
    updateSignalActions();
}

void MainWindow::updateSignalActions()
{
    const bool connected = m_nats->hasBus() && m_nats->state() == NatsSession::State::Connected;
    if (m_sendSignal)
        m_sendSignal->setEnabled(connected);
    const bool writable = isWriteMode() && m_session->isOpen();
    const bool canRecord = writable && m_nats->hasBus();
    const bool record = canRecord && m_recordWanted;
    if (m_recordSignals) {
        m_recordSignals->setEnabled(canRecord);
        m_recordSignals->setChecked(record);
    }
    SignalRecorder* recorder = m_nats->recorder();
    const std::shared_ptr<EventStore> store = m_session->store();
    // A reopened store is another object: the ingester moves to it.
    if (recorder->isRunning() && (!record || store.get() != m_recordingStore)) {
        m_recordingStore = nullptr;
        recorder->stop();
    }
    if (record && !recorder->isRunning() && store) {
        m_recordingStore = store.get();
        recorder->start(m_nats->bus(), store, m_nats->settings().ingester);
    }
}

void MainWindow::setConfirmationHandler(std::function<bool(const QString&, const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

bool MainWindow::isWriteMode() const
{
    return m_session->state() != StoreSession::State::Closed && !m_session->isReadOnly();
}

void MainWindow::requestWriteMode(bool writable)
{
    if (writable
        && !m_confirm(tr("Write mode"),
            tr("Allow SagaScope to write to %1?\n\nIn write mode you can import events, create snapshots and "
               "schedule, cancel and fire timers. The store is opened again for writing, which may also apply "
               "pending schema migrations.")
                .arg(m_session->displayUrl()))) {
        updateWriteModeLabel();
        return;
    }
    setWriteMode(writable);
}

void MainWindow::setWriteMode(bool writable)
{
    if (writable == isWriteMode()) {
        updateWriteModeLabel();
        return;
    }
    // Come back to the same stream and event once the store is open again.
    const QString initialStream = std::exchange(m_initialStream, m_history->model()->stream().streamId);
    const qint64 initialVersion = std::exchange(m_initialVersion, m_currentVersion);
    m_session->reopen(!writable);
    if (m_session->isOpen()) {
        // An adopted store stays open (only the flag changed): nothing to come back to.
        m_initialStream = initialStream;
        m_initialVersion = initialVersion;
    }
    updateWriteModeLabel();
}

void MainWindow::updateWriteModeLabel()
{
    const bool writable = isWriteMode();
    if (m_writeMode)
        m_writeMode->setChecked(writable);
    m_modeLabel->setText(writable ? tr("Write mode") : tr("Read-only"));
    m_modeLabel->setToolTip(writable
            ? tr("SagaScope may write to this store (Store ▸ Write mode).")
            : tr("Nothing is written to this store. Store ▸ Write mode allows imports, snapshots and timers."));
    m_modeLabel->setStyleSheet(writable ? QStringLiteral("color: #b26a00; font-weight: bold;") : QString());
    m_snapshots->setWritable(writable && m_session->isOpen());
    m_timers->setWritable(writable && m_session->isOpen());
    updateImportAction();
    updateSignalActions();
}

void MainWindow::updateImportAction()
{
    if (!m_importAction)
        return;
    // A running import stays reachable whatever the mode, to follow or stop it.
    m_importAction->setEnabled((isWriteMode() && m_session->isOpen()) || m_import->isRunning());
    m_importAction->setToolTip(m_importAction->isEnabled()
            ? tr("Import an NDJSON export or a Temporal workflow history into this store.")
            : tr("Importing writes to the store: switch on Store ▸ Write mode first."));
}

void MainWindow::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

OpenStoreDialog* MainWindow::openStoreDialog()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    if (!m_openDialog) {
        m_openDialog = new OpenStoreDialog(*m_settings, m_secrets, m_session->url(), this);
        m_openDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_openDialog, &QObject::destroyed, this, [this] { m_openDialog = nullptr; });
        connect(m_openDialog, &QDialog::accepted, this, [this] {
            // The stream asked for on the command line belongs to the store opened then.
            m_initialStream.clear();
            m_initialPin.reset();
            openStore(m_openDialog->request());
        });
    }
    m_openDialog->show();
    m_openDialog->raise();
    m_openDialog->activateWindow();
    return m_openDialog;
}

ImportDialog* MainWindow::openImportDialog()
{
    if (!m_importAction->isEnabled())
        return nullptr;
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_import, m_session->displayUrl(), this);
        connect(m_importDialog, &QObject::destroyed, this, [this] { m_importDialog = nullptr; });
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

void MainWindow::onImportProgress(const ImportProgress& progress)
{
    if (m_import->isRunning())
        showProgress(progress.perMille(), tr("Importing: %1 events stored").arg(countText(progress.events)));
}

void MainWindow::onImportFinished(const ImportReport& report)
{
    m_progress->hide();
    m_progressLabel->hide();
    if (report.progress.events > 0)
        reload();
    if (report.succeeded() && report.format == ImportFormat::Temporal)
        openStream(report.streamId);
    // The dialog tells it when it is shown; otherwise the window does.
    if (m_importDialog && m_importDialog->isVisible())
        return;
    if (report.error)
        m_banner->showError(tr("The import stopped"), Error { report.error->code, ImportDialog::summary(report) });
    else
        statusBar()->showMessage(ImportDialog::summary(report), 15000);
}

void MainWindow::requestSnapshot(qint64 version)
{
    const StreamInfo stream = m_history->model()->stream();
    if (stream.streamId.isEmpty() || version <= 0)
        return;
    if (!m_confirm(tr("Create snapshot"),
            tr("Write a snapshot of %1 at version %2 to %3?")
                .arg(stream.streamId, countText(version), m_session->displayUrl())))
        return;
    m_snapshots->model()->createSnapshot(version);
}

void MainWindow::requestCancelTimer(const TimerRecord& timer)
{
    if (timer.timerId.isEmpty())
        return;
    if (!m_confirm(tr("Cancel timer"),
            tr("Cancel timer %1 of %2, due at %3, in %4? It will never fire.")
                .arg(timer.timerId, timer.streamId, localTimeText(timer.fireAtUs), m_session->displayUrl())))
        return;
    m_timers->model()->cancelTimer(timer.timerId);
}

void MainWindow::reload()
{
    if (m_session->isOpen()) {
        m_browser->model()->reload();
        m_session->requestStreamTypes();
    }
}

void MainWindow::fail()
{
    m_failed = true;
    checkReady();
}

void MainWindow::checkReady()
{
    if (m_ready)
        return;
    if (m_failed || (m_listLoaded && (m_listEmpty || (m_detailShown && m_stateShown)))) {
        m_ready = true;
        Q_EMIT dataReady();
    }
}

void MainWindow::restoreViewState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1600, 1000);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
    const QByteArray splitter = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray vertical = settings.value(QStringLiteral("mainWindow/verticalSplitter")).toByteArray();
    if (!vertical.isEmpty())
        m_vertical->restoreState(vertical);
    restoreHeaderStates(this, settings);
    if (settings.value(QStringLiteral("timers/scope")).toString() == QLatin1StringView("all"))
        m_timers->setScope(TimersView::Scope::AllStreams);
}

void MainWindow::saveViewState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/verticalSplitter"), m_vertical->saveState());
    saveHeaderStates(this, settings);
    settings.setValue(QStringLiteral("timers/scope"),
        m_timers->scope() == TimersView::Scope::AllStreams ? QStringLiteral("all") : QStringLiteral("stream"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_saveStateOnClose)
        saveViewState();
    QMainWindow::closeEvent(event);
}

} // namespace sagascope
