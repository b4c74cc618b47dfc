// SPDX-License-Identifier: MIT
// Where sagascope-cli's text goes: results to stdout (buffered, UTF-8), errors to stderr as one
// sentence each. The only place that touches the C streams.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <atomic>

namespace sagascope::cli {

// Set once Ctrl+C (SIGINT) or SIGTERM arrives, from the first call on: long-running commands
// finish the work in hand and exit cleanly instead of dying mid-way.
const std::atomic<bool>& stopOnInterrupt();

// Switches stdout to a large buffer when it is not a terminal (NDJSON of millions of events).
void setUpOutput();
void writeOut(QByteArrayView bytes);
void printLine(const QString& line);
void flushOut();

// Prints "sagascope-cli: <message>" to stderr, folded into one line.
void printError(const QString& message);
// Prints an informational line to stderr (progress, notes that must not mix with results).
void printNote(const QString& message);
// Rewrites the current stderr line (progress on a terminal).
void printProgress(const QString& message);

bool stdoutIsTerminal();
bool stderrIsTerminal();
// Columns of the terminal stdout writes to, or 0 when it is not a terminal.
int terminalColumns();

} // namespace sagascope::cli
