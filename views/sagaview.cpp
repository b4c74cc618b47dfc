// SPDX-License-Identifier: MIT
#include "sagaview.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "sagaitemsmodel.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sagascope {

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QLabel* legendEntry(const QColor& color, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<span style=\"color:%1\">\u25a0</span> %2").arg(color.name(), text.toHtmlEscaped()));
    return label;
}

} // namespace

SagaView::SagaView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timelineModel(new TimelineModel(this))
    , m_timeline(new TimelineView(this))
{
    setObjectName(QStringLiteral("sagaView"));
    m_message->setObjectName(QStringLiteral("sagaMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("sagaSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_tabs->setObjectName(QStringLiteral("sagaTabs"));
    m_tabs->setDocumentMode(true);
    const QList<std::pair<SagaItemKind, QString>> kinds { { SagaItemKind::Activity, QStringLiteral("activities") },
        { SagaItemKind::Timer, QStringLiteral("timers") }, { SagaItemKind::ChildWorkflow, QStringLiteral("children") },
        { SagaItemKind::Signal, QStringLiteral("signals") } };
    for (const auto& [kind, name] : kinds) {
        Table t { kind, new SagaItemsModel(kind, this), new QSortFilterProxyModel(this), new QTableView(this) };
        t.proxy->setSourceModel(t.model);
        t.proxy->setSortRole(SagaItemsModel::SortRole);
        t.view->setObjectName(name + QStringLiteral("Table"));
        t.view->setModel(t.proxy);
        t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        t.view->setSelectionMode(QAbstractItemView::SingleSelection);
        t.view->setAlternatingRowColors(true);
        t.view->setShowGrid(false);
        t.view->setWordWrap(false);
        t.view->verticalHeader()->hide();
        t.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        t.view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
        QHeaderView* header = t.view->horizontalHeader();
        header->setObjectName(name + QStringLiteral("Header"));
        header->setStretchLastSection(true);
        header->setHighlightSections(false);
        header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        // Creation order until the user clicks a header.
        header->setSortIndicator(-1, Qt::AscendingOrder);
        t.view->setSortingEnabled(true);
        const QFontMetrics fm = fontMetrics();
        const int margin = 16;
        header->resizeSection(
            SagaItemsModel::VersionColumn, fm.horizontalAdvance(QStringLiteral("1,000,000")) + margin);
        header->resizeSection(
            SagaItemsModel::IdColumn, fm.horizontalAdvance(QStringLiteral("fulfilment-0001-x")) + margin);
        header->resizeSection(
            SagaItemsModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("SyncWarehouseStock")) + margin);
        header->resizeSection(
            SagaItemsModel::StatusColumn, fm.horizontalAdvance(QStringLiteral("cancel requested")) + margin);
        header->resizeSection(SagaItemsModel::AttemptColumn, fm.horizontalAdvance(QStringLiteral("Attempt")) + margin);
        for (const int c :
            { SagaItemsModel::CreatedColumn, SagaItemsModel::StartedColumn, SagaItemsModel::ClosedColumn })
            header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + margin);
        header->resizeSection(
            SagaItemsModel::DurationColumn, fm.horizontalAdvance(QStringLiteral("12 min 05 s so far")) + margin);
        for (int c = 0; c < SagaItemsModel::ColumnCount; ++c)
            t.view->setColumnHidden(c, !SagaItemsModel::columnApplies(kind, c));
        connect(t.view, &QTableView::activated, this, [this, proxy = t.proxy](const QModelIndex& index) {
            Q_EMIT eventRequested(proxy->data(index.siblingAtColumn(0), SagaItemsModel::VersionRole).toLongLong());
        });
        EventCategory category = EventCategory::Signal;
        if (kind == SagaItemKind::Activity)
            category = EventCategory::Activity;
        else if (kind == SagaItemKind::Timer)
            category = EventCategory::Timer;
        else if (kind == SagaItemKind::ChildWorkflow)
            category = EventCategory::ChildWorkflow;
        m_tabs->addTab(t.view, swatch(categoryColor(category)), QString());
        m_tables.append(t);
    }
    updateTabTitles();

    m_timeline->setModel(m_timelineModel);
    connect(m_timeline, &TimelineView::barClicked, this, &SagaView::eventRequested);

    auto* timelinePanel = new QWidget(this);
    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(4, 0, 4, 0);
    auto* title = new QLabel(tr("Timeline"), timelinePanel);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    tools->addWidget(title);
    tools->addSpacing(8);
    tools->addWidget(legendEntry(categoryColor(EventCategory::Activity), tr("Activity"), timelinePanel));
    tools->addWidget(legendEntry(categoryColor(EventCategory::LocalActivity), tr("Local activity"), timelinePanel));
    tools->addWidget(legendEntry(categoryColor(EventCategory::Timer), tr("Timer"), timelinePanel));
    tools->addWidget(legendEntry(categoryColor(EventCategory::ChildWorkflow), tr("Child workflow"), timelinePanel));
    tools->addWidget(legendEntry(failureColor(), tr("failed"), timelinePanel));
    tools->addStretch(1);
    const auto tool = [timelinePanel, tools](const QString& text, const QString& tip) {
        auto* b = new QToolButton(timelinePanel);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        tools->addWidget(b);
        return b;
    };
    connect(tool(QStringLiteral("\u2212"), tr("Zoom out (−, or Ctrl+wheel)")), &QToolButton::clicked, this,
        [this] { m_timeline->zoomBy(1 / 1.5, m_timeline->labelWidth() + m_timeline->viewport()->width() / 2); });
    connect(tool(QStringLiteral("+"), tr("Zoom in (+, or Ctrl+wheel)")), &QToolButton::clicked, this,
        [this] { m_timeline->zoomBy(1.5, m_timeline->labelWidth() + m_timeline->viewport()->width() / 2); });
    connect(tool(tr("Fit rows"), tr("Fit the time axis to the rows in view, and keep doing so while scrolling (F)")),
        &QToolButton::clicked, m_timeline, &TimelineView::fitRowsInView);
    connect(tool(tr("All"), tr("Show the whole saga (0)")), &QToolButton::clicked, m_timeline, &TimelineView::fitAll);
    auto* timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addLayout(tools);
    timelineLayout->addWidget(m_timeline, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sagaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(timelinePanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 2, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_message);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

SagaView::~SagaView() = default;

SagaItemsModel* SagaView::itemsModel(SagaItemKind kind) const
{
    for (const Table& t : m_tables) {
        if (t.kind == kind)
            return t.model;
    }
    return nullptr;
}

QTableView* SagaView::table(SagaItemKind kind) const
{
    for (const Table& t : m_tables) {
        if (t.kind == kind)
            return t.view;
    }
    return nullptr;
}

void SagaView::clear()
{
    for (const Table& t : std::as_const(m_tables))
        t.model->clear();
    m_timelineModel->clear();
    updateTabTitles();
    m_message->setText(tr("Select an event of a saga to see its activities, timers, child workflows and signals."));
    m_stack->setCurrentWidget(m_message);
}

void SagaView::showNotASaga(const QString& reducer)
{
    clear();
    m_message->setText(tr("This stream is folded by the %1 reducer; the saga view shows saga streams.").arg(reducer));
}

void SagaView::setSnapshot(const SagaSnapshotPtr& snapshot)
{
    if (!snapshot) {
        clear();
        return;
    }
    // Shown first, so that the views place the selection in their real size.
    m_stack->setCurrentIndex(1);
    for (const Table& t : std::as_const(m_tables)) {
        t.model->setSnapshot(snapshot);
        // Show (and select) the item the event changed.
        const int changed = t.model->firstChangedRow();
        if (changed >= 0) {
            const QModelIndex index = t.proxy->mapFromSource(t.model->index(changed, 0));
            t.view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            t.view->scrollTo(index);
        }
    }
    m_timelineModel->setSnapshot(snapshot);
    m_timeline->follow(snapshot->version);
    updateTabTitles();
    const auto open = [](const QList<SagaItem>& items) {
        return std::count_if(items.cbegin(), items.cend(), [](const SagaItem& i) { return i.isOpen(); });
    };
    m_summary->setText(
        tr("Workflow %1 at version %2: %3 activities (%4 open), %5 timers (%6 pending), %7 child "
           "workflows, %8 signals.")
            .arg(snapshot->status.isEmpty() ? tr("pending") : snapshot->status, countText(snapshot->version),
                countText(snapshot->activities.size()), countText(open(snapshot->activities)),
                countText(snapshot->timers.size()), countText(open(snapshot->timers)),
                countText(snapshot->children.size()), countText(snapshot->signalItems.size())));
}

void SagaView::updateTabTitles()
{
    for (int i = 0; i < m_tables.size(); ++i) {
        const Table& t = m_tables[i];
        const QString n = countText(t.model->rowCount());
        switch (t.kind) {
        case SagaItemKind::Activity:
            m_tabs->setTabText(i, tr("Activities (%1)").arg(n));
            break;
        case SagaItemKind::Timer:
            m_tabs->setTabText(i, tr("Timers (%1)").arg(n));
            break;
        case SagaItemKind::ChildWorkflow:
            m_tabs->setTabText(i, tr("Child workflows (%1)").arg(n));
            break;
        case SagaItemKind::Signal:
            m_tabs->setTabText(i, tr("Signals (%1)").arg(n));
            break;
        }
    }
}

} // namespace sagascope
