// SPDX-License-Identifier: MIT
// The inspector's main window: wires the panels together, holds no business logic.
// Left the stream browser, centre the history of the selected stream, right the selected
// event; the status bar names the store and counts what is loaded.
#pragma once

#include "storesession.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSplitter;

namespace sagascope {

class ErrorBanner;
class EventDetailView;
class HistoryView;
class StreamBrowser;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openStore(const SessionOpenRequest& request);
    // Shows this stream once the store is open instead of the first listed one.
    void setInitialStream(const QString& streamId);
    // Whether closing the window remembers its layout (off for screenshots and tests).
    void setSaveStateOnClose(bool save) { m_saveStateOnClose = save; }

    // True once the window shows what it was asked to: the stream list, the selected stream's
    // history and its first event, or the error that prevented it.
    bool isDataReady() const { return m_ready; }

    StoreSession* session() const { return m_session; }
    StreamBrowser* streamBrowser() const { return m_browser; }
    HistoryView* historyView() const { return m_history; }
    EventDetailView* eventDetail() const { return m_detail; }
    ErrorBanner* errorBanner() const { return m_banner; }

Q_SIGNALS:
    void dataReady();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onOpened(const QString& displayUrl);
    void onOpenFailed(const Error& error);
    void onDemoProgress(qint64 done, qint64 total);
    void onStreamsLoaded(int rows, bool hasMore);
    void onStreamSelected(const StreamInfo& stream);
    void onCurrentEventChanged(const QModelIndex& index);
    void onStreamShown(const StreamInfo& stream);
    void reload();
    void fail();
    void checkReady();
    void restoreViewState();
    void saveViewState();

    StoreSession* m_session;
    ErrorBanner* m_banner;
    QSplitter* m_splitter;
    StreamBrowser* m_browser;
    HistoryView* m_history;
    EventDetailView* m_detail;
    QLabel* m_storeLabel;
    QLabel* m_streamsLabel;
    QLabel* m_eventsLabel;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QString m_initialStream;
    bool m_saveStateOnClose = true;
    bool m_listLoaded = false;
    bool m_listEmpty = false;
    bool m_detailShown = false;
    bool m_failed = false;
    bool m_ready = false;
};

} // namespace sagascope
