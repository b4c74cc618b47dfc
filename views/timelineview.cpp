// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "categorypalette.h"
#include "displayformat.h"
#include "recordedevent.h"
#include "timelinemodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace sagascope {

namespace {

// The finest zoom: a millisecond per pixel.
constexpr double minUsPerPixel = 1000.0;
// Axis ticks are at least this far apart.
constexpr int minTickSpacing = 90;
constexpr int dragThreshold = 4;

struct TickStep
{
    qint64 us;
    const char* format; // QDateTime format of the labels
};

const TickStep tickSteps[] = {
    { 1000LL, "ss.zzz" },
    { 5000LL, "ss.zzz" },
    { 10000LL, "ss.zzz" },
    { 50000LL, "ss.zzz" },
    { 100000LL, "ss.zzz" },
    { 500000LL, "HH:mm:ss.zzz" },
    { 1000000LL, "HH:mm:ss" },
    { 5000000LL, "HH:mm:ss" },
    { 15000000LL, "HH:mm:ss" },
    { 60000000LL, "HH:mm" },
    { 300000000LL, "HH:mm" },
    { 900000000LL, "HH:mm" },
    { 3600000000LL, "MM-dd HH:mm" },
    { 6 * 3600000000LL, "MM-dd HH:mm" },
    { 24 * 3600000000LL, "yyyy-MM-dd" },
    { 7 * 24 * 3600000000LL, "yyyy-MM-dd" },
    { 30 * 24 * 3600000000LL, "yyyy-MM-dd" },
    { 365 * 24 * 3600000000LL, "yyyy" },
};

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_rowHeight = fontMetrics().height() + 8;
    m_axisHeight = fontMetrics().height() + 10;
    m_labelWidth = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 30;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Timeline"));
    setToolTip(QString());
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(TimelineModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::onModelReset);
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    onModelReset();
}

int TimelineView::chartWidth() const
{
    return std::max(1, viewport()->width() - m_labelWidth);
}

double TimelineView::xOf(qint64 us) const
{
    return chartLeft() + static_cast<double>(us - m_startUs) / m_usPerPixel;
}

qint64 TimelineView::timeAt(double x) const
{
    return m_startUs + static_cast<qint64>(std::llround((x - chartLeft()) * m_usPerPixel));
}

int TimelineView::rowAt(int y) const
{
    if (!m_model || y < m_axisHeight)
        return -1;
    const int row = (y - m_axisHeight + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

QRectF TimelineView::barRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QModelIndex index = m_model->index(row);
    const double x0 = xOf(index.data(TimelineModel::CreatedRole).toLongLong());
    const double x1 = std::max(x0 + 2.0, xOf(index.data(TimelineModel::EndRole).toLongLong()));
    const double top = m_axisHeight + row * m_rowHeight - verticalScrollBar()->value() + 3;
    return QRectF(x0, top, x1 - x0, m_rowHeight - 6);
}

void TimelineView::fitAll()
{
    m_zoom = ZoomMode::Everything;
    applyZoom();
}

void TimelineView::fitRowsInView()
{
    m_zoom = ZoomMode::RowsInView;
    applyZoom();
}

void TimelineView::fitSpan(qint64 firstUs, qint64 lastUs)
{
    const qint64 span = std::max<qint64>(1, lastUs - firstUs);
    // A little air on both sides so that bars and the selected-time line are not on the edges.
    m_usPerPixel = std::max(minUsPerPixel, span * 1.06 / chartWidth());
    m_startUs = firstUs - static_cast<qint64>(span * 0.03);
}

void TimelineView::applyZoom()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows > 0 && m_zoom == ZoomMode::Everything) {
        fitSpan(m_model->firstUs(), m_model->lastUs());
    } else if (rows > 0 && m_zoom == ZoomMode::RowsInView) {
        const int scroll = verticalScrollBar()->value();
        const int first = std::clamp(scroll / m_rowHeight, 0, rows - 1);
        const int last = std::clamp((scroll + viewport()->height() - m_axisHeight) / m_rowHeight, first, rows - 1);
        qint64 t0 = std::numeric_limits<qint64>::max();
        qint64 t1 = std::numeric_limits<qint64>::min();
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = m_model->index(row);
            t0 = std::min(t0, index.data(TimelineModel::CreatedRole).toLongLong());
            t1 = std::max(t1, index.data(TimelineModel::EndRole).toLongLong());
        }
        // The selected moment too, when it is among these rows' times.
        const qint64 at = m_model->atUs();
        if (at >= t0)
            t1 = std::max(t1, std::min(at, t1 + (t1 - t0)));
        fitSpan(t0, t1);
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    if (!m_model || factor <= 0)
        return;
    const qint64 anchor = timeAt(anchorX);
    const qint64 span = std::max<qint64>(1, m_model->lastUs() - m_model->firstUs());
    // Never wider than twice the whole span, never finer than a millisecond per pixel, and never
    // so fine that the span would not fit the scroll bar.
    const double coarsest = span * 2.0 / chartWidth();
    const double finest = std::max(minUsPerPixel, span / 1.5e9);
    m_usPerPixel = std::clamp(m_usPerPixel / factor, finest, std::max(finest, coarsest));
    m_zoom = ZoomMode::Manual;
    m_startUs = anchor - static_cast<qint64>(std::llround((anchorX - chartLeft()) * m_usPerPixel));
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setStartUs(qint64 startUs)
{
    m_startUs = startUs;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::scrollToTime(qint64 us)
{
    m_zoom = ZoomMode::Manual;
    setStartUs(us - static_cast<qint64>(chartWidth() / 2 * m_usPerPixel));
}

void TimelineView::follow(qint64 version)
{
    m_followVersion = version;
    if (!m_model)
        return;
    // The item the event changed, else the last one created before it.
    const SagaSnapshotPtr snapshot = m_model->snapshot();
    const qsizetype changed = snapshot ? snapshot->firstChangedTimelineRow() : -1;
    const int row = changed >= 0 ? static_cast<int>(changed) : m_model->rowAtOrBeforeVersion(version);
    if (row >= 0) {
        const int visible = viewport()->height() - m_axisHeight;
        const int top = row * m_rowHeight;
        const int scroll = verticalScrollBar()->value();
        // Keep a row of air around it; bring it to the middle when it is not comfortably in view.
        if (top - m_rowHeight < scroll || top + 2 * m_rowHeight > scroll + visible)
            verticalScrollBar()->setValue(top - visible / 2);
    }
    if (m_zoom == ZoomMode::Manual) {
        const double x = m_model->atUs() != 0 ? xOf(m_model->atUs()) : chartLeft();
        if (x < chartLeft() || x > viewport()->width())
            setStartUs(m_model->atUs() - static_cast<qint64>(chartWidth() / 2 * m_usPerPixel));
        return;
    }
    applyZoom();
}

void TimelineView::onModelReset()
{
    updateScrollBars();
    // The owner calls follow() with the new selection; until then keep the rows where they were.
    applyZoom();
}

void TimelineView::updateScrollBars()
{
    m_updatingScrollBars = true;
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visible = std::max(0, viewport()->height() - m_axisHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows * m_rowHeight - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(m_rowHeight);

    if (m_model && rows > 0) {
        const qint64 first = m_model->firstUs();
        const qint64 last = m_model->lastUs();
        const double contentPx = (last - first) / m_usPerPixel;
        const double maxPx = std::max(0.0, contentPx - chartWidth() * 0.9);
        m_hUnit = std::max(1.0, maxPx / 1e9);
        horizontalScrollBar()->setRange(0, static_cast<int>(maxPx / m_hUnit));
        horizontalScrollBar()->setPageStep(static_cast<int>(chartWidth() / m_hUnit));
        horizontalScrollBar()->setSingleStep(std::max(1, static_cast<int>(40 / m_hUnit)));
        horizontalScrollBar()->setValue(static_cast<int>((m_startUs - first) / m_usPerPixel / m_hUnit));
    } else {
        horizontalScrollBar()->setRange(0, 0);
    }
    m_updatingScrollBars = false;
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    if (m_updatingScrollBars || !m_model)
        return;
    if (dx != 0) {
        m_zoom = ZoomMode::Manual;
        m_startUs = m_model->firstUs()
            + static_cast<qint64>(std::llround(horizontalScrollBar()->value() * m_hUnit * m_usPerPixel));
    }
    if (dy != 0 && m_zoom == ZoomMode::RowsInView) {
        applyZoom();
        return;
    }
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    applyZoom();
}

void TimelineView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    // A view laid out while hidden had another size: place the selection again.
    if (m_followVersion > 0)
        follow(m_followVersion);
    else
        applyZoom();
}

void TimelineView::paintAxis(QPainter& painter, const QRect& area)
{
    const QPalette& pal = palette();
    painter.fillRect(area, pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    const TickStep* step = &tickSteps[std::size(tickSteps) - 1];
    for (const TickStep& s : tickSteps) {
        if (s.us / m_usPerPixel >= minTickSpacing) {
            step = &s;
            break;
        }
    }
    const qint64 t0 = timeAt(chartLeft());
    const qint64 t1 = timeAt(area.right());
    // Ticks on whole steps of local time (the offset keeps days and hours aligned to the clock).
    const qint64 offsetUs = dateTimeFromUs(t0).toLocalTime().offsetFromUtc() * 1000000LL;
    qint64 tick = ((t0 + offsetUs) / step->us) * step->us - offsetUs;
    const QString format = QString::fromLatin1(step->format);
    painter.setPen(pal.color(QPalette::WindowText));
    for (; tick <= t1; tick += step->us) {
        const double x = xOf(tick);
        if (x < chartLeft())
            continue;
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x, area.bottom() - 4), QPointF(x, area.bottom()));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QPointF(x + 3, area.bottom() - 6), dateTimeFromUs(tick).toLocalTime().toString(format));
    }
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    const QRect all = viewport()->rect();
    m_stats = PaintStats {};
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(all, Qt::AlignCenter, tr("No activities, timers or child workflows at this point."));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    const int first = std::max(0, scroll / m_rowHeight);
    const int last = std::min(rows - 1, (scroll + all.height() - m_axisHeight) / m_rowHeight);
    m_stats.firstRow = first;
    m_stats.lastRow = last;
    const QRect chart(chartLeft(), m_axisHeight, all.width() - chartLeft(), all.height() - m_axisHeight);
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QColor failure = failureColor();

    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row);
        const int top = m_axisHeight + row * m_rowHeight - scroll;
        if (row % 2 == 1)
            painter.fillRect(QRect(0, top, all.width(), m_rowHeight), pal.color(QPalette::AlternateBase));

        const QColor color = index.data(TimelineModel::ColorRole).value<QColor>();
        const QRect swatch(4, top + m_rowHeight / 2 - 4, 8, 8);
        painter.fillRect(swatch, color);
        const QRect labelRect(16, top, m_labelWidth - 20, m_rowHeight);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, labelRect.width()));

        const qint64 created = index.data(TimelineModel::CreatedRole).toLongLong();
        const qint64 started = index.data(TimelineModel::StartedRole).toLongLong();
        const qint64 end = index.data(TimelineModel::EndRole).toLongLong();
        const double x0 = xOf(created);
        const double x1 = std::max(x0 + 2.0, xOf(end));
        if (x1 < chart.left() || x0 > chart.right()) {
            ++m_stats.barsCulled;
            continue;
        }
        ++m_stats.barsPainted;
        painter.save();
        painter.setClipRect(chart);
        const QRectF bar(x0, top + 3, x1 - x0, m_rowHeight - 6);
        // Waiting (scheduled, pending) in a light tint, running in full colour.
        QColor waiting = color;
        waiting.setAlpha(90);
        const double xs = started != 0 ? std::clamp(xOf(started), x0, x1) : x1;
        const bool hasStartStep = index.data(TimelineModel::KindRole).toInt() != static_cast<int>(SagaItemKind::Timer);
        if (hasStartStep) {
            painter.fillRect(QRectF(x0, bar.top(), xs - x0, bar.height()), waiting);
            if (started != 0)
                painter.fillRect(QRectF(xs, bar.top(), x1 - xs, bar.height()), color);
        } else {
            painter.fillRect(bar, color);
        }
        const bool open = index.data(TimelineModel::OpenRole).toBool();
        if (open) {
            // Still running at the selected point: a dashed end instead of a closed one.
            painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
            painter.drawLine(QPointF(x1, bar.top() - 2), QPointF(x1, bar.bottom() + 2));
        }
        if (index.data(TimelineModel::ChangedRole).toBool()) {
            // What the selected event changed stands out with a frame around the whole bar.
            painter.setPen(QPen(pal.color(QPalette::Text), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.adjusted(-2, -2, 2, 2));
        }
        if (index.data(TimelineModel::FailureRole).toBool()) {
            painter.setPen(QPen(failure, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
            painter.setPen(failure);
            painter.drawText(
                QRectF(x1 + 2, top, 14, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("\u2715"));
        }
        painter.restore();
    }

    // The selected event's time.
    if (m_model->atUs() != 0) {
        const double x = xOf(m_model->atUs());
        if (x >= chart.left() && x <= chart.right()) {
            painter.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
            painter.drawLine(QPointF(x, m_axisHeight), QPointF(x, all.height()));
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(chartLeft() - 1, m_axisHeight, chartLeft() - 1, all.height());
    paintAxis(painter, QRect(0, 0, all.width(), m_axisHeight));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        QRect(6, 0, m_labelWidth - 8, m_axisHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("%n item(s)", nullptr, rows));
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.25, delta.y() / 120.0), static_cast<int>(event->position().x()));
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) || delta.x() != 0) {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        m_zoom = ZoomMode::Manual;
        setStartUs(m_startUs - static_cast<qint64>(steps / 120.0 * chartWidth() / 8 * m_usPerPixel));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDragPos = m_pressPos;
        m_dragging = false;
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= dragThreshold) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint d = pos - m_lastDragPos;
            m_lastDragPos = pos;
            m_zoom = ZoomMode::Manual;
            verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
            setStartUs(m_startUs - static_cast<qint64>(d.x() * m_usPerPixel));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row < 0)
        return;
    const QRectF bar = barRect(row);
    const bool onLabel = pos.x() < chartLeft();
    if (onLabel || bar.adjusted(-3, -3, 3, 3).contains(pos))
        Q_EMIT barClicked(m_model->index(row).data(TimelineModel::VersionRole).toLongLong());
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const int center = chartLeft() + chartWidth() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, center);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, center);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_F:
        fitRowsInView();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0 && (help->pos().x() < chartLeft() || barRect(row).adjusted(-3, -3, 3, 3).contains(help->pos())))
            QToolTip::showText(help->globalPos(), m_model->index(row).data(Qt::ToolTipRole).toString(), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace sagascope
