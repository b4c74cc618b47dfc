// SPDX-License-Identifier: MIT
#include "signalsview.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "signalfeed.h"
#include "signallogmodel.h"
#include "signallogproxymodel.h"
#include "signalratechart.h"
#include "signalrecorder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sagascope {

namespace {

constexpr int refreshIntervalMs = 250; // counts and chart: four times a second at most
constexpr int filterDelayMs = 300;

} // namespace

SignalsView::SignalsView(NatsSession* nats, QWidget* parent)
    : QWidget(parent)
    , m_nats(nats)
    , m_model(new SignalLogModel(this))
    , m_proxy(new SignalLogProxyModel(this))
    , m_banner(new ErrorBanner(this))
    , m_stateLabel(new NatsStateLabel(nats, this))
    , m_retry(new QPushButton(tr("Connect again"), this))
    , m_startCombo(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_table(new QTableView(this))
    , m_chart(new SignalRateChart(this))
    , m_countsLabel(new QLabel(this))
    , m_recorderLabel(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("signalsView"));
    m_clock.start();
    m_stateLabel->setObjectName(QStringLiteral("signalsStateLabel"));
    m_retry->setObjectName(QStringLiteral("signalsRetryButton"));
    m_retry->hide();
    m_startCombo->setObjectName(QStringLiteral("signalsStartCombo"));
    m_startCombo->addItem(tr("From now"), int(nats::MonitorStart::Now));
    m_startCombo->addItem(tr("From the beginning"), int(nats::MonitorStart::Beginning));
    m_startCombo->setToolTip(tr("Where the table starts in the signal stream; changing it starts over."));
    m_pause->setObjectName(QStringLiteral("signalsPauseButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new signals without showing them (up to the table's window); resume shows them."));
    m_subjectEdit->setObjectName(QStringLiteral("signalsSubjectFilter"));
    m_subjectEdit->setPlaceholderText(tr("Filter by subject"));
    m_subjectEdit->setClearButtonEnabled(true);
    m_textEdit->setObjectName(QStringLiteral("signalsTextFilter"));
    m_textEdit->setPlaceholderText(tr("Filter by text (saga, signal, headers, payload)"));
    m_textEdit->setClearButtonEnabled(true);
    m_clear->setObjectName(QStringLiteral("signalsClearButton"));
    m_countsLabel->setObjectName(QStringLiteral("signalsCountsLabel"));
    m_recorderLabel->setObjectName(QStringLiteral("signalsRecorderLabel"));
    m_recorderLabel->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("signalsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Rows of one height, never measured: tens of thousands of rows a second stay cheap to lay out.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("signalsHeader"));
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(
        SignalLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + 16);
    header->resizeSection(
        SignalLogModel::SubjectColumn, fm.horizontalAdvance(QStringLiteral("saga.signals.order-0000000")) + 16);
    header->resizeSection(SignalLogModel::SagaColumn, fm.horizontalAdvance(QStringLiteral("order-0000000")) + 16);
    header->resizeSection(SignalLogModel::SignalColumn, fm.horizontalAdvance(QStringLiteral("approve-payment")) + 16);
    header->resizeSection(SignalLogModel::HeadersColumn, fm.horizontalAdvance(QLatin1Char('x')) * 36);
    header->resizeSection(SignalLogModel::PayloadColumn, fm.horizontalAdvance(QLatin1Char('x')) * 40);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_stateLabel);
    controls->addWidget(m_retry);
    controls->addSpacing(12);
    controls->addWidget(m_startCombo);
    controls->addWidget(m_pause);
    controls->addWidget(m_subjectEdit, 1);
    controls->addWidget(m_textEdit, 2);
    controls->addWidget(m_clear);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("signalsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_countsLabel, 1);
    footer->addWidget(m_recorderLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(filterDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SignalsView::applyFilters);
    connect(m_subjectEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_pause, &QToolButton::toggled, this, &SignalsView::setPaused);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_rate.clear();
        refresh();
    });
    connect(m_startCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->clear();
        startFeed();
    });
    connect(m_retry, &QPushButton::clicked, m_nats, &NatsSession::retry);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString saga = index.data(SignalLogModel::SagaIdRole).toString();
        if (!saga.isEmpty())
            Q_EMIT sagaRequested(saga);
    });

    connect(m_nats->feed(), &SignalFeed::signalsArrived, this, &SignalsView::onSignals);
    connect(m_nats->feed(), &SignalFeed::startFailed, this,
        [this](const Error& error) { m_banner->showError(tr("Cannot watch the signal stream"), error); });
    connect(m_nats->feed(), &SignalFeed::started, m_banner, &ErrorBanner::dismiss);
    connect(m_nats, &NatsSession::busReady, this, &SignalsView::startFeed);
    connect(m_nats, &NatsSession::stateChanged, this,
        [this](NatsSession::State state) { m_retry->setVisible(state == NatsSession::State::Unavailable); });
    SignalRecorder* recorder = m_nats->recorder();
    connect(recorder, &SignalRecorder::runningChanged, this, &SignalsView::updateRecorderLabel);
    connect(recorder, &SignalRecorder::progress, this, &SignalsView::updateRecorderLabel);
    connect(recorder, &SignalRecorder::failed, this,
        [this](const Error& error) { m_banner->showError(tr("Signals are not recorded in the store"), error); });

    m_refresh->setInterval(refreshIntervalMs);
    connect(m_refresh, &QTimer::timeout, this, &SignalsView::refresh);
    m_retry->setVisible(m_nats->state() == NatsSession::State::Unavailable);
    updateRecorderLabel();
    refresh();
}

SignalsView::~SignalsView() = default;

void SignalsView::setStart(nats::MonitorStart start)
{
    const int index = m_startCombo->findData(int(start));
    if (index >= 0)
        m_startCombo->setCurrentIndex(index);
}

nats::MonitorStart SignalsView::start() const
{
    return nats::MonitorStart(m_startCombo->currentData().toInt());
}

void SignalsView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused); // comes back here through toggled
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_model->setPaused(paused);
    refresh();
}

void SignalsView::applyFilters()
{
    m_debounce->stop();
    m_proxy->setSubjectFilter(m_subjectEdit->text());
    m_proxy->setTextFilter(m_textEdit->text());
    refresh();
}

void SignalsView::startFeed()
{
    if (!m_nats->hasBus())
        return;
    nats::MonitorOptions options;
    options.start = start();
    options.maxPayloadBytes = m_nats->settings().ingester.maxPayloadBytes;
    m_nats->feed()->start(m_nats->bus(), options);
}

void SignalsView::onSignals(const QList<SignalLogEntry>& batch)
{
    m_rate.add(batch.size(), m_clock.elapsed());
    QScrollBar* bar = m_table->verticalScrollBar();
    // Following the newest rows unless the user scrolled up to read.
    const bool following = bar->value() >= bar->maximum();
    m_model->append(batch);
    if (following && !m_model->isPaused())
        m_table->scrollToBottom();
}

void SignalsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_refresh->start();
}

void SignalsView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_refresh->stop();
}

void SignalsView::refresh()
{
    const qint64 now = m_clock.elapsed();
    m_chart->setRates(m_rate.perSecond(now));
    QStringList parts;
    if (m_proxy->isFiltering())
        parts.append(tr("%1 of %2 rows match").arg(countText(m_proxy->rowCount()), countText(m_model->rowCount())));
    else
        parts.append(tr("%1 rows").arg(countText(m_model->rowCount())));
    parts.append(tr("%1 received").arg(countText(m_model->receivedCount())));
    parts.append(tr("%1/s").arg(countText(m_rate.lastSecond(now))));
    if (m_model->malformedCount() > 0)
        parts.append(tr("%1 malformed").arg(countText(m_model->malformedCount())));
    if (m_model->droppedCount() > 0)
        parts.append(tr("%1 older ones left the window of %2")
                         .arg(countText(m_model->droppedCount()), countText(m_model->capacity())));
    if (m_model->isPaused())
        parts.append(tr("paused: %1 held").arg(countText(m_model->heldCount())));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void SignalsView::updateRecorderLabel()
{
    const SignalRecorder* recorder = m_nats->recorder();
    if (!recorder->isRunning()) {
        m_recorderLabel->setText(tr("Not recording"));
        return;
    }
    const nats::IngestReport report = recorder->report();
    m_recorderLabel->setText(tr("Recording in the store: %1 recorded, %2 malformed skipped")
                                 .arg(countText(report.recorded), countText(report.malformed)));
}

} // namespace sagascope
