// SPDX-License-Identifier: MIT
#include "snapshotsview.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "snapshotlistmodel.h"
#include "statechanges.h"
#include "statetreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace sagascope {

SnapshotsView::SnapshotsView(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new SnapshotListModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_diffModel(new StateTreeModel(this))
    , m_create(new QPushButton(this))
    , m_verify(new QPushButton(tr("Verify stream"), this))
    , m_status(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_diffPanel(new QWidget(this))
    , m_diffTitle(new QLabel(m_diffPanel))
    , m_diffTree(new QTreeView(m_diffPanel))
{
    setObjectName(QStringLiteral("snapshotsView"));
    m_create->setObjectName(QStringLiteral("createSnapshotButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Recompute the stream's fingerprint chain and check every snapshot against a replay."));
    m_status->setObjectName(QStringLiteral("snapshotStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotListModel::SortRole);
    m_table->setObjectName(QStringLiteral("snapshotsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("snapshotsHeader"));
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(SnapshotListModel::VersionColumn, fm.horizontalAdvance(QStringLiteral("1,000,000")) + 16);
    header->resizeSection(SnapshotListModel::ReducerColumn, fm.horizontalAdvance(QStringLiteral("merge-patch 1")) + 16);
    header->resizeSection(SnapshotListModel::CodecColumn, fm.horizontalAdvance(QStringLiteral("Codec")) + 20);
    header->resizeSection(SnapshotListModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("100.0 MiB")) + 16);
    header->resizeSection(SnapshotListModel::HashColumn, fm.horizontalAdvance(QStringLiteral("0123456789ab")) + 16);
    header->resizeSection(
        SnapshotListModel::CreatedColumn, fm.horizontalAdvance(QStringLiteral("2026-11-23 10:05:55.218")) + 16);
    header->resizeSection(
        SnapshotListModel::UsableColumn, fm.horizontalAdvance(QStringLiteral("no: does not match its hash")) + 16);

    m_diffTitle->setObjectName(QStringLiteral("snapshotDiffTitle"));
    m_diffTitle->setTextFormat(Qt::PlainText);
    m_diffTitle->setWordWrap(true);
    m_diffTree->setObjectName(QStringLiteral("snapshotDiffTree"));
    m_diffTree->setModel(m_diffModel);
    m_diffTree->setUniformRowHeights(true);
    m_diffTree->setAlternatingRowColors(true);
    m_diffTree->header()->setObjectName(QStringLiteral("snapshotDiffHeader"));
    m_diffTree->header()->setStretchLastSection(false);
    m_diffTree->header()->setSectionResizeMode(StateTreeModel::ValueColumn, QHeaderView::Stretch);
    auto* diffLayout = new QVBoxLayout(m_diffPanel);
    diffLayout->setContentsMargins(4, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diffTree, 1);
    m_diffPanel->hide();

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    tools->addWidget(m_create);
    tools->addWidget(m_verify);
    tools->addWidget(m_status, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("snapshotsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diffPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_create, &QPushButton::clicked, this, [this] { Q_EMIT createRequested(m_selectedVersion); });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        m_banner->dismiss();
        m_status->setText(tr("Verifying %1: reading every event and replaying it…").arg(m_model->stream().streamId));
        m_model->verify();
    });
    connect(m_model, &SnapshotListModel::busyChanged, this, &SnapshotsView::updateButtons);
    connect(m_model, &SnapshotListModel::loaded, this, [this](int rows) {
        if (!m_model->lastReport())
            m_status->setText(rows == 0 ? tr("No snapshots of this stream.") : tr("%n snapshot(s).", nullptr, rows));
    });
    connect(m_model, &SnapshotListModel::loadFailed, this,
        [this](const Error& error) { m_banner->showError(tr("Cannot read the snapshots"), error); });
    connect(m_model, &SnapshotListModel::taskFailed, this, [this](const Error& error) {
        m_status->clear();
        m_banner->showError(QString(), error);
    });
    connect(m_model, &SnapshotListModel::snapshotCreated, this,
        [this](qint64 version) { m_status->setText(tr("Snapshot taken at version %1.").arg(countText(version))); });
    connect(m_model, &SnapshotListModel::verified, this, &SnapshotsView::showReport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showDiffFor(current); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showDiffFor(m_table->currentIndex()); });
    updateButtons();
}

SnapshotsView::~SnapshotsView() = default;

void SnapshotsView::setStream(const StreamInfo& stream)
{
    m_banner->dismiss();
    m_status->clear();
    m_diffPanel->hide();
    m_diffModel->clear();
    m_model->setStream(stream);
    updateButtons();
}

void SnapshotsView::setSelectedVersion(qint64 version)
{
    m_selectedVersion = version;
    updateButtons();
}

void SnapshotsView::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void SnapshotsView::updateButtons()
{
    const bool stream = !m_model->stream().streamId.isEmpty();
    const bool busy = m_model->isBusy();
    m_create->setText(m_selectedVersion > 0 ? tr("Create snapshot at version %1…").arg(countText(m_selectedVersion))
                                            : tr("Create snapshot…"));
    m_create->setEnabled(stream && !busy && m_writable && m_selectedVersion > 0);
    m_create->setToolTip(m_writable
            ? tr("Store the state after the selected event as a snapshot.")
            : tr("The store is open read-only. Turn on Store ▸ Write mode to create snapshots."));
    m_verify->setEnabled(stream && !busy);
}

void SnapshotsView::showReport(const VerifyReport& report)
{
    int matching = 0;
    for (const SnapshotCheck& c : report.snapshots)
        matching += c.matches ? 1 : 0;
    if (report.ok()) {
        m_status->setText(tr("OK: the fingerprints of all %1 events match, and %2 of %3 snapshots match replay.")
                              .arg(countText(report.eventsChecked))
                              .arg(matching)
                              .arg(report.snapshots.size()));
        return;
    }
    if (!report.eventsOk()) {
        m_status->setText(
            tr("The first bad event is version %1: %2").arg(countText(*report.firstBadVersion), report.eventProblem));
        return;
    }
    for (const SnapshotCheck& c : report.snapshots) {
        if (!c.matches) {
            m_status->setText(tr("The events are intact, but the snapshot at version %1 does not match replay: %2")
                                  .arg(countText(c.snapshot.version), c.problem));
            break;
        }
    }
    // Show the first one that disagrees.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(SnapshotListModel::VerifiedRole).toInt() == 0) {
            m_table->setCurrentIndex(m_proxy->index(r, 0));
            break;
        }
    }
}

void SnapshotsView::showDiffFor(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const std::optional<SnapshotCheck> check = source.isValid() ? m_model->checkAt(source.row()) : std::nullopt;
    if (!check || check->matches) {
        m_diffPanel->hide();
        return;
    }
    const QList<StateChange> changes = changesBetween(check->stored, check->replayed);
    m_diffModel->setState(check->replayed, changes);
    m_diffTitle->setText(check->stored.isEmpty()
            ? tr("The snapshot at version %1 could not be read (%2). The replayed state:")
                  .arg(countText(check->snapshot.version), check->problem)
            : tr("The snapshot at version %1 against replay: %n difference(s). Highlighted values are the replay's; "
                 "the tool tips show the snapshot's.",
                nullptr, static_cast<int>(changes.size()))
                  .arg(countText(check->snapshot.version)));
    for (int i = 0; i < std::min<qsizetype>(changes.size(), 40); ++i) {
        QString path = changes[i].path;
        QList<QModelIndex> chain;
        for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
             slash = path.lastIndexOf(QLatin1Char('/'))) {
            path = path.left(slash);
            chain.prepend(m_diffModel->indexOfPath(path));
        }
        for (const QModelIndex& index : std::as_const(chain))
            m_diffTree->expand(index);
    }
    m_diffPanel->show();
}

} // namespace sagascope
