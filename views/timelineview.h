// SPDX-License-Identifier: MIT
// The saga timeline: one row per activity, timer and child workflow (as TimelineModel lists them),
// a bar from created to closed (the waiting part light, the running part in full colour, open
// items reaching the selected point), failures outlined in red, a time axis, and a line at the
// selected event's time. Painting visits only the rows inside the viewport and skips bars outside
// the visible time span, so a saga of a million events paints as fast as a small one.
//
// Zoom: by default the time axis fits the rows in view (and follows as they change), which is what
// a long saga needs; "everything" fits the whole saga; zooming or panning by hand keeps the scale.
// Mouse: the wheel scrolls, Ctrl+wheel zooms around the pointer, Shift+wheel pans in time,
// dragging pans both ways, clicking a bar selects the event that created it. Keys: + and − zoom,
// F fits the rows in view, 0 fits everything.
#pragma once

#include <QAbstractScrollArea>

namespace sagascope {

class TimelineModel;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setModel(TimelineModel* model);
    TimelineModel* model() const { return m_model; }

    enum class ZoomMode
    {
        RowsInView, // the time axis spans what the rows on screen cover
        Everything, // the whole saga
        Manual, // as the user zoomed and panned
    };
    ZoomMode zoomMode() const { return m_zoom; }
    // Shows the whole time span again (and keeps doing so as it grows) until the user zooms.
    void fitAll();
    // Fits the time axis to the rows on screen, and keeps doing so as they change.
    void fitRowsInView();
    // Multiplies the time scale around the viewport x position `anchorX` (> 1 zooms in).
    void zoomBy(double factor, int anchorX);
    // Brings the row of the item created at or before `version`, and the selected time, into view.
    void follow(qint64 version);
    // Puts this moment in the middle of the chart.
    void scrollToTime(qint64 us);

    // Geometry, in viewport coordinates.
    int rowHeight() const { return m_rowHeight; }
    int axisHeight() const { return m_axisHeight; }
    int labelWidth() const { return m_labelWidth; }
    int chartLeft() const { return m_labelWidth; }
    double usPerPixel() const { return m_usPerPixel; }
    qint64 startUs() const { return m_startUs; }
    double xOf(qint64 us) const;
    qint64 timeAt(double x) const;
    int rowAt(int y) const;
    // The bar of a row (created to end), whether or not it is on screen.
    QRectF barRect(int row) const;

    // What the last paint looked at: rows in the viewport, bars drawn, bars left out because they
    // were outside the visible time span.
    struct PaintStats
    {
        int firstRow = -1;
        int lastRow = -1;
        int barsPainted = 0;
        int barsCulled = 0;
    };
    PaintStats lastPaintStats() const { return m_stats; }

Q_SIGNALS:
    // A bar (or its label) was clicked: the version of the event that created the item.
    void barClicked(qint64 version);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void onModelReset();
    void applyZoom();
    void fitSpan(qint64 firstUs, qint64 lastUs);
    void updateScrollBars();
    void setStartUs(qint64 startUs);
    int chartWidth() const;
    void paintAxis(QPainter& painter, const QRect& area);

    TimelineModel* m_model = nullptr;
    int m_rowHeight = 20;
    int m_axisHeight = 24;
    int m_labelWidth = 220;
    qint64 m_startUs = 0;
    double m_usPerPixel = 1000.0;
    ZoomMode m_zoom = ZoomMode::RowsInView;
    double m_hUnit = 1.0; // pixels per horizontal scroll bar step (long spans do not fit an int)
    bool m_updatingScrollBars = false;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    qint64 m_followVersion = 0;
    PaintStats m_stats;
};

} // namespace sagascope
