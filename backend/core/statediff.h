// SPDX-License-Identifier: MIT
// What changed between two states (JSON documents): the paths added, removed and changed, with
// old and new values. Drives the change highlighting of the state tree and `sagascope-cli diff`.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace sagascope {

struct StateChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString path; // JSON Pointer (RFC 6901), e.g. /activities/charge-1/status
    QJsonValue oldValue; // Undefined when added
    QJsonValue newValue; // Undefined when removed

    friend bool operator==(const StateChange&, const StateChange&) = default;
};

// Changes from `before` to `after`, depth first, object keys in sorted order, array elements by
// index. A value whose type changes (object to number, …) is one Changed entry at its path.
QList<StateChange> diffStates(const QJsonValue& before, const QJsonValue& after);

// Escapes one JSON Pointer reference token ("~" -> "~0", "/" -> "~1").
QString jsonPointerToken(const QString& key);

QString stateChangeKindName(StateChange::Kind kind);

} // namespace sagascope
