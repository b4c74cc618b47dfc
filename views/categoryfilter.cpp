// SPDX-License-Identifier: MIT
#include "categoryfilter.h"

#include "categorypalette.h"

#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace sagascope {

namespace {

constexpr int categoryRole = Qt::UserRole;

QIcon chip(const QColor& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

CategoryFilter::CategoryFilter(QWidget* parent)
    : QToolButton(parent)
    , m_model(new QStandardItemModel(this))
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("categoryFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Show only the events of some categories. The store filters, so this works on any length."));

    for (const EventCategory category : allCategories()) {
        if (category == EventCategory::Domain)
            continue; // not a set of catalogue types: cannot be asked of the store
        auto* item = new QStandardItem(chip(categoryColor(category)), categoryLabel(category));
        // Shows a check box, toggled by clicking anywhere on the row (not by the box alone, which
        // would toggle twice).
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setData(static_cast<int>(category), categoryRole);
        m_model->appendRow(item);
    }
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_list->setModel(m_model);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * (m_model->rowCount() + 1));
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 40);

    auto* menu = new QMenu(this);
    auto* panel = new QWidget(menu);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    auto* all = new QPushButton(tr("Show all events"), panel);
    layout->addWidget(all);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);

    // Clicking anywhere on a row toggles it; the menu stays open for the next one.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        QStandardItem* item = m_model->itemFromIndex(index);
        if (item)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        Q_EMIT categoriesChanged(categories());
    });
    connect(all, &QPushButton::clicked, this, [this, menu] {
        setCategories({});
        menu->close();
    });
    updateText();
}

CategoryFilter::~CategoryFilter() = default;

QList<EventCategory> CategoryFilter::categories() const
{
    QList<EventCategory> out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem* item = m_model->item(r);
        if (item->checkState() == Qt::Checked)
            out.append(static_cast<EventCategory>(item->data(categoryRole).toInt()));
    }
    // Everything chosen is no filter at all.
    if (out.size() == m_model->rowCount())
        out.clear();
    return out;
}

void CategoryFilter::setCategories(const QList<EventCategory>& categories)
{
    m_updating = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem* item = m_model->item(r);
        const auto category = static_cast<EventCategory>(item->data(categoryRole).toInt());
        item->setCheckState(categories.contains(category) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
    Q_EMIT categoriesChanged(this->categories());
}

QStringList CategoryFilter::eventTypes() const
{
    const QList<EventCategory> chosen = categories();
    QStringList out;
    if (chosen.isEmpty())
        return out;
    for (const HistoryEventType& t : historyEventTypes()) {
        if (chosen.contains(t.category))
            out.append(QString(t.name));
    }
    return out;
}

void CategoryFilter::updateText()
{
    const QList<EventCategory> chosen = categories();
    if (chosen.isEmpty())
        setText(tr("All categories"));
    else if (chosen.size() == 1)
        setText(tr("Only %1").arg(categoryLabel(chosen.first())));
    else
        setText(tr("%n categories", nullptr, static_cast<int>(chosen.size())));
    setIcon(chosen.size() == 1 ? chip(categoryColor(chosen.first())) : QIcon());
    setToolButtonStyle(chosen.size() == 1 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonTextOnly);
}

} // namespace sagascope
