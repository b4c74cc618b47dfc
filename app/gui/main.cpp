// SPDX-License-Identifier: MIT
// sagascope: the inspector window. Argument parsing and wiring only.
#include "mainwindow.h"
#include "monitorstallmeasurement.h"
#include "storelocation.h"
#include "timetravelmeasurement.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace {

struct GuiTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeGui)
};

// How long --screenshot waits for the window to load before it gives up (the first run writes
// the demo data set first).
constexpr int screenshotTimeoutMs = 10 * 60 * 1000;

// The embedded default store is created, and filled with the demo data set, on first use.
bool isDefaultStore(const QString& url)
{
    const auto location = sagascope::StoreLocation::parse(url);
    return location && location->kind == sagascope::StoreLocation::Kind::Sqlite
        && QFileInfo(location->path).absoluteFilePath() == QFileInfo(sagascope::defaultStorePath()).absoluteFilePath();
}

// Help text and screenshots need no screen: without a display they use the offscreen platform
// instead of failing to find one.
void preferOffscreenWithoutDisplay(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg.startsWith("--screenshot")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    preferOffscreenWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SagaScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sagascope.io"));
    QCoreApplication::setApplicationName(QStringLiteral("SagaScope"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SagaScope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.sagascope.SagaScope"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.sagascope.SagaScope.svg")));
    sagascope::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiTr::tr("Inspect the streams and event histories of an event store."));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
        GuiTr::tr("The store to open: postgresql://…, sqlite:PATH, a file path or memory: (default: %1).")
            .arg(sagascope::defaultStoreUrl()),
        GuiTr::tr("URL"));
    const QCommandLineOption streamOption(
        QStringLiteral("stream"), GuiTr::tr("Select this stream instead of the first listed one."), GuiTr::tr("ID"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        GuiTr::tr("Wait until the window has loaded its data, save a picture of it to FILE (PNG) and exit."),
        GuiTr::tr("FILE"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
        GuiTr::tr("Select this version of the stream (with --stream) and show the state after it."), GuiTr::tr("N"));
    const QCommandLineOption pinOption(QStringLiteral("compare-with"),
        GuiTr::tr("Compare the state with this version instead of the one before the selected event."), GuiTr::tr("N"));
    const QCommandLineOption panelOption(
        QStringLiteral("panel"), GuiTr::tr("The right-hand panel to show: event or state."), GuiTr::tr("PANEL"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        GuiTr::tr("The bottom tab to show: saga, snapshots, timers, signals or tasks."), GuiTr::tr("TAB"));
    const QCommandLineOption natsOption(QStringLiteral("nats"),
        GuiTr::tr("The NATS server whose signals the Signals tab shows (default: $SAGASCOPE_NATS, else %1).")
            .arg(sagascope::nats::defaultNatsUrl),
        GuiTr::tr("URL"));
    const QCommandLineOption stallOption(QStringLiteral("measure-monitor-stall"),
        GuiTr::tr("Publish signals at --monitor-rate for --monitor-seconds on a second connection while the "
                  "Signals tab watches them, print the longest stall of the window's event loop as JSON, and "
                  "exit."));
    const QCommandLineOption rateOption(QStringLiteral("monitor-rate"),
        GuiTr::tr("Signals per second for --measure-monitor-stall (default 50000)."), GuiTr::tr("N"));
    const QCommandLineOption secondsOption(QStringLiteral("monitor-seconds"),
        GuiTr::tr("Seconds of load for --measure-monitor-stall (default 10)."), GuiTr::tr("S"));
    parser.addOption(storeOption);
    parser.addOption(streamOption);
    parser.addOption(versionOption);
    parser.addOption(pinOption);
    parser.addOption(panelOption);
    parser.addOption(tabOption);
    parser.addOption(natsOption);
    parser.addOption(stallOption);
    parser.addOption(rateOption);
    parser.addOption(secondsOption);
    const QCommandLineOption measureOption(QStringLiteral("measure-time-travel"),
        GuiTr::tr("With --stream: once its checkpoints are built, select N random events one after another, print how "
                  "long each took to show its state, and exit."),
        GuiTr::tr("N"));
    parser.addOption(screenshotOption);
    parser.addOption(measureOption);
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption& option) -> std::optional<qint64> {
        if (!parser.isSet(option))
            return std::nullopt;
        bool ok = false;
        const qint64 n = parser.value(option).toLongLong(&ok);
        if (!ok || n < 1) {
            QTextStream(stderr) << GuiTr::tr("--%1 takes a version number (1 or more), not \"%2\".")
                                       .arg(option.names().constFirst(), parser.value(option))
                                << Qt::endl;
            ::exit(1);
        }
        return n;
    };
    const std::optional<qint64> version = number(versionOption);
    const std::optional<qint64> pinned = number(pinOption);
    const std::optional<qint64> measure = number(measureOption);
    const std::optional<qint64> monitorRate = number(rateOption);
    const std::optional<qint64> monitorSeconds = number(secondsOption);
    const bool measureStall = parser.isSet(stallOption);
    const QString panel = parser.value(panelOption);
    const QString tab = parser.value(tabOption);
    if ((!panel.isEmpty() && panel != u"event" && panel != u"state")
        || (!tab.isEmpty() && tab != u"saga" && tab != u"snapshots" && tab != u"timers" && tab != u"signals"
            && tab != u"tasks")) {
        QTextStream(stderr) << GuiTr::tr(
            "--panel takes event or state, --tab takes saga, snapshots, timers, signals or tasks.")
                            << Qt::endl;
        return 1;
    }

    // The stall measurement needs no data: without --store it leaves the user's store alone.
    const QString url = parser.isSet(storeOption) ? parser.value(storeOption)
        : measureStall                            ? QStringLiteral("memory:")
                                                  : sagascope::defaultStoreUrl();
    sagascope::NatsSessionSettings nats;
    nats.connection = sagascope::nats::natsSettingsFor(parser.value(natsOption), QStringLiteral("sagascope"));
    if (measureStall) {
        // A stream of its own, so the flood neither mixes with real signals nor outlives its use.
        nats.stream.streamName = QStringLiteral("SAGASCOPE_MONITOR_STALL");
        nats.stream.subjectTemplate = QStringLiteral("sagascope.monitor-stall.{saga_id}");
        nats.stream.maxAgeSeconds = 3600;
        nats.stream.maxMessages = 2'000'000;
        nats.stream.maxBytes = qint64(512) << 20;
        nats.retryIntervalMs = 0;
    }
    sagascope::SessionOpenRequest request;
    request.url = url;
    // The embedded default store is ours to create and fill; any other store is only read.
    request.writeDemoWhenEmpty = isDefaultStore(url);
    request.options.readOnly = !request.writeDemoWhenEmpty;

    sagascope::MainWindow window;
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        window.setSaveStateOnClose(false);
        window.resize(1600, 900);
        auto grab = [&window, screenshot](bool timedOut) {
            QTextStream err(stderr);
            const bool saved = window.grab().save(screenshot, "PNG");
            if (!saved) {
                err << GuiTr::tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(screenshot))
                    << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            if (timedOut) {
                err << GuiTr::tr("The window did not finish loading in time; the screenshot shows it as it was.")
                    << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            if (window.session()->state() == sagascope::StoreSession::State::Failed) {
                err << window.session()->openError().message << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        };
        QObject::connect(&window, &sagascope::MainWindow::dataReady, &window, [grab] {
            // One more turn of the event loop so the last rows and the detail are painted.
            QTimer::singleShot(150, [grab] { grab(false); });
        });
        QTimer::singleShot(screenshotTimeoutMs, &window, [grab] { grab(true); });
    }
    if (measure) {
        window.setSaveStateOnClose(false);
        window.showStatePanel();
        auto* measurement = new sagascope::TimeTravelMeasurement(&window, static_cast<int>(*measure), &window);
        QObject::connect(measurement, &sagascope::TimeTravelMeasurement::finished, &window, [](const QString& report) {
            QTextStream(stdout) << report << Qt::endl;
            QCoreApplication::exit(0);
        });
        QObject::connect(measurement, &sagascope::TimeTravelMeasurement::failed, &window, [](const QString& reason) {
            QTextStream(stderr) << GuiTr::tr("sagascope: nothing to measure: %1").arg(reason) << Qt::endl;
            QCoreApplication::exit(1);
        });
        measurement->start();
    }
    if (measureStall) {
        window.setSaveStateOnClose(false);
        window.showSignalsTab();
        sagascope::nats::SignalLoadOptions load;
        load.messagesPerSecond = static_cast<int>(std::min<qint64>(monitorRate.value_or(50'000), 10'000'000));
        load.durationMs = static_cast<int>(std::min<qint64>(monitorSeconds.value_or(10), 3600) * 1000);
        load.purgeFirst = true; // the measurement's own stream (SAGASCOPE_MONITOR_STALL)
        auto* stall = new sagascope::MonitorStallMeasurement(&window, nats, load, &window);
        QObject::connect(
            stall, &sagascope::MonitorStallMeasurement::finished, &window, [](const QString& report, bool ok) {
                QTextStream(stdout) << report << Qt::endl;
                QCoreApplication::exit(ok ? 0 : 1);
            });
        stall->start();
    }
    window.show();
    window.connectNats(nats);
    window.setInitialStream(parser.value(streamOption));
    if (version || pinned)
        window.setInitialVersion(version.value_or(1), pinned);
    if (panel == u"state")
        window.showStatePanel();
    if (tab == u"snapshots")
        window.showSnapshotsTab();
    if (tab == u"timers")
        window.showTimersTab();
    if (tab == u"tasks")
        window.showTasksTab();
    if (tab == u"signals")
        window.showSignalsTab();
    window.openStore(request);
    return app.exec();
}
