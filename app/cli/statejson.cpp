// SPDX-License-Identifier: MIT
#include "statejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sagascope::cli {

QByteArray prettyState(const QJsonObject& state)
{
    // QJsonDocument indents by four spaces; JSON text has no raw newlines inside strings, so
    // every line's leading spaces are indentation and can be halved safely.
    // Empty arrays and objects, which it spreads over two lines, are joined back to [] and {}.
    const QByteArray fourSpaced = QJsonDocument(state).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(fourSpaced.size());
    for (const QByteArray& line : fourSpaced.split('\n')) {
        if (line.isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        const QByteArray text = line.mid(indent);
        const char close = text.isEmpty() ? '\0' : text.at(0);
        if ((close == ']' || close == '}') && out.size() >= 2 && out.at(out.size() - 2) == (close == ']' ? '[' : '{')) {
            out.chop(1); // the newline after the opening bracket
            out += text + '\n';
            continue;
        }
        out += QByteArray(indent / 2, ' ') + text + '\n';
    }
    return out;
}

QByteArray compactJson(const QJsonValue& value)
{
    if (value.isUndefined())
        return QByteArray();
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace sagascope::cli
