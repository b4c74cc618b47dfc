// SPDX-License-Identifier: MIT
#include "historyview.h"

#include "categoryfilter.h"
#include "categorypalette.h"
#include "displayformat.h"
#include "errorbanner.h"
#include "filteredhistorymodel.h"
#include "historydelegate.h"
#include "historymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sagascope {

HistoryView::HistoryView(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(session, this))
    , m_filtered(new FilteredHistoryModel(session, this))
    , m_title(new QLabel(this))
    , m_filter(new CategoryFilter(this))
    , m_banner(new ErrorBanner(this))
    , m_view(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("No stream selected"));
    m_title->setContentsMargins(4, 4, 4, 4);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_view->setObjectName(QStringLiteral("historyTable"));
    showModel(m_model);
    m_view->setItemDelegate(new HistoryDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: with a fixed section size the vertical header never measures rows,
    // which is what keeps a million-row table as cheap to scroll as a short one.
    QHeaderView* rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->hide();
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setObjectName(QStringLiteral("historyHeader"));
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from what the cells hold, so any font fits: the event type takes the rest.
    const QFontMetrics fm = fontMetrics();
    const int cellMargin = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    columns->resizeSection(HistoryModel::VersionColumn, fm.horizontalAdvance(QStringLiteral("1,000,000")) + cellMargin);
    columns->resizeSection(
        HistoryModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + cellMargin);
    columns->resizeSection(
        HistoryModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("WorkflowExecutionCompleted")) + cellMargin);
    int chipText = 0;
    for (const EventCategory category : allCategories())
        chipText = std::max(chipText, fm.horizontalAdvance(categoryLabel(category)));
    columns->resizeSection(HistoryModel::CategoryColumn, chipText + cellMargin + 18);
    columns->resizeSection(
        HistoryModel::PositionColumn, fm.horizontalAdvance(QStringLiteral("10,000,000")) + cellMargin);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filter->setEnabled(false);

    auto* titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 4, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_filter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!isFiltered())
            Q_EMIT currentEventChanged({});
    });
    connect(m_filter, &CategoryFilter::categoriesChanged, this, &HistoryView::onCategoriesChanged);
    connect(m_filtered, &FilteredHistoryModel::versionReached, this, [this](qint64 version) {
        if (version != m_pendingVersion)
            return;
        m_pendingVersion = 0;
        const int row = m_filtered->rowOfVersion(version);
        if (row >= 0)
            selectRow(row);
        else
            m_view->selectionModel()->clearCurrentIndex();
    });
    connect(m_filtered, &FilteredHistoryModel::loadFailed, this, [this](const Error& error) {
        m_banner->showError(tr("Cannot read the filtered history of %1").arg(m_filtered->stream().streamId), error);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &HistoryView::showContextMenu);
    connect(m_model, &HistoryModel::streamChanged, this, &HistoryView::onStreamChanged);
    connect(m_model, &HistoryModel::streamOpenFailed, this, [this](const QString& streamId, const Error& error) {
        m_title->setText(streamId);
        m_banner->showError(tr("Cannot open stream %1").arg(streamId), error);
    });
    connect(m_model, &HistoryModel::pageFailed, this, [this](int firstRow, int lastRow, const Error& error) {
        m_banner->showError(tr("Cannot read versions %1 to %2 of %3")
                                .arg(firstRow + 1)
                                .arg(lastRow + 1)
                                .arg(m_model->stream().streamId),
            error);
    });
}

HistoryView::~HistoryView() = default;

bool HistoryView::isFiltered() const
{
    return m_view->model() == m_filtered;
}

void HistoryView::showModel(QAbstractItemModel* model)
{
    if (m_view->model() == model)
        return;
    QItemSelectionModel* old = m_view->selectionModel();
    // Both models have the same columns: the user's widths and order carry over.
    const QByteArray columns = old ? m_view->horizontalHeader()->saveState() : QByteArray();
    m_view->setModel(model);
    delete old; // setModel() leaves the previous selection model to its owner
    if (!columns.isEmpty())
        m_view->horizontalHeader()->restoreState(columns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { Q_EMIT currentEventChanged(current.siblingAtColumn(0)); });
}

void HistoryView::showStream(const StreamInfo& stream)
{
    m_banner->dismiss();
    // A new stream starts unfiltered.
    if (!m_filter->categories().isEmpty()) {
        const QSignalBlocker blocker(m_filter);
        m_filter->setCategories({});
    }
    m_filtered->clear();
    showModel(m_model);
    m_model->setStream(stream);
}

void HistoryView::setCategoryFilterAvailable(bool available)
{
    m_filter->setEnabled(available);
    if (!available && !m_filter->categories().isEmpty())
        m_filter->setCategories({});
}

void HistoryView::onCategoriesChanged()
{
    const qint64 version = currentVersion();
    const QStringList types = m_filter->eventTypes();
    if (types.isEmpty()) {
        m_filtered->clear();
        showModel(m_model);
        if (version > 0)
            selectVersion(version);
        return;
    }
    m_filtered->setFilter(m_model->stream(), types);
    showModel(m_filtered);
    m_view->scrollToTop();
    if (version > 0)
        selectVersion(version);
}

qint64 HistoryView::currentVersion() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(HistoryModel::VersionRole).toLongLong() : 0;
}

void HistoryView::selectVersion(qint64 version)
{
    if (!isFiltered()) {
        selectRow(static_cast<int>(version - 1));
        return;
    }
    const int row = m_filtered->rowOfVersion(version);
    if (row >= 0) {
        m_pendingVersion = 0;
        selectRow(row);
        return;
    }
    // Not loaded yet (or filtered out): load the filtered rows up to it, then decide.
    m_pendingVersion = version;
    m_filtered->loadThrough(version);
}

void HistoryView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 version = index.data(HistoryModel::VersionRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Compare the state with version %1").arg(countText(version)), this,
        [this, version] { Q_EMIT pinRequested(version); });
    menu.addAction(tr("Compare with the previous event again"), this, [this] { Q_EMIT unpinRequested(); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void HistoryView::openStream(const QString& streamId)
{
    m_banner->dismiss();
    m_title->setText(tr("Opening %1…").arg(streamId));
    m_model->openStream(streamId);
}

void HistoryView::applyGrowth(const QList<StreamGrowth>& growth)
{
    const qint64 before = m_model->stream().lastVersion;
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = !isFiltered() && bar->value() == bar->maximum();
    m_model->applyGrowth(growth);
    m_filtered->applyGrowth(growth);
    if (m_model->stream().lastVersion == before)
        return;
    updateTitle(m_model->stream());
    if (atEnd)
        m_view->scrollToBottom();
}

void HistoryView::updateTitle(const StreamInfo& stream)
{
    m_title->setText(stream.lastVersion == 1
            ? tr("%1 · %2 · 1 event").arg(stream.streamId, stream.streamType)
            : tr("%1 · %2 · %3 events").arg(stream.streamId, stream.streamType, countText(stream.lastVersion)));
}

void HistoryView::onStreamChanged(const StreamInfo& stream)
{
    updateTitle(stream);
    m_view->scrollToTop();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void HistoryView::selectRow(int row)
{
    const QModelIndex index = m_view->model()->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void HistoryView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (isFiltered())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        Q_EMIT currentEventChanged(current.siblingAtColumn(0));
}

} // namespace sagascope
