// SPDX-License-Identifier: MIT
#include "historyview.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "errorbanner.h"
#include "historydelegate.h"
#include "historymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sagascope {

HistoryView::HistoryView(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new HistoryModel(session, this))
    , m_title(new QLabel(this))
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
    m_view->setModel(m_model);
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
    columns->resizeSection(HistoryModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + cellMargin);
    columns->resizeSection(HistoryModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("WorkflowExecutionCompleted")) + cellMargin);
    int chipText = 0;
    for (const EventCategory category : allCategories())
        chipText = std::max(chipText, fm.horizontalAdvance(categoryLabel(category)));
    columns->resizeSection(HistoryModel::CategoryColumn, chipText + cellMargin + 18);
    columns->resizeSection(HistoryModel::PositionColumn, fm.horizontalAdvance(QStringLiteral("10,000,000")) + cellMargin);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { Q_EMIT currentEventChanged(current.siblingAtColumn(0)); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentEventChanged({}); });
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

void HistoryView::showStream(const StreamInfo& stream)
{
    m_banner->dismiss();
    m_model->setStream(stream);
}

void HistoryView::openStream(const QString& streamId)
{
    m_banner->dismiss();
    m_title->setText(tr("Opening %1…").arg(streamId));
    m_model->openStream(streamId);
}

void HistoryView::onStreamChanged(const StreamInfo& stream)
{
    m_title->setText(stream.lastVersion == 1
            ? tr("%1 · %2 · 1 event").arg(stream.streamId, stream.streamType)
            : tr("%1 · %2 · %3 events").arg(stream.streamId, stream.streamType, countText(stream.lastVersion)));
    m_view->scrollToTop();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void HistoryView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void HistoryView::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        Q_EMIT currentEventChanged(current.siblingAtColumn(0));
}

} // namespace sagascope
