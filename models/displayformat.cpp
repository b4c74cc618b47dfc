// SPDX-License-Identifier: MIT
#include "displayformat.h"

#include "recordedevent.h"

#include <QLocale>

namespace sagascope {

QString localTimeText(qint64 us)
{
    return dateTimeFromUs(us).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace sagascope
