// SPDX-License-Identifier: MIT
// EventImport, the import behind the command line and the window: progress as batches are
// stored, stopping between batches with nothing half-written, the format recognised from the
// content, and a repeated import storing nothing new.
#include "eventimport.h"

#include "memoryeventstore.h"
#include "ndjsonexport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

class TestEventImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAndReportsProgress()
    {
        QByteArray file = exportOf(7, 30, QStringLiteral("order"), ExportOrder::Interleaved); // 210 events
        QBuffer input(&file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        MemoryEventStore store;
        ImportOptions options;
        options.batchEvents = 50;
        QList<ImportProgress> seen;
        EventImport import(input);
        QCOMPARE(import.format(), ImportFormat::Ndjson);
        const ImportReport report = import.run(store, options, [&](const ImportProgress& p) {
            seen.append(p);
            return true;
        });
        QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.progress.events, 210);
        QCOMPARE(report.progress.written, 210);
        QCOMPARE(report.progress.alreadyStored, 0);
        QCOMPARE(report.progress.streams, 7);
        QCOMPARE(report.progress.lastStoredLine, 210);
        QCOMPARE(report.progress.bytesRead, file.size());
        QCOMPARE(report.progress.bytesTotal, file.size());
        QCOMPARE(storedEvents(store), 210);
        // One call per stored batch of 50 (the last 10 are stored after the file ends).
        QCOMPARE(seen.size(), 4);
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].events, 50 * (i + 1));
            QVERIFY(seen[i].bytesRead > (i > 0 ? seen[i - 1].bytesRead : 0));
        }
    }

    void stopsBetweenBatchesAndAnotherRunFinishes()
    {
        QByteArray file = exportOf(5, 40, QStringLiteral("order"), ExportOrder::Interleaved); // 200 events
        MemoryEventStore store;
        ImportOptions options;
        options.batchEvents = 60;
        {
            QBuffer input(&file);
            QVERIFY(input.open(QIODevice::ReadOnly));
            const ImportReport report = EventImport(input).run(store, options, [](const ImportProgress& p) {
                return p.events < 60; // stop once the first batch is stored
            });
            QVERIFY(report.cancelled);
            QVERIFY(!report.error);
            QCOMPARE(report.progress.events, 60);
            QCOMPARE(report.progress.lastStoredLine, 60);
            QCOMPARE(storedEvents(store), 60); // nothing of the next batch
        }
        QBuffer input(&file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const ImportReport again = EventImport(input).run(store, options);
        QVERIFY(again.succeeded());
        QCOMPARE(again.progress.alreadyStored, 60);
        QCOMPARE(again.progress.written, 140);
        QCOMPARE(storedEvents(store), 200);
    }

    void aBadLineStopsWithItsNumberAndKeepsEarlierBatches()
    {
        QByteArray file = exportOf(2, 50, QStringLiteral("order"), ExportOrder::Interleaved); // 100 events
        QList<QByteArray> lines = file.split('\n');
        lines[72] = "{\"stream_id\":\"order-0\",\"version\":\"x\"}";
        file = lines.join('\n');
        QBuffer input(&file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        MemoryEventStore store;
        ImportOptions options;
        options.batchEvents = 25;
        const ImportReport report = EventImport(input).run(store, options);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::InvalidInput);
        QVERIFY2(report.error->message.contains(QStringLiteral("Line 73")), qPrintable(report.error->message));
        QCOMPARE(report.progress.events, 50);
        QCOMPARE(report.progress.lastStoredLine, 50);
        QCOMPARE(storedEvents(store), 50);
    }

    void recognisesATemporalHistory()
    {
        QFile input(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES "/cancel-timer-after-activity.json"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        EventImport import(input);
        QCOMPARE(import.format(), ImportFormat::Temporal);
        MemoryEventStore store;
        ImportOptions options;
        options.temporalStreamId = temporalStreamIdFor(input.fileName());
        QCOMPARE(options.temporalStreamId, QStringLiteral("temporal-cancel-timer-after-activity"));
        const ImportReport report = import.run(store, options);
        QVERIFY2(report.succeeded(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.streamId, options.temporalStreamId);
        QCOMPARE(report.progress.bytesRead, input.size());
        const auto info = store.streamInfo(options.temporalStreamId);
        QVERIFY(info.has_value());
        QCOMPARE(info->lastVersion, report.progress.written);
        QVERIFY(report.progress.written > 5);
    }

    void aTemporalHistoryNeedsAStream()
    {
        QFile input(QStringLiteral(SAGASCOPE_TEMPORAL_FIXTURES "/cancel-timer-after-activity.json"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        MemoryEventStore store;
        const ImportReport report = EventImport(input).run(store, ImportOptions {});
        QCOMPARE(report.format, ImportFormat::Temporal);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::InvalidInput);
        QCOMPARE(storedEvents(store), 0);
    }

    void anEmptyFileImportsNothing()
    {
        QByteArray file("\n\n");
        QBuffer input(&file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        MemoryEventStore store;
        const ImportReport report = EventImport(input).run(store, ImportOptions {});
        QVERIFY(report.succeeded());
        QCOMPARE(report.progress.events, 0);
        QCOMPARE(report.progress.bytesRead, 2);
    }
};

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
