// SPDX-License-Identifier: MIT
#include "streambrowser.h"

#include "errorbanner.h"
#include "storesession.h"
#include "streamlistmodel.h"
#include "streamlistproxymodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sagascope {

namespace {

// Long enough not to query the store on every keystroke, short enough to feel live.
constexpr int searchDebounceMs = 300;

} // namespace

StreamBrowser::StreamBrowser(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StreamListModel(session, this))
    , m_proxy(new StreamListProxyModel(this))
    , m_typeCombo(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_view(new QTreeView(this))
    , m_banner(new ErrorBanner(this))
{
    m_typeCombo->setObjectName(QStringLiteral("streamTypeCombo"));
    m_typeCombo->setToolTip(tr("Show only streams of this type"));
    m_typeCombo->addItem(tr("All types"), QString());
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_search->setObjectName(QStringLiteral("streamSearch"));
    m_search->setPlaceholderText(tr("Search stream ids"));
    m_search->setClearButtonEnabled(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDebounceMs);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("streamList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StreamListModel::StreamIdColumn, Qt::AscendingOrder);
    QHeaderView* header = m_view->header();
    header->setObjectName(QStringLiteral("streamListHeader"));
    header->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const int cellMargin = 12;
    header->resizeSection(
        StreamListModel::StreamIdColumn, fm.horizontalAdvance(QStringLiteral("saga-checkout-0000")) + cellMargin);
    header->resizeSection(
        StreamListModel::StreamTypeColumn, fm.horizontalAdvance(QStringLiteral("order")) + cellMargin);
    header->resizeSection(
        StreamListModel::EventsColumn, fm.horizontalAdvance(QStringLiteral("1,000,000")) + cellMargin);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &StreamBrowser::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &StreamBrowser::applyFilter);
    connect(m_debounce, &QTimer::timeout, this, &StreamBrowser::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StreamBrowser::onCurrentChanged);
    connect(m_model, &StreamListModel::pageLoaded, this, &StreamBrowser::selectPendingStream);
    connect(m_model, &StreamListModel::loadFailed, this,
        [this](const Error& error) { m_banner->showError(tr("Cannot list the streams"), error); });
    connect(m_model, &QAbstractItemModel::modelReset, m_banner, &ErrorBanner::dismiss);
    connect(m_session, &StoreSession::opened, this, [this] { m_typesRequest = m_session->requestStreamTypes(); });
    connect(m_session, &StoreSession::streamTypesReady, this, &StreamBrowser::onTypesReady);
    connect(m_session, &StoreSession::requestFailed, this, [this](quint64 requestId, const Error& error) {
        if (requestId == m_typesRequest)
            m_banner->showError(tr("Cannot read the stream types"), error);
    });
    if (m_session->isOpen())
        m_typesRequest = m_session->requestStreamTypes();
}

StreamBrowser::~StreamBrowser() = default;

void StreamBrowser::applyFilter()
{
    m_debounce->stop();
    m_model->setFilter(m_typeCombo->currentData().toString(), m_search->text().trimmed());
}

void StreamBrowser::onTypesReady(quint64 requestId, const QStringList& types)
{
    if (requestId != m_typesRequest)
        return;
    const QString current = m_typeCombo->currentData().toString();
    const QSignalBlocker blocker(m_typeCombo);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All types"), QString());
    for (const QString& type : types)
        m_typeCombo->addItem(type, type);
    const int index = m_typeCombo->findData(current);
    m_typeCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void StreamBrowser::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const auto stream = current.data(StreamListModel::StreamInfoRole).value<StreamInfo>();
    if (stream.streamId != m_pendingSelection)
        m_pendingSelection.clear();
    Q_EMIT streamSelected(stream);
}

void StreamBrowser::selectStream(const QString& streamId)
{
    m_pendingSelection = streamId;
    selectPendingStream();
}

void StreamBrowser::selectFirstStream()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

void StreamBrowser::selectPendingStream()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int row = m_model->rowOfStream(m_pendingSelection);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_pendingSelection.clear();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString StreamBrowser::currentStreamId() const
{
    return m_view->currentIndex().data(StreamListModel::StreamIdRole).toString();
}

} // namespace sagascope
