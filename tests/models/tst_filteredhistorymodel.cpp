// SPDX-License-Identifier: MIT
#include "eventcatalogue.h"
#include "filteredhistorymodel.h"
#include "memoryeventstore.h"
#include "storesession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

const QStringList eventTypes { QStringLiteral("ActivityTaskScheduled"), QStringLiteral("ActivityTaskStarted"),
    QStringLiteral("ActivityTaskCompleted"), QStringLiteral("TimerFired"), QStringLiteral("ActivityTaskFailed"),
    QStringLiteral("SignalReceived"), QStringLiteral("TimerCreated") };

QString typeOfVersion(qint64 v)
{
    return eventTypes[static_cast<int>((v * 31) % eventTypes.size())];
}

} // namespace

class TestFilteredHistoryModel : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;
    StreamInfo m_stream;

    // The versions of the stream whose type is in `types`.
    static QList<qint64> matching(const QStringList& types, qint64 last)
    {
        QList<qint64> out;
        for (qint64 v = 1; v <= last; ++v) {
            if (types.contains(typeOfVersion(v)))
                out.append(v);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_shared<MemoryEventStore>();
        AppendRequest r;
        r.streamId = QStringLiteral("saga-1");
        r.streamType = QStringLiteral("saga");
        for (qint64 v = 1; v <= 20000; ++v)
            r.events.append(NewEvent::fromJson(typeOfVersion(v), { { QStringLiteral("v"), v } }));
        QVERIFY(m_store->append(r).has_value());
        m_stream = *m_store->streamInfo(QStringLiteral("saga-1"));
    }

    void showsOnlyMatchingEventsPageByPage()
    {
        StoreSession session;
        session.adopt(m_store);
        // No tester here: QAbstractItemModelTester calls fetchMore() itself, and this test is about
        // what is read when.
        FilteredHistoryModel model(&session);
        model.setPageSize(100);
        const QStringList timers { QStringLiteral("TimerFired"), QStringLiteral("TimerCreated") };
        const QList<qint64> expected = matching(timers, m_stream.lastVersion);
        QSignalSpy pages(&model, &FilteredHistoryModel::pageLoaded);
        QSignalSpy reads(&session, &StoreSession::eventsReady);
        model.setFilter(m_stream, timers);
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex type = model.index(row, FilteredHistoryModel::TypeColumn);
            QVERIFY(timers.contains(type.data().toString()));
            QCOMPARE(type.data(FilteredHistoryModel::VersionRole).toLongLong(), expected[row]);
            QVERIFY(type.data(FilteredHistoryModel::LoadedRole).toBool());
            QCOMPARE(model.index(row, FilteredHistoryModel::CategoryColumn).data(HistoryModel::CategoryRole).toInt(),
                int(EventCategory::Timer));
        }
        QCOMPARE(model.headerData(FilteredHistoryModel::TypeColumn, Qt::Horizontal).toString(),
            HistoryModel::columnHeader(HistoryModel::TypeColumn, Qt::DisplayRole).toString());

        model.fetchMore({});
        QTRY_COMPARE(pages.size(), 2);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.rowOfVersion(expected[150]), 150);
        QCOMPARE(model.rowOfVersion(expected[150] + 1) == -1, !timers.contains(typeOfVersion(expected[150] + 1)));

        // Loading up to a version reads only the pages before it.
        QSignalSpy reached(&model, &FilteredHistoryModel::versionReached);
        const qint64 target = expected[expected.size() / 2];
        model.loadThrough(target);
        QTRY_COMPARE(reached.size(), 1);
        QCOMPARE(reached.at(0).at(0).toLongLong(), target);
        QVERIFY(model.rowOfVersion(target) >= 0);
        QVERIFY(model.rowCount() < expected.size());
        QVERIFY(!model.atEnd());
        QCOMPARE(reads.size(), (model.rowCount() + 99) / 100);
    }

    void loadsEveryMatchUnderTheTesters()
    {
        StoreSession session;
        FilteredHistoryModel model(&session);
        // Testers attached before anything loads; they fetch more as they check, to the end.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        model.setPageSize(500);
        const QStringList failures { QStringLiteral("ActivityTaskFailed") };
        const QList<qint64> expected = matching(failures, m_stream.lastVersion);
        QSignalSpy reads(&session, &StoreSession::eventsReady);
        model.setFilter(m_stream, failures);
        while (!model.atEnd()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(1);
        }
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(proxy.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(FilteredHistoryModel::VersionRole).toLongLong(), expected[row]);
        // One read per page, none twice.
        QCOMPARE(reads.size(), expected.size() / 500 + 1);
    }

    void aNewFilterDropsTheOldOnesPages()
    {
        StoreSession session;
        session.adopt(m_store);
        FilteredHistoryModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &FilteredHistoryModel::pageLoaded);
        model.setFilter(m_stream, { QStringLiteral("TimerFired") });
        model.setFilter(m_stream, { QStringLiteral("SignalReceived") }); // before the first page arrives
        QTRY_VERIFY(!pages.isEmpty());
        QTest::qWait(100);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(
                model.index(row, FilteredHistoryModel::TypeColumn).data().toString(), QStringLiteral("SignalReceived"));

        // No types means no rows, not every row.
        model.setFilter(m_stream, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.atEnd());
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestFilteredHistoryModel)
#include "tst_filteredhistorymodel.moc"
