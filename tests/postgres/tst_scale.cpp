// SPDX-License-Identifier: MIT
// The stream browser over 100 000 streams: searches, type filters and keyset paging return the
// right streams, in byte order. Times are printed for the record, never asserted.
#include "pgeventstore.h"
#include "pgtestsupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace sagascope;
using namespace sagascope::test;

namespace {

constexpr int orders = 60000; // order-000000 …, type order
constexpr int sagas = 30000; // Saga-00000 …, type saga
constexpr int flows = 10000; // flow/00000 …, type flow

struct Stream
{
    QString id;
    QString type;
};

QList<Stream> allStreams()
{
    QList<Stream> out;
    out.reserve(orders + sagas + flows);
    for (int i = 0; i < orders; ++i)
        out.append({ QStringLiteral("order-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("order") });
    for (int i = 0; i < sagas; ++i)
        out.append({ QStringLiteral("Saga-%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("saga") });
    for (int i = 0; i < flows; ++i)
        out.append({ QStringLiteral("flow/%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("flow") });
    return out;
}

QString asciiLower(const QString& s)
{
    QString out = s;
    for (QChar& c : out) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return out;
}

// What a search must return, computed independently of any store.
QStringList expected(const QList<Stream>& streams, const QString& type, const QString& search, StreamSearch mode)
{
    QStringList out;
    const QString needle = asciiLower(search);
    for (const Stream& s : streams) {
        if (!type.isEmpty() && s.type != type)
            continue;
        const QString id = asciiLower(s.id);
        if (mode == StreamSearch::Prefix ? id.startsWith(needle) : id.contains(needle))
            out.append(s.id);
    }
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    return out;
}

} // namespace

class TestPgScale : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_db;
    std::unique_ptr<pg::PgEventStore> m_store;
    QList<Stream> m_streams;

    // Pages through a whole search with keyset paging; also checks each page's size.
    QStringList collect(
        const QString& type, const QString& search, StreamSearch mode, int pageSize, qint64* firstPageUs)
    {
        QStringList ids;
        StreamFilter f { .streamType = type, .search = search, .searchMode = mode, .limit = pageSize };
        QElapsedTimer timer;
        timer.start();
        while (true) {
            const auto page = REQUIRE_OK(m_store->listStreams(f));
            if (firstPageUs && ids.isEmpty())
                *firstPageUs = timer.nsecsElapsed() / 1000;
            for (const StreamInfo& s : page.streams)
                ids.append(s.streamId);
            if (!page.hasMore)
                break;
            if (page.streams.size() != pageSize)
                qFatal("a page with more to come has %lld streams", static_cast<long long>(page.streams.size()));
            f.afterStreamId = page.streams.last().streamId;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_SERVER();
        m_db = std::make_unique<ScratchDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_store = REQUIRE_OK(pg::PgEventStore::open(m_db->url()));
        m_streams = allStreams();
        QElapsedTimer timer;
        timer.start();
        QList<AppendRequest> batch;
        for (const Stream& s : std::as_const(m_streams)) {
            batch.append(
                appendRequest(s.id, { newEvent(QStringLiteral("Created")) }, ExpectedVersion::noStream(), s.type));
            if (batch.size() == 5000) {
                REQUIRE_OK(m_store->appendBatch(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            REQUIRE_OK(m_store->appendBatch(batch));
        RawConnection raw(m_db->url());
        QVERIFY(raw.query("ANALYZE sagascope.streams"));
        qInfo("created %lld streams in %lld ms", static_cast<long long>(m_streams.size()),
            static_cast<long long>(timer.elapsed()));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void searches_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("prefix, other case") << QString() << QStringLiteral("ORDER-00012") << true << 100;
        QTest::newRow("substring, other case") << QString() << QStringLiteral("saga-0000") << false << 100;
        QTest::newRow("substring, no match anywhere") << QString() << QStringLiteral("99999") << false << 100;
        QTest::newRow("wildcard taken literally") << QString() << QStringLiteral("%") << false << 100;
        QTest::newRow("underscore taken literally") << QString() << QStringLiteral("_") << false << 100;
        QTest::newRow("many matches, paged") << QString() << QStringLiteral("-0001") << false << 97;
        QTest::newRow("type and search") << QStringLiteral("order") << QStringLiteral("5999") << false << 7;
        QTest::newRow("type only, paged") << QStringLiteral("flow") << QString() << false << 1000;
        QTest::newRow("slash in the id") << QString() << QStringLiteral("FLOW/0999") << true << 100;
    }
    void searches()
    {
        QFETCH(QString, type);
        QFETCH(QString, search);
        QFETCH(bool, prefix);
        QFETCH(int, pageSize);
        const StreamSearch mode = prefix ? StreamSearch::Prefix : StreamSearch::Substring;
        QElapsedTimer timer;
        timer.start();
        qint64 firstPageUs = 0;
        const QStringList got = collect(type, search, mode, pageSize, &firstPageUs);
        qInfo("%lld streams in %lld ms (first page %lld ms)", static_cast<long long>(got.size()),
            static_cast<long long>(timer.elapsed()), static_cast<long long>(firstPageUs / 1000));
        QCOMPARE(got, expected(m_streams, type, search, mode));
    }

    void firstPageOfEverything()
    {
        const auto page = REQUIRE_OK(m_store->listStreams({ .limit = 50 }));
        QCOMPARE(page.streams.size(), 50);
        QVERIFY(page.hasMore);
        QCOMPARE(page.streams.first().streamId, QStringLiteral("Saga-00000")); // 'S' < 'f' < 'o' in bytes
        const auto last = REQUIRE_OK(m_store->listStreams({ .afterStreamId = QStringLiteral("order-059990") }));
        QCOMPARE(last.streams.size(), 9);
        QVERIFY(!last.hasMore);
    }

    void streamTypesOfManyStreams()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(REQUIRE_OK(m_store->streamTypes()),
            QStringList({ QStringLiteral("flow"), QStringLiteral("order"), QStringLiteral("saga") }));
        qInfo("stream types in %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(REQUIRE_OK(m_store->headPosition()), orders + sagas + flows);
    }
};

QTEST_GUILESS_MAIN(TestPgScale)
#include "tst_scale.moc"
