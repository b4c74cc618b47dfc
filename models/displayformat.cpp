// SPDX-License-Identifier: MIT
#include "displayformat.h"

#include "modelstr.h"
#include "recordedevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace sagascope {

QString jsonNumberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

namespace {

void quoted(QString& out, const QString& s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        if (c == u'\n')
            out += QLatin1String("\\n");
        else
            out += c;
    }
    out += QLatin1Char('"');
}

// Writes compact JSON until about `budget` characters are out; true if it had to stop.
bool writePreview(QString& out, const QJsonValue& v, qsizetype budget)
{
    if (out.size() > budget)
        return true;
    switch (v.type()) {
    case QJsonValue::Null:
        out += QLatin1String("null");
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QJsonValue::Double:
        out += jsonNumberText(v.toDouble());
        break;
    case QJsonValue::String:
        quoted(out, v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            if (writePreview(out, a.at(i), budget))
                return true;
        }
        out += QLatin1Char(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out += QLatin1Char('{');
        bool first = true;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            quoted(out, it.key());
            out += QLatin1Char(':');
            if (writePreview(out, it.value(), budget))
                return true;
        }
        out += QLatin1Char('}');
        break;
    }
    case QJsonValue::Undefined:
        break;
    }
    return out.size() > budget;
}

} // namespace

QString localTimeText(qint64 us, TimePrecision precision)
{
    return dateTimeFromUs(us).toLocalTime().toString(precision == TimePrecision::Minutes
            ? QStringLiteral("yyyy-MM-dd HH:mm")
            : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString elidedText(const QString& text, qsizetype maxChars)
{
    return text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text;
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

QString durationText(qint64 us)
{
    const QLocale locale;
    if (us < 0)
        return QString();
    if (us < 1000)
        return ModelsTr::tr("%1 µs").arg(us);
    if (us < 1000000)
        return ModelsTr::tr("%1 ms").arg(us / 1000);
    if (us < 60 * 1000000LL)
        return ModelsTr::tr("%1 s").arg(locale.toString(static_cast<double>(us) / 1e6, 'f', 1));
    const qint64 s = us / 1000000;
    if (s < 3600)
        return ModelsTr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return ModelsTr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return ModelsTr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString jsonPreview(const QJsonValue& value, int maxChars)
{
    QString out;
    if (writePreview(out, value, maxChars))
        out = out.left(maxChars) + QChar(0x2026);
    return out;
}

} // namespace sagascope
