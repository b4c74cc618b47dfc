// SPDX-License-Identifier: MIT
#include "monitorstallbench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

bool benchMonitorStall(const QString& natsUrl, QTextStream& out, QTextStream& log)
{
    const QString program = QStringLiteral(SAGASCOPE_GUI_PROGRAM);
    if (program.isEmpty()) {
        log << "monitor_stall: this build has no inspector (SAGASCOPE_BUILD_GUI=OFF)" << Qt::endl;
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        log << "  monitor_stall: no display, the inspector runs on the offscreen platform" << Qt::endl;
    }
    QProcess inspector;
    inspector.setProcessEnvironment(env);
    inspector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    inspector.start(program, { QStringLiteral("--measure-monitor-stall"), QStringLiteral("--nats"), natsUrl });
    // Ten seconds of load, the monitor's start and the drain; a hung inspector is stopped.
    constexpr int timeoutMs = 120000;
    if (!inspector.waitForFinished(timeoutMs)) {
        log << "monitor_stall: " << program << " did not finish within " << timeoutMs / 1000 << " s ("
            << inspector.errorString() << ")" << Qt::endl;
        inspector.kill();
        inspector.waitForFinished();
        return false;
    }
    const QList<QByteArray> lines = inspector.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(QStringLiteral("name")).toString() != QLatin1String("monitor_stall"))
            continue;
        if (row.contains(QStringLiteral("error"))) {
            log << "monitor_stall: " << row.value(QStringLiteral("error")).toString() << Qt::endl;
            return false;
        }
        out << line << Qt::endl;
        return inspector.exitCode() == 0;
    }
    log << "monitor_stall: the inspector printed no measurement (exit code " << inspector.exitCode() << ")" << Qt::endl;
    return false;
}
