// SPDX-License-Identifier: MIT
#include "terminal.h"

#include <QRegularExpression>

#include <csignal>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace sagascope::cli {

namespace {

std::atomic<bool> interrupted { false };

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

} // namespace

const std::atomic<bool>& stopOnInterrupt()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    return interrupted;
}

void setUpOutput()
{
    if (!stdoutIsTerminal())
        std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
}

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void printLine(const QString& line)
{
    writeOut(line.toUtf8());
    writeOut("\n");
}

void flushOut()
{
    std::fflush(stdout);
}

void printError(const QString& message)
{
    // Drivers (libpq, SQLite) may add a second line or a tab-indented hint: keep one sentence
    // on one line so that scripts can log it and people can read it.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = message;
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    flushOut();
    const QByteArray line = QByteArrayLiteral("sagascope-cli: ") + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printNote(const QString& message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printProgress(const QString& message)
{
    const QByteArray line = "\r\033[K" + message.toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

int terminalColumns()
{
    if (!stdoutIsTerminal())
        return 0;
    winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    const int columns = qEnvironmentVariableIntValue("COLUMNS");
    return columns > 0 ? columns : 120;
}

} // namespace sagascope::cli
