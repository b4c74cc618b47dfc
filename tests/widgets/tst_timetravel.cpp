// SPDX-License-Identifier: MIT
// Time travel in the inspector window, offscreen, driven with the keys a user presses: the
// scrubber moves the history selection, the state tree follows with the event's changes marked,
// the saga view and the timeline follow, the category filter narrows the history, the event detail
// shows stored or upcast payloads, and snapshots are created (in write mode) and verified.
#include "categoryfilter.h"
#include "categorypalette.h"
#include "errorbanner.h"
#include "eventcatalogue.h"
#include "eventdetailview.h"
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "openstore.h"
#include "sagafixture.h"
#include "sagaitemsmodel.h"
#include "sagaview.h"
#include "snapshotlistmodel.h"
#include "snapshotsview.h"
#include "statetreemodel.h"
#include "stateview.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "timetravelbar.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace sagascope;

namespace {

QList<qint64> failures()
{
    return test::sagaVersionsWhere([](const test::SagaStep& s) { return isFailureType(s.type); });
}

QList<qint64> resetPoints()
{
    return test::sagaVersionsWhere([](const test::SagaStep& s) { return s.resetPoint; });
}

qint64 lastVersion()
{
    return test::smallSaga().size();
}

// The value shown for a JSON Pointer in the state tree.
QString valueAt(StateView* view, const QString& pointer)
{
    return view->model()->indexOfPath(pointer).siblingAtColumn(StateTreeModel::ValueColumn).data().toString();
}

int changeAt(StateView* view, const QString& pointer)
{
    return view->model()->indexOfPath(pointer).data(StateTreeModel::ChangeRole).toInt();
}

} // namespace

class TestTimeTravel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_url;

    SessionOpenRequest request() const
    {
        SessionOpenRequest r;
        r.url = m_url;
        r.options.readOnly = true;
        return r;
    }

    // A window on the saga, active (so its shortcuts work) and showing the first event's state.
    void openWindow(MainWindow& window, const QString& streamId = QStringLiteral("saga-1"))
    {
        window.setSaveStateOnClose(false);
        window.setConfirmationHandler([](const QString&, const QString&) { return true; });
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setInitialStream(streamId);
        window.openStore(request());
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        QCOMPARE(window.errorBanner()->message(), QString());
        QTRY_COMPARE(window.stateView()->shownVersion(), 1);
    }

    // Presses a key as a user would, with the focus in the history table.
    static void press(MainWindow& window, int key, Qt::KeyboardModifiers modifiers = {})
    {
        window.historyView()->view()->setFocus();
        QTest::keyClick(window.historyView()->view(), static_cast<Qt::Key>(key), modifiers);
    }

    static void expectSelected(MainWindow& window, qint64 version)
    {
        QTRY_COMPARE(window.currentVersion(), version);
        QTRY_COMPARE(
            window.historyView()->view()->currentIndex().data(HistoryModel::VersionRole).toLongLong(), version);
        QCOMPARE(window.timeTravelBar()->slider()->value(), int(version));
        QTRY_COMPARE(window.stateView()->shownVersion(), version);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SagaScopeTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("saga.sagascope"));
        auto store = openStore(m_url);
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
        QVERIFY(test::appendSmallSaga(**store, QStringLiteral("saga-1")));
        // An order stored at schema 1, which the built-in upcaster brings to schema 2.
        AppendRequest order;
        order.streamId = QStringLiteral("order-1");
        NewEvent placed = NewEvent::fromJson(QStringLiteral("OrderPlaced"),
            { { QStringLiteral("items"),
                  QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("A-1") },
                      { QStringLiteral("qty"), 2 }, { QStringLiteral("price"), 9.99 } } } },
                { QStringLiteral("total"), 19.98 } },
            {}, 1);
        order.events = { placed };
        QVERIFY((*store)->append(order).has_value());
        // A long stream, to see that jumping reads only what is shown.
        AppendRequest counter;
        counter.streamId = QStringLiteral("counter-1");
        for (int v = 1; v <= 50000; ++v)
            counter.events.append(NewEvent::fromJson(QStringLiteral("Counted"), { { QStringLiteral("n"), v } }));
        QVERIFY((*store)->appendBatch({ counter }).has_value());
    }

    void jumpingReadsOnlyThePagesShown()
    {
        MainWindow window;
        openWindow(window, QStringLiteral("counter-1"));
        press(window, Qt::Key_End, Qt::ControlModifier);
        expectSelected(window, 50000);
        QCOMPARE(valueAt(window.stateView(), QStringLiteral("/n")), QStringLiteral("50000"));
        window.timeTravelBar()->slider()->setValue(25000);
        expectSelected(window, 25000);
        // The first page, the last one and the middle one (and perhaps a neighbour): not 196 pages.
        QTRY_VERIFY(window.historyView()->model()->cacheStats().loadingPages == 0);
        const auto stats = window.historyView()->model()->cacheStats();
        QVERIFY2(stats.pagesLoaded <= 6, qPrintable(QString::number(stats.pagesLoaded)));
    }

    void keysMoveTheScrubberAndTheStateFollows()
    {
        MainWindow window;
        openWindow(window);
        window.showStatePanel();
        StateView* state = window.stateView();
        QCOMPARE(valueAt(state, QStringLiteral("/status")), QStringLiteral("running"));
        QCOMPARE(changeAt(state, QStringLiteral("/status")), int(StateTreeModel::Changed)); // pending -> running

        // F8: the next failure. The activity waits for its retry; the event's changes are marked.
        press(window, Qt::Key_F8);
        expectSelected(window, failures()[0]);
        QCOMPARE(valueAt(state, QStringLiteral("/activities/0/status")), QStringLiteral("retrying"));
        QCOMPARE(valueAt(state, QStringLiteral("/activities/0/attempt")), QStringLiteral("1"));
        QCOMPARE(changeAt(state, QStringLiteral("/activities/0/status")), int(StateTreeModel::Changed));
        QCOMPARE(changeAt(state, QStringLiteral("/activities/0/attempt")), int(StateTreeModel::Unchanged));
        QCOMPARE(changeAt(state, QStringLiteral("/status")), int(StateTreeModel::Unchanged));
        const QModelIndex status = state->model()->indexOfPath(QStringLiteral("/activities/0/status"));
        QCOMPARE(status.data(StateTreeModel::OldValueRole).toString(), QStringLiteral("\"started\""));
        QVERIFY(status.siblingAtColumn(StateTreeModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("started")));
        QCOMPARE(
            status.data(Qt::BackgroundRole).value<QColor>().rgb(), stateChangeColor(StateChange::Kind::Changed).rgb());
        // The way to the change is open and the change is on screen.
        QVERIFY(state->tree()->isExpanded(state->model()->indexOfPath(QStringLiteral("/activities"))));
        QVERIFY(state->tree()->isExpanded(state->model()->indexOfPath(QStringLiteral("/activities/0"))));
        QVERIFY(state->tree()->visualRect(status).isValid());
        QVERIFY(state->summaryLabel()->text().contains(QString::number(state->model()->changeCount())));

        // F9: the next reset point.
        press(window, Qt::Key_F9);
        expectSelected(window, resetPoints()[0]);
        QCOMPARE(changeAt(state, QStringLiteral("/reset_points/0")), int(StateTreeModel::Added));

        // F8 again: the time-out, the second failure.
        press(window, Qt::Key_F8);
        expectSelected(window, failures()[1]);
        QCOMPARE(valueAt(state, QStringLiteral("/activities/1/status")), QStringLiteral("timed_out"));

        // Ctrl+End: the last event. The retried activity succeeded on its second attempt.
        press(window, Qt::Key_End, Qt::ControlModifier);
        expectSelected(window, lastVersion());
        QCOMPARE(valueAt(state, QStringLiteral("/status")), QStringLiteral("completed"));
        QCOMPARE(changeAt(state, QStringLiteral("/status")), int(StateTreeModel::Changed));
        QCOMPARE(state->model()->indexOfPath(QStringLiteral("/status")).data(StateTreeModel::OldValueRole).toString(),
            QStringLiteral("\"running\""));
        QCOMPARE(valueAt(state, QStringLiteral("/activities/0/attempt")), QStringLiteral("2"));
        QCOMPARE(valueAt(state, QStringLiteral("/activities/0/status")), QStringLiteral("completed"));

        // Back: the previous failure, then one event back.
        press(window, Qt::Key_F8, Qt::ShiftModifier);
        expectSelected(window, failures()[1]);
        press(window, Qt::Key_Left, Qt::AltModifier);
        expectSelected(window, failures()[1] - 1);
        // Nothing after the last failure: the bar says so and the position stays.
        press(window, Qt::Key_F8);
        expectSelected(window, failures()[1]);
        press(window, Qt::Key_F8);
        QTRY_VERIFY(window.timeTravelBar()
                        ->findChild<QLabel*>(QStringLiteral("timeTravelSearch"))
                        ->text()
                        .contains(QStringLiteral("No failure")));
        QCOMPARE(window.currentVersion(), failures()[1]);

        // The slider itself moves the selection too.
        window.timeTravelBar()->slider()->setValue(3);
        expectSelected(window, 3);
    }

    void pinnedEventsAreComparedInstead()
    {
        MainWindow window;
        openWindow(window);
        window.goToVersion(2);
        QTRY_COMPARE(window.stateView()->shownVersion(), 2);
        press(window, Qt::Key_B, Qt::ControlModifier); // pin version 2
        QCOMPARE(window.pinnedVersion(), std::optional<qint64>(2));
        press(window, Qt::Key_End, Qt::ControlModifier);
        expectSelected(window, lastVersion());
        StateView* state = window.stateView();
        QTRY_VERIFY(state->summaryLabel()->text().contains(QStringLiteral("pinned")));
        // Since version 2: the activity is no longer "scheduled", and the second one is new.
        QCOMPARE(state->model()
                     ->indexOfPath(QStringLiteral("/activities/0/status"))
                     .data(StateTreeModel::OldValueRole)
                     .toString(),
            QStringLiteral("\"scheduled\""));
        QCOMPARE(changeAt(state, QStringLiteral("/activities/1")), int(StateTreeModel::Added));
        press(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.pinnedVersion(), std::nullopt);
        QTRY_VERIFY(!state->summaryLabel()->text().contains(QStringLiteral("pinned")));
        QCOMPARE(changeAt(state, QStringLiteral("/activities/1")), int(StateTreeModel::Unchanged));
    }

    void sagaViewAndTimelineFollow()
    {
        MainWindow window;
        openWindow(window);
        window.showSagaTab();
        window.goToVersion(lastVersion());
        expectSelected(window, lastVersion());
        SagaView* saga = window.sagaView();
        QTRY_COMPARE(saga->itemsModel(SagaItemKind::Activity)->rowCount(), 2);
        QCOMPARE(saga->itemsModel(SagaItemKind::Timer)->rowCount(), 1);
        QCOMPARE(saga->itemsModel(SagaItemKind::ChildWorkflow)->rowCount(), 1);
        QCOMPARE(saga->itemsModel(SagaItemKind::Signal)->rowCount(), 1);
        QCOMPARE(saga->timelineModel()->rowCount(), 4);
        QVERIFY(saga->timelineModel()->index(3).data(TimelineModel::FailureRole).toBool());

        // Clicking a bar selects the event that created it.
        TimelineView* timeline = saga->timeline();
        QTRY_VERIFY(timeline->isVisible());
        const QRectF bar = timeline->barRect(2);
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center().toPoint());
        const qint64 initiated = test::sagaVersionsWhere([](const test::SagaStep& s) {
            return s.type == u"ChildWorkflowInitiated";
        }).first();
        expectSelected(window, initiated);
        // At that point the child is open and the later activity does not exist yet.
        QTRY_COMPARE(saga->timelineModel()->rowCount(), 3);
        QVERIFY(saga->timelineModel()->index(2).data(TimelineModel::OpenRole).toBool());
        QCOMPARE(saga->itemsModel(SagaItemKind::Activity)->rowCount(), 1);

        // Activating a table row does the same.
        QTableView* activities = saga->table(SagaItemKind::Activity);
        Q_EMIT activities->activated(activities->model()->index(0, 0));
        expectSelected(window, 2);
    }

    void categoryFilterNarrowsTheHistory()
    {
        MainWindow window;
        openWindow(window);
        HistoryView* history = window.historyView();
        QVERIFY(history->categoryFilter()->isEnabled());
        history->categoryFilter()->setCategories({ EventCategory::Timer });
        QVERIFY(history->isFiltered());
        const QList<qint64> timers
            = test::sagaVersionsWhere([](const test::SagaStep& s) { return s.type.startsWith(u"Timer"); });
        QTRY_COMPARE(history->view()->model()->rowCount(), timers.size());
        for (int r = 0; r < timers.size(); ++r) {
            const QModelIndex i = history->view()->model()->index(r, HistoryModel::CategoryColumn);
            QCOMPARE(i.data(HistoryModel::VersionRole).toLongLong(), timers[r]);
            QCOMPARE(i.data(HistoryModel::CategoryColorRole).value<QColor>(), categoryColor(EventCategory::Timer));
        }
        // The scrubber still travels over every version; the table marks the event when it is shown.
        window.goToVersion(timers[1]);
        expectSelected(window, timers[1]);
        window.goToVersion(1);
        QTRY_COMPARE(window.stateView()->shownVersion(), 1);
        QVERIFY(!history->view()->currentIndex().isValid());
        // Showing all again.
        history->categoryFilter()->setCategories({});
        QVERIFY(!history->isFiltered());
        QCOMPARE(history->view()->model()->rowCount(), lastVersion());
    }

    void eventDetailShowsStoredOrUpcastPayloads()
    {
        MainWindow window;
        openWindow(window, QStringLiteral("order-1"));
        EventDetailView* detail = window.eventDetail();
        QTRY_VERIFY(detail->fieldText(EventDetailView::TypeField).startsWith(QStringLiteral("OrderPlaced")));
        QVERIFY(detail->upcastButton()->isEnabled());
        QVERIFY(detail->fieldText(EventDetailView::TypeField).contains(QStringLiteral("schema 1")));
        QVERIFY(detail->payloadText()->toPlainText().contains(QStringLiteral("\"total\": 19.98")));
        QTest::mouseClick(detail->upcastButton(), Qt::LeftButton);
        QVERIFY(detail->showsUpcast());
        QVERIFY2(detail->fieldText(EventDetailView::TypeField).contains(QStringLiteral("1 → 2")),
            qPrintable(detail->fieldText(EventDetailView::TypeField)));
        QVERIFY(detail->payloadText()->toPlainText().contains(QStringLiteral("\"total_cents\": 1998")));
        QTest::mouseClick(detail->storedButton(), Qt::LeftButton);
        QVERIFY(detail->payloadText()->toPlainText().contains(QStringLiteral("\"total\": 19.98")));
        // A saga event needs no upcasting: the switch is off.
        QVERIFY(!window.historyView()->categoryFilter()->isEnabled()); // not a saga stream either
    }

    void snapshotsNeedWriteModeAndVerify()
    {
        MainWindow window;
        int asked = 0;
        openWindow(window);
        window.setConfirmationHandler([&asked](const QString&, const QString&) {
            ++asked;
            return true;
        });
        window.showSnapshotsTab();
        SnapshotsView* snapshots = window.snapshotsView();
        QVERIFY(!window.isWriteMode());
        QVERIFY(!snapshots->createButton()->isEnabled());

        // Turning write mode on asks first, then opens the store again for writing.
        window.writeModeAction()->trigger();
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.isWriteMode() && window.session()->isOpen(), 20000);
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("saga-1"));
        window.goToVersion(resetPoints()[1]);
        expectSelected(window, resetPoints()[1]);
        QTRY_VERIFY(snapshots->createButton()->isEnabled());
        QSignalSpy created(snapshots->model(), &SnapshotListModel::snapshotCreated);
        QTest::mouseClick(snapshots->createButton(), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QTRY_COMPARE(created.size(), 1);
        QTRY_COMPARE(snapshots->model()->rowCount(), 1);
        QCOMPARE(snapshots->model()->index(0, 0).data(SnapshotListModel::VersionRole).toLongLong(), resetPoints()[1]);
        QVERIFY(snapshots->model()->index(0, 0).data(SnapshotListModel::UsableRole).toBool());

        QTest::mouseClick(snapshots->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY(snapshots->statusLabel()->text().startsWith(QStringLiteral("OK")));
        QCOMPARE(snapshots->model()->index(0, 0).data(SnapshotListModel::VerifiedRole).toInt(), 1);
        QVERIFY(snapshots->diffPanel()->isHidden());

        // Back to read-only: the button is off again.
        window.setWriteMode(false);
        QTRY_VERIFY(!window.isWriteMode() && window.session()->isOpen());
        QVERIFY(!snapshots->createButton()->isEnabled());
    }
};

QTEST_MAIN(TestTimeTravel)
#include "tst_timetravel.moc"
