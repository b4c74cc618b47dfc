// SPDX-License-Identifier: MIT
#include "jsonobjectcheck.h"

#include "modelstr.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sagascope {

JsonObjectCheck checkJsonObject(const QString& text)
{
    JsonObjectCheck check;
    if (text.trimmed().isEmpty()) {
        check.ok = true;
        return check;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts bytes of UTF-8 and lies just past the character that broke the parse;
        // the editor counts characters and the user looks for the culprit.
        const QString before = QString::fromUtf8(utf8.left(std::max(0, error.offset - 1)));
        const qsizetype lastBreak = before.lastIndexOf(QLatin1Char('\n'));
        check.line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
        check.column = static_cast<int>(before.size() - (lastBreak + 1)) + 1;
        check.message
            = ModelsTr::tr("Line %1, column %2: %3.").arg(check.line).arg(check.column).arg(error.errorString());
        return check;
    }
    if (!document.isObject()) {
        check.message = ModelsTr::tr("The payload must be a JSON object ({ … }), not an array or a single value.");
        return check;
    }
    check.ok = true;
    check.object = document.object();
    return check;
}

} // namespace sagascope
