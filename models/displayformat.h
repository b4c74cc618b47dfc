// SPDX-License-Identifier: MIT
// How models turn engine values into text for display, in one place so every view agrees.
#pragma once

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

} // namespace sagascope
