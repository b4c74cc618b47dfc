// SPDX-License-Identifier: MIT
// The Signals tab against the test nats-server ($SAGASCOPE_TEST_NATS_URL; fails without it):
// signals published by another client appear in the table (a message that is not JSON marked
// malformed), filters are literal, a row opens its saga, "Send signal…" checks the payload as it
// is typed, and in write mode the in-app ingester records a sent signal so that it shows up in the
// open saga's history through the live updates. Without write mode nothing can be sent; without
// a server the window says so and works on.
#include "historymodel.h"
#include "historyview.h"
#include "injectsignaldialog.h"
#include "mainwindow.h"
#include "natssessiontestsupport.h"
#include "openstore.h"
#include "sagafixture.h"
#include "signalbus.h"
#include "signalfeed.h"
#include "signallogmodel.h"
#include "signallogproxymodel.h"
#include "signalratechart.h"
#include "signalrecorder.h"
#include "signalsview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtCharts/QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <nats/nats.h>

using namespace sagascope;
using namespace sagascope::test;

namespace {

nats::OutgoingSignal signalFor(const QString& saga, const QString& name, int n)
{
    nats::OutgoingSignal s;
    s.sagaId = saga;
    s.name = name;
    s.payload = QJsonObject { { QStringLiteral("n"), n } };
    return s;
}

int rowsWithEventType(HistoryModel* model, const QString& type)
{
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(HistoryModel::LoadedRole).toBool()
            && index.data(HistoryModel::EventRole).value<RecordedEvent>().eventType == type)
            ++found;
    }
    return found;
}

} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_NATS_SERVER();
        QVERIFY(m_dir.isValid());
    }

    void signalsTabInjectAndRecord()
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("signals.sagascope"));
        {
            auto store = openStore(url);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            QVERIFY(appendSmallSaga(**store, QStringLiteral("saga-1")));
        }
        const NatsSessionSettings settings = uniqueSessionSettings(natsTestUrl());

        MainWindow window;
        window.setSaveStateOnClose(false);
        window.resize(1400, 900);
        window.setConfirmationHandler([](const QString&, const QString&) { return true; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSignalsTab();
        SignalsView* view = window.signalsView();
        QSignalSpy feedStarted(window.natsSession()->feed(), &SignalFeed::started);
        window.setInitialStream(QStringLiteral("saga-1"));
        SessionOpenRequest request;
        request.url = url;
        request.options.readOnly = false;
        window.openStore(request);
        window.connectNats(settings);
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.natsSession()->state(), NatsSession::State::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(feedStarted.size(), 1, 15000);
        auto* natsLabel = window.findChild<QLabel*>(QStringLiteral("natsLabel"));
        QVERIFY(natsLabel);
        QCOMPARE(natsLabel->text(), QStringLiteral("NATS: connected"));
        QVERIFY(view->stateLabel()->text().contains(QStringLiteral("connected")));
        QVERIFY(window.sendSignalAction()->isEnabled());
        // Writable store and NATS up: the ingester records by default.
        QVERIFY(window.recordSignalsAction()->isEnabled());
        QVERIFY(window.recordSignalsAction()->isChecked());
        QVERIFY(window.natsSession()->recorder()->isRunning());

        // Another client publishes: three signals and a message that is not JSON.
        QString error;
        auto connection = connectOrFail(natsTestUrl(), &error);
        QVERIFY2(connection, qPrintable(error));
        auto bus = nats::SignalBus::open(*connection, settings.stream);
        QVERIFY2(bus, qPrintable(bus ? QString() : bus.error().message));
        QVERIFY((*bus)->publish(signalFor(QStringLiteral("order-7"), QStringLiteral("approve-7"), 1)));
        QVERIFY((*bus)->publish(signalFor(QStringLiteral("order-8"), QStringLiteral("approve"), 2)));
        QVERIFY((*bus)->publish(signalFor(QStringLiteral("order-8"), QStringLiteral("cancel"), 3)));
        {
            const QByteArray subject = (*bus)->subjects().subjectFor(QStringLiteral("order-9")).value().toUtf8();
            const QByteArray data("this is not json");
            const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
            natsMsg* msg = nullptr;
            QCOMPARE(natsMsg_Create(&msg, subject.constData(), nullptr, data.constData(), int(data.size())), NATS_OK);
            QCOMPARE(natsMsgHeader_Add(msg, "Saga-Signal-Name", "approve"), NATS_OK);
            QCOMPARE(natsMsgHeader_Add(msg, "Saga-Event-Id", id.constData()), NATS_OK);
            jsPubAck* ack = nullptr;
            QCOMPARE(js_PublishMsg(&ack, connection->jetStream(), msg, nullptr, nullptr), NATS_OK);
            jsPubAck_Destroy(ack);
            natsMsg_Destroy(msg);
        }
        SignalLogModel* model = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 15000);
        QCOMPARE(model->index(0, SignalLogModel::SagaColumn).data().toString(), QStringLiteral("order-7"));
        QCOMPARE(model->index(0, SignalLogModel::SignalColumn).data().toString(), QStringLiteral("approve-7"));
        QCOMPARE(model->index(0, SignalLogModel::PayloadColumn).data().toString(), QStringLiteral("{\"n\":1}"));
        QVERIFY(
            model->index(0, SignalLogModel::HeadersColumn).data().toString().contains(QStringLiteral("Saga-Event-Id")));
        const QModelIndex bad = model->index(3, SignalLogModel::ProblemColumn);
        QVERIFY(bad.data(SignalLogModel::MalformedRole).toBool());
        QVERIFY2(bad.data().toString().contains(QStringLiteral("JSON")), qPrintable(bad.data().toString()));
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->malformedCount(), 1);
        view->refresh();
        QVERIFY2(view->countsLabel()->text().contains(QStringLiteral("1 malformed")),
            qPrintable(view->countsLabel()->text()));
        QTRY_VERIFY(view->rateChart()->peak() >= 4);

        // Filters: by subject, by text, metacharacters taken literally.
        QTableView* table = view->table();
        QTest::keyClicks(view->textFilterEdit(), QStringLiteral("approve-7"));
        view->applyFilters();
        QCOMPARE(table->model()->rowCount(), 1);
        view->textFilterEdit()->setText(QStringLiteral(".*"));
        view->applyFilters();
        QCOMPARE(table->model()->rowCount(), 0);
        view->textFilterEdit()->clear();
        view->subjectFilterEdit()->setText(QStringLiteral(".order-8"));
        view->applyFilters();
        QCOMPARE(table->model()->rowCount(), 2);
        view->subjectFilterEdit()->clear();
        view->applyFilters();
        QCOMPARE(table->model()->rowCount(), 4);

        // The ingester recorded the well-formed ones (not the malformed one); a row opens its saga.
        QTRY_COMPARE_WITH_TIMEOUT(window.natsSession()->recorder()->report().recorded, 3, 15000);
        QCOMPARE(window.natsSession()->recorder()->report().malformed, 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("order-7"));
        QTRY_COMPARE(window.historyView()->model()->rowCount(), 1);
        window.openStream(QStringLiteral("saga-1"));
        QTRY_COMPARE(window.historyView()->model()->stream().streamId, QStringLiteral("saga-1"));
        const int sagaEvents = window.historyView()->model()->rowCount();
        QVERIFY(sagaEvents > 5);
        // The small saga has signals of its own.
        QTRY_VERIFY(window.historyView()->model()->index(sagaEvents - 1, 0).data(HistoryModel::LoadedRole).toBool());
        const int signalsBefore = rowsWithEventType(window.historyView()->model(), QStringLiteral("SignalReceived"));

        // "Send signal…": the payload is checked as it is typed.
        InjectSignalDialog* dialog = window.openInjectDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->sagaEdit()->text(), QStringLiteral("saga-1"));
        QVERIFY(!dialog->explanationLabel());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("poke"));
        dialog->payloadEdit()->clear();
        QTest::keyClicks(dialog->payloadEdit(), QStringLiteral("{\"by\": "));
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY2(dialog->payloadStatus()->text().startsWith(QStringLiteral("Line 1, column")),
            qPrintable(dialog->payloadStatus()->text()));
        QTest::keyClicks(dialog->payloadEdit(), QStringLiteral("\"ana\"}"));
        QCOMPARE(dialog->payloadStatus()->text(), QStringLiteral("Valid JSON object."));
        QVERIFY(dialog->sendButton()->isEnabled());
        dialog->payloadEdit()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(!dialog->sendButton()->isEnabled());
        dialog->payloadEdit()->setPlainText(QStringLiteral("{\"by\": \"ana\"}"));
        dialog->eventIdEdit()->setText(QStringLiteral("not-a-uuid"));
        QVERIFY(!dialog->sendButton()->isEnabled());
        const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        dialog->eventIdEdit()->setText(eventId);
        dialog->addHeaderRow(QStringLiteral("X-Tenant"), QStringLiteral("acme"));
        QVERIFY(dialog->sendButton()->isEnabled());
        QSignalSpy sent(dialog, &InjectSignalDialog::sendFinished);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
        QVERIFY2(sent[0][0].toBool(), qPrintable(dialog->resultLabel()->text()));
        QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("stream sequence 5")),
            qPrintable(dialog->resultLabel()->text()));

        // It is shown in the table and recorded as SignalReceived in the open history.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 15000);
        QCOMPARE(model->index(4, SignalLogModel::SignalColumn).data().toString(), QStringLiteral("poke"));
        QVERIFY(model->index(4, SignalLogModel::HeadersColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("X-Tenant: acme")));
        // The sender's own headers come before the ones the other columns already show.
        QVERIFY(model->index(4, SignalLogModel::HeadersColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("X-Tenant: acme")));
        HistoryModel* history = window.historyView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), sagaEvents + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            rowsWithEventType(history, QStringLiteral("SignalReceived")), signalsBefore + 1, 20000);
        const auto event = history->index(sagaEvents, 0).data(HistoryModel::EventRole).value<RecordedEvent>();
        QCOMPARE(event.eventId, QUuid::fromString(eventId));

        // Sending it again: JetStream drops the duplicate and the dialog says so.
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 15000);
        QVERIFY2(dialog->resultLabel()->text().startsWith(QStringLiteral("Already sent")),
            qPrintable(dialog->resultLabel()->text()));
        dialog->close();

        // Pause holds arrivals; resume shows them.
        view->setPaused(true);
        QVERIFY((*bus)->publish(signalFor(QStringLiteral("order-8"), QStringLiteral("later"), 4)));
        QTRY_COMPARE_WITH_TIMEOUT(model->heldCount(), 1, 15000);
        QCOMPARE(model->rowCount(), 5);
        view->setPaused(false);
        QCOMPARE(model->rowCount(), 6);

        // Switching the ingester off stops it; read-only, nothing can be sent or recorded.
        window.recordSignalsAction()->trigger();
        QVERIFY(!window.recordSignalsAction()->isChecked());
        QTRY_VERIFY(!window.natsSession()->recorder()->isRunning());
        window.recordSignalsAction()->trigger();
        QTRY_VERIFY(window.natsSession()->recorder()->isRunning());
        window.setWriteMode(false);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOpen() && window.session()->isReadOnly(), 15000);
        QVERIFY(!window.recordSignalsAction()->isEnabled());
        QVERIFY(!window.recordSignalsAction()->isChecked());
        QVERIFY(!window.natsSession()->recorder()->isRunning());
        InjectSignalDialog* readOnly = window.openInjectDialog();
        QVERIFY(readOnly->explanationLabel());
        QVERIFY(readOnly->explanationLabel()->text().contains(QStringLiteral("Write mode")));
        QVERIFY(!readOnly->sendButton());
        readOnly->close();
    }

    void missingServerIsAMessage()
    {
        MainWindow window;
        window.setSaveStateOnClose(false);
        window.show();
        SessionOpenRequest request;
        request.url = QStringLiteral("memory:");
        window.openStore(request);
        // Port 1 on loopback: nothing listens there.
        NatsSessionSettings settings = uniqueSessionSettings(QStringLiteral("nats://127.0.0.1:1"));
        settings.retryIntervalMs = 0;
        window.connectNats(settings);
        QTRY_COMPARE_WITH_TIMEOUT(window.natsSession()->state(), NatsSession::State::Unavailable, 15000);
        auto* natsLabel = window.findChild<QLabel*>(QStringLiteral("natsLabel"));
        QCOMPARE(natsLabel->text(), QStringLiteral("NATS: unavailable"));
        QVERIFY2(natsLabel->toolTip().contains(QStringLiteral("127.0.0.1:1")), qPrintable(natsLabel->toolTip()));
        QVERIFY(window.signalsView()->stateLabel()->text().startsWith(QStringLiteral("NATS unavailable")));
        QVERIFY(!window.sendSignalAction()->isEnabled());
        QVERIFY(!window.recordSignalsAction()->isEnabled());
        // The rest of the window works.
        QTRY_VERIFY_WITH_TIMEOUT(window.isDataReady(), 20000);
        QCOMPARE(window.session()->state(), StoreSession::State::Open);
    }
};

QTEST_MAIN(TestSignals)
#include "tst_signals.moc"
