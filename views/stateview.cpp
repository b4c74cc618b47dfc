// SPDX-License-Identifier: MIT
#include "stateview.h"

#include "displayformat.h"
#include "errorbanner.h"
#include "statetreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace sagascope {

namespace {

// The first changes are opened up in the tree; a pinned comparison can change thousands of paths.
constexpr int changesOpened = 40;
// A state that takes longer than this shows as being computed (quick ones never flicker).
constexpr int busyAfterMs = 150;

QString parentPointer(const QString& pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

} // namespace

StateView::StateView(QWidget* parent)
    : QWidget(parent)
    , m_model(new StateTreeModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_tree(new QTreeView(this))
    , m_busy(new QTimer(this))
{
    setObjectName(QStringLiteral("stateView"));
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("stateSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("stateTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_tree->header();
    header->setObjectName(QStringLiteral("stateTreeHeader"));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StateTreeModel::ValueColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(StateTreeModel::KeyColumn, digit * 24);
    header->resizeSection(StateTreeModel::ChangeColumn, digit * 16);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree, 1);

    m_busy->setSingleShot(true);
    m_busy->setInterval(busyAfterMs);
    connect(m_busy, &QTimer::timeout, this, [this] {
        m_tree->setEnabled(false);
        m_summary->setText(m_pendingText);
    });
    clear();
}

StateView::~StateView() = default;

void StateView::clear()
{
    m_busy->stop();
    m_model->clear();
    m_version = -1;
    m_title->setText(tr("State"));
    m_summary->setText(tr("Select an event to see the stream's state after it."));
    m_banner->dismiss();
    m_tree->setEnabled(true);
}

void StateView::showPending(qint64 version)
{
    m_pendingText = tr("Computing the state after version %1…").arg(countText(version));
    if (!m_busy->isActive())
        m_busy->start();
}

void StateView::showError(qint64 version, const Error& error)
{
    m_busy->stop();
    m_tree->setEnabled(true);
    m_banner->showError(tr("Cannot compute the state after version %1").arg(countText(version)), error);
}

QStringList StateView::expandedPaths() const
{
    // Only expanded nodes are visited, so a long array that is closed costs nothing.
    QStringList out;
    QList<QModelIndex> open { QModelIndex() };
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        if (parent.isValid() && !m_tree->isExpanded(parent))
            continue;
        if (parent.isValid())
            out.append(parent.data(StateTreeModel::PathRole).toString());
        const int rows = m_model->rowCount(parent);
        // A huge expanded array is kept open, but its items are not walked one by one.
        if (rows > 2000)
            continue;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            if (m_model->hasChildren(child) && m_tree->isExpanded(child))
                open.append(child);
        }
    }
    return out;
}

void StateView::expandPath(const QString& pointer)
{
    QStringList chain;
    for (QString p = pointer; !p.isEmpty(); p = parentPointer(p))
        chain.prepend(p);
    for (const QString& p : std::as_const(chain)) {
        const QModelIndex index = m_model->indexOfPath(p);
        if (!index.isValid())
            return;
        m_tree->expand(index);
    }
}

void StateView::showAnswer(const StateAnswer& answer)
{
    m_busy->stop();
    const QStringList keep = m_version >= 0 ? expandedPaths() : QStringList();
    m_banner->dismiss();
    m_model->setState(answer.state, answer.changes);
    m_version = answer.version;
    m_tree->setEnabled(true);

    for (const QString& path : keep)
        expandPath(path);
    // Open the way to what changed, and show the first change.
    const QStringList changed = m_model->changedPaths();
    QModelIndex first;
    for (int i = 0; i < std::min<qsizetype>(changed.size(), changesOpened); ++i) {
        expandPath(parentPointer(changed[i]));
        if (!first.isValid())
            first = m_model->indexOfPath(changed[i]);
    }
    if (first.isValid())
        m_tree->scrollTo(first);

    m_title->setText(answer.version == 0
            ? tr("State before the first event · reducer %1").arg(answer.reducer)
            : tr("State after version %1 · reducer %2").arg(countText(answer.version), answer.reducer));
    QString summary;
    const int n = static_cast<int>(answer.changes.size());
    if (answer.baseVersion < 0)
        summary = tr("The initial state.");
    else if (answer.pinned && n == 0)
        summary = tr("Nothing changed since the pinned version %1.").arg(countText(answer.baseVersion));
    else if (answer.pinned)
        summary = tr("%n change(s) since the pinned version %1.", nullptr, n).arg(countText(answer.baseVersion));
    else if (n == 0)
        summary = tr("This event changed nothing in the state.");
    else
        summary = tr("%n change(s) made by this event.", nullptr, n);
    m_summary->setText(summary);
    m_summary->setToolTip(
        tr("Computed in %1: folding %2, the reducer's JSON documents %3, comparing them %4, the "
           "saga's items %5.")
            .arg(durationText(answer.computeUs), durationText(answer.foldUs), durationText(answer.documentUs),
                durationText(answer.changesUs), durationText(answer.sagaUs)));
}

} // namespace sagascope
