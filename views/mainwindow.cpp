// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "eventdetailview.h"
#include "historymodel.h"
#include "historyview.h"
#include "streambrowser.h"
#include "streamlistmodel.h"
#include "viewstate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sagascope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new StoreSession(this))
    , m_banner(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new StreamBrowser(m_session, m_splitter))
    , m_history(new HistoryView(m_session, m_splitter))
    , m_detail(new EventDetailView(m_splitter))
    , m_storeLabel(new QLabel(this))
    , m_streamsLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SagaScope"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_history);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({ 400, 700, 480 });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setTextFormat(Qt::PlainText);
    m_streamsLabel->setObjectName(QStringLiteral("streamsLabel"));
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->hide();
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_streamsLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    m_storeLabel->setText(tr("No store open"));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reload = file->addAction(tr("&Reload streams"), this, &MainWindow::reload);
    reload->setShortcut(QKeySequence::Refresh);
    QAction* find = file->addAction(tr("&Find stream"), this, [this] {
        m_browser->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_session, &StoreSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &StoreSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &StoreSession::demoProgress, this, &MainWindow::onDemoProgress);
    connect(m_session, &StoreSession::sessionWarning, this,
        [this](const Error& error) { m_banner->showError(tr("The demo data set could not be written"), error); });
    connect(m_browser->model(), &StreamListModel::pageLoaded, this, &MainWindow::onStreamsLoaded);
    connect(m_browser->model(), &StreamListModel::loadFailed, this, &MainWindow::fail);
    connect(m_browser->model(), &StreamListModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_browser->model()->rowCount() == 0)
            m_streamsLabel->setText(tr("Loading streams…"));
    });
    connect(m_browser, &StreamBrowser::streamSelected, this, &MainWindow::onStreamSelected);
    connect(m_history, &HistoryView::currentEventChanged, this, &MainWindow::onCurrentEventChanged);
    connect(m_history->model(), &HistoryModel::streamChanged, this, &MainWindow::onStreamShown);
    connect(m_history->model(), &HistoryModel::streamOpenFailed, this, &MainWindow::fail);
    connect(m_history->model(), &HistoryModel::pageFailed, this, &MainWindow::fail);

    restoreViewState();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStore(const SessionOpenRequest& request)
{
    m_banner->dismiss();
    m_listLoaded = m_listEmpty = m_detailShown = m_failed = m_ready = false;
    m_session->open(request);
    m_storeLabel->setText(tr("Opening %1…").arg(m_session->displayUrl()));
    setWindowTitle(tr("SagaScope — %1").arg(m_session->displayUrl()));
    m_progress->setRange(0, 0); // busy until the store answers
    m_progress->show();
}

void MainWindow::setInitialStream(const QString& streamId)
{
    m_initialStream = streamId;
    if (m_session->isOpen() && !streamId.isEmpty()) {
        m_browser->selectStream(streamId);
        m_history->openStream(streamId);
    }
}

void MainWindow::onOpened(const QString& displayUrl)
{
    setWindowTitle(tr("SagaScope — %1").arg(displayUrl));
    m_storeLabel->setText(tr("Store: %1").arg(displayUrl));
    m_progress->hide();
    m_progressLabel->hide();
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
    fail();
}

void MainWindow::onDemoProgress(qint64 done, qint64 total)
{
    // The bar works in per-mille so any event count fits its int range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    m_progress->show();
    m_progressLabel->setText(tr("Writing the demo data set: %1 of %2 events").arg(countText(done), countText(total)));
    m_progressLabel->show();
    m_storeLabel->setText(tr("Preparing %1…").arg(m_session->displayUrl()));
}

void MainWindow::onStreamsLoaded(int rows, bool hasMore)
{
    m_streamsLabel->setText(hasMore ? tr("%1+ streams").arg(countText(rows)) : tr("%1 streams").arg(countText(rows)));
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

void MainWindow::onStreamShown(const StreamInfo& stream)
{
    m_eventsLabel->setText(tr("%1 events in %2").arg(countText(stream.lastVersion), stream.streamId));
}

void MainWindow::onCurrentEventChanged(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    if (!index.data(HistoryModel::LoadedRole).toBool()) {
        m_detail->showPending(index.data(HistoryModel::VersionRole).toLongLong());
        return;
    }
    const auto event = index.data(HistoryModel::EventRole).value<RecordedEvent>();
    // A page that comes back into the cache must not collapse what the user expanded.
    if (event.eventId.isNull() || event.eventId != m_detail->eventId())
        m_detail->setEvent(event);
    m_detailShown = true;
    checkReady();
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
    if (m_failed || (m_listLoaded && (m_listEmpty || m_detailShown))) {
        m_ready = true;
        Q_EMIT dataReady();
    }
}

void MainWindow::restoreViewState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1600, 900);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
    const QByteArray splitter = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    restoreHeaderStates(this, settings);
}

void MainWindow::saveViewState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    saveHeaderStates(this, settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_saveStateOnClose)
        saveViewState();
    QMainWindow::closeEvent(event);
}

} // namespace sagascope
