// SPDX-License-Identifier: MIT
#include "tasksview.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "natsstatelabel.h"
#include "tasklivemodel.h"
#include "taskmonitor.h"
#include "taskqueuemodel.h"
#include "taskresultmodel.h"
#include "taskworkermodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace sagascope {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

} // namespace

TasksView::TasksView(NatsSession* nats, QWidget* parent)
    : QWidget(parent)
    , m_nats(nats)
    , m_monitor(new TaskMonitor(nats, this))
    , m_banner(new ErrorBanner(this))
    , m_stateLabel(new NatsStateLabel(nats, this))
    , m_summary(new QLabel(this))
{
    m_stateLabel->setObjectName(QStringLiteral("tasksStateLabel"));
    m_summary->setObjectName(QStringLiteral("tasksSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_queueTable = makeTable(m_monitor->queues(), QStringLiteral("taskQueueTable"), this);
    m_liveTable = makeTable(m_monitor->liveTasks(), QStringLiteral("taskLiveTable"), this);
    m_resultTable = makeTable(m_monitor->results(), QStringLiteral("taskResultTable"), this);
    m_workerTable = makeTable(m_monitor->workers(), QStringLiteral("taskWorkerTable"), this);
    // Names take the spare width; the counts keep theirs.
    m_queueTable->horizontalHeader()->setStretchLastSection(false);
    m_queueTable->horizontalHeader()->setSectionResizeMode(TaskQueueModel::QueueColumn, QHeaderView::Stretch);
    const int timeWidth
        = m_resultTable->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-23 20:13:52.123")) + 16;
    m_resultTable->setColumnWidth(TaskResultModel::TimeColumn, timeWidth);
    m_resultTable->setColumnWidth(TaskResultModel::AttemptsColumn, 70);
    m_resultTable->setColumnWidth(TaskResultModel::ErrorColumn, 220);
    // A few queues at a glance before the lists get the rest of the height.
    const int row = m_queueTable->verticalHeader()->defaultSectionSize();
    m_queueTable->setMinimumHeight(m_queueTable->horizontalHeader()->sizeHint().height() + 4 * row + 4);
    m_workerTable->setColumnWidth(TaskWorkerModel::WorkerColumn, 140);
    m_liveTable->setColumnWidth(TaskLiveModel::PublishedColumn, timeWidth);
    m_liveTable->setColumnWidth(TaskLiveModel::TaskColumn,
        m_liveTable->fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16);
    m_workerTable->setColumnWidth(TaskWorkerModel::LastSeenColumn, timeWidth);

    auto* top = new QHBoxLayout;
    top->addWidget(m_stateLabel);
    top->addStretch();
    top->addWidget(m_summary);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    auto* tasks = new QTabWidget(lower);
    tasks->setObjectName(QStringLiteral("taskListTabs"));
    tasks->setDocumentMode(true);
    tasks->addTab(m_resultTable, tr("Settled lately"));
    tasks->addTab(m_liveTable, tr("Still in the queues"));
    lower->addWidget(tasks);
    lower->addWidget(titled(tr("Workers"), m_workerTable, lower));
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("Queues"), m_queueTable, split));
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_monitor, &TaskMonitor::polled, this, &TasksView::onPolled);
    connect(m_monitor, &TaskMonitor::pollFailed, this,
        [this](const Error& error) { m_banner->showError(tr("Cannot read the task queues"), error); });
    connect(m_nats, &NatsSession::busClosing, this, [this] { m_summary->clear(); });
}

TasksView::~TasksView() = default;

void TasksView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_monitor->setActive(true);
}

void TasksView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_monitor->setActive(false);
}

void TasksView::onPolled()
{
    m_banner->dismiss();
    qint64 waiting = 0;
    qint64 inProgress = 0;
    for (const nats::QueueStatus& q : m_monitor->queues()->queues()) {
        waiting += qint64(q.waiting);
        inProgress += q.inProgress;
    }
    const int queues = m_monitor->queues()->rowCount();
    if (queues == 0) {
        m_summary->setText(tr("No task queue yet: tasks published with \"sagascope-cli tasks publish QUEUE\" "
                              "appear here."));
        return;
    }
    QString text = tr("%n queue(s), %1 waiting, %2 in progress · read at %3", nullptr, queues)
                       .arg(countText(waiting), countText(inProgress),
                           QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    if (m_monitor->skippedRecords() > 0)
        text += tr(" · %1 older results not shown").arg(countText(qint64(m_monitor->skippedRecords())));
    m_summary->setText(text);
}

} // namespace sagascope
