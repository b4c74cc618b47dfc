// SPDX-License-Identifier: MIT
// How states and the values inside them are printed by state, diff, snapshots and verify.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sagascope::cli {

// A state as JSON text indented by two spaces, newline included.
QByteArray prettyState(const QJsonObject& state);
// A JSON value as compact text (table cells, NDJSON fields); empty for an undefined value.
QByteArray compactJson(const QJsonValue& value);

} // namespace sagascope::cli
