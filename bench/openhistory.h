// SPDX-License-Identifier: MIT
// The open_history measurement of sagascope-bench: opening the history of a long stream the way
// the inspector does, against a yardstick. Implemented in openhistory.cpp; main.cpp runs it as one
// row of its measurement table, only when asked for by name (--only open_history).
#pragma once

#include <QString>
#include <QTextStream>

// `url` names the bench's scratch store, `streamId` a stream of the bench's long-stream size
// (10 × --events); writes one JSON line per measurement to `out`.
void benchOpenHistory(const QString& url, const QString& streamId, QTextStream& out);
