// SPDX-License-Identifier: MIT
#include "errorbanner.h"
#include "eventdetailview.h"
#include "historymodel.h"
#include "historyview.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "openstore.h"
#include "streambrowser.h"
#include "streamlistmodel.h"
#include "timersview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sagascope;

namespace {

struct StreamSpec
{
    QString id;
    QString type;
    QStringList eventTypes;
};

const QList<StreamSpec> streams {
    { QStringLiteral("order-1"), QStringLiteral("order"),
        { QStringLiteral("OrderPlaced"), QStringLiteral("PaymentFailed"), QStringLiteral("OrderCancelled") } },
    { QStringLiteral("saga-1"), QStringLiteral("saga"),
        { QStringLiteral("WorkflowExecutionStarted"), QStringLiteral("ActivityTaskScheduled"),
            QStringLiteral("ActivityTaskFailed"), QStringLiteral("WorkflowExecutionCompleted") } },
    { QStringLiteral("flow-1"), QStringLiteral("flow"),
        { QStringLiteral("FlowInitialized"), QStringLiteral("FlowCompleted") } },
};

// The payload of every test event: the stream, the version and a 64-bit id beyond doubles.
QByteArray payloadFor(const QString& streamId, int version)
{
    return QStringLiteral(
        "{\"big\":12345678901234567890,\"stream\":\"%1\",\"version\":%2,\"lines\":[{\"sku\":\"A-%2\"}]}")
        .arg(streamId)
        .arg(version)
        .toUtf8();
}

QModelIndex findKey(const QAbstractItemModel& model, const QModelIndex& parent, const QString& key)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        if (model.index(r, 0, parent).data().toString() == key)
            return model.index(r, 0, parent);
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
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

    // Clicks a row of an item view as a user would.
    static void clickRow(QAbstractItemView* view, const QModelIndex& index)
    {
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static QModelIndex listIndexOf(StreamBrowser* browser, const QString& streamId)
    {
        QAbstractItemModel* model = browser->view()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(StreamListModel::StreamIdRole).toString() == streamId)
                return model->index(r, 0);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SagaScopeTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.sagascope"));
        auto store = openStore(m_url);
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
        for (const StreamSpec& spec : streams) {
            AppendRequest r;
            r.streamId = spec.id;
            r.streamType = spec.type;
            for (int v = 0; v < spec.eventTypes.size(); ++v) {
                NewEvent e;
                e.eventType = spec.eventTypes[v];
                e.payload = payloadFor(spec.id, v + 1);
                e.metadata = QStringLiteral("{\"correlation_id\":\"corr-%1\",\"causation_id\":\"cause-%1-%2\"}")
                                 .arg(spec.id)
                                 .arg(v)
                                 .toUtf8();
                r.events.append(e);
            }
            QVERIFY((*store)->append(r).has_value());
        }
    }

    void browsesAStoreAndShowsAnEvent()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.openStore(request());
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        QCOMPARE(window.errorBanner()->message(), QString());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("SagaScope — sqlite:")));

        // The browser lists every stream, sorted by id, and offers every type.
        StreamBrowser* browser = window.streamBrowser();
        QCOMPARE(browser->view()->model()->rowCount(), streams.size());
        QStringList types;
        for (int i = 1; i < browser->typeCombo()->count(); ++i)
            types.append(browser->typeCombo()->itemText(i));
        QCOMPARE(types, (QStringList { QStringLiteral("flow"), QStringLiteral("order"), QStringLiteral("saga") }));
        // Without --stream the first listed stream is shown.
        QCOMPARE(browser->currentStreamId(), QStringLiteral("flow-1"));
        QCOMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("flow-1"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("streamsLabel"))->text().contains(QLatin1Char('3')));

        // Selecting a stream shows its history in order.
        clickRow(browser->view(), listIndexOf(browser, QStringLiteral("saga-1")));
        QTableView* table = window.historyView()->view();
        QTRY_COMPARE(table->model()->rowCount(), 4);
        const StreamSpec& saga = streams[1];
        for (int r = 0; r < saga.eventTypes.size(); ++r) {
            const QModelIndex type = table->model()->index(r, HistoryModel::TypeColumn);
            QTRY_VERIFY(type.data(HistoryModel::LoadedRole).toBool());
            QCOMPARE(type.data().toString(), saga.eventTypes[r]);
            QCOMPARE(table->model()->index(r, HistoryModel::VersionColumn).data().toLongLong(), r + 1);
        }
        QVERIFY(table->model()->index(2, 0).data(HistoryModel::FailureRole).toBool());
        QVERIFY(!table->model()->index(1, 0).data(HistoryModel::FailureRole).toBool());

        // Selecting a row shows the event: header, tree and raw text.
        clickRow(table, table->model()->index(2, HistoryModel::TypeColumn));
        EventDetailView* detail = window.eventDetail();
        QTRY_COMPARE(detail->fieldText(EventDetailView::VersionField), QStringLiteral("3"));
        QVERIFY(detail->fieldText(EventDetailView::TypeField).startsWith(QStringLiteral("ActivityTaskFailed")));
        QCOMPARE(detail->fieldText(EventDetailView::CorrelationField), QStringLiteral("corr-saga-1"));
        QCOMPARE(detail->fieldText(EventDetailView::CausationField), QStringLiteral("cause-saga-1-2"));
        QVERIFY(detail->fieldText(EventDetailView::StreamField).startsWith(QStringLiteral("saga-1")));

        const JsonTreeModel* tree = detail->treeModel();
        QCOMPARE(tree->rowCount(), 2);
        const QModelIndex payload = tree->index(0, 0);
        QVERIFY(detail->tree()->isExpanded(payload));
        QCOMPARE(findKey(*tree, payload, QStringLiteral("big"))
                     .siblingAtColumn(JsonTreeModel::ValueColumn)
                     .data()
                     .toString(),
            QStringLiteral("12345678901234567890"));
        QCOMPARE(findKey(*tree, payload, QStringLiteral("version"))
                     .siblingAtColumn(JsonTreeModel::ValueColumn)
                     .data()
                     .toString(),
            QStringLiteral("3"));
        const QModelIndex lines = findKey(*tree, payload, QStringLiteral("lines"));
        QCOMPARE(tree->rowCount(lines), 1);
        QCOMPARE(findKey(*tree, tree->index(0, 0, lines), QStringLiteral("sku")).siblingAtColumn(1).data().toString(),
            QStringLiteral("A-3"));
        const QModelIndex metadata = tree->index(1, 0);
        QCOMPARE(findKey(*tree, metadata, QStringLiteral("correlation_id")).siblingAtColumn(1).data().toString(),
            QStringLiteral("corr-saga-1"));

        const QString raw = detail->payloadText()->toPlainText();
        QVERIFY2(raw.contains(QStringLiteral("\n  \"big\": 12345678901234567890,\n")), qPrintable(raw));
        QVERIFY(raw.contains(QStringLiteral("\"sku\": \"A-3\"")));
        QVERIFY(detail->metadataText()->toPlainText().contains(QStringLiteral("\"correlation_id\": \"corr-saga-1\"")));

        // Keyboard navigation moves the detail along.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTRY_COMPARE(detail->fieldText(EventDetailView::VersionField), QStringLiteral("4"));
        QVERIFY(detail->fieldText(EventDetailView::TypeField).startsWith(QStringLiteral("WorkflowExecutionCompleted")));
    }

    void searchAndTypeFilterTheList()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.openStore(request());
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        StreamBrowser* browser = window.streamBrowser();
        StreamListModel* model = browser->model();

        QTest::keyClicks(browser->searchEdit(), QStringLiteral("SAGA"));
        // Debounced: typing alone does not query the store yet.
        QCOMPARE(model->searchFilter(), QString());
        QTRY_COMPARE(model->searchFilter(), QStringLiteral("SAGA"));
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->streamAt(0).streamId, QStringLiteral("saga-1"));

        browser->searchEdit()->clear();
        QTRY_COMPARE(model->searchFilter(), QString());
        QTRY_COMPARE(model->rowCount(), streams.size());
        browser->typeCombo()->setCurrentIndex(browser->typeCombo()->findText(QStringLiteral("order")));
        QCOMPARE(model->streamTypeFilter(), QStringLiteral("order"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->streamAt(0).streamId, QStringLiteral("order-1"));
    }

    void opensTheStreamGivenOnTheCommandLine()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.setInitialStream(QStringLiteral("order-1"));
        window.openStore(request());
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        QCOMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("order-1"));
        QTRY_COMPARE(window.streamBrowser()->currentStreamId(), QStringLiteral("order-1"));
        QVERIFY(window.eventDetail()->fieldText(EventDetailView::TypeField).startsWith(QStringLiteral("OrderPlaced")));
        QCOMPARE(window.historyView()->view()->model()->index(1, 0).data(HistoryModel::FailureRole).toBool(), true);
    }

    void remembersColumnWidths()
    {
        {
            MainWindow window;
            window.show();
            QHeaderView* header = window.historyView()->view()->horizontalHeader();
            QCOMPARE(header->objectName(), QStringLiteral("historyHeader"));
            header->resizeSection(HistoryModel::TypeColumn, 321);
            // The timers tab's scope is remembered too.
            QCOMPARE(window.timersView()->scope(), TimersView::Scope::ThisStream);
            window.timersView()->setScope(TimersView::Scope::AllStreams);
            window.close();
        }
        MainWindow again;
        again.setSaveStateOnClose(false);
        QCOMPARE(again.historyView()->view()->horizontalHeader()->sectionSize(HistoryModel::TypeColumn), 321);
        QCOMPARE(again.timersView()->scope(), TimersView::Scope::AllStreams);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
