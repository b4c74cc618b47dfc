// SPDX-License-Identifier: MIT
// The timers tab of the inspector window, offscreen, on an SQLite store in a temporary folder:
// timers scheduled through the store show up in both scopes; read-only the writes are off and say
// why; in write mode a timer is scheduled through the dialog (its payload checked as typed), one
// is cancelled after the window's confirmation, and a due one fires: it leaves the list and its
// TimerFired event arrives in the history. Double-clicking a timer opens its stream.
#include "errorbanner.h"
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "openstore.h"
#include "scheduletimerdialog.h"
#include "timerlistmodel.h"
#include "timersview.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

namespace {

constexpr qint64 secondUs = 1000000;

AppendRequest sagaEvents(const QString& streamId)
{
    AppendRequest r;
    r.streamId = streamId;
    r.streamType = QStringLiteral("saga");
    r.events.append(NewEvent::fromJson(QStringLiteral("WorkflowExecutionStarted"),
        { { QStringLiteral("workflow_type"), QStringLiteral("Checkout") } }));
    r.events.append(NewEvent::fromJson(QStringLiteral("TimerCreated"),
        { { QStringLiteral("timer_id"), QString(streamId + QStringLiteral("/reminder")) } }));
    return r;
}

TimerRecord timer(const QString& id, const QString& streamId, qint64 fireAtUs)
{
    TimerRecord t;
    t.timerId = id;
    t.streamId = streamId;
    t.fireAtUs = fireAtUs;
    t.payload = "{\"reason\":\"reminder\"}";
    return t;
}

QStringList listedTimers(TimersView* view)
{
    QStringList ids;
    const QAbstractItemModel* model = view->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        ids.append(model->index(r, 0).data(TimerListModel::TimerIdRole).toString());
    return ids;
}

QModelIndex rowOf(TimersView* view, const QString& timerId)
{
    const QAbstractItemModel* model = view->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(TimerListModel::TimerIdRole).toString() == timerId)
            return model->index(r, TimerListModel::StreamColumn);
    }
    return {};
}

} // namespace

class TestTimers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<EventStore> m_store;

    static void clickRow(QAbstractItemView* view, const QModelIndex& index, bool twice = false)
    {
        QVERIFY(index.isValid());
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        if (twice)
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("timers.sagascope"));
        auto store = openStore(m_url);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        m_store = std::move(*store);
        QVERIFY(m_store->append(sagaEvents(QStringLiteral("saga-1"))));
        QVERIFY(m_store->append(sagaEvents(QStringLiteral("saga-2"))));
        const qint64 now = nowUs();
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("saga-1/reminder"), QStringLiteral("saga-1"), now + 3600 * secondUs)));
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("saga-2/reminder"), QStringLiteral("saga-2"), now + 7200 * secondUs)));
    }

    void listsSchedulesCancelsAndFires()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        int asked = 0;
        window.setConfirmationHandler([&asked](const QString&, const QString&) {
            ++asked;
            return true;
        });
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setInitialStream(QStringLiteral("saga-1"));
        SessionOpenRequest request;
        request.url = m_url;
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        window.showTimersTab();
        TimersView* timers = window.timersView();
        QVERIFY(timers->isVisible());
        QVERIFY(timers->model()->isTicking());

        // The selected stream's timers by default, every stream's on demand.
        QCOMPARE(timers->scope(), TimersView::Scope::ThisStream);
        QTRY_COMPARE(listedTimers(timers), QStringList { QStringLiteral("saga-1/reminder") });
        const QModelIndex countdown = timers->table()->model()->index(0, TimerListModel::CountdownColumn);
        // An hour ahead, counted in whole seconds rounded up: "in 1 h 00 m" until a second passed.
        QVERIFY2(
            countdown.data().toString().startsWith(QStringLiteral("in ")), qPrintable(countdown.data().toString()));
        QVERIFY(countdown.data(TimerListModel::RemainingRole).toLongLong() > 3500 * secondUs);
        QVERIFY(!countdown.data(TimerListModel::OverdueRole).toBool());
        // (Plural forms come from the catalogues, which tests do not load.)
        QVERIFY(timers->statusLabel()->text().startsWith(QStringLiteral("1 pending timer")));
        timers->scopeCombo()->setCurrentIndex(timers->scopeCombo()->findText(QStringLiteral("All streams")));
        QTRY_COMPARE(listedTimers(timers),
            (QStringList { QStringLiteral("saga-1/reminder"), QStringLiteral("saga-2/reminder") }));

        // Read-only: nothing can be written, and the buttons say why.
        QVERIFY(!timers->scheduleButton()->isEnabled());
        QVERIFY(!timers->fireDueButton()->isEnabled());
        QVERIFY(!timers->cancelButton()->isEnabled());
        QVERIFY(timers->scheduleButton()->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!timers->openScheduleDialog());

        // Double-clicking a timer opens its stream.
        clickRow(timers->table(), rowOf(timers, QStringLiteral("saga-2/reminder")), true);
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("saga-2"));
        clickRow(timers->table(), rowOf(timers, QStringLiteral("saga-1/reminder")), true);
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("saga-1"));
        QTRY_COMPARE(window.historyView()->model()->rowCount(), 2);

        window.setWriteMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.isWriteMode() && window.session()->isOpen(), 20000);
        QTRY_VERIFY(timers->scheduleButton()->isEnabled());
        QVERIFY(timers->fireDueButton()->isEnabled());
        QTRY_COMPARE(listedTimers(timers).size(), 2);
        QVERIFY(timers->selectTimer(QStringLiteral("saga-1/reminder")));
        QVERIFY(timers->cancelButton()->isEnabled());

        // Schedule through the dialog: the stream is prefilled, the payload checked as typed.
        QTest::mouseClick(timers->scheduleButton(), Qt::LeftButton);
        auto* dialog = timers->findChild<ScheduleTimerDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->streamEdit()->text(), QStringLiteral("saga-1"));
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no timer id yet
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("timer id")));
        dialog->timerIdEdit()->setText(QStringLiteral("saga-1/due"));
        QVERIFY(ok->isEnabled());
        dialog->payloadEdit()->setPlainText(QStringLiteral("{\"reason\": "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("not valid")));
        dialog->payloadEdit()->setPlainText(QStringLiteral("[1]"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("object")));
        dialog->payloadEdit()->setPlainText(
            QStringLiteral("{\"reason\": \"overdue on purpose\", \"big\": 12345678901234567890}"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->problemLabel()->isHidden());
        dialog->fireAtEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        QSignalSpy scheduled(timers->model(), &TimerListModel::timerScheduled);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(scheduled.size(), 1);
        QTRY_COMPARE(listedTimers(timers),
            (QStringList {
                QStringLiteral("saga-1/due"), QStringLiteral("saga-1/reminder"), QStringLiteral("saga-2/reminder") }));
        QCOMPARE(window.errorBanner()->message(), QString());
        QVERIFY(timers->banner()->message().isEmpty());
        QVERIFY(timers->statusLabel()->text().startsWith(QStringLiteral("Timer saga-1/due scheduled")));
        // Overdue, and shown so; the selection stayed on the timer the user chose.
        const QModelIndex due
            = rowOf(timers, QStringLiteral("saga-1/due")).siblingAtColumn(TimerListModel::CountdownColumn);
        QVERIFY(due.data(TimerListModel::OverdueRole).toBool());
        QVERIFY2(due.data().toString().startsWith(QStringLiteral("due 1 m")), qPrintable(due.data().toString()));
        QCOMPARE(timers->selectedTimer().timerId, QStringLiteral("saga-1/reminder"));
        QCOMPARE(rowOf(timers, QStringLiteral("saga-1/due"))
                     .siblingAtColumn(TimerListModel::PayloadColumn)
                     .data()
                     .toString(),
            QStringLiteral("{\"big\":12345678901234567890,\"reason\":\"overdue on purpose\"}"));

        // The same id with other content is refused, and the tab says why.
        QTest::mouseClick(timers->scheduleButton(), Qt::LeftButton);
        QTRY_VERIFY(
            timers->findChild<ScheduleTimerDialog*>() && timers->findChild<ScheduleTimerDialog*>()->isVisible());
        auto* again = timers->findChild<ScheduleTimerDialog*>();
        again->timerIdEdit()->setText(QStringLiteral("saga-1/reminder"));
        QSignalSpy failed(timers->model(), &TimerListModel::taskFailed);
        QTest::mouseClick(again->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(timers->banner()->message().contains(QStringLiteral("already scheduled")),
            qPrintable(timers->banner()->message()));
        QCOMPARE(listedTimers(timers).size(), 3);

        // A bounded list says that more exist.
        timers->model()->setRowLimit(2);
        timers->model()->reload();
        QTRY_VERIFY2(timers->statusLabel()->text().contains(QStringLiteral("more exist")),
            qPrintable(timers->statusLabel()->text()));
        QCOMPARE(listedTimers(timers).size(), 2);
        timers->model()->setRowLimit(TimerListModel::defaultRowLimit);
        timers->model()->reload();
        QTRY_COMPARE(listedTimers(timers).size(), 3);

        // Cancel: asks first, then the timer is gone from the list and the store.
        QVERIFY(timers->selectTimer(QStringLiteral("saga-2/reminder")));
        const int askedBefore = asked;
        QSignalSpy cancelled(timers->model(), &TimerListModel::timerCancelled);
        QTest::mouseClick(timers->cancelButton(), Qt::LeftButton);
        QCOMPARE(asked, askedBefore + 1);
        QTRY_COMPARE(cancelled.size(), 1);
        QTRY_COMPARE(
            listedTimers(timers), (QStringList { QStringLiteral("saga-1/due"), QStringLiteral("saga-1/reminder") }));
        auto stored = m_store->listTimers(TimerQuery {});
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);

        // A declined confirmation cancels nothing.
        window.setConfirmationHandler([](const QString&, const QString&) { return false; });
        QVERIFY(timers->selectTimer(QStringLiteral("saga-1/reminder")));
        QTest::mouseClick(timers->cancelButton(), Qt::LeftButton);
        QVERIFY(!timers->model()->isBusy());
        QCOMPARE(m_store->listTimers(TimerQuery {})->size(), 2);

        // Fire due now: the overdue timer fires once, leaves the list, and its event is in the history.
        QSignalSpy fired(timers->model(), &TimerListModel::timersFired);
        QTest::mouseClick(timers->fireDueButton(), Qt::LeftButton);
        QTRY_COMPARE(fired.size(), 1);
        QCOMPARE(fired[0][0].toInt(), 1);
        QVERIFY(timers->statusLabel()->text().startsWith(QStringLiteral("1 due timer")));
        QTRY_COMPARE(listedTimers(timers), QStringList { QStringLiteral("saga-1/reminder") });
        HistoryModel* history = window.historyView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 3, 10000);
        QTRY_COMPARE(history->index(2, 0).data(HistoryModel::EventRole).value<RecordedEvent>().eventType,
            QStringLiteral("TimerFired"));

        // Firing again finds nothing due.
        QTest::mouseClick(timers->fireDueButton(), Qt::LeftButton);
        QTRY_COMPARE(fired.size(), 2);
        QCOMPARE(fired[1][0].toInt(), 0);
        QVERIFY(timers->statusLabel()->text().startsWith(QStringLiteral("No timer was due.")));

        // Back to read-only: the writes are off again.
        window.setWriteMode(false);
        QTRY_VERIFY(!window.isWriteMode() && window.session()->isOpen());
        QVERIFY(!timers->scheduleButton()->isEnabled());
        QVERIFY(!timers->cancelButton()->isEnabled());
    }

    void otherProcessesAreSeenByThePeriodicReload()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.timersView()->setRefreshIntervalMs(200);
        QVERIFY(m_store->append(sagaEvents(QStringLiteral("saga-3"))));
        window.setInitialStream(QStringLiteral("saga-3"));
        SessionOpenRequest request;
        request.url = m_url;
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        window.showTimersTab();
        TimersView* timers = window.timersView();
        QTRY_VERIFY(!timers->model()->isLoading());
        QCOMPARE(listedTimers(timers), QStringList {});
        QVERIFY(timers->statusLabel()->text().contains(QStringLiteral("No pending timers for saga-3")));
        // Scheduling appends nothing: the list learns of it by reading again.
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("saga-3/late"), QStringLiteral("saga-3"), nowUs() + 60 * secondUs)));
        QTRY_COMPARE(listedTimers(timers), QStringList { QStringLiteral("saga-3/late") });
        QVERIFY(m_store->cancelTimer(QStringLiteral("saga-3/late")));
        QTRY_COMPARE(listedTimers(timers), QStringList {});

        // A timer fired by another process appends TimerFired: live updates bring the list along
        // without the periodic reload.
        QVERIFY(
            m_store->scheduleTimer(timer(QStringLiteral("saga-3/due"), QStringLiteral("saga-3"), nowUs() - secondUs)));
        QTRY_COMPARE(listedTimers(timers), QStringList { QStringLiteral("saga-3/due") });
        timers->setRefreshIntervalMs(0);
        QTRY_VERIFY(!timers->model()->isLoading());
        auto fired = m_store->fireDueTimers(nowUs(), 10);
        QVERIFY(fired);
        QCOMPARE(fired->size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(listedTimers(timers), QStringList {}, 10000);
        QTRY_COMPARE(window.historyView()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestTimers)
#include "tst_timers.moc"
