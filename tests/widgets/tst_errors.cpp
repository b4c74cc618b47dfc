// SPDX-License-Identifier: MIT
#include "errorbanner.h"
#include "eventdetailview.h"
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "openstore.h"
#include "streambrowser.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

class TestErrors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The window still answers: typing reaches the search box and events are processed.
    static void checkResponsive(MainWindow& window)
    {
        QLineEdit* search = window.streamBrowser()->searchEdit();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("abc"));
        QCOMPARE(search->text(), QStringLiteral("abc"));
        QVERIFY(window.isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SagaScopeTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void unreachableOrDamagedStoreShowsTheBanner_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("fileContent");
        QTest::newRow("postgres refused") << QStringLiteral("postgresql://sagascope@127.0.0.1:1/nope") << QByteArray();
        QTest::newRow("postgres with a password")
            << QStringLiteral("postgresql://sagascope:s3cret@127.0.0.1:1/nope") << QByteArray();
        QTest::newRow("not a database") << QString() << QByteArray(16384, 'x');
        QTest::newRow("missing file") << QStringLiteral("sqlite:") + QDir::tempPath() + QStringLiteral("/no/such/file")
                                      << QByteArray();
    }
    void unreachableOrDamagedStoreShowsTheBanner()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, fileContent);
        if (url.isEmpty()) {
            QFile f(m_dir.filePath(QStringLiteral("broken.sagascope")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileContent);
            f.close();
            url = QStringLiteral("sqlite:") + f.fileName();
        }
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        SessionOpenRequest request;
        request.url = url;
        request.options.readOnly = true;
        window.openStore(request);
        // Opening happens off the GUI thread: the window answers while it waits.
        checkResponsive(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 30000);
        const QString message = window.errorBanner()->message();
        QVERIFY2(message.size() > 30, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Cannot open the store")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("s3cret")), qPrintable(message));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("s3cret")));
        QCOMPARE(window.session()->state(), StoreSession::State::Failed);
        QCOMPARE(window.historyView()->model()->rowCount(), 0);
        window.errorBanner()->dismiss();
        QCOMPARE(window.errorBanner()->message(), QString());
        checkResponsive(window);
    }

    void missingStreamShowsTheBannerInTheHistory()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("one.sagascope"));
        {
            auto store = openStore(url);
            QVERIFY(store.has_value());
            AppendRequest r;
            r.streamId = QStringLiteral("order-1");
            r.events = { NewEvent::fromJson(QStringLiteral("OrderPlaced"), { { QStringLiteral("n"), 1 } }) };
            QVERIFY((*store)->append(r).has_value());
        }
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.setInitialStream(QStringLiteral("order-404"));
        SessionOpenRequest request;
        request.url = url;
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 30000);
        QTRY_VERIFY(!window.historyView()->banner()->message().isEmpty());
        QVERIFY2(window.historyView()->banner()->message().contains(QStringLiteral("order-404")),
            qPrintable(window.historyView()->banner()->message()));
        QCOMPARE(window.errorBanner()->message(), QString()); // the store itself is fine
        checkResponsive(window);
    }

    void corruptEventIsMarkedWithItsError()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sagascope"));
        {
            auto store = openStore(QStringLiteral("sqlite:") + path);
            QVERIFY(store.has_value());
            AppendRequest r;
            r.streamId = QStringLiteral("saga-7");
            r.events = { NewEvent::fromJson(QStringLiteral("WorkflowExecutionStarted"), { { QStringLiteral("n"), 1 } }),
                NewEvent::fromJson(QStringLiteral("ActivityTaskScheduled"), { { QStringLiteral("n"), 2 } }) };
            QVERIFY((*store)->append(r).has_value());
        }
        {
            // Damage the second payload behind the engine's back.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET payload = '{\"n\": 2,' WHERE version = 2")));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        window.setInitialStream(QStringLiteral("saga-7"));
        SessionOpenRequest request;
        request.url = QStringLiteral("sqlite:") + path;
        request.options.readOnly = true;
        window.openStore(request);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 30000);
        QTableView* table = window.historyView()->view();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const QModelIndex second = table->model()->index(1, HistoryModel::TypeColumn);
        QTRY_VERIFY(second.data(HistoryModel::LoadedRole).toBool());
        QVERIFY(second.data(HistoryModel::CorruptRole).toBool());
        QVERIFY(!second.data(HistoryModel::CorruptionMessageRole).toString().isEmpty());
        QCOMPARE(second.data(Qt::ToolTipRole).toString(), second.data(HistoryModel::CorruptionMessageRole).toString());
        QVERIFY(!table->model()->index(0, 0).data(HistoryModel::CorruptRole).toBool());

        window.historyView()->selectRow(1);
        EventDetailView* detail = window.eventDetail();
        QTRY_COMPARE(detail->fieldText(EventDetailView::VersionField), QStringLiteral("2"));
        QCOMPARE(detail->banner()->message().isEmpty(), false);
        QVERIFY(detail->banner()->message().contains(second.data(HistoryModel::CorruptionMessageRole).toString()));
        // The stored text is still shown as it is.
        QCOMPARE(detail->payloadText()->toPlainText(), QStringLiteral("{\"n\": 2,"));
        checkResponsive(window);
    }
};

QTEST_MAIN(TestErrors)
#include "tst_errors.moc"
