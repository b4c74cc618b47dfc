// SPDX-License-Identifier: MIT
#include "categorypalette.h"
#include "eventcatalogue.h"
#include "historymodel.h"
#include "memoryeventstore.h"
#include "storesession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

const QStringList eventTypes { QStringLiteral("ActivityTaskScheduled"), QStringLiteral("ActivityTaskStarted"),
    QStringLiteral("ActivityTaskCompleted"), QStringLiteral("TimerFired"), QStringLiteral("ActivityTaskFailed"),
    QStringLiteral("SignalReceived"), QStringLiteral("OrderShipped") };

// The type of version v of the test streams: a rule, so the tests compute what to expect.
QString typeOfVersion(qint64 v)
{
    return eventTypes[static_cast<int>((v * 31) % eventTypes.size())];
}

bool appendStream(EventStore& store, const QString& streamId, qint64 events)
{
    for (qint64 first = 1; first <= events; first += 10000) {
        AppendRequest r;
        r.streamId = streamId;
        r.streamType = QStringLiteral("saga");
        for (qint64 v = first; v < std::min(events + 1, first + 10000); ++v)
            r.events.append(NewEvent::fromJson(typeOfVersion(v), { { QStringLiteral("v"), v } }));
        if (!store.appendBatch({ r }))
            return false;
    }
    return true;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT
    std::shared_ptr<MemoryEventStore> m_store;
    StreamInfo m_big;
    StreamInfo m_small;

    void checkRow(const HistoryModel& model, int row, const QString& streamId)
    {
        const QModelIndex type = model.index(row, HistoryModel::TypeColumn);
        const auto event = type.data(HistoryModel::EventRole).value<RecordedEvent>();
        QCOMPARE(event.streamId, streamId);
        QCOMPARE(event.version, qint64(row) + 1);
        QCOMPARE(type.data().toString(), typeOfVersion(row + 1));
        QCOMPARE(model.index(row, HistoryModel::VersionColumn).data().toLongLong(), qint64(row) + 1);
        QCOMPARE(model.index(row, HistoryModel::PositionColumn).data().toLongLong(), event.position);
        QCOMPARE(type.data(HistoryModel::FailureRole).toBool(), isFailureType(typeOfVersion(row + 1)));
        QCOMPARE(type.data(HistoryModel::CorruptRole).toBool(), false);
        const auto category = categoryOf(typeOfVersion(row + 1));
        QCOMPARE(model.index(row, HistoryModel::CategoryColumn).data(HistoryModel::CategoryColorRole).value<QColor>(),
            categoryColor(category));
        QCOMPARE(model.index(row, HistoryModel::CategoryColumn).data().toString(), categoryLabel(category));
        QCOMPARE(type.data(HistoryModel::PayloadTextRole).toString(), QString::fromUtf8(event.payload));
        QVERIFY(type.data(HistoryModel::PayloadTextRole).toString().contains(QString::number(row + 1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_shared<MemoryEventStore>();
        QVERIFY(appendStream(*m_store, QStringLiteral("saga-big"), 200000));
        QVERIFY(appendStream(*m_store, QStringLiteral("saga-small"), 1000));
        m_big = *m_store->streamInfo(QStringLiteral("saga-big"));
        m_small = *m_store->streamInfo(QStringLiteral("saga-small"));
        QCOMPARE(m_big.lastVersion, 200000);
    }

    void rowCountIsKnownBeforeAnyEventIsRead()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        QSignalSpy changed(&model, &HistoryModel::streamChanged);
        QElapsedTimer timer;
        timer.start();
        model.setStream(m_big);
        QCOMPARE(model.rowCount(), 200000);
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.cacheStats().loadingPages, 0);
        // A row not loaded yet answers with a placeholder and asks for its page.
        const QModelIndex i = model.index(150000, HistoryModel::TypeColumn);
        QCOMPARE(i.data(HistoryModel::LoadedRole).toBool(), false);
        QCOMPARE(model.index(150000, HistoryModel::VersionColumn).data().toLongLong(), 150001);
        QTRY_COMPARE(i.data(HistoryModel::LoadedRole).toBool(), true);
        checkRow(model, 150000, m_big.streamId);
    }

    void rowsArriveAtTheStartMiddleAndEnd()
    {
        StoreSession session;
        HistoryModel model(&session);
        // Testers attached before anything loads, directly and through a proxy.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.adopt(m_store);
        model.setStream(m_big);
        QCOMPARE(proxy.rowCount(), 200000);
        QSignalSpy loaded(&model, &HistoryModel::pageLoaded);
        for (const int row : { 0, 100000, 199999 }) {
            const QModelIndex i = model.index(row, HistoryModel::TypeColumn);
            i.data();
            QTRY_VERIFY(i.data(HistoryModel::LoadedRole).toBool());
            checkRow(model, row, m_big.streamId);
            const QModelIndex viaProxy = proxy.index(row, HistoryModel::TypeColumn);
            QCOMPARE(viaProxy.data().toString(), typeOfVersion(row + 1));
        }
        // The last page is short (200000 = 781 * 256 + 64) and ends at the last version.
        const QList<QVariant> last = loaded.last();
        QCOMPARE(last.at(1).toInt(), 199999);
        QCOMPARE(last.at(0).toInt(), 199999 / 256 * 256);
    }

    void coalescesTheRequestsOfOnePaint()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        model.setStream(m_big);
        QSignalSpy answers(&session, &StoreSession::eventsReady);
        // What a view asks while painting 60 rows of one page: many data() calls, one request.
        for (int row = 1030; row < 1090; ++row) // all on the page of rows 1024..1279
            for (int c = 0; c < HistoryModel::ColumnCount; ++c)
                model.index(row, c).data();
        QTRY_VERIFY(model.index(1030, 0).data(HistoryModel::LoadedRole).toBool());
        QTRY_VERIFY(model.index(1089, 0).data(HistoryModel::LoadedRole).toBool());
        QCOMPARE(answers.size(), 1);
        QCOMPARE(model.cacheStats().pagesLoaded, quint64(1));
    }

    void keepsTheCacheBounded()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        model.setPageSize(100);
        model.setCacheCapacity(8);
        model.setStream(m_big);
        for (int page = 0; page < 40; ++page) {
            const int row = page * 5000;
            model.prefetch(row, row);
            QTRY_VERIFY(model.index(row, 0).data(HistoryModel::LoadedRole).toBool());
            QVERIFY(model.cacheStats().cachedPages <= 8);
        }
        QCOMPARE(model.cacheStats().pagesLoaded, quint64(40));
        QCOMPARE(model.cacheStats().cachedPages, 8);
        // The oldest pages were evicted and come back as placeholders (and load again).
        QCOMPARE(model.index(0, 0).data(HistoryModel::LoadedRole).toBool(), false);
        QTRY_VERIFY(model.index(0, 0).data(HistoryModel::LoadedRole).toBool());
        checkRow(model, 0, m_big.streamId);
    }

    void dropsPagesOfAStreamTheUserLeft()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStream(m_big);
        model.prefetch(120000, 120000); // on its way
        QCOMPARE(model.cacheStats().loadingPages, 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStream(m_small); // before the big stream's page arrives
        QCOMPARE(model.rowCount(), 1000);
        QTRY_COMPARE(model.cacheStats().staleDropped, quint64(1));
        for (const QList<QVariant>& args : std::as_const(changed))
            QVERIFY(args.at(1).toModelIndex().row() < 1000);
        model.index(999, 0).data();
        QTRY_VERIFY(model.index(999, 0).data(HistoryModel::LoadedRole).toBool());
        checkRow(model, 999, m_small.streamId);
    }

    void opensAStreamByIdAndReportsAMissingOne()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &HistoryModel::streamChanged);
        model.openStream(m_small.streamId);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(changed.size(), 1);
        QSignalSpy failed(&model, &HistoryModel::streamOpenFailed);
        model.openStream(QStringLiteral("saga-missing"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("saga-missing"));
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(model.rowCount(), 0);
    }

    void marksPagesThatCannotBeRead()
    {
        StoreSession session;
        session.adopt(m_store);
        HistoryModel model(&session);
        // A stream the store does not know: every page read fails.
        StreamInfo ghost = m_small;
        ghost.streamId = QStringLiteral("saga-ghost");
        model.setStream(ghost);
        QSignalSpy failed(&model, &HistoryModel::pageFailed);
        model.index(5, 0).data();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(2).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(model.index(5, HistoryModel::TypeColumn).data().toString(), HistoryModel::tr("Could not load"));
        // Not asked again and again while the view repaints.
        model.index(6, 0).data();
        QCoreApplication::processEvents();
        QCOMPARE(model.cacheStats().loadingPages, 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
