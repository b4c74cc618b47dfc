// SPDX-License-Identifier: MIT
#include "historydelegate.h"

#include "categorypalette.h"
#include "historymodel.h"

#include <QApplication>
#include <QPainter>

namespace sagascope {

namespace {

constexpr int edgeWidth = 4;

} // namespace

HistoryDelegate::HistoryDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

HistoryDelegate::~HistoryDelegate() = default;

void HistoryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool loaded = index.data(HistoryModel::LoadedRole).toBool();
    if (index.column() == HistoryModel::CategoryColumn && loaded) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The selection background and focus frame as usual, then the chip instead of the text.
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QColor color = index.data(HistoryModel::CategoryColorRole).value<QColor>();
        const QString label = index.data(Qt::DisplayRole).toString();
        const QFontMetrics fm(option.font);
        const int padding = 7;
        const int textWidth = fm.horizontalAdvance(label);
        const int height = std::min(option.rect.height() - 4, fm.height() + 2);
        const int width = std::min(option.rect.width() - 8, textWidth + 2 * padding + 1);
        const QRect chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
        const QRect textRect = chip.adjusted(padding, 0, -padding, 0);
        // elidedText() measures with rounding of its own: only elide what really does not fit.
        const QString shown
            = textWidth <= textRect.width() ? label : fm.elidedText(label, Qt::ElideRight, textRect.width());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(option.font);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
        painter->setPen(textColorOn(color));
        painter->drawText(textRect.adjusted(0, 0, 2, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, shown);
        painter->restore();
        return;
    }

    QStyledItemDelegate::paint(painter, option, index);

    if (index.column() != HistoryModel::VersionColumn || !loaded)
        return;
    const bool corrupt = index.data(HistoryModel::CorruptRole).toBool();
    const bool failure = index.data(HistoryModel::FailureRole).toBool();
    if (!corrupt && !failure)
        return;
    painter->save();
    const QRect edge(option.rect.left(), option.rect.top(), edgeWidth, option.rect.height());
    painter->fillRect(edge, corrupt ? corruptColor() : failureColor());
    if (corrupt) {
        painter->setPen(corruptColor());
        painter->drawText(
            option.rect.adjusted(edgeWidth + 3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("\u26a0"));
    }
    painter->restore();
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == HistoryModel::CategoryColumn)
        size.rwidth() += 16;
    return size;
}

} // namespace sagascope
