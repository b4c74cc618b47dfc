// SPDX-License-Identifier: MIT
#include "timersview.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "scheduletimerdialog.h"
#include "timerlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sagascope {

namespace {

// How far ahead the schedule dialog proposes a fire time.
constexpr qint64 proposedDelayUs = 5LL * 60 * 1000000;

} // namespace

TimersView::TimersView(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new TimerListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_schedule(new QPushButton(tr("Schedule…"), this))
    , m_cancel(new QPushButton(tr("Cancel timer"), this))
    , m_fireDue(new QPushButton(tr("Fire due now"), this))
    , m_status(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("timersView"));
    m_scope->setObjectName(QStringLiteral("timerScopeCombo"));
    m_scope->addItem(tr("This stream"), static_cast<int>(Scope::ThisStream));
    m_scope->addItem(tr("All streams"), static_cast<int>(Scope::AllStreams));
    m_scope->setToolTip(tr("List the timers of the selected stream, or the pending timers of every stream."));
    m_schedule->setObjectName(QStringLiteral("scheduleTimerButton"));
    m_cancel->setObjectName(QStringLiteral("cancelTimerButton"));
    m_fireDue->setObjectName(QStringLiteral("fireDueButton"));
    m_status->setObjectName(QStringLiteral("timersStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TimerListModel::SortRole);
    m_table->setObjectName(QStringLiteral("timersTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed, compact rows as in the other tables: the countdown repaints rows, not their layout.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("timersHeader"));
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimerListModel::FireAtColumn, Qt::AscendingOrder);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(TimerListModel::TimerIdColumn,
        fm.horizontalAdvance(QStringLiteral("saga-checkout-0001/fulfilment-escalation")) + 16);
    header->resizeSection(
        TimerListModel::StreamColumn, fm.horizontalAdvance(QStringLiteral("saga-checkout-0001")) + 24);
    header->resizeSection(
        TimerListModel::FireAtColumn, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + 24);
    header->resizeSection(
        TimerListModel::CountdownColumn, fm.horizontalAdvance(QStringLiteral("due 12 h 59 m ago")) + 24);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    tools->addWidget(m_scope);
    tools->addWidget(m_schedule);
    tools->addWidget(m_cancel);
    tools->addWidget(m_fireDue);
    tools->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_message.clear();
        applyScope();
    });
    connect(m_schedule, &QPushButton::clicked, this, [this] { openScheduleDialog(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const TimerRecord timer = selectedTimer();
        if (!timer.timerId.isEmpty())
            Q_EMIT cancelRequested(timer);
    });
    connect(m_fireDue, &QPushButton::clicked, this, [this] {
        m_banner->dismiss();
        m_message = tr("Firing due timers…");
        updateStatus();
        m_model->fireDueTimers();
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString streamId = index.data(TimerListModel::StreamIdRole).toString();
        if (!streamId.isEmpty())
            Q_EMIT streamRequested(streamId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimersView::updateButtons);

    connect(m_model, &TimerListModel::busyChanged, this, &TimersView::updateButtons);
    connect(m_model, &TimerListModel::loaded, this, [this] {
        // A list that loads again means the store answers: an earlier failure to read is over.
        if (m_readFailureShown) {
            m_readFailureShown = false;
            m_banner->dismiss();
        }
        updateStatus();
        updateButtons();
    });
    connect(m_model, &TimerListModel::loadFailed, this, [this](const Error& error) {
        m_readFailureShown = true;
        m_banner->showError(tr("Cannot read the timers"), error);
    });
    connect(m_model, &TimerListModel::taskFailed, this, [this](const Error& error) {
        m_message.clear();
        updateStatus();
        m_readFailureShown = false;
        m_banner->showError(QString(), error);
    });
    connect(m_model, &TimerListModel::timerScheduled, this, [this](const TimerRecord& timer, bool already) {
        m_message = already
            ? tr("Timer %1 was already scheduled; nothing changed.").arg(timer.timerId)
            : tr("Timer %1 scheduled for %2 at %3.").arg(timer.timerId, timer.streamId, localTimeText(timer.fireAtUs));
        updateStatus();
    });
    connect(m_model, &TimerListModel::timerCancelled, this, [this](const QString& timerId) {
        m_message = tr("Timer %1 cancelled.").arg(timerId);
        updateStatus();
    });
    connect(m_model, &TimerListModel::timersFired, this, [this](int count) {
        m_message = count == 0 ? tr("No timer was due.") : tr("%n due timer(s) fired.", nullptr, count);
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimersView::updateButtons);

    m_growthReload.setSingleShot(true);
    m_growthReload.setInterval(300);
    connect(&m_growthReload, &QTimer::timeout, m_model, &TimerListModel::reload);

    applyScope();
    updateButtons();
}

TimersView::~TimersView() = default;

void TimersView::setStream(const QString& streamId)
{
    if (streamId == m_streamId)
        return;
    m_streamId = streamId;
    if (scope() == Scope::ThisStream) {
        m_message.clear();
        m_banner->dismiss();
        applyScope();
    }
}

void TimersView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(scope)));
}

TimersView::Scope TimersView::scope() const
{
    return static_cast<Scope>(m_scope->currentData().toInt());
}

void TimersView::applyScope()
{
    if (scope() == Scope::AllStreams)
        m_model->setScope(QString());
    else if (m_streamId.isEmpty())
        m_model->clear();
    else
        m_model->setScope(m_streamId);
    updateStatus();
    updateButtons();
}

void TimersView::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void TimersView::applyGrowth(const QList<StreamGrowth>& growth)
{
    // Hidden, the list is read again when the tab is shown.
    if (!isVisible() || !m_model->isActive())
        return;
    if (scope() == Scope::ThisStream) {
        const bool mine = std::any_of(
            growth.begin(), growth.end(), [this](const StreamGrowth& g) { return g.streamId == m_streamId; });
        if (!mine)
            return;
    }
    if (!m_growthReload.isActive())
        m_growthReload.start();
}

void TimersView::setRefreshIntervalMs(int ms)
{
    m_refreshIntervalMs = ms;
    if (isVisible())
        m_model->setAutoRefreshIntervalMs(ms);
}

void TimersView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setTicking(true);
    m_model->setAutoRefreshIntervalMs(m_refreshIntervalMs);
    m_model->reload();
}

void TimersView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_model->setTicking(false);
    m_model->setAutoRefreshIntervalMs(0);
}

TimerRecord TimersView::selectedTimer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->timerAt(m_proxy->mapToSource(rows.first()).row());
}

bool TimersView::selectTimer(const QString& timerId)
{
    const int row = m_model->rowOfTimer(timerId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

ScheduleTimerDialog* TimersView::openScheduleDialog()
{
    if (!m_writable)
        return nullptr;
    auto* dialog = new ScheduleTimerDialog(m_streamId, m_model->nowUs() + proposedDelayUs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_banner->dismiss();
        m_model->scheduleTimer(dialog->timer());
    });
    dialog->open();
    return dialog;
}

void TimersView::updateButtons()
{
    const bool idle = !m_model->isBusy();
    m_schedule->setEnabled(m_writable && idle);
    m_cancel->setEnabled(m_writable && idle && !selectedTimer().timerId.isEmpty());
    m_fireDue->setEnabled(m_writable && idle);
    if (!m_writable) {
        const QString why
            = tr("The store is open read-only. Turn on Store ▸ Write mode to schedule, cancel or fire timers.");
        m_schedule->setToolTip(why);
        m_cancel->setToolTip(why);
        m_fireDue->setToolTip(why);
        return;
    }
    m_schedule->setToolTip(tr("Schedule a durable timer that appends TimerFired to its stream when it fires."));
    m_cancel->setToolTip(tr("Cancel the selected timer: it never fires."));
    m_fireDue->setToolTip(tr("Fire every timer that is due now, once: each appends TimerFired to its stream."));
}

void TimersView::updateStatus()
{
    QString counts;
    if (!m_model->isActive()) {
        counts = tr("Select a stream to see its timers, or list all streams.");
    } else if (m_model->rowCount() == 0) {
        counts = m_model->isLoading()      ? tr("Loading timers…")
            : scope() == Scope::ThisStream ? tr("No pending timers for %1.").arg(m_streamId)
                                           : tr("No pending timers.");
    } else if (m_model->hasMore()) {
        counts
            = tr("Showing the first %1 pending timers by fire time; more exist.").arg(countText(m_model->rowCount()));
    } else {
        counts = tr("%n pending timer(s).", nullptr, m_model->rowCount());
    }
    m_status->setText(m_message.isEmpty() ? counts : m_message + QLatin1Char(' ') + counts);
}

} // namespace sagascope
