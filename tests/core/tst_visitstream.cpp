// SPDX-License-Identifier: MIT
// The visitStream every store gets unless it streams on its own: pages of readStream, each asked
// for one event more than it visits while another page may follow, so the read that would find
// nothing is never made.
#include "forwardingstore.h"
#include "memoryeventstore.h"

#include <QTest>

using namespace sagascope;

namespace {

class CountingStore : public test::ForwardingStore
{
public:
    using ForwardingStore::ForwardingStore;
    Result<QList<RecordedEvent>> readStream(const StreamQuery& q) override
    {
        ++reads;
        asked += q.limit;
        return ForwardingStore::readStream(q);
    }
    int reads = 0;
    qint64 asked = 0; // events asked for, over all reads
};

} // namespace

class TestVisitStream : public QObject
{
    Q_OBJECT
    MemoryEventStore m_memory;

private Q_SLOTS:
    void initTestCase()
    {
        QList<NewEvent> events;
        for (int i = 1; i <= 4000; ++i)
            events.append(NewEvent::fromJson(QStringLiteral("Step"), { { QStringLiteral("n"), i } }));
        QVERIFY(m_memory.append({ .streamId = QStringLiteral("s"), .events = events }).has_value());
    }

    void pagesWithoutAnEmptyLastRead_data()
    {
        QTest::addColumn<int>("maxVersion");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<int>("visited");
        QTest::addColumn<int>("reads");
        QTest::addColumn<int>("asked");
        QTest::newRow("two whole pages") << 0 << 0 << false << 4000 << 2 << 4002;
        QTest::newRow("two whole pages backwards") << 0 << 0 << true << 4000 << 2 << 4002;
        QTest::newRow("one event past a page") << 2001 << 0 << false << 2001 << 2 << 4002;
        QTest::newRow("one whole page") << 2000 << 0 << false << 2000 << 1 << 2001;
        // A limit that the page holds needs no event to look ahead with.
        QTest::newRow("a limit on a page boundary") << 0 << 2000 << false << 2000 << 1 << 2000;
        QTest::newRow("a limit inside the second page") << 0 << 2500 << true << 2500 << 2 << 2501;
        QTest::newRow("a limit of one") << 0 << 1 << false << 1 << 1 << 1;
    }

    void pagesWithoutAnEmptyLastRead()
    {
        QFETCH(int, maxVersion);
        QFETCH(int, limit);
        QFETCH(bool, backward);
        QFETCH(int, visited);
        QFETCH(int, reads);
        QFETCH(int, asked);
        CountingStore store(m_memory);
        const StreamQuery query { .streamId = QStringLiteral("s"),
            .direction = backward ? ReadDirection::Backward : ReadDirection::Forward,
            .maxVersion = maxVersion,
            .limit = limit };
        QList<qint64> versions;
        const auto n = store.visitStream(query, [&](const RecordedEvent& e) {
            versions.append(e.version);
            return true;
        });
        QVERIFY(n.has_value());
        QCOMPARE(*n, visited);
        QCOMPARE(versions.size(), visited);
        // Each version once, in order.
        const qint64 top = maxVersion > 0 ? maxVersion : 4000;
        for (int i = 0; i < versions.size(); ++i)
            QCOMPARE(versions[i], backward ? top - i : qint64(i + 1));
        QCOMPARE(store.reads, reads);
        QCOMPARE(store.asked, asked);
    }
};

QTEST_GUILESS_MAIN(TestVisitStream)
#include "tst_visitstream.moc"
