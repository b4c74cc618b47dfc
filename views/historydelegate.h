// SPDX-License-Identifier: MIT
// Paints the history table's marks from the model's roles: the category as a coloured chip
// (colour from categoryColor(), via CategoryColorRole), a red edge on failed events and a
// purple edge with a warning sign on events whose stored data cannot be decoded.
#pragma once

#include <QStyledItemDelegate>

namespace sagascope {

class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HistoryDelegate(QObject* parent = nullptr);
    ~HistoryDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sagascope
