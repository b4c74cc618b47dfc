// SPDX-License-Identifier: MIT
// How models turn engine values into text for display, in one place so every view agrees.
#pragma once

#include <QJsonValue>
#include <QString>

namespace sagascope {

enum class TimePrecision
{
    Milliseconds, // "2026-11-23 10:10:11.123"
    Minutes, // "2026-11-23 10:10", for lists where space is short
};

// A recorded time in the user's local time zone, in ISO 8601 order. The exact UTC time with
// microseconds is isoFromUs().
QString localTimeText(qint64 us, TimePrecision precision = TimePrecision::Milliseconds);
// A count with the locale's digit grouping ("1,000,000").
QString countText(qint64 count);
// `text` cut to `maxChars` with an ellipsis when longer (for cells; the tool tip has all of it).
QString elidedText(const QString& text, qsizetype maxChars);
// A JSON number as a reducer's state holds it (a double): integers without a fraction.
QString jsonNumberText(double value);
// One line of compact JSON for a value, cut after about `maxChars` characters with "…".
QString jsonPreview(const QJsonValue& value, int maxChars = 120);
// A duration between two recorded times, to a sensible precision: "850 ms", "3.2 s",
// "4 min 05 s", "2 h 07 min", "3 d 4 h".
QString durationText(qint64 us);

} // namespace sagascope
