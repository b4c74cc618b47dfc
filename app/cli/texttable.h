// SPDX-License-Identifier: MIT
// Small result tables of sagascope-cli (snapshots, timers) printed as aligned columns.
#pragma once

#include <QList>
#include <QStringList>

namespace sagascope::cli {

// Prints the header and rows as columns two spaces apart: the columns in `numericColumns`
// right-aligned, the others left-aligned, the last column never padded.
void printTextTable(const QStringList& header, const QList<QStringList>& rows, const QList<int>& numericColumns = {});

} // namespace sagascope::cli
