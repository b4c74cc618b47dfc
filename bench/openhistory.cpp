// SPDX-License-Identifier: MIT
#include "openhistory.h"

#include "benchstats.h"

#include "historymodel.h"
#include "storelocation.h"
#include "storesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <functional>
#include <vector>

using namespace sagascope;

namespace {

// What a user accepts between clicking a stream and seeing its first events.
constexpr double yardstickMs = 300.0;
// Rows a history view shows at once.
constexpr int visibleRows = 40;
constexpr int rounds = 5;
constexpr int waitLimitMs = 120000;

// Turns the event loop until `done` (answers arrive as posted events, so nothing is slept).
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > waitLimitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// What a view painting rows first..first+visibleRows-1 asks the model, until all are loaded.
bool showRows(const HistoryModel& model, int first)
{
    const int last = std::min(model.rowCount(), first + visibleRows) - 1;
    return waitFor([&] {
        bool loaded = true;
        for (int row = first; row <= last; ++row) {
            for (int column = 0; column < HistoryModel::ColumnCount; ++column)
                model.index(row, column).data();
            loaded = loaded && model.index(row, 0).data(HistoryModel::LoadedRole).toBool();
        }
        return loaded;
    });
}

void printError(QTextStream& out, const char* name, const QString& message)
{
    QString escaped = message;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    out << "{\"name\":\"" << name << "\",\"error\":\"" << escaped << "\"}\n";
    out.flush();
}

// A libpq key=value connection string is accepted as well as a store URL.
QString storeUrlFor(const QString& url)
{
    const bool hasScheme = url.startsWith(QLatin1String("postgres")) || url.startsWith(QLatin1String("sqlite:"))
        || url.startsWith(QLatin1String("memory:"));
    if (!hasScheme && url.contains(QLatin1Char('=')))
        return QStringLiteral("postgresql:") + url;
    return url;
}

} // namespace

void benchOpenHistory(const QString& url, const QString& streamId, QTextStream& out)
{
    StoreSession session;
    OpenOptions options;
    options.readOnly = true;
    session.open(storeUrlFor(url), options);
    if (!waitFor([&] {
            return session.state() == StoreSession::State::Open || session.state() == StoreSession::State::Failed;
        })
        || !session.isOpen()) {
        printError(out, "open_history", session.openError().message);
        return;
    }

    std::vector<double> openMs;
    std::vector<double> endMs;
    for (int round = 0; round < rounds; ++round) {
        // A fresh model each round: nothing cached, as when the user clicks the stream.
        HistoryModel model(&session);
        QString failure;
        QObject::connect(&model, &HistoryModel::streamOpenFailed, &model,
            [&failure](const QString&, const Error& error) { failure = error.message; });
        QObject::connect(&model, &HistoryModel::pageFailed, &model,
            [&failure](int, int, const Error& error) { failure = error.message; });

        QElapsedTimer timer;
        timer.start();
        model.openStream(streamId);
        if (!waitFor([&] { return model.rowCount() > 0 || !failure.isEmpty(); }) || !showRows(model, 0)
            || !failure.isEmpty()) {
            printError(out, "open_history", failure.isEmpty() ? QStringLiteral("timed out") : failure);
            return;
        }
        openMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        // Dragging the scroll bar to the bottom: the last rows load without reading the middle.
        timer.restart();
        const int lastRows = std::max(0, model.rowCount() - visibleRows);
        if (!showRows(model, lastRows) || !failure.isEmpty()) {
            printError(out, "history_scroll_end", failure.isEmpty() ? QStringLiteral("timed out") : failure);
            return;
        }
        endMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const qint64 lastVersion = model.index(model.rowCount() - 1, 0).data(HistoryModel::VersionRole).toLongLong();
        if (lastVersion != model.stream().lastVersion) {
            printError(out, "history_scroll_end", QStringLiteral("the last row is not the last version"));
            return;
        }
    }
    printTimeRow(out, QStringLiteral("open_history"), median(openMs), yardstickMs);
    printTimeRow(out, QStringLiteral("history_scroll_end"), median(endMs), yardstickMs);
}
