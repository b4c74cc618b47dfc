// SPDX-License-Identifier: MIT
#include "eventdetailview.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "errorbanner.h"
#include "eventcatalogue.h"
#include "jsontext.h"
#include "jsontreemodel.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sagascope {

namespace {

// Members with at most this many children are expanded when an event is shown.
constexpr int autoExpandChildren = 12;

QPlainTextEdit* makeJsonText(const QString& objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EventDetailView::EventDetailView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_title(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_payloadText(makeJsonText(QStringLiteral("payloadText"), this))
    , m_metadataText(makeJsonText(QStringLiteral("metadataText"), this))
    , m_storedButton(new QToolButton(this))
    , m_upcastButton(new QToolButton(this))
    , m_upcasters(UpcasterRegistry::withBuiltIns())
{
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);

    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(2);
    form->setLabelAlignment(Qt::AlignLeft);
    const QStringList names { tr("Event id"), tr("Type"), tr("Stream"), tr("Version"), tr("Position"), tr("Recorded"),
        tr("Correlation"), tr("Causation") };
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int f = 0; f < FieldCount; ++f) {
        auto* value = new QLabel(this);
        value->setObjectName(QStringLiteral("detailField%1").arg(f));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        if (f == EventIdField || f == CorrelationField || f == CausationField)
            value->setFont(fixed);
        auto* name = new QLabel(names[f], this);
        name->setEnabled(false);
        form->addRow(name, value);
        m_fields.append(value);
    }

    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_tree->header();
    header->setObjectName(QStringLiteral("jsonTreeHeader"));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(JsonTreeModel::KeyColumn, digit * 22);
    header->resizeSection(JsonTreeModel::TypeColumn, digit * 9);

    auto* raw = new QWidget(this);
    auto* rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(4, 4, 4, 4);
    rawLayout->addWidget(makeHeading(tr("Payload"), raw));
    rawLayout->addWidget(m_payloadText, 3);
    rawLayout->addWidget(makeHeading(tr("Metadata"), raw));
    rawLayout->addWidget(m_metadataText, 2);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(raw, tr("Raw JSON"));

    // Stored | Upcast: which payload the tree and the text show.
    m_storedButton->setObjectName(QStringLiteral("storedPayloadButton"));
    m_storedButton->setText(tr("Stored"));
    m_storedButton->setToolTip(tr("The payload exactly as stored, at the schema it was written with."));
    m_upcastButton->setObjectName(QStringLiteral("upcastPayloadButton"));
    m_upcastButton->setText(tr("Upcast"));
    m_upcastButton->setToolTip(tr("The payload brought to the newest schema by the upcasters, as readers see it."));
    auto* group = new QButtonGroup(this);
    for (QToolButton* b : { m_storedButton, m_upcastButton }) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
    }
    m_storedButton->setChecked(true);
    auto* toggle = new QWidget(this);
    auto* toggleLayout = new QHBoxLayout(toggle);
    toggleLayout->setContentsMargins(0, 0, 0, 0);
    toggleLayout->setSpacing(0);
    toggleLayout->addWidget(m_storedButton);
    toggleLayout->addWidget(m_upcastButton);
    m_tabs->setCornerWidget(toggle, Qt::TopRightCorner);
    connect(m_upcastButton, &QToolButton::toggled, this, &EventDetailView::setShowUpcast);

    auto* detail = new QWidget(this);
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(4, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_message);
    m_stack->addWidget(detail);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    clear();
}

EventDetailView::~EventDetailView() = default;

void EventDetailView::showMessage(const QString& message)
{
    m_hasEvent = false;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void EventDetailView::clear()
{
    m_treeModel->clear();
    m_payloadText->clear();
    m_metadataText->clear();
    showMessage(tr("Select an event to see its payload and metadata."));
}

void EventDetailView::showPending(qint64 version)
{
    showMessage(tr("Loading version %1…").arg(countText(version)));
}

QString EventDetailView::fieldText(Field field) const
{
    return m_hasEvent ? m_fields.value(field)->text() : QString();
}

void EventDetailView::setShowUpcast(bool upcast)
{
    m_showUpcast = upcast;
    m_upcastButton->setChecked(upcast);
    m_storedButton->setChecked(!upcast);
    if (m_hasEvent)
        render();
}

void EventDetailView::setEvent(const RecordedEvent& event)
{
    m_event = event;
    m_eventId = event.eventId;
    m_hasEvent = true;
    render();
}

void EventDetailView::render()
{
    const bool canUpcast = m_upcasters.needsUpcast(m_event);
    const RecordedEvent event = canUpcast && m_showUpcast ? m_upcasters.upcast(m_event) : m_event;
    m_storedButton->setEnabled(canUpcast);
    m_upcastButton->setEnabled(canUpcast);
    const EventCategory category = categoryOf(event.eventType);
    m_title->setText(event.eventType);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(
        QPalette::WindowText, isFailureType(event.eventType) ? failureColor() : palette().color(QPalette::WindowText));
    m_title->setPalette(titlePalette);

    const auto orNone = [this](const QString& text) { return text.isEmpty() ? tr("(none)") : text; };
    m_fields[EventIdField]->setText(event.eventId.toString(QUuid::WithoutBraces));
    if (canUpcast && m_showUpcast)
        m_fields[TypeField]->setText(
            tr("%1 (%2, schema %3 → %4, upcast)")
                .arg(event.eventType, categoryLabel(category), QString::number(m_event.schemaVersion),
                    QString::number(event.schemaVersion)));
    else if (canUpcast)
        m_fields[TypeField]->setText(
            tr("%1 (%2, schema %3 as stored; newest is %4)")
                .arg(event.eventType, categoryLabel(category), QString::number(m_event.schemaVersion),
                    QString::number(m_upcasters.latestVersion(m_event.eventType))));
    else
        m_fields[TypeField]->setText(
            tr("%1 (%2, schema %3)")
                .arg(event.eventType, categoryLabel(category), QString::number(event.schemaVersion)));
    m_fields[StreamField]->setText(tr("%1 (%2)").arg(event.streamId, event.streamType));
    m_fields[VersionField]->setText(countText(event.version));
    m_fields[PositionField]->setText(countText(event.position));
    m_fields[RecordedField]->setText(localTimeText(event.recordedAtUs));
    m_fields[RecordedField]->setToolTip(isoFromUs(event.recordedAtUs));
    m_fields[CorrelationField]->setText(orNone(event.correlationId()));
    m_fields[CausationField]->setText(orNone(event.causationId()));

    if (event.corruption)
        m_banner->showError(tr("This event cannot be decoded"), *event.corruption);
    else
        m_banner->dismiss();

    m_treeModel->setEvent(event);
    // Open the documents and their small members; large arrays stay closed until asked for.
    for (int d = 0; d < m_treeModel->rowCount(); ++d) {
        const QModelIndex document = m_treeModel->index(d, 0);
        m_tree->expand(document);
        for (int m = 0; m < m_treeModel->rowCount(document); ++m) {
            const QModelIndex member = m_treeModel->index(m, 0, document);
            if (m_treeModel->hasChildren(member) && m_treeModel->rowCount(member) <= autoExpandChildren)
                m_tree->expand(member);
        }
    }
    m_payloadText->setPlainText(QString::fromUtf8(prettyJson(event.payload)));
    m_metadataText->setPlainText(QString::fromUtf8(
        prettyJson(event.metadata.isEmpty() ? QByteArrayView("{}") : QByteArrayView(event.metadata))));
    m_stack->setCurrentIndex(1);
}

} // namespace sagascope
