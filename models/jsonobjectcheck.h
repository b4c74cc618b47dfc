// SPDX-License-Identifier: MIT
// Checks text typed as a JSON object (a signal's payload) and says where it goes wrong by line and
// column, as an editor would, rather than by byte offset.
#pragma once

#include <QJsonObject>
#include <QString>

namespace sagascope {

struct JsonObjectCheck
{
    bool ok = false;
    QJsonObject object;
    int line = 0; // 1-based, 0 when the problem has no place (not an object)
    int column = 0; // 1-based, in characters
    QString message; // one sentence, empty when ok
};

// Empty or blank text is the empty object.
JsonObjectCheck checkJsonObject(const QString& text);

} // namespace sagascope
