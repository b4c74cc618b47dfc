// SPDX-License-Identifier: MIT
#include "displayformat.h"

#include "recordedevent.h"

#include <QLocale>

namespace sagascope {

QString localTimeText(qint64 us, TimePrecision precision)
{
    return dateTimeFromUs(us).toLocalTime().toString(precision == TimePrecision::Minutes
            ? QStringLiteral("yyyy-MM-dd HH:mm")
            : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace sagascope
