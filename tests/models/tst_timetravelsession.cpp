// SPDX-License-Identifier: MIT
#include "eventcatalogue.h"
#include "memoryeventstore.h"
#include "sagafixture.h"
#include "storesession.h"
#include "timetravelsession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sagascope;

namespace {

StreamInfo info(EventStore& store, const QString& streamId)
{
    return *store.streamInfo(streamId);
}

// A merge-patch stream of `events` small events (any type: cheap to fold).
bool appendCounter(EventStore& store, const QString& streamId, qint64 events)
{
    for (qint64 first = 1; first <= events; first += 5000) {
        AppendRequest r;
        r.streamId = streamId;
        r.streamType = QStringLiteral("counter");
        for (qint64 v = first; v < std::min(events + 1, first + 5000); ++v)
            r.events.append(NewEvent::fromJson(QStringLiteral("Counted"), { { QStringLiteral("n"), v } }));
        if (!store.appendBatch({ r }))
            return false;
    }
    return true;
}

QJsonObject activity(const StateAnswer& answer, int i)
{
    return answer.state.value(QStringLiteral("activities")).toArray().at(i).toObject();
}

bool hasChangeAt(const StateAnswer& answer, const QString& path, StateChange::Kind kind)
{
    return std::any_of(answer.changes.cbegin(), answer.changes.cend(),
        [&](const StateChange& c) { return c.path == path && c.kind == kind; });
}

} // namespace

class TestTimeTravelSession : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_shared<MemoryEventStore>();
        QVERIFY(test::appendSmallSaga(*m_store, QStringLiteral("saga-1")));
        QVERIFY(appendCounter(*m_store, QStringLiteral("counter-1"), 30000));
        AppendRequest order;
        order.streamId = QStringLiteral("order-1");
        for (const char* type : { "OrderPlaced", "PaymentFailed", "OrderPlaced", "OrderCancelled" })
            order.events.append(NewEvent::fromJson(QString::fromLatin1(type), {}));
        QVERIFY(m_store->append(order).has_value());
    }

    void answersTheStateAndWhatTheEventChanged()
    {
        StoreSession session;
        session.adopt(m_store);
        TimeTravelSession travel(&session);
        QSignalSpy ready(&travel, &TimeTravelSession::stateReady);
        travel.setStream(info(*m_store, QStringLiteral("saga-1")));
        QVERIFY(travel.isSaga());
        QCOMPARE(travel.reducerName(), QStringLiteral("saga"));

        const qint64 failed
            = test::sagaVersionsWhere([](const test::SagaStep& s) { return s.type == u"ActivityTaskFailed"; }).first();
        const quint64 token = travel.requestState(failed);
        QVERIFY(ready.isEmpty()); // never synchronously
        QTRY_COMPARE(ready.size(), 1);
        const auto answer = ready.at(0).at(0).value<StateAnswer>();
        QCOMPARE(answer.token, token);
        QCOMPARE(answer.version, failed);
        QCOMPARE(answer.baseVersion, failed - 1);
        QVERIFY(!answer.pinned);
        QCOMPARE(answer.eventTimeUs, test::sagaTimeUs(test::smallSaga()[failed - 1].atSeconds));
        QCOMPARE(answer.state.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(activity(answer, 0).value(QStringLiteral("status")).toString(), QStringLiteral("retrying"));
        QCOMPARE(activity(answer, 0).value(QStringLiteral("attempt")).toInt(), 1);
        QVERIFY(hasChangeAt(answer, QStringLiteral("/activities/0/status"), StateChange::Kind::Changed));
        // The saga reducer keeps "failure": null until there is one.
        QVERIFY(hasChangeAt(answer, QStringLiteral("/activities/0/failure"), StateChange::Kind::Changed));
        QVERIFY(hasChangeAt(answer, QStringLiteral("/attempts/activity_failures"), StateChange::Kind::Changed));
        QVERIFY(answer.saga);
        QCOMPARE(answer.saga->activities.size(), 1);
        QCOMPARE(answer.saga->activities.first().status, QStringLiteral("retrying"));

        // Compared with a pinned version instead of the one before.
        const qint64 last = test::smallSaga().size();
        travel.requestState(last, 1);
        QTRY_COMPARE(ready.size(), 2);
        const auto pinned = ready.at(1).at(0).value<StateAnswer>();
        QCOMPARE(pinned.version, last);
        QCOMPARE(pinned.baseVersion, 1);
        QVERIFY(pinned.pinned);
        QCOMPARE(pinned.state.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(activity(pinned, 0).value(QStringLiteral("attempt")).toInt(), 2);
        QVERIFY(hasChangeAt(pinned, QStringLiteral("/status"), StateChange::Kind::Changed));
        QVERIFY(hasChangeAt(pinned, QStringLiteral("/activities/0"), StateChange::Kind::Added));

        // Version 0 is the initial state, with nothing to compare.
        travel.requestState(0);
        QTRY_COMPARE(ready.size(), 3);
        const auto initial = ready.at(2).at(0).value<StateAnswer>();
        QCOMPARE(initial.baseVersion, -1);
        QVERIFY(initial.changes.isEmpty());

        // A version past the end is an error, not a crash.
        QSignalSpy failedSpy(&travel, &TimeTravelSession::stateFailed);
        travel.requestState(last + 1);
        QTRY_COMPARE(failedSpy.size(), 1);
        QCOMPARE(failedSpy.at(0).at(2).value<Error>().code, ErrorCode::InvalidInput);
    }

    void rapidRequestsCoalesceToTheLatest()
    {
        StoreSession session;
        session.adopt(m_store);
        TimeTravelSession travel(&session);
        travel.setCheckpointEvery(100);
        QSignalSpy ready(&travel, &TimeTravelSession::stateReady);
        travel.setStream(info(*m_store, QStringLiteral("counter-1")));
        quint64 lastToken = 0;
        for (qint64 v = 1000; v <= 30000; v += 100)
            lastToken = travel.requestState(v);
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(0).value<StateAnswer>().token == lastToken);
        QTest::qWait(50);
        const auto last = ready.last().at(0).value<StateAnswer>();
        QCOMPARE(last.version, 30000);
        QCOMPARE(last.state.value(QStringLiteral("n")).toInt(), 30000);
        // 291 requests, far fewer computations: the waiting request is replaced, overtaken ones stop.
        QVERIFY2(ready.size() < 50, qPrintable(QString::number(ready.size())));
        QCOMPARE(travel.stats().requested, 291);
        QVERIFY(travel.stats().dropped + travel.stats().computed <= travel.stats().requested);
        // Answers only ever move forward.
        quint64 previous = 0;
        for (const auto& args : std::as_const(ready)) {
            const auto a = args.at(0).value<StateAnswer>();
            QVERIFY(a.token > previous);
            previous = a.token;
        }
    }

    void answersForAStreamLeftAreDropped()
    {
        StoreSession session;
        session.adopt(m_store);
        TimeTravelSession travel(&session);
        QSignalSpy ready(&travel, &TimeTravelSession::stateReady);
        travel.setStream(info(*m_store, QStringLiteral("counter-1")));
        travel.requestState(29999);
        travel.setStream(info(*m_store, QStringLiteral("saga-1")));
        travel.requestState(3);
        QTRY_COMPARE(ready.size(), 1);
        QTest::qWait(300);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).value<StateAnswer>().streamId, QStringLiteral("saga-1"));
    }

    void checkpointsBuildInTheBackgroundAndStop()
    {
        StoreSession session;
        session.adopt(m_store);
        TimeTravelSession travel(&session);
        travel.setCheckpointEvery(100); // slices of 2 000 events
        QSignalSpy progress(&travel, &TimeTravelSession::checkpointProgress);
        QSignalSpy built(&travel, &TimeTravelSession::checkpointsBuilt);
        travel.setStream(info(*m_store, QStringLiteral("counter-1")));
        QVERIFY(!travel.checkpointsReady());
        QTRY_COMPARE_WITH_TIMEOUT(built.size(), 1, 20000);
        QVERIFY(travel.checkpointsReady());
        QCOMPARE(built.at(0).at(0).toLongLong(), 30000);
        QVERIFY2(progress.size() >= 10, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last().at(0).toLongLong(), 30000);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toLongLong() > progress.at(i - 1).at(0).toLongLong());

        // Leaving the stream stops the build: nothing more is reported.
        progress.clear();
        built.clear();
        travel.setStream(info(*m_store, QStringLiteral("counter-1")));
        travel.clear();
        QTest::qWait(500);
        QVERIFY(built.isEmpty());
        QVERIFY(progress.isEmpty());
    }

    void findsFailuresAndResetPoints_data()
    {
        QTest::addColumn<QString>("streamId");
        QTest::addColumn<int>("target");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("expected");
        const auto failures = test::sagaVersionsWhere([](const test::SagaStep& s) { return isFailureType(s.type); });
        const auto resets = test::sagaVersionsWhere([](const test::SagaStep& s) { return s.resetPoint; });
        QCOMPARE(failures.size(), 2);
        QCOMPARE(resets.size(), 2);
        const QString saga = QStringLiteral("saga-1");
        QTest::newRow("next failure") << saga << int(HistoryTarget::NextFailure) << qint64(1) << failures[0];
        QTest::newRow("next failure after one")
            << saga << int(HistoryTarget::NextFailure) << failures[0] << failures[1];
        QTest::newRow("no later failure") << saga << int(HistoryTarget::NextFailure) << failures[1] << qint64(0);
        QTest::newRow("previous failure") << saga << int(HistoryTarget::PreviousFailure) << failures[1] << failures[0];
        QTest::newRow("no earlier failure") << saga << int(HistoryTarget::PreviousFailure) << failures[0] << qint64(0);
        QTest::newRow("next reset point") << saga << int(HistoryTarget::NextResetPoint) << failures[0] << resets[0];
        QTest::newRow("next reset point after one")
            << saga << int(HistoryTarget::NextResetPoint) << resets[0] << resets[1];
        QTest::newRow("no later reset point") << saga << int(HistoryTarget::NextResetPoint) << resets[1] << qint64(0);
        QTest::newRow("previous reset point")
            << saga << int(HistoryTarget::PreviousResetPoint) << resets[1] << resets[0];
        // Streams outside the catalogue are scanned page by page.
        QTest::newRow("domain failure") << QStringLiteral("order-1") << int(HistoryTarget::NextFailure) << qint64(1)
                                        << qint64(2);
        QTest::newRow("none in a long stream")
            << QStringLiteral("counter-1") << int(HistoryTarget::NextFailure) << qint64(1) << qint64(0);
    }
    void findsFailuresAndResetPoints()
    {
        QFETCH(QString, streamId);
        QFETCH(int, target);
        QFETCH(qint64, from);
        QFETCH(qint64, expected);
        StoreSession session;
        session.adopt(m_store);
        TimeTravelSession travel(&session);
        QSignalSpy found(&travel, &TimeTravelSession::eventFound);
        travel.setStream(info(*m_store, streamId));
        const quint64 token = travel.findEvent(static_cast<HistoryTarget>(target), from);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 20000);
        QCOMPARE(found.at(0).at(0).toULongLong(), token);
        QCOMPARE(found.at(0).at(1).value<HistoryTarget>(), static_cast<HistoryTarget>(target));
        QCOMPARE(found.at(0).at(2).toLongLong(), expected);
    }
};

QTEST_MAIN(TestTimeTravelSession)
#include "tst_timetravelsession.moc"
