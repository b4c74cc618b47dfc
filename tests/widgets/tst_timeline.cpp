// SPDX-License-Identifier: MIT
// The saga timeline: where its bars go for a small saga (from the model's times and colours, not
// from pixels), clicking and zooming, and that painting a long saga only visits the bars in view.
#include "categorypalette.h"
#include "demodata.h"
#include "memoryeventstore.h"
#include "sagafixture.h"
#include "sagareducer.h"
#include "sagasnapshot.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "timetravel.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace sagascope;

namespace {

// Counts what a view asks of the model.
class CountingTimelineModel : public TimelineModel
{
public:
    using TimelineModel::TimelineModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        ++calls;
        rows.insert(index.row());
        return TimelineModel::data(index, role);
    }
    mutable int calls = 0;
    mutable QSet<int> rows;
};

SagaSnapshotPtr snapshotOf(EventStore& store, const QString& streamId, qint64 version)
{
    TimeTravel travel(store, streamId, std::make_shared<SagaReducer>(), 1000);
    auto state = travel.stateAt(version);
    if (!state)
        return {};
    StreamQuery q;
    q.streamId = streamId;
    q.minVersion = q.maxVersion = version;
    const qint64 at = (*store.readStream(q)).first().recordedAtUs;
    return std::make_shared<const SagaSnapshot>(SagaSnapshot::fromState(streamId, (*state)->toJson(), version, at));
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsOfASmallSaga()
    {
        MemoryEventStore store;
        QVERIFY(test::appendSmallSaga(store, QStringLiteral("saga-1")));
        TimelineModel model;
        model.setSnapshot(snapshotOf(store, QStringLiteral("saga-1"), test::smallSaga().size()));
        QCOMPARE(model.rowCount(), 4);
        TimelineView view;
        view.resize(900, 300);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitAll();

        // Each bar spans its item's created..end times on one time scale, one row below the other.
        const double scale = view.usPerPixel();
        QVERIFY(scale > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const qint64 created = i.data(TimelineModel::CreatedRole).toLongLong();
            const qint64 end = i.data(TimelineModel::EndRole).toLongLong();
            const QRectF bar = view.barRect(row);
            QCOMPARE(qRound(bar.left()), qRound(view.chartLeft() + (created - view.startUs()) / scale));
            QVERIFY2(std::abs(bar.width() - std::max(2.0, (end - created) / scale)) < 0.01,
                qPrintable(QString::number(bar.width())));
            QCOMPARE(qRound(bar.top()), view.axisHeight() + row * view.rowHeight() + 3);
            QCOMPARE(view.rowAt(qRound(bar.center().y())), row);
        }
        // Fitted: the first bar starts a little after the chart's left edge (3 % of the span of air),
        // the last moment a little before the right edge.
        const double air = 0.03 * (model.lastUs() - model.firstUs()) / scale;
        QVERIFY2(std::abs(view.barRect(0).left() - view.chartLeft() - air) <= 1.5,
            qPrintable(QString::number(view.barRect(0).left())));
        QVERIFY(view.xOf(model.lastUs()) < view.viewport()->width());
        QVERIFY(view.xOf(model.lastUs()) > view.viewport()->width() - 2 * air);
        // Colours come from the one palette, by kind.
        QCOMPARE(model.index(0).data(TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::Activity));
        QCOMPARE(model.index(1).data(TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::Timer));
        QCOMPARE(
            model.index(2).data(TimelineModel::ColorRole).value<QColor>(), categoryColor(EventCategory::ChildWorkflow));
        // The timer that waited 60 s is far longer than the payment that took 9 s.
        QVERIFY(view.barRect(1).width() > 5 * view.barRect(0).width());

        // Clicking a bar names the event that created the item.
        QSignalSpy clicked(&view, &TimelineView::barClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.barRect(1).center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toLongLong(), model.index(1).data(TimelineModel::VersionRole).toLongLong());
        // Clicking empty space does not.
        QTest::mouseClick(
            view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() - 5, view.viewport()->height() - 5));
        QCOMPARE(clicked.size(), 1);

        // Zooming in around a point keeps the time under it and doubles the widths.
        const double widthBefore = view.barRect(1).width();
        const int anchor = qRound(view.barRect(1).center().x());
        const qint64 timeUnder = view.timeAt(anchor);
        view.zoomBy(2.0, anchor);
        QCOMPARE(view.usPerPixel(), scale / 2);
        QVERIFY(std::abs(view.timeAt(anchor) - timeUnder) <= qint64(scale));
        QVERIFY(std::abs(view.barRect(1).width() - 2 * widthBefore) < 1.0);
        // Ctrl+wheel zooms too; 0 fits again.
        QWheelEvent wheel(QPointF(anchor, 50), view.viewport()->mapToGlobal(QPointF(anchor, 50)), QPoint(),
            QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(std::abs(view.usPerPixel() - scale / 2 * 1.25) < 1e-6 * scale);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.usPerPixel(), scale);
    }

    void paintingALongSagaVisitsOnlyTheBarsInView()
    {
        MemoryEventStore store;
        DemoOptions options;
        options.streams = 0;
        options.longStreamEvents = 100000;
        QVERIFY(writeDemoData(store, options).has_value());
        const QString streamId = QStringLiteral("saga-long-0001");
        const SagaSnapshotPtr snapshot = snapshotOf(store, streamId, 100000);
        QVERIFY(snapshot);
        CountingTimelineModel model;
        model.setSnapshot(snapshot);
        const int rows = model.rowCount();
        QVERIFY2(rows > 20000, qPrintable(QString::number(rows)));

        TimelineView view;
        view.resize(1000, 420);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int visibleRows = (view.viewport()->height() - view.axisHeight()) / view.rowHeight() + 2;

        // Fitted to two months: every row in view has a bar somewhere on screen.
        model.calls = 0;
        model.rows.clear();
        view.viewport()->repaint();
        TimelineView::PaintStats stats = view.lastPaintStats();
        QVERIFY(stats.barsPainted > 0);
        QVERIFY2(stats.barsPainted + stats.barsCulled <= visibleRows,
            qPrintable(QStringLiteral("%1 + %2 > %3").arg(stats.barsPainted).arg(stats.barsCulled).arg(visibleRows)));
        QVERIFY2(model.rows.size() <= visibleRows, qPrintable(QString::number(model.rows.size())));
        QVERIFY2(model.calls <= visibleRows * 12, qPrintable(QString::number(model.calls)));

        // In the middle, zoomed in on one hour: rows in view whose bars are elsewhere in time are
        // skipped, and still only rows in view are looked at.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        const int middle = view.verticalScrollBar()->value() / view.rowHeight();
        const qint64 t = model.index(middle).data(TimelineModel::CreatedRole).toLongLong();
        view.zoomBy(view.usPerPixel() * view.viewport()->width() / 3.6e9, view.labelWidth());
        view.scrollToTime(t);
        QVERIFY(std::abs(view.timeAt(view.labelWidth()) - t) < qint64(3.6e9));
        model.calls = 0;
        model.rows.clear();
        view.viewport()->repaint();
        stats = view.lastPaintStats();
        QVERIFY(stats.firstRow > 1000);
        QVERIFY(stats.barsPainted > 0);
        QVERIFY(stats.barsPainted + stats.barsCulled <= visibleRows);
        for (const int r : std::as_const(model.rows))
            QVERIFY(r >= stats.firstRow && r <= stats.lastRow);

        // How long a paint of the long saga takes (reported, not asserted: machines differ).
        QElapsedTimer timer;
        timer.start();
        const int paints = 50;
        for (int i = 0; i < paints; ++i)
            view.viewport()->repaint();
        qInfo("timeline of %d bars: %.2f ms per paint, %d bars painted", rows,
            static_cast<double>(timer.nsecsElapsed()) / 1e6 / paints, view.lastPaintStats().barsPainted);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
