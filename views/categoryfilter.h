// SPDX-License-Identifier: MIT
// The history's category filter: a button that opens a check list of the saga catalogue's
// categories, each with its colour. Choosing some narrows the history to their event types (the
// store does the filtering); choosing none, or all, shows every event.
#pragma once

#include "eventcatalogue.h"

#include <QList>
#include <QToolButton>

class QListView;
class QStandardItemModel;

namespace sagascope {

class CategoryFilter : public QToolButton
{
    Q_OBJECT
public:
    explicit CategoryFilter(QWidget* parent = nullptr);
    ~CategoryFilter() override;

    // The categories chosen; empty when every event is shown.
    QList<EventCategory> categories() const;
    void setCategories(const QList<EventCategory>& categories);
    // The catalogue event types of the chosen categories (empty = no filter).
    QStringList eventTypes() const;

    QListView* list() const { return m_list; }

Q_SIGNALS:
    void categoriesChanged(const QList<sagascope::EventCategory>& categories);

private:
    void updateText();

    QStandardItemModel* m_model;
    QListView* m_list;
    bool m_updating = false;
};

} // namespace sagascope
