// SPDX-License-Identifier: MIT
#include "historyrow.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "historymodel.h"

#include <QColor>

namespace sagascope {

HistoryRow HistoryRow::fromEvent(const RecordedEvent& e)
{
    HistoryRow row;
    row.event = e;
    row.present = true;
    row.category = categoryOf(e.eventType);
    row.failure = isFailureType(e.eventType);
    row.timeText = localTimeText(e.recordedAtUs);
    return row;
}

QVariant HistoryRow::data(int column, int role) const
{
    const RecordedEvent& e = event;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HistoryModel::VersionColumn:
            return e.version;
        case HistoryModel::TimeColumn:
            return timeText;
        case HistoryModel::TypeColumn:
            return e.eventType;
        case HistoryModel::CategoryColumn:
            return categoryLabel(category);
        case HistoryModel::PositionColumn:
            return e.position;
        }
        break;
    case Qt::ToolTipRole:
        if (e.corruption)
            return e.corruption->message;
        if (column == HistoryModel::TimeColumn)
            return isoFromUs(e.recordedAtUs);
        break;
    case Qt::TextAlignmentRole:
        if (column == HistoryModel::VersionColumn || column == HistoryModel::PositionColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.corruption)
            return corruptColor();
        if (failure && column == HistoryModel::TypeColumn)
            return failureColor();
        break;
    case Qt::BackgroundRole:
        // A light wash of the accent, so the row stands out under any alternating base colour.
        if (e.corruption || failure) {
            QColor tint = e.corruption ? corruptColor() : failureColor();
            tint.setAlpha(36);
            return tint;
        }
        break;
    case Qt::DecorationRole:
        if (column == HistoryModel::CategoryColumn)
            return categoryColor(category);
        break;
    case HistoryModel::EventRole:
        return QVariant::fromValue(e);
    case HistoryModel::PayloadTextRole:
        return QString::fromUtf8(e.payload);
    case HistoryModel::MetadataTextRole:
        return QString::fromUtf8(e.metadata);
    case HistoryModel::FailureRole:
        return failure;
    case HistoryModel::CorruptRole:
        return e.corruption.has_value();
    case HistoryModel::CorruptionMessageRole:
        return e.corruption ? e.corruption->message : QString();
    case HistoryModel::CategoryRole:
        return static_cast<int>(category);
    case HistoryModel::CategoryColorRole:
        return categoryColor(category);
    case HistoryModel::LoadedRole:
        return true;
    case HistoryModel::VersionRole:
        return e.version;
    case HistoryModel::SortRole:
        switch (column) {
        case HistoryModel::VersionColumn:
            return e.version;
        case HistoryModel::TimeColumn:
            return e.recordedAtUs;
        case HistoryModel::TypeColumn:
            return e.eventType;
        case HistoryModel::CategoryColumn:
            return static_cast<int>(category);
        case HistoryModel::PositionColumn:
            return e.position;
        }
        break;
    }
    return {};
}

} // namespace sagascope
