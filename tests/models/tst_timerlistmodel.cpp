// SPDX-License-Identifier: MIT
// The timers model against the in-memory store: scope, order, countdown text and overdue state
// under a fixed clock, refreshes that keep rows (and so a view's selection), the bound on rows, and
// schedule, cancel and fire as jobs on the session's workers.
#include "displayformat.h"
#include "memoryeventstore.h"
#include "storesession.h"
#include "timerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

constexpr qint64 secondUs = 1000000;
// A fixed "now" for every test: 2026-11-23 10:00:00 UTC.
constexpr qint64 baseUs = 1795428000LL * secondUs;

TimerRecord timer(const QString& id, const QString& streamId, qint64 fireAtUs, const QByteArray& payload = "{}")
{
    TimerRecord t;
    t.timerId = id;
    t.streamId = streamId;
    t.fireAtUs = fireAtUs;
    t.payload = payload;
    return t;
}

QStringList timerIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, TimerListModel::TimerIdColumn).data().toString());
    return ids;
}

} // namespace

class TestTimerListModel : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_shared<MemoryEventStore>();
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("b-later"), QStringLiteral("saga-b"), baseUs + 3600 * secondUs)));
        QVERIFY(m_store->scheduleTimer(timer(QStringLiteral("a-soon"), QStringLiteral("saga-a"),
            baseUs + 252 * secondUs, "{\"big\":12345678901234567890,\"kind\":\"reminder\"}")));
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("a-overdue"), QStringLiteral("saga-a"), baseUs - 3 * secondUs)));
    }

    void listsTimersByFireTimeInScope()
    {
        StoreSession session;
        TimerListModel model(&session);
        model.setClock([] { return baseUs; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TimerListModel::SortRole);
        proxy.sort(TimerListModel::CountdownColumn, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);

        QSignalSpy loaded(&model, &TimerListModel::loaded);
        model.setScope(QString());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(timerIds(model),
            (QStringList { QStringLiteral("a-overdue"), QStringLiteral("a-soon"), QStringLiteral("b-later") }));
        QCOMPARE(timerIds(proxy),
            (QStringList { QStringLiteral("b-later"), QStringLiteral("a-soon"), QStringLiteral("a-overdue") }));
        QVERIFY(!model.hasMore());

        const int soon = model.rowOfTimer(QStringLiteral("a-soon"));
        QCOMPARE(model.index(soon, TimerListModel::StreamColumn).data().toString(), QStringLiteral("saga-a"));
        QCOMPARE(model.index(soon, TimerListModel::FireAtColumn).data(TimerListModel::FireAtRole).toLongLong(),
            baseUs + 252 * secondUs);
        // Local time shown, the exact UTC time in the tool tip.
        QCOMPARE(model.index(soon, TimerListModel::FireAtColumn).data(Qt::ToolTipRole).toString(),
            isoFromUs(baseUs + 252 * secondUs));
        QCOMPARE(
            model.index(soon, TimerListModel::FireAtColumn).data().toString(), localTimeText(baseUs + 252 * secondUs));
        // The payload as stored, digits beyond a double's included.
        QCOMPARE(model.index(soon, TimerListModel::PayloadColumn).data().toString(),
            QStringLiteral("{\"big\":12345678901234567890,\"kind\":\"reminder\"}"));

        model.setScope(QStringLiteral("saga-a"));
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(timerIds(model), (QStringList { QStringLiteral("a-overdue"), QStringLiteral("a-soon") }));
        model.setScope(QStringLiteral("saga-none"));
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(model.rowCount(), 0);
    }

    void countdownText_data()
    {
        QTest::addColumn<qint64>("remainingUs");
        QTest::addColumn<QString>("text");
        QTest::newRow("4 min 12 s") << 252 * secondUs << QStringLiteral("in 4 m 12 s");
        QTest::newRow("a part of a second rounds up") << 400000LL << QStringLiteral("in 1 s");
        QTest::newRow("seconds") << 42 * secondUs << QStringLiteral("in 42 s");
        QTest::newRow("hours") << (3 * 3600 + 7 * 60 + 5) * secondUs << QStringLiteral("in 3 h 07 m");
        QTest::newRow("days") << (12 * 86400 + 4 * 3600 + 59) * secondUs << QStringLiteral("in 12 d 4 h");
        QTest::newRow("exactly now") << 0LL << QStringLiteral("due now");
        QTest::newRow("less than a second late") << -999999LL << QStringLiteral("due now");
        QTest::newRow("3 s late") << -3 * secondUs << QStringLiteral("due 3 s ago");
        QTest::newRow("an hour late") << -(3600 + 60) * secondUs << QStringLiteral("due 1 h 01 m ago");
    }

    void countdownText()
    {
        QFETCH(qint64, remainingUs);
        QFETCH(QString, text);
        QCOMPARE(TimerListModel::countdownText(remainingUs), text);
    }

    void countdownFollowsTheClockInItsColumnOnly()
    {
        StoreSession session;
        TimerListModel model(&session);
        qint64 now = baseUs;
        model.setClock([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &TimerListModel::loaded);
        model.setScope(QStringLiteral("saga-a"));
        QTRY_COMPARE(loaded.size(), 1);

        const QModelIndex overdue = model.index(0, TimerListModel::CountdownColumn);
        const QModelIndex soon = model.index(1, TimerListModel::CountdownColumn);
        QCOMPARE(overdue.data().toString(), QStringLiteral("due 3 s ago"));
        QVERIFY(overdue.data(TimerListModel::OverdueRole).toBool());
        QVERIFY(overdue.data(Qt::ForegroundRole).isValid()); // shown distinctly
        QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(soon.data().toString(), QStringLiteral("in 4 m 12 s"));
        QVERIFY(!soon.data(TimerListModel::OverdueRole).toBool());
        QVERIFY(!soon.data(Qt::ForegroundRole).isValid());
        QCOMPARE(soon.data(TimerListModel::RemainingRole).toLongLong(), 252 * secondUs);

        // A tick announces the countdown column and nothing else.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        now += 253 * secondUs;
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), model.index(0, TimerListModel::CountdownColumn));
        QCOMPARE(changed[0][1].value<QModelIndex>(), model.index(1, TimerListModel::CountdownColumn));
        QCOMPARE(soon.data().toString(), QStringLiteral("due 1 s ago"));
        QVERIFY(soon.data(TimerListModel::OverdueRole).toBool());
        QCOMPARE(overdue.data().toString(), QStringLiteral("due 4 m 16 s ago"));

        // The ticking timer does the same by itself.
        model.setClock([] { return sagascope::nowUs(); });
        changed.clear();
        model.setTicking(true);
        QVERIFY(model.isTicking());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);
        model.setTicking(false);
    }

    void reloadKeepsTheRowsThatStay()
    {
        StoreSession session;
        TimerListModel model(&session);
        model.setClock([] { return baseUs; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &TimerListModel::loaded);
        model.setScope(QString());
        QTRY_COMPARE(loaded.size(), 1);
        const QPersistentModelIndex soon = model.index(model.rowOfTimer(QStringLiteral("a-soon")), 0);
        const QPersistentModelIndex later = model.index(model.rowOfTimer(QStringLiteral("b-later")), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_store->cancelTimer(QStringLiteral("a-overdue")));
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("c-between"), QStringLiteral("saga-c"), baseUs + 600 * secondUs)));
        QVERIFY(
            m_store->scheduleTimer(timer(QStringLiteral("c-first"), QStringLiteral("saga-c"), baseUs - 60 * secondUs)));
        QVERIFY(m_store->scheduleTimer(
            timer(QStringLiteral("z-last"), QStringLiteral("saga-z"), baseUs + 86400 * secondUs)));
        model.reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(timerIds(model),
            (QStringList { QStringLiteral("c-first"), QStringLiteral("a-soon"), QStringLiteral("c-between"),
                QStringLiteral("b-later"), QStringLiteral("z-last") }));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 3);
        QVERIFY(soon.isValid() && later.isValid());
        QCOMPARE(soon.data().toString(), QStringLiteral("a-soon"));
        QCOMPARE(later.data().toString(), QStringLiteral("b-later"));

        // Nothing changed: nothing announced.
        inserted.clear();
        removed.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(inserted.size() + removed.size() + changed.size(), 0);

        // Everything gone.
        for (const QString& id : timerIds(model))
            QVERIFY(m_store->cancelTimer(id));
        model.reload();
        QTRY_COMPARE(loaded.size(), 4);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!soon.isValid());
    }

    void listIsBounded()
    {
        StoreSession session;
        TimerListModel model(&session);
        model.setRowLimit(2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &TimerListModel::loaded);
        model.setScope(QString());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(timerIds(model), (QStringList { QStringLiteral("a-overdue"), QStringLiteral("a-soon") }));
        QVERIFY(model.hasMore());
        QCOMPARE(loaded[0][1].toBool(), true);
        model.setRowLimit(3);
        model.reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.hasMore());
    }

    void schedulesCancelsAndFires()
    {
        StoreSession session;
        TimerListModel model(&session);
        model.setClock([] { return baseUs; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &TimerListModel::loaded);
        QSignalSpy failed(&model, &TimerListModel::taskFailed);
        model.setScope(QStringLiteral("saga-a"));
        QTRY_COMPARE(loaded.size(), 1);

        QSignalSpy scheduled(&model, &TimerListModel::timerScheduled);
        model.scheduleTimer(
            timer(QStringLiteral("a-new"), QStringLiteral("saga-a"), baseUs + 60 * secondUs, "{\"n\": 1}"));
        QVERIFY(model.isBusy());
        QTRY_COMPARE(scheduled.size(), 1);
        QVERIFY(!model.isBusy());
        QCOMPARE(scheduled[0][1].toBool(), false);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(model.rowOfTimer(QStringLiteral("a-new")), TimerListModel::PayloadColumn).data().toString(),
            QStringLiteral("{\"n\":1}"));

        QSignalSpy cancelled(&model, &TimerListModel::timerCancelled);
        model.cancelTimer(QStringLiteral("a-soon"));
        QTRY_COMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled[0][0].toString(), QStringLiteral("a-soon"));
        QTRY_COMPARE(model.rowOfTimer(QStringLiteral("a-soon")), -1);

        // Cancelling what is not there says so.
        model.cancelTimer(QStringLiteral("a-soon"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<Error>().code, ErrorCode::NotFound);

        // Only the overdue one is due at the model's clock.
        QSignalSpy fired(&model, &TimerListModel::timersFired);
        model.fireDueTimers();
        QTRY_COMPARE(fired.size(), 1);
        QCOMPARE(fired[0][0].toInt(), 1);
        QTRY_COMPARE(timerIds(model), QStringList { QStringLiteral("a-new") });
        StreamQuery q;
        q.streamId = QStringLiteral("saga-a");
        auto events = m_store->readStream(q);
        QVERIFY(events.has_value());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().eventType, QStringLiteral("TimerFired"));
    }
};

QTEST_MAIN(TestTimerListModel)
#include "tst_timerlistmodel.moc"
