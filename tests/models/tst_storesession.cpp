// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "storesession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sagascope;

class TestStoreSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersArriveOnTheGuiThread()
    {
        auto store = std::make_shared<MemoryEventStore>();
        AppendRequest request;
        request.streamId = QStringLiteral("order-1");
        request.events = { NewEvent::fromJson(QStringLiteral("OrderPlaced"), { { QStringLiteral("n"), 1 } }) };
        QVERIFY(store->append(request).has_value());

        StoreSession session;
        session.adopt(store);
        QVERIFY(session.isOpen());
        QThread* answeredOn = nullptr;
        QString type;
        connect(&session, &StoreSession::streamInfoReady, this, [&](quint64, const StreamInfo& info) {
            answeredOn = QThread::currentThread();
            type = info.streamType;
        });
        QSignalSpy failed(&session, &StoreSession::requestFailed);
        const quint64 id = session.requestStreamInfo(QStringLiteral("order-1"));
        QVERIFY(id != 0);
        QCOMPARE(answeredOn, nullptr); // never synchronously
        QTRY_COMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(type, QStringLiteral("order"));

        const quint64 missing = session.requestStreamInfo(QStringLiteral("nope"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), missing);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::NotFound);
    }

    void openFailsWithASentence_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("corruptFile");
        QTest::newRow("postgres refused") << QStringLiteral("postgresql://sagascope@127.0.0.1:1/nope") << false;
        QTest::newRow("corrupt sqlite") << QString() << true;
    }
    void openFailsWithASentence()
    {
        QFETCH(QString, url);
        QFETCH(bool, corruptFile);
        QTemporaryDir dir;
        if (corruptFile) {
            QFile f(dir.filePath(QStringLiteral("broken.sagascope")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
            f.close();
            url = QStringLiteral("sqlite:") + f.fileName();
        }
        StoreSession session;
        QSignalSpy failed(&session, &StoreSession::openFailed);
        QSignalSpy requestFailed(&session, &StoreSession::requestFailed);
        session.open(url);
        QCOMPARE(session.state(), StoreSession::State::Opening);
        // Asked while opening: waits, then fails with the session.
        session.requestStreamTypes();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(session.state(), StoreSession::State::Failed);
        const Error error = failed.at(0).at(0).value<Error>();
        QVERIFY2(error.message.size() > 10, qPrintable(error.message));
        QVERIFY(!error.message.contains(QLatin1String("password")));
        QTRY_COMPARE(requestFailed.size(), 1);
    }

    void closingDropsAnswersOnTheirWay()
    {
        auto store = std::make_shared<MemoryEventStore>();
        StoreSession session;
        session.adopt(store);
        QSignalSpy types(&session, &StoreSession::streamTypesReady);
        QSignalSpy failed(&session, &StoreSession::requestFailed);
        session.requestStreamTypes();
        session.close();
        // The answer cannot have been delivered yet: delivery needs the event loop.
        QSignalSpy reopened(&session, &StoreSession::opened);
        session.adopt(store);
        QCOMPARE(reopened.size(), 1);
        const quint64 after = session.requestStreamTypes();
        QTRY_COMPARE(types.size(), 1);
        QCOMPARE(types.at(0).at(0).toULongLong(), after);
        QTRY_COMPARE(session.droppedAnswers(), quint64(1));
        QCOMPARE(types.size(), 1);
        QCOMPARE(failed.size(), 0);
    }

    void writesTheDemoDataIntoANewDefaultStore()
    {
        QTemporaryDir dir;
        SessionOpenRequest request;
        request.url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("new.sagascope"));
        request.writeDemoWhenEmpty = true;
        request.demo.streams = 6;
        request.demo.longStreamEvents = 500;
        StoreSession session;
        QSignalSpy opened(&session, &StoreSession::opened);
        QSignalSpy progress(&session, &StoreSession::demoProgress);
        QSignalSpy warnings(&session, &StoreSession::sessionWarning);
        session.open(request);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
        QVERIFY(progress.size() >= 1);
        if (!warnings.isEmpty())
            QFAIL(qPrintable(warnings.at(0).at(0).value<Error>().message));
        const qint64 total = demoEventCount(request.demo);
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QCOMPARE(progress.last().at(1).toLongLong(), total);
        QSignalSpy types(&session, &StoreSession::streamTypesReady);
        session.requestStreamTypes();
        QTRY_COMPARE(types.size(), 1);
        QVERIFY(!types.at(0).at(1).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSession)
#include "tst_storesession.moc"
