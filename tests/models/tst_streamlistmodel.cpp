// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "storesession.h"
#include "streamlistmodel.h"
#include "streamlistproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace sagascope;

namespace {

const QStringList streamTypes { QStringLiteral("order"), QStringLiteral("saga"), QStringLiteral("flow") };

// 1 000 streams of three types with 1..12 events each, appended in an order unrelated to their ids.
std::shared_ptr<MemoryEventStore> makeStore(QStringList* ids, QHash<QString, qint64>* lengths)
{
    auto store = std::make_shared<MemoryEventStore>();
    QList<AppendRequest> batch;
    for (int i = 0; i < 1000; ++i) {
        const int n = (i * 7919) % 1000; // a permutation of 0..999
        AppendRequest r;
        r.streamType = streamTypes[n % 3];
        r.streamId = QStringLiteral("%1-%2").arg(r.streamType).arg(n, 4, 10, QLatin1Char('0'));
        const int events = 1 + n % 12;
        for (int v = 0; v < events; ++v)
            r.events.append(NewEvent::fromJson(QStringLiteral("Step"), { { QStringLiteral("v"), v } }));
        ids->append(r.streamId);
        lengths->insert(r.streamId, events);
        batch.append(r);
        if (batch.size() == 250) {
            if (!store->appendBatch(batch))
                return nullptr;
            batch.clear();
        }
    }
    std::sort(ids->begin(), ids->end());
    return store;
}

QStringList idsOf(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, StreamListModel::StreamIdColumn).data().toString());
    return out;
}

// Asks for pages until the store has no more, as a view scrolled to the end would.
bool loadAll(StreamListModel& model)
{
    for (int guard = 0; guard < 1000; ++guard) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
    return false;
}

} // namespace

class TestStreamListModel : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;
    QStringList m_ids; // sorted, as the store lists them
    QHash<QString, qint64> m_lengths;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = makeStore(&m_ids, &m_lengths);
        QVERIFY(m_store);
        QCOMPARE(m_ids.size(), 1000);
    }

    void loadsOneKeysetPageAtATime()
    {
        StoreSession session;
        StreamListModel model(&session);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        session.adopt(m_store);
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), 200);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(idsOf(model), m_ids.first(200));
        for (int page = 2; page <= 5; ++page) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one page in flight at a time
            QTRY_COMPARE(model.rowCount(), page * 200);
        }
        QVERIFY(!model.hasMore());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(idsOf(model), m_ids);
        const QModelIndex events = model.index(model.rowOfStream(m_ids[10]), StreamListModel::EventsColumn);
        QCOMPARE(events.data(StreamListModel::SortRole).toLongLong(), m_lengths.value(m_ids[10]));
        QCOMPARE(events.data(StreamListModel::StreamInfoRole).value<StreamInfo>().streamId, m_ids[10]);
    }

    void passesTheModelTesterWhileItLoads()
    {
        StoreSession session;
        StreamListModel model(&session);
        model.setPageSize(150);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StreamListProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel plainProxy;
        plainProxy.setSourceModel(&model);
        QAbstractItemModelTester plainTester(&plainProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QVERIFY(loadAll(model));
        QCOMPARE(idsOf(model), m_ids);
        QCOMPARE(proxy.rowCount(), 1000);
        QCOMPARE(plainProxy.rowCount(), 1000);
    }

    void filtersInTheStore_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("search");
        QTest::newRow("all") << QString() << QString();
        QTest::newRow("sagas") << QStringLiteral("saga") << QString();
        QTest::newRow("search") << QString() << QStringLiteral("00");
        QTest::newRow("case-insensitive") << QString() << QStringLiteral("ORDER-01");
        QTest::newRow("type and search") << QStringLiteral("flow") << QStringLiteral("9");
        QTest::newRow("nothing") << QStringLiteral("order") << QStringLiteral("saga");
    }
    void filtersInTheStore()
    {
        QFETCH(QString, type);
        QFETCH(QString, search);
        QStringList expected;
        for (const QString& id : std::as_const(m_ids)) {
            if ((type.isEmpty() || id.startsWith(type + QLatin1Char('-'))) && id.contains(search, Qt::CaseInsensitive))
                expected.append(id);
        }
        StoreSession session;
        StreamListModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        QSignalSpy loaded(&model, &StreamListModel::pageLoaded);
        model.setFilter(type, search);
        QVERIFY(loadAll(model));
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(idsOf(model), expected);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!type.isEmpty())
                QCOMPARE(model.index(r, StreamListModel::StreamTypeColumn).data().toString(), type);
        }
    }

    void dropsAPageOfAFilterTheUserLeft()
    {
        StoreSession session;
        StreamListModel model(&session);
        session.adopt(m_store);
        QSignalSpy answers(&session, &StoreSession::streamsReady);
        QTRY_COMPARE(answers.size(), 1); // the first page of the unfiltered list
        model.setFilter(QStringLiteral("order"), QString());
        model.setFilter(QStringLiteral("saga"), QString()); // before the order page arrives
        QTRY_COMPARE(answers.size(), 3); // both answers are back, the order page included
        QVERIFY(!model.isLoading());
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, StreamListModel::StreamTypeColumn).data().toString(), QStringLiteral("saga"));
    }

    void proxySortsByRawValues()
    {
        StoreSession session;
        StreamListModel model(&session);
        model.setPageSize(1000);
        session.adopt(m_store);
        QTRY_COMPARE(model.rowCount(), 1000);
        StreamListProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(StreamListModel::EventsColumn, Qt::DescendingOrder);
        // Display strings would put 9 above 12; raw numbers must not.
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const qint64 n = proxy.index(r, StreamListModel::EventsColumn).data(StreamListModel::SortRole).toLongLong();
            QVERIFY2(n <= previous, qPrintable(QStringLiteral("row %1: %2 after %3").arg(r).arg(n).arg(previous)));
            previous = n;
        }
        QCOMPARE(proxy.index(0, StreamListModel::EventsColumn).data(StreamListModel::SortRole).toLongLong(), 12);
        proxy.setMinimumEvents(12);
        const auto twelve = std::count_if(m_lengths.cbegin(), m_lengths.cend(), [](qint64 n) { return n >= 12; });
        QCOMPARE(proxy.rowCount(), static_cast<int>(twelve));
    }

    void reportsAFailedPage()
    {
        StoreSession session;
        StreamListModel model(&session);
        QSignalSpy failed(&model, &StreamListModel::loadFailed);
        session.open(QStringLiteral("postgresql://sagascope@127.0.0.1:1/nope"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), StoreSession::State::Failed, 30000);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(failed.size(), 0); // nothing was asked of a store that never opened
    }
};

QTEST_GUILESS_MAIN(TestStreamListModel)
#include "tst_streamlistmodel.moc"
