// SPDX-License-Identifier: MIT
// The inspector window follows appends made by another client of its SQLite store: the history
// grows without moving the user's selection or scroll position (or keeps showing the last row when
// scrolled to it), the stream list gains new streams, the scrubber reaches the new events, and the
// status bar says the window is live.
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "openstore.h"
#include "streambrowser.h"
#include "streamlistmodel.h"
#include "timetravelbar.h"

#include <QLabel>
#include <QScrollBar>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

namespace {

AppendRequest events(const QString& streamId, int count)
{
    AppendRequest r;
    r.streamId = streamId;
    r.streamType = QStringLiteral("order");
    for (int i = 0; i < count; ++i)
        r.events.append(NewEvent::fromJson(QStringLiteral("Step"), { { QStringLiteral("i"), i } }));
    return r;
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<EventStore> m_writer;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("live.sagascope"));
        auto store = openStore(m_url);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        m_writer = std::move(*store);
        QVERIFY(m_writer->append(events(QStringLiteral("order-1"), 500)));
        QVERIFY(m_writer->append(events(QStringLiteral("order-3"), 2)));
    }

    void windowFollowsAppends()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setInitialStream(QStringLiteral("order-1"));
        SessionOpenRequest request;
        request.url = m_url;
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        auto* live = window.findChild<QLabel*>(QStringLiteral("liveLabel"));
        QVERIFY(live);
        QTRY_VERIFY(live->isVisible());
        QTRY_COMPARE(window.liveUpdates()->state(), LiveUpdates::State::Live);

        // The user looks at event 200, in the middle of the table.
        QTableView* table = window.historyView()->view();
        window.goToVersion(200);
        QTRY_COMPARE(window.currentVersion(), 200);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0 && scroll < table->verticalScrollBar()->maximum());

        QVERIFY(m_writer->append(events(QStringLiteral("order-1"), 50)));
        QTRY_COMPARE(window.historyView()->model()->rowCount(), 550);
        QCOMPARE(window.currentVersion(), 200);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        // The scrubber reaches the new events without moving.
        QTRY_COMPARE(window.timeTravelBar()->slider()->maximum(), 550);
        QCOMPARE(window.timeTravelBar()->slider()->value(), 200);
        // New streams appear in the list.
        QVERIFY(m_writer->append(events(QStringLiteral("order-2"), 1)));
        StreamListModel* streams = window.streamBrowser()->model();
        QTRY_COMPARE(streams->rowOfStream(QStringLiteral("order-2")), 1);
        QTRY_COMPARE(streams->streamAt(0).lastVersion, 550);

        // Scrolled to the end, the table keeps showing the end as events arrive.
        table->scrollToBottom();
        QVERIFY(m_writer->append(events(QStringLiteral("order-1"), 30)));
        QTRY_COMPARE(window.historyView()->model()->rowCount(), 580);
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QCOMPARE(table->rowAt(table->viewport()->height() - 2), 579);
        QCOMPARE(window.currentVersion(), 200);
        // And the new events can be travelled to.
        window.goToVersion(580);
        QTRY_COMPARE(window.currentVersion(), 580);
    }
};

QTEST_MAIN(TestLive)
#include "tst_live.moc"
