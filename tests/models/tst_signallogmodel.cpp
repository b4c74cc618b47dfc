// SPDX-License-Identifier: MIT
// The signal log of the Signals tab: a bounded window that keeps arrival order and drops its
// oldest rows in chunks, pause that holds arrivals, literal filters, the per-second rate and the
// payload check of the inject dialog. Model and proxy run under QAbstractItemModelTester.
#include "jsonobjectcheck.h"
#include "signallogmodel.h"
#include "signallogproxymodel.h"
#include "signalrate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sagascope;

namespace {

SignalLogEntry entry(quint64 sequence, const QString& saga = QStringLiteral("order-1"),
    const QString& payload = QStringLiteral("{\"n\":1}"), const QString& malformed = {})
{
    SignalLogEntry e;
    e.streamSequence = sequence;
    e.publishedAtUs = 1'700'000'000'000'000 + qint64(sequence);
    e.sagaId = saga;
    e.subject = QStringLiteral("saga.signals.") + saga;
    e.name = QStringLiteral("approve");
    e.headersText = QStringLiteral("Saga-Signal-Name: approve");
    e.payloadText = malformed.isEmpty() ? payload : QString();
    e.malformedReason = malformed;
    return e;
}

QList<SignalLogEntry> batch(quint64 first, int count)
{
    QList<SignalLogEntry> out;
    for (int i = 0; i < count; ++i)
        out.append(entry(first + quint64(i)));
    return out;
}

// The sequences of the rows, in order.
QList<quint64> sequences(const QAbstractItemModel& model)
{
    QList<quint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(SignalLogModel::SortRole).toULongLong());
    return out;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> out;
    for (quint64 s = first; s <= last; ++s)
        out.append(s);
    return out;
}

} // namespace

class TestSignalLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchIsOneInsertion()
    {
        SignalLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &SignalLogModel::countsChanged);
        model.append(batch(1, 500));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 499);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.columnCount(), int(SignalLogModel::ColumnCount));
        QCOMPARE(sequences(model), range(1, 500));
        QCOMPARE(model.index(0, SignalLogModel::SagaColumn).data().toString(), QStringLiteral("order-1"));
        QCOMPARE(model.index(0, SignalLogModel::PayloadColumn).data().toString(), QStringLiteral("{\"n\":1}"));
    }

    void windowStaysBoundedAndOrdered()
    {
        SignalLogModel model;
        model.setCapacity(1000);
        QCOMPARE(model.dropChunk(), 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        quint64 next = 1;
        for (int i = 0; i < 30; ++i) {
            model.append(batch(next, 70));
            next += 70;
            QVERIFY(model.rowCount() <= 1000);
        }
        // 2100 arrived: the newest rows are kept in order; the oldest left in whole chunks.
        const QList<quint64> kept = sequences(model);
        QCOMPARE(kept.constLast(), next - 1);
        QCOMPARE(kept, range(kept.constFirst(), next - 1));
        QCOMPARE(model.droppedCount() + model.rowCount(), 2100);
        QCOMPARE(model.droppedCount() % 100, 0);
        QVERIFY(!removed.isEmpty());
        for (const QList<QVariant>& r : std::as_const(removed)) {
            QCOMPARE(r[1].toInt(), 0); // always the oldest rows
            QCOMPARE((r[2].toInt() + 1) % 100, 0); // in chunks
        }
        // Far fewer removals than rows dropped: chunks, not one by one.
        QVERIFY(removed.size() <= 11);
        QCOMPARE(model.receivedCount(), 2100);
    }

    void batchLargerThanTheWindow()
    {
        SignalLogModel model;
        model.setCapacity(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(batch(1, 50));
        model.append(batch(51, 250));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(sequences(model), range(201, 300));
        QCOMPARE(model.droppedCount(), 200);
        model.setCapacity(20);
        QCOMPARE(sequences(model), range(281, 300));
    }

    void pauseHoldsThenShows()
    {
        SignalLogModel model;
        model.setCapacity(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(batch(1, 10));
        model.setPaused(true);
        model.append(batch(11, 30));
        model.append(batch(41, 5));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.heldCount(), 35);
        QCOMPARE(model.receivedCount(), 45);
        // Held arrivals are bounded by the window too.
        model.append(batch(46, 100));
        QVERIFY(model.heldCount() <= 100);
        model.setPaused(false);
        QCOMPARE(model.heldCount(), 0);
        const QList<quint64> kept = sequences(model);
        QVERIFY(kept.size() <= 100);
        QCOMPARE(kept.constLast(), quint64(145));
        QCOMPARE(kept, range(kept.constFirst(), 145));
        QCOMPARE(model.droppedCount() + model.rowCount(), 145);
    }

    void malformedRowsAreMarked()
    {
        SignalLogModel model;
        model.append(
            { entry(1), entry(2, QStringLiteral("order-2"), {}, QStringLiteral("the payload is not a JSON object")) });
        QCOMPARE(model.malformedCount(), 1);
        const QModelIndex bad = model.index(1, SignalLogModel::ProblemColumn);
        QVERIFY(bad.data(SignalLogModel::MalformedRole).toBool());
        QCOMPARE(bad.data().toString(), QStringLiteral("the payload is not a JSON object"));
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, SignalLogModel::ProblemColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, SignalLogModel::ProblemColumn).data(SignalLogModel::MalformedRole).toBool());
    }

    void filtersAreLiteral()
    {
        SignalLogModel model;
        model.setCapacity(100);
        SignalLogProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({ entry(1, QStringLiteral("order-1"), QStringLiteral("{\"sql\":\"' OR 1=1 --\"}")),
            entry(2, QStringLiteral("order-2"), QStringLiteral("{\"re\":\"a.*b[c]\"}")),
            entry(3, QStringLiteral("shipment-9"), QStringLiteral("{\"pct\":\"100%_\"}")),
            entry(4, QStringLiteral("order-4"), {}, QStringLiteral("the header(s) Saga-Event-Id are missing")) });

        proxy.setSubjectFilter(QStringLiteral("saga.signals.order"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSubjectFilter(QStringLiteral("SHIPMENT"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSubjectFilter({});

        const auto only = [&proxy](const QString& text) {
            proxy.setTextFilter(text);
            QList<quint64> rows;
            for (int r = 0; r < proxy.rowCount(); ++r)
                rows.append(proxy.index(r, 0).data(SignalLogModel::SortRole).toULongLong());
            return rows;
        };
        QCOMPARE(only(QStringLiteral("' OR 1=1 --")), QList<quint64> { 1 });
        QCOMPARE(only(QStringLiteral("a.*b[c]")), QList<quint64> { 2 });
        QCOMPARE(only(QStringLiteral(".*")), QList<quint64> { 2 });
        QCOMPARE(only(QStringLiteral("100%_")), QList<quint64> { 3 });
        QCOMPARE(only(QStringLiteral("%")), QList<quint64> { 3 });
        QCOMPARE(only(QStringLiteral("event-id are MISSING")), QList<quint64> { 4 });
        QCOMPARE(only(QStringLiteral("no such text")), QList<quint64> {});

        // Rows arriving while filtered are filtered too, and the window's drops reach the proxy.
        proxy.setTextFilter(QStringLiteral("order-"));
        QCOMPARE(proxy.rowCount(), 3);
        QList<SignalLogEntry> more;
        for (int i = 0; i < 120; ++i)
            more.append(entry(quint64(5 + i), i % 2 ? QStringLiteral("order-x") : QStringLiteral("other")));
        model.append(more);
        QCOMPARE(model.rowCount(), 100);
        int expected = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            expected
                += model.index(r, 0).data(SignalLogModel::SubjectRole).toString().contains(QStringLiteral("order-"))
                ? 1
                : 0;
        QCOMPARE(proxy.rowCount(), expected);
        proxy.setTextFilter({});
        QCOMPARE(proxy.rowCount(), 100);
    }

    void ratePerSecond()
    {
        SignalRateCounter rate(60);
        rate.add(100, 500);
        rate.add(50, 900);
        rate.add(7, 1500);
        QCOMPARE(rate.perSecond(1'000).constLast(), 150);
        rate.add(3, 61'200);
        // At 61.5 s the complete seconds are 1 … 60; second 0 has left the minute.
        const QList<qint64> curve = rate.perSecond(61'500);
        QCOMPARE(curve.size(), 60);
        QCOMPARE(curve.constFirst(), 7);
        QCOMPARE(curve.constLast(), 0);
        QCOMPARE(rate.lastSecond(62'000), 3);
        // A bucket reused a turn of the ring later starts from zero.
        rate.add(1, 122'100);
        QCOMPARE(rate.lastSecond(123'000), 1);
    }

    void payloadCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << true << 0 << 0;
        QTest::newRow("blank is empty") << QStringLiteral("  \n") << true << 0 << 0;
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false << 0 << 0;
        QTest::newRow("second line") << QStringLiteral("{\n  \"a\": 1,\n  \"b\" 2\n}") << false << 3 << 7;
        QTest::newRow("after accents") << QStringLiteral("{\"ñandú\": tru}") << false << 1 << 11;
    }
    void payloadCheck()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, line);
        QFETCH(int, column);
        const JsonObjectCheck check = checkJsonObject(text);
        QCOMPARE(check.ok, ok);
        QCOMPARE(check.message.isEmpty(), ok);
        if (line > 0) {
            QCOMPARE(check.line, line);
            QCOMPARE(check.column, column);
            QVERIFY2(check.message.contains(QStringLiteral("Line %1, column %2").arg(line).arg(column)),
                qPrintable(check.message));
        }
    }
};

QTEST_MAIN(TestSignalLogModel)
#include "tst_signallogmodel.moc"
