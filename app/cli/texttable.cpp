// SPDX-License-Identifier: MIT
#include "texttable.h"

#include "terminal.h"

#include <algorithm>

namespace sagascope::cli {

void printTextTable(const QStringList& header, const QList<QStringList>& rows, const QList<int>& numericColumns)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths.append(h.size());
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    }
    const auto format = [&](const QStringList& r) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            if (i + 1 == r.size())
                line += r[i];
            else
                line
                    += numericColumns.contains(int(i)) ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]);
        }
        return line;
    };
    printLine(format(header));
    for (const QStringList& r : rows)
        printLine(format(r));
}

} // namespace sagascope::cli
