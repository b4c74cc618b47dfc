// SPDX-License-Identifier: MIT
// File ▸ Import events, offscreen. On a real PostgreSQL database: read-only the action is off
// and says why; in write mode an NDJSON export goes in through the batch path and its streams
// appear in the browser, importing it again stores nothing new, a Temporal history opens as its
// saga, and a damaged line is named with the batches before it kept. On a store whose batch
// append waits at a gate: Stop ends the import after the batch in flight, and closing the window
// in the middle of an import stops it there instead of importing the rest.
#include "forwardingstore.h"
#include "historymodel.h"
#include "historyview.h"
#include "importdialog.h"
#include "importjob.h"
#include "mainwindow.h"
#include "memoryeventstore.h"
#include "ndjsonexport.h"
#include "openstore.h"
#include "streambrowsertestsupport.h"
#include "teststores.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace sagascope;
using namespace sagascope::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

// A store whose batch appends wait until the gate opens.
class GatedStore : public test::ForwardingStore
{
public:
    GatedStore()
        : ForwardingStore(m_memory)
    { }

    Result<QList<AppendResult>> appendBatch(const QList<AppendRequest>& requests) override
    {
        ++m_batches;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_open; });
        lock.unlock();
        return ForwardingStore::appendBatch(requests);
    }

    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    int batches() const { return m_batches; }

private:
    MemoryEventStore m_memory;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
    std::atomic<int> m_batches { 0 };
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The report of an import started from the dialog; none if the dialog did not open or the
    // import did not finish within a minute.
    static std::optional<ImportReport> runImport(MainWindow& window, const QString& path)
    {
        ImportDialog* dialog = window.openImportDialog();
        if (!dialog)
            return std::nullopt;
        QSignalSpy finished(window.importJob(), &ImportJob::finished);
        dialog->pathEdit()->setText(path);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        if (!finished.wait(60000) && finished.isEmpty())
            return std::nullopt;
        return finished.first().first().value<ImportReport>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsIntoPostgres()
    {
        test::ScratchDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const QString ndjson = writeFile(m_dir, QStringLiteral("orders.ndjson"), exportOf(3, 4000));
        // The schema first: the window opens the database read-only.
        auto check = openStore(database.url());
        QVERIFY2(check, qPrintable(check ? QString() : check.error().message));

        MainWindow window;
        window.setSaveStateOnClose(false);
        window.setConfirmationHandler([](const QString&, const QString&) { return true; });
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionOpenRequest request;
        request.url = database.url();
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOpen(), 20000);

        // Read-only: no import, and the action says why.
        QVERIFY(!window.importAction()->isEnabled());
        QVERIFY(window.importAction()->toolTip().contains(QStringLiteral("Write mode")));
        QVERIFY(!window.openImportDialog());

        window.setWriteMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.isWriteMode() && window.session()->isOpen(), 20000);
        QVERIFY(window.importAction()->isEnabled());
        ImportDialog* dialog = window.openImportDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled()); // no file yet
        dialog->pathEdit()->setText(ndjson);
        QCOMPARE(dialog->streamEdit()->text(), QStringLiteral("temporal-orders"));
        QVERIFY(dialog->importButton()->isEnabled());

        // 12 000 events in batches of 5 000: three transactions, then the streams show.
        std::optional<ImportReport> run = runImport(window, ndjson);
        QVERIFY2(run, "the import did not finish");
        ImportReport report = *run;
        QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.format, ImportFormat::Ndjson);
        QCOMPARE(report.progress.written, 12000);
        QCOMPARE(report.progress.streams, 3);
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("of 3 streams")),
            qPrintable(dialog->statusLabel()->text()));
        QTRY_COMPARE(listedStreams(window.streamBrowser()),
            (QStringList { QStringLiteral("imported-0"), QStringLiteral("imported-1"), QStringLiteral("imported-2") }));
        QCOMPARE(storedEvents(**check), 12000);

        // Again: everything is recognised, nothing is written.
        run = runImport(window, ndjson);
        QVERIFY2(run, "the import did not finish");
        report = *run;
        QVERIFY(report.succeeded());
        QCOMPARE(report.progress.written, 0);
        QCOMPARE(report.progress.alreadyStored, 12000);
        QCOMPARE(storedEvents(**check), 12000);

        // A Temporal history goes to the stream the dialog names, and the window opens it.
        const QString temporal = QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES "/cancel-timer-after-activity.json");
        dialog->streamEdit()->clear();
        QTest::keyClicks(dialog->streamEdit(), QStringLiteral("saga-from-temporal"));
        run = runImport(window, temporal);
        QVERIFY2(run, "the import did not finish");
        report = *run;
        QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.format, ImportFormat::Temporal);
        QCOMPARE(report.streamId, QStringLiteral("saga-from-temporal"));
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("saga-from-temporal"));
        QTRY_COMPARE(window.historyView()->model()->rowCount(), int(report.progress.written));

        // A damaged line: named, shown in red, and the batch before it kept.
        QList<QByteArray> lines = exportOf(1, 6000, QStringLiteral("damaged")).split('\n');
        lines[5500] = "{\"stream_id\":\"damaged-0\",\"version\":5501,\"type\":";
        const QString damaged = writeFile(m_dir, QStringLiteral("damaged.ndjson"), lines.join('\n'));
        run = runImport(window, damaged);
        QVERIFY2(run, "the import did not finish");
        report = *run;
        QVERIFY(report.error);
        QCOMPARE(report.progress.written, 5000);
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Line 5501")),
            qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->statusLabel()->styleSheet().contains(QStringLiteral("#c62828")));
        const auto info = (*check)->streamInfo(QStringLiteral("damaged-0"));
        QVERIFY(info);
        QCOMPARE(info->lastVersion, 5000);

        // A file that is not there.
        run = runImport(window, m_dir.filePath(QStringLiteral("missing.ndjson")));
        QVERIFY2(run, "the import did not finish");
        report = *run;
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::NotFound);
        QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Nothing was imported")));
    }

    void stopEndsAfterTheBatchInFlight()
    {
        const QString ndjson = writeFile(m_dir, QStringLiteral("stop.ndjson"), exportOf(2, 6000));
        auto store = std::make_shared<GatedStore>();
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.session()->adopt(store, false);
        QTRY_VERIFY(window.importAction()->isEnabled());
        ImportDialog* dialog = window.openImportDialog();
        QVERIFY(dialog);
        QSignalSpy finished(window.importJob(), &ImportJob::finished);
        dialog->pathEdit()->setText(ndjson);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(store->batches(), 1);
        // The window goes on answering while the batch waits, and has heard how far the reading
        // got (progress comes every 4 096 lines, the batch after 5 000).
        QVERIFY(window.importJob()->isRunning());
        QTRY_VERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("events stored")),
            qPrintable(dialog->statusLabel()->text()));
        QVERIFY(window.importJob()->progress().bytesRead > 0);
        QVERIFY(dialog->stopButton()->isEnabled());
        QVERIFY(!dialog->importButton()->isEnabled());
        // Closing the dialog leaves the import running; the window shows it.
        dialog->close();
        QVERIFY(window.importJob()->isRunning());
        QVERIFY(window.importAction()->isEnabled());
        dialog = window.openImportDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->pathEdit()->text(), ndjson);
        QVERIFY(dialog->stopButton()->isEnabled());
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        store->open();
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(!report.error);
        QCOMPARE(report.progress.written, 5000);
        QCOMPARE(storedEvents(*store), 5000);
        QCOMPARE(store->batches(), 1);
        QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Stopped")),
            qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->importButton()->isEnabled());
    }

    void closingTheWindowStopsTheImport()
    {
        const QString ndjson = writeFile(m_dir, QStringLiteral("close.ndjson"), exportOf(2, 6000));
        auto store = std::make_shared<GatedStore>();
        auto window = std::make_unique<MainWindow>();
        window->setSaveStateOnClose(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->session()->adopt(store, false);
        QTRY_VERIFY(window->importAction()->isEnabled());
        ImportDialog* dialog = window->openImportDialog();
        QVERIFY(dialog);
        dialog->pathEdit()->setText(ndjson);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(store->batches(), 1);
        // The batch in flight is let through a moment after the window starts closing; the
        // window waits for it, and for nothing after it.
        std::thread opener([&store] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            store->open();
        });
        window.reset();
        opener.join();
        QCOMPARE(store->batches(), 1);
        QCOMPARE(storedEvents(*store), 5000);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
